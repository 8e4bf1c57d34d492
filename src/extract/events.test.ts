import { describe, expect, it } from 'vitest';
import { loadSources } from './load-sources';
import { extractEvents } from './pipeline';

/** The events of one article, published on `published`, as start and title. */
function titled(body: string, published: string): Array<[string, string]> {
  const raw = Buffer.from(`---\ntitle: "T"\noutlet: "O"\npublished: "${published}"\n---\n${body}\n`);
  return extractEvents(loadSources([{ file: 'a.md', raw }]).sources).events.map((e) => [e.start, e.title]);
}

describe('titles of asides and of the verb after an apposition', () => {
  it('tells a participle’s aside of the noun it hangs on', () => {
    expect(titled('The merger, approved on Friday, ended months of talks.', '2026-05-18')).toEqual([['2026-05-15', 'The merger was approved']]);
  });
  it('reads a verb with its object after an apposition or an adverb as the sentence’s own', () => {
    expect(titled('Norvia, meanwhile, hired Ada Lin as finance chief on Thursday.', '2026-05-18')).toEqual([['2026-05-14', 'Norvia hired Ada Lin as finance chief']]);
  });
});

describe('titles that name the doer', () => {
  it('goes on with the name whose act a clause cut between two adjectives names', () => {
    expect(titled('The border has been quiet since the junta’s second, brief incursion into the valley in 2011.', '2026-05-18')).toEqual([
      ['2011-01-01', 'The junta launched its second, brief incursion into the valley'],
    ]);
  });
  it('gives a verb phrase the noun phrase the sentence opens on, past a saying set off by commas', () => {
    expect(titled('The cause, two engineers said later, was a leak that Varro said he had shown the board in March.', '2026-09-01')).toEqual([
      ['2026-03-01', 'The cause was a leak that Varro said he had shown the board'],
    ]);
  });
  it('leaves out a second verb phrase told with another date', () => {
    expect(titled('Liv Varro joined the bank in 2015 and has led its board since 2021.', '2026-05-18')).toEqual([['2015-01-01', 'Liv Varro joined the bank']]);
  });
  it('names whose act "his" tells, and calls "he" the person a noun named', () => {
    const [[, title]] = titled('Dario Kell, the mayor, resigned on Monday. The council accepted his resignation at a special session on Monday evening.', '2026-05-19') as [[string, string]];
    expect(title).toMatch(/Dario Kell/);
    expect(titled('Deputies arrested a man on Saturday. The man, who was not named, was charged with arson. He is due to appear in court on Wednesday.', '2026-05-18')).toContainEqual([
      '2026-05-20',
      'The man is due to appear in court',
    ]);
  });
});

describe('an offset from a named happening', () => {
  it('counts "three days after the fire" from the day the article gave the fire', () => {
    expect(titled('A fire broke out at the depot on Sunday. The insurer paid the first claims three days after the fire.', '2026-05-22').map(([d]) => d)).toEqual([
      '2026-05-17',
      '2026-05-20',
    ]);
  });
});
