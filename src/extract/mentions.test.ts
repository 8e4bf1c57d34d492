import { describe, expect, it } from 'vitest';
import { findTemporalExpressions } from './dates';
import { findHappenings } from './happenings';
import {
  byCourt,
  continuedQuoteEnd,
  headOf,
  toldAhead,
  inVicinity,
  passiveSaying,
  isHypothetical,
  mainHappenings,
  mentionsInSentence,
  personSubject,
  possessedHappening,
  quotationOnly,
  quoted,
  restatesDay,
  tellsNoAct,
  wishedFor,
} from './mentions';
import { findNames } from './names';
import type { LoadedSource } from './types';

const published = '2026-10-16';
const src: LoadedSource = { id: 's', file: 's.md', meta: { title: 'T', outlet: 'O', published }, body: '' } as LoadedSource;

/** The mentions of one sentence, each as its class and date. */
function mentions(text: string) {
  const expressions = findTemporalExpressions(text, { published });
  const spans = expressions.map((e): [number, number] => [e.index, e.index + e.text.length]);
  const names = findNames(text, spans).map((n) => ({ ...n, canonical: n.key }));
  const analysis = { sentence: { paragraph: 1, start: 0, end: text.length, text }, expressions, names };
  const none = () => false;
  return mentionsInSentence(src, analysis, { canonicalPlace: none, canonicalPerson: none, broadPlace: none }).map((m) => `${m.cls} ${m.date!.start}`);
}

function analyse(text: string) {
  const expressions = findTemporalExpressions(text, { published });
  const names = findNames(text, expressions.map((e): [number, number] => [e.index, e.index + e.text.length])).map((n) => ({ ...n, canonical: n.key }));
  return { sentence: { paragraph: 1, start: 0, end: text.length, text }, expressions, names };
}

describe('who "he" or "she" is', () => {
  const person = () => true;
  const none = () => false;
  it('finds the person a sentence is about: its subject, after a leading phrase, never a possessive', () => {
    expect(personSubject(analyse('During the first term, Marta Keller liaised with the envoy.'), { canonicalPerson: person })).toBe('marta keller');
    expect(personSubject(analyse('Keller’s team reset relations.'), { canonicalPerson: person })).toBeUndefined();
  });
  it('names the clause’s pronoun after the person before, unless the sentence names a person first', () => {
    const opts = { canonicalPlace: none, canonicalPerson: person, broadPlace: none, lastSubject: 'marta keller' };
    const referents = (text: string) => mentionsInSentence(src, analyse(text), opts).map((m) => m.referent);
    expect(referents('According to the inquiry’s report, she met the banker in 2017.')).toEqual(['marta keller']);
    expect(referents('Jon Berg arrived, and he met the banker in 2017.')).toEqual([undefined]);
    expect(mentionsInSentence(src, analyse('She met the banker in 2017.'), { ...opts, lastSubject: undefined })[0]!.referent).toBeUndefined();
  });
});

describe('which happening a date belongs to', () => {
  it('gives the date of a reported clause to what is reported, not to the saying', () => {
    expect(mentions('The Coast Guard said it would close the port on Friday afternoon.')).toEqual(['other 2026-10-16']);
  });
  it('gives a possessive date to the noun it qualifies', () => {
    const s = '“It is a long road,” Tillis said at Wednesday’s commission meeting.';
    expect(possessedHappening(s, s.indexOf('Wednesday’s'), s.indexOf(' commission'), findHappenings(s))?.text).toBe('meeting');
    expect(mentions(s)).toEqual(['meeting 2026-10-14']);
  });
  it('passes over a relative clause for the verb that follows it', () => {
    const s = 'Residents who evacuated began returning on Friday.';
    expect(mainHappenings(s, s.indexOf('Friday'), findHappenings(s)).map((h) => h.text)).toEqual(['began']);
    expect(mentions(s)).toEqual(['other 2026-10-16']);
  });
  it('reads nothing from what happens every August', () => {
    expect(mentions('The festival is held every August in the old town.')).toEqual([]);
  });
  it('reads nothing from what is unclear', () => {
    expect(mentions('It is unclear whether the talks will resume on Monday.')).toEqual([]);
  });
  it('reads nothing from what an if-clause supposes', () => {
    const s = 'If you were told to leave, leave tonight.';
    expect(isHypothetical(s, s.indexOf('told'))).toBe(true);
    expect(mentions(s)).toEqual([]);
  });
  it('reads no statement from an attribution that follows the dated happening it attributes', () => {
    expect(mentions('The storm is expected to make landfall late on Thursday, the hurricane center said on Wednesday, and officials urged residents to leave.')).toEqual([
      'incident 2026-10-22',
    ]);
    expect(mentions('The port reopened on Monday, officials said on Tuesday that trade would resume.')).toHaveLength(2);
  });
  it('reads nothing from a figure or a possibility a saying tells with a date', () => {
    expect(mentions('The school district said attendance fell to 81% on Tuesday, from about 93% on a typical day.')).toEqual([]);
    expect(mentions('The chief executive has said fares could rise by 25 cents next July.')).toEqual([]);
    expect(mentions('The chief executive said late Monday that the demands would add $140 million.')).toEqual(['statement 2026-10-12']);
    expect(mentions('The union said it walked out on Tuesday.')).toEqual(['protest 2026-10-13']);
    expect(mentions('The ministry said in May that prices were stable on June 3.')).toEqual(['statement 2026-05-01']);
  });
  it('keeps a relative clause with the noun it hangs on', () => {
    expect(mentions('Members ratified a new contract on Sunday, ending a strike that began on Sept. 24.')).toEqual(['agreement 2026-10-11', 'protest 2026-09-24']);
  });
  it('reads no plan from what is to happen only on a condition', () => {
    expect(mentions('If no deal is reached by Friday, workers will strike again next week.')).toEqual([]);
    expect(mentions('Workers will strike again next week.')).toEqual(['protest 2026-10-18']);
    expect(mentions('Workers will strike again next week unless the company improves its offer.')).toEqual([]);
    expect(mentions('Members will vote on Oct. 30, and if they approve, the contract takes effect in January.')).toEqual(['election 2026-10-30']);
  });
  it('reads nothing from a count of time passing', () => {
    expect(mentions('The strike entered its second week on Tuesday.')).toEqual([]);
  });
  it('reads nothing from how things stood on a day', () => {
    expect(mentions('No new talks had been scheduled as of Tuesday afternoon.')).toEqual([]);
  });
  it('reads nothing from a state that holds since a date, or until one', () => {
    expect(mentions('Norris has led the district since 2021.')).toEqual([]);
    expect(mentions('The commission voted to waive fees for storm repairs through the end of the year.')).toEqual([]);
  });
  it('reads nothing from a range of years, a state or a sum of many acts', () => {
    expect(mentions('The company raised more than $300 million from investors between 2019 and 2023.')).toEqual([]);
    expect(mentions('The Alliance led the city from 2009 to 2013.')).toEqual([]);
    expect(mentions('The company raised $40 million in 2023.')).toEqual(['other 2023-01-01']);
  });
  it('dates each happening of a sentence that dates two', () => {
    expect(mentions('The jury began deliberating on Wednesday, a day after closing arguments on Tuesday.')).toEqual(['court 2026-10-14', 'court 2026-10-13']);
    expect(mentions('She was indicted in March 2025, about nine months after the company shut down in June 2024.')).toEqual([
      'sanction 2025-03-01',
      'other 2024-06-01',
    ]);
  });
});

describe('headOf', () => {
  it('takes the verb whose object is a statement noun, and the noun a participle of saying qualifies', () => {
    const filed = 'Harlow filed its preliminary proxy statement with the regulator on Thursday.';
    expect(headOf(findHappenings(filed), findHappenings(filed).pop(), filed)?.text).toBe('filed');
    const announced = 'Under the agreement announced on Oct. 4, the buyer will pay $52 a share.';
    const hs = findHappenings(announced);
    expect(headOf(hs, hs.find((h) => h.text === 'announced'), announced)?.text).toBe('agreement');
    expect(mentions(announced)[0]).toBe('agreement 2026-10-04');
  });
  it('leaves a saying that is the clause’s own verb alone', () => {
    const said = 'The mayor said in a statement on Monday that the bridge would reopen.';
    const hs = findHappenings(said);
    expect(headOf(hs, hs.find((h) => h.text === 'statement'), said)?.text).toBe('statement');
  });
});

describe('a count of times', () => {
  it('is a habit, not a happening', () => {
    expect(mentions("The filing shows that Harlow's board met eight times between December and March.")).toEqual([]);
    expect(mentions('The board met in March.')).toHaveLength(1);
  });
});

describe('passiveSaying', () => {
  it('reads what will be announced as a happening, not as someone speaking', () => {
    expect(passiveSaying('statement', 'The commission said final results would be ')).toBe('other');
    expect(passiveSaying('statement', 'The commission ')).toBe('statement');
    // "a week after the merger was announced": what was made public happened.
    expect(passiveSaying('statement', 'a week after the merger was ')).toBe('other');
  });
});

describe('a saying in the present', () => {
  it('is not dated by a past date in what it says', () => {
    expect(mentions('The suit says the company knew of overheating complaints as early as last summer.')).toEqual([]);
    expect(mentions('The suit says the company recalled the heaters last summer.')).toEqual(['other 2026-06-01']);
    expect(mentions('The company said last summer that it knew of complaints.')).toEqual(['statement 2026-06-01']);
  });
});

describe('toldAhead', () => {
  it('dates what a past saying foretold, not the saying', () => {
    expect(mentions('The company said it expected its wards to take patients again early next week.')).toEqual(['other 2026-10-19']);
    expect(toldAhead('statement', 'announced', true)).toBe('other');
    expect(toldAhead('statement', 'will announce', true)).toBe('statement');
    expect(toldAhead('statement', 'said', false)).toBe('statement');
  });
});

describe('byCourt', () => {
  it('reads what a court or a judge does as a ruling', () => {
    expect(byCourt('other', 'A regional court on Wednesday ')).toBe('court');
    expect(byCourt('other', 'The company ')).toBe('other');
    expect(byCourt('meeting', 'The judge ')).toBe('meeting');
  });
});

describe('inVicinity', () => {
  it('tells a place near which something happened from where it happened', () => {
    const s = 'The storm made landfall near the mouth of the Sable River, then hit Bayhaven.';
    expect(inVicinity(s, s.indexOf('Sable River'))).toBe(true);
    expect(inVicinity(s, s.indexOf('Bayhaven'))).toBe(false);
  });
});

describe('quoted', () => {
  it('tells a place inside a quotation from one outside it', () => {
    expect(quoted('"They saved lives last night," the governor said.', 20)).toBe(true);
    expect(quoted('“They saved lives last night,” the governor said.', 20)).toBe(true);
    expect(quoted('“They saved lives,” the governor said on Tuesday.', 40)).toBe(false);
    expect(quoted('"Heroes," he said, "all of them." Crews left on Monday.', 45)).toBe(false);
  });
});

describe('one date in two wordings', () => {
  it('tells one day again in apposition, or by minutes later, and keeps another day apart', () => {
    const text = 'The ferry docked on Tuesday, the day after Columbus Day, and unloaded its cargo 40 minutes later.';
    const [a, b] = findTemporalExpressions(text, { published });
    expect(restatesDay(text, b!, a)).toBe(true);
    const later = findTemporalExpressions(text, { published, anchor: '2026-10-13' }).find((e) => e.text.includes('minutes'))!;
    expect(restatesDay(text, later, a)).toBe(true);
    const other = 'The ferry docked on Tuesday and left on Thursday.';
    const [c, d] = findTemporalExpressions(other, { published });
    expect(restatesDay(other, d!, c)).toBe(false);
  });
  it('makes one mention of the day, worded whole', () => {
    const m = mentionsInSentence(src, analyse('The ferry docked on Tuesday, the day after Columbus Day.'), { canonicalPlace: () => false, canonicalPerson: () => false, broadPlace: () => false });
    expect(m.map((x) => [x.date!.start, x.dateText])).toEqual([['2026-10-13', 'Tuesday, the day after Columbus Day']]);
  });
});

describe('words quoted', () => {
  it('finds where a quotation an earlier sentence opened closes', () => {
    const text = 'The bridge will be ready by Friday," the coach told reporters.';
    expect(continuedQuoteEnd(text)).toBe(text.indexOf('"'));
    expect(quoted(text, text.indexOf('Friday'))).toBe(true);
    expect(quoted(text, text.indexOf('told'))).toBe(false);
    expect(continuedQuoteEnd('The coach said "soon" and left.')).toBeUndefined();
  });
  it('makes no mention of a quotation that tells no act, with its speaker and day', () => {
    expect(mentions('“We never saw this coming,” the mayor told reporters on Tuesday.')).toEqual([]);
    expect(mentions('The bridge will be ready by Friday," the coach told reporters on Tuesday.')).toEqual([]);
    const text = '“They rebuilt the school on Monday,” the mayor said on Tuesday.';
    const dates = findTemporalExpressions(text, { published });
    expect(quotationOnly(text, text.indexOf('said'), dates)).toBe(false);
    const none = '“We never saw this coming,” the mayor said on Tuesday.';
    expect(quotationOnly(none, none.indexOf('said'))).toBe(true);
  });
});

describe('what a saying tells', () => {
  it('is no act when the act was not done or is a state of mind', () => {
    expect(tellsNoAct(' that they had found no survivors.')).toBe(true);
    expect(tellsNoAct(' that it had not decided.')).toBe(true);
    expect(tellsNoAct(' that she was “quite hopeful” about the talks.')).toBe(true);
    expect(tellsNoAct(' that the council had approved the plan.')).toBe(false);
    expect(mentions('Police said on Thursday that they had found no survivors.')).toEqual([]);
  });
  it('is no plan when it is only wished for', () => {
    expect(wishedFor('the council still hoped to ')).toBe(true);
    expect(wishedFor('the council plans to ')).toBe(false);
    expect(mentions('The council said it still hoped to open a second plant in May.')).toEqual([]);
    expect(mentions('The council plans to open a second plant in May.')).toEqual(['other 2027-05-01']);
  });
  it('dates a passive past act it attributes, when the saying is of the last days', () => {
    expect(mentions('Two men were detained overnight, the police chief told a press briefing on Thursday.')).toEqual(['sanction 2026-10-15']);
    expect(mentions('Two men were detained in a raid, the police chief told a press briefing on Sept. 3.')).toEqual(['statement 2026-09-03']);
  });
});

describe('what happened, beside its setting and its owner', () => {
  const none = () => false;
  it('reads a happening named right before the date as the setting of the act before it', () => {
    expect(mentions('The committee accepted his resignation at a special session on Tuesday.')).toEqual(['resignation 2026-10-13']);
    expect(mentions('The decision, reached at a summit that opened on Tuesday, was unanimous.')).toEqual(['meeting 2026-10-13']);
  });
  it('names whose act "his" tells, and who "he" is after a sentence about a person named by a noun', () => {
    const opts = { canonicalPlace: none, canonicalPerson: () => true, broadPlace: none, lastSubject: 'dario kell' };
    const [m] = mentionsInSentence(src, analyse('The committee accepted his resignation on Tuesday.'), opts);
    expect([m!.referent, m!.people]).toEqual(['dario kell', ['dario kell']]);
    const [n] = mentionsInSentence(src, analyse('He is due to appear in court on Wednesday.'), { canonicalPlace: none, canonicalPerson: none, broadPlace: none, lastNounSubject: 'The man' });
    expect(n!.referentNoun).toBe('The man');
  });
});
