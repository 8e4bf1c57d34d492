/** Small articles written inline: what one construction gives, on its own. */
import { describe, expect, it } from 'vitest';
import { loadSources } from '../../src/extract/load-sources';
import { extractEvents } from '../../src/extract/pipeline';
import { cites, eventsOfArticle as article, loadFolder } from './load-corpus';

describe('an offset from a happening in a sentence with no day of its own', () => {
  it('counts from the day the article last gave, when the sentence tells of the same people', () => {
    const events = article('Governor Elena Marsh told lawmakers on Tuesday that rates could rise again.\n\nMarsh appeared before the committee a week after the bank raised its main rate.');
    expect(events.find((e) => cites(e, 'a week after the bank raised'))?.start).toBe('2026-03-10');
  });

  it('dates nothing when it tells of others: the happening it counts from was never dated', () => {
    const events = article('Ministers met in Geneva on Tuesday to discuss a ceasefire.\n\nThree months after the invasion, the government collapsed.');
    expect(events.filter((e) => cites(e, 'Three months after'))).toEqual([]);
  });
});

describe('a dated aside about a noun', () => {
  it('is titled as told of that noun, not by the sentence’s main clause', () => {
    const title = (body: string) => article(body)[0]?.title;
    expect(title('The war, which began in February 2022, has killed tens of thousands.')).toBe('The war began');
    expect(title('The bill, introduced in January, would cap rents at 3%.')).toBe('The bill was introduced');
    expect(title('The rules, drafted in October, were never published.')).toBe('The rules were drafted');
  });
});

describe('one attack and one meeting told three ways (tests/fixtures/attack-week)', () => {
  const events = extractEvents(loadFolder('tests/fixtures/attack-week')).events;
  it('joins "an attack on Kyiv early on Tuesday", "Tuesday’s strike on the capital" and "the Nov. 3 attack"', () => {
    const attack = events.filter((e) => e.start === '2026-11-03');
    expect(attack).toHaveLength(1);
    expect(attack[0]!.tags).toContain('conflict');
    expect(attack[0]!.citations.map((c) => c.source).sort()).toEqual(['paperb-2026-11-05-kyiv', 'weeklyc-2026-11-08-review', 'wirea-2026-11-04-kyiv']);
  });
  it('titles a meeting by what a later report says happened at it, not by its plan', () => {
    const meeting = events.filter((e) => e.start === '2026-11-05');
    expect(meeting.map((e) => [e.title, e.citations.length])).toEqual([['G7 foreign ministers agreed to tighten sanctions on Russian oil', 3]]);
  });
});

describe('a sentence of several dated happenings', () => {
  it('titles each by its own clause, with the subject the sentence opens on, and no other date in it', () => {
    const events = article('The central bank raised rates in January and again in April, and cut them in October.', '2026-11-04');
    const october = events.find((e) => e.start === '2026-10-01');
    expect(october?.title).toBe('The central bank cut them');
    expect(events.find((e) => e.start === '2026-01-01')?.title).toBe('The central bank raised rates');
  });
  it('gives a date coordinated with the one before it that date’s happening', () => {
    const events = article('The central bank raised rates in January and again in April, and cut them in October.', '2026-11-04');
    expect(events.map((e) => [e.start, e.title])).toEqual([
      ['2026-01-01', 'The central bank raised rates'],
      ['2026-04-01', 'The central bank raised rates'],
      ['2026-10-01', 'The central bank cut them'],
    ]);
    expect(article('Elections were held in 2014, 2019 and 2024.').map((e) => e.start)).toEqual(['2014-01-01', '2019-01-01', '2024-01-01']);
    // Not a figure compared with another month's.
    expect(article('Prices rose 4% in February, up from 3% in January.').map((e) => e.start)).toEqual(['2026-02-01']);
  });
  it('leaves the date out of a title made from the whole sentence', () => {
    const titles = article('Trump said on Friday that he expected Zelenskiy to sign the plan, before flying to Florida.').map((e) => e.title);
    for (const t of titles) expect(t).not.toMatch(/Friday/);
  });
});

describe('a saying whose part of the sentence ends with it', () => {
  it('is titled with what was said, up to the other date, and not by who spoke alone', () => {
    const events = article('The port authority said last week that it expected to reopen the main channel by the end of May.', '2026-04-06');
    const saying = events.find((e) => e.start === '2026-03-29');
    expect(saying?.title).toMatch(/^The port authority said (?:that )?it expected to reopen the main channel$/);
  });
});

describe('a date before a verb coordinated with "and"', () => {
  it('stays with the verb before it', () => {
    const events = article('Regulators closed the Harbor Savings Bank on Friday and appointed the deposit insurer as receiver.', '2026-03-14');
    expect(events.map((e) => [e.start, e.tags])).toEqual([['2026-03-13', ['other']]]);
    expect(events[0]!.title).toMatch(/^Regulators closed the Harbor Savings Bank\b/);
  });
});

describe('a verb the lexicon does not list, dated to a day', () => {
  it('reports a happening, also before a saying that only attributes it, but not inside a quotation', () => {
    expect(article('The first aid convoy crossed into the northern province on Thursday, a UN official said.', '2026-02-13').map((e) => [e.start, e.tags])).toEqual([
      ['2026-02-12', ['other']],
    ]);
    // Nor is the saying dated by the words it quotes.
    expect(article('"They rebuilt the school on Monday," the mayor said.', '2026-02-13')).toEqual([]);
    expect(article('“They rebuilt the school on Monday,” the mayor said on Tuesday.', '2026-02-13').map((e) => e.start)).toEqual(['2026-02-10']);
    expect(article('The port handled a record 847,158 cars on Monday.', '2026-02-13')).toEqual([]);
  });
});

describe('a date measured since, with what happened then told right after it', () => {
  it('is titled by what happened then, not by the state since', () => {
    const events = article('It was the strongest earthquake to hit the country since 1939, when a quake of similar size killed 33,000 people.', '2026-02-13');
    expect(events.map((e) => [e.start, e.title])).toEqual([['1939-01-01', 'A quake of similar size killed 33,000 people']]);
  });
});

describe('a negation inside a relative clause', () => {
  it('does not negate the happening', () => {
    expect(article('A man who was not wearing a seatbelt died in a crash on Tuesday.', '2026-02-13').map((e) => e.start)).toEqual(['2026-02-10']);
    expect(article('The minister did not attend the summit on Tuesday.', '2026-02-13')).toEqual([]);
  });
});

describe('a past day that something had come about by', () => {
  it('dates nothing, unless "by" introduces the agent of a passive', () => {
    expect(article('By 2018 the company employed 4,000 people and had raised $6 billion.', '2026-02-13')).toEqual([]);
    expect(article('The town was flattened by the Feb. 6 storm.', '2026-02-13').map((e) => e.start)).toEqual(['2026-02-06']);
  });
});

describe('the British "Thursday week"', () => {
  it('is the Thursday a week after the coming one (a week today when said on that day)', () => {
    expect(article('Judge Ana Ruiz set a full hearing for Thursday week.', '2026-03-17').map((e) => [e.start, e.title])).toEqual([['2026-03-26', 'Judge Ana Ruiz set a full hearing']]);
    expect(article('Judge Ana Ruiz set a full hearing for Thursday week.', '2026-03-19').map((e) => e.start)).toEqual(['2026-03-26']);
  });
});

describe('"named" as an appointment', () => {
  it('names someone to a post, actively or in the passive, but not "a woman named"', () => {
    const kinds = (body: string) => article(body).map((e) => [e.start, e.tags[0]]);
    expect(kinds('Acme Corp on Monday named Jane Holt as its next chief executive.')).toEqual([['2026-03-16', 'appointment']]);
    expect(kinds('Jane Holt was named chief executive of Acme Corp on Monday.')).toEqual([['2026-03-16', 'appointment']]);
    expect(kinds('A woman named Jane Holt as well as two men were arrested on Monday.')).toEqual([['2026-03-16', 'sanction']]);
  });
});

describe('"before" a noun between two dates', () => {
  it('is a preposition: the verb before it goes with the date after it', () => {
    expect(article('Vance pleaded guilty in January and testified before a grand jury in March.', '2026-06-18').map((e) => [e.start, e.title])).toEqual([
      ['2026-01-01', 'Vance pleaded guilty'],
      ['2026-03-01', 'Vance testified before a grand jury'],
    ]);
  });

  it('still breaks before a clause with a verb the lexicon does not list', () => {
    const events = article('Wagner fighters seized the city on Friday and marched north before commanders called off the advance on Saturday.');
    expect(events.find((e) => e.start === '2026-03-13')?.title).toBe('Wagner fighters seized the city and marched north');
  });
});

describe('a figure and a date with the verb left out', () => {
  it('is the verb before, done again: a happening of its own', () => {
    expect(article('Acme Corp cut 500 jobs in March and another 300 in June.', '2026-09-18').map((e) => [e.start, e.title])).toEqual([
      ['2026-03-01', 'Acme Corp cut 500 jobs'],
      ['2026-06-01', 'Acme Corp cut another 300 jobs'],
    ]);
  });
});

describe('a name, its apposition and the verb after them', () => {
  it('is the name’s own verb, not a dated aside about the apposition', () => {
    expect(article("Vance, the company's former finance chief, pleaded guilty in January.", '2026-06-18').map((e) => e.title)).toEqual(['Vance pleaded guilty']);
  });
});

describe('what a court decides', () => {
  it('is a ruling, whatever the verb of deciding', () => {
    expect(article('A British judge on Thursday approved the extradition of Tom Vance to the United States.', '2026-03-20')[0]?.tags).toContain('court');
    expect(article('The High Court on Wednesday rejected his appeal against the refusal of bail.', '2026-03-20')[0]?.tags).toContain('court');
  });

  it('calls a witness, which is no phone call', () => {
    expect(article('Lawyers for the defence are expected to call a prison expert on Friday.').filter((e) => e.tags.includes('call'))).toEqual([]);
  });
});

describe('a fire that starts', () => {
  it('breaks out; the fire department that starts something does not', () => {
    expect(article('The blaze, which started on Sunday near a campground, forced evacuations.')[0]?.tags).toContain('incident');
    expect(article('The fire department started an inquiry on Monday.')[0]?.tags).not.toContain('incident');
  });
});

describe('a happening told in a since-clause', () => {
  it('is titled as what happened then, not as the state since', () => {
    expect(article('Vance had been living in Dubai since a grand jury in New York indicted him in November 2022.').map((e) => e.title)).toEqual(['A grand jury in New York indicted him']);
  });
});

describe('a second saying joined to a dated one', () => {
  it('shares its day and is an event of its own, apart from the departure it announces', () => {
    const events = article('Acme will cut 300 jobs, the company said on Thursday, and its board announced that Chief Executive Jane Holt would step down at the end of the year.', '2026-03-20');
    expect(events.map((e) => [e.start, e.tags.includes('planned')])).toEqual([
      ['2026-03-19', false],
      ['2026-03-19', false],
      ['2026-12-01', true],
    ]);
    expect(events.filter((e) => e.start === '2026-03-19').map((e) => e.title)).toContain('Its board announced that Chief Executive Jane Holt would step down');
  });
});

describe('a verb after "and" whose sentence opens on a market’s move', () => {
  it('has the shares as subject', () => {
    const events = article('Shares of the parent company plunged 60% on Thursday and were halted before the opening bell on Friday.', '2023-03-12');
    expect(events.map((e) => [e.start, e.title])).toEqual([
      ['2023-03-09', 'Shares of the parent company plunged 60%'],
      ['2023-03-10', 'Shares of the parent company were halted before the opening bell'],
    ]);
  });
});

describe('a title that would end on what the clause left hanging', () => {
  it('drops a second verb without its object, and the bare subject of what was told', () => {
    const title = (body: string, published: string) => article(body, published)[0]?.title;
    expect(title('The company reported a 9% fall in quarterly revenue last month and forecast that sales would keep falling until at least the summer.', '2025-03-12')).toBe(
      'The company reported a 9% fall in quarterly revenue',
    );
    expect(title('Lawyers for the United States told a London court on Thursday that Marek Osterberg, the founder of Quillpay, created fake accounts.', '2024-03-14')).toBe(
      'Lawyers for the United States told a London court',
    );
  });

  it('keeps what a saying or a promise told', () => {
    expect(article('Morrow has promised investors that sales will recover by the summer.', '2027-03-14')[0]?.title).toBe('Morrow has promised investors that sales will recover');
  });
});

describe('a deadline for the second of two verbs joined by "and"', () => {
  it('is titled by the verb the deadline is for', () => {
    const events = article('The company told staff in an internal memo on Tuesday that the cuts would fall mainly on its hardware and sales teams and would be completed by the end of April.', '2025-03-12');
    expect(events.map((e) => [e.start, e.title])).toEqual([
      ['2025-03-11', 'The company told staff in an internal memo'],
      ['2025-04-24', 'The cuts would be completed'],
    ]);
  });
});

describe('a participle phrase before the subject that did it', () => {
  it('is titled as the subject’s act, in the past', () => {
    const events = article('Despite signing a ceasefire in March 2021 and withdrawing its troops from the border, Norvia is still at a disadvantage, the officials said.', '2025-11-26');
    expect(events.map((e) => e.title)).toContain('Norvia signed a ceasefire and withdrew its troops from the border');
  });

  it('takes the subject’s words up to its verb, not the verb with them', () => {
    const levee = article('After absorbing a heavy storm surge in March 2021 and holding back the floodwater for three days, the old levee is still in poor repair, engineers said.', '2025-09-10');
    expect(levee.map((e) => e.title)).toContain('The old levee absorbed a heavy storm surge and held back the floodwater');
    const party = article('Despite winning the regional election in May 2019 and forming a coalition with two smaller parties, the Green Alliance is still short of a majority, analysts said.', '2025-09-10');
    expect(party.map((e) => e.title)[0]).toMatch(/^The Green Alliance won the regional election\b/);
  });
});

describe('a title opening on "its"', () => {
  it('names the organisation the sentence opened on', () => {
    const events = article('Brightwell Foods will cut another 200 jobs, the grocer said on Thursday, and its board announced that Chief Executive Lena Park would step down at the end of the year after five years in the role.', '2025-06-19');
    expect(events.map((e) => e.title)).toContain("Brightwell Foods' board announced that Chief Executive Lena Park would step down");
  });
});

describe('a deadline a named speaker set', () => {
  it('is titled as that speaker’s deadline', () => {
    const events = article('Ruiz said on Monday that she expected Okafor to sign the lease by March 20.', '2025-03-11');
    expect(events.map((e) => e.title)).toContain("Ruiz's deadline for Okafor to sign the lease");
  });
});

describe('a dated relative clause on a name after a long noun phrase', () => {
  it('is told of the name', () => {
    const events = article('The defence had called 14 witnesses, among them former finance director Ana Brook, who is to be sentenced in November.', '2026-09-30');
    expect(events.map((e) => e.title)).toContain('Ana Brook is to be sentenced');
  });

  it('keeps of two verbs joined by "and" the one the date is told with', () => {
    const events = article('Ana Brook, who works closely with the unions and is due to step down in January, was left out of the talks.', '2025-11-20');
    expect(events.map((e) => e.title)).toContain('Ana Brook is due to step down');
  });
});

describe('an act named as a noun, with what was asked after a colon', () => {
  it('tells what was asked as the infinitive, when the colon opens on a bare verb', () => {
    const found = article('It began with a September request from Governor Ames to the state police: Find the missing hikers before the snow comes.', '2025-10-20');
    expect(found.map((e) => e.title)).toContain('Governor Ames asked the state police to find the missing hikers');
  });
  it('leaves a colon that opens on a name as it was', () => {
    const found = article('It began with a September request from Governor Ames to the state police: Ukraine must not be left alone.', '2025-10-20');
    expect(found.map((e) => e.title).join(' | ')).not.toMatch(/\bto ukraine\b/i);
  });
});

describe('a chronology of dated lines', () => {
  const body = '- March 9: The port authority closes the channel.\n\n- March 12: The operator hires a salvage firm. The insurer declares general average.\n\n- March 14: The ship is refloated at high tide.';
  const events = article(body, '2026-03-16');
  it('dates each line by its head, quotes it as written and titles it in the past', () => {
    const closed = events.find((e) => cites(e, 'closes the channel'));
    expect(closed?.start).toBe('2026-03-09');
    expect(closed?.title).toMatch(/closed the channel/);
    expect(events.find((e) => cites(e, 'is refloated'))?.start).toBe('2026-03-14');
  });

  it('dates a second sentence of a line by the line', () => {
    const second = events.find((e) => cites(e, 'declares general average'));
    expect(second?.start).toBe('2026-03-12');
    expect(second?.dateText).toBe('March 12');
  });

  it('dates no sentence after a dateline that tells in the past', () => {
    const found = article('March 17 - Thieves broke into the museum overnight. A guard found a broken window.', '2026-03-18');
    expect(found.filter((e) => cites(e, 'A guard found'))).toEqual([]);
  });
});

describe('offsets from a happening the article dated', () => {
  it('count from "the failed attempt", a participle before its noun', () => {
    const events = article('A first attempt to refloat the ship failed on Tuesday.\n\nThe day after the failed attempt, the operator hired a salvage firm.', '2026-03-12');
    expect(events.find((e) => cites(e, 'hired a salvage firm'))?.start).toBe('2026-03-11');
  });

  it('put "hours after the approval" on the approval’s day', () => {
    const events = article('The regulator approved the drug on Friday.\n\nHours after the approval, the company set a list price of $410,000 a year.', '2025-11-24');
    expect(events.find((e) => cites(e, 'set a list price'))?.start).toBe('2025-11-21');
  });
});

describe('what is no planned happening', () => {
  it('makes no event of a possibility, nor of an intention held to a season or a year', () => {
    expect(article('Analysts said the pause could cut sales next year.', '2025-12-13')).toEqual([]);
    expect(article('The port authority plans to widen the channel by 2030.', '2026-03-12')).toEqual([]);
    expect(article('The authority said it would publish its own review before the summer.', '2026-03-21')).toEqual([]);
  });

  it('makes no event of a failure to act over a month or a year, but one of a try on a day', () => {
    expect(article('The company failed to disclose the risks in 2019.', '2025-12-13')).toEqual([]);
    expect(article('Eight tugs failed to move the ship on Tuesday.', '2026-03-12').map((e) => e.start)).toEqual(['2026-03-10']);
  });

  it('dates nothing by a day a figure is compared with, nor by spring tides', () => {
    const found = article('Salvors expect the tide to rise higher on Saturday than on Tuesday, with the spring tides.', '2026-03-12');
    expect(found.filter((e) => e.start === '2026-03-10' || e.start === '2026-03-17' || e.precision === 'month')).toEqual([]);
  });
});

describe('a sentence opening on "It" or "Its"', () => {
  const titles = (body: string) => article(body).map((e) => e.title);
  it('names what the sentence before was about: a singular noun phrase opening on "The", or an organisation', () => {
    expect(titles('The regulator rarely overrules its advisers. It is expected to rule by June 9 on whether the merger may go ahead.')).toEqual([
      'The regulator is expected to rule on whether the merger may go ahead',
    ]);
    expect(titles('The port authority doubled its fees in 2019.\n\nIts new terminal is scheduled to open on April 2.')).toContain('The port authority’s new terminal is scheduled to open');
  });

  it('leaves an "it" that stands for what follows, and one after a plural or a person', () => {
    expect(titles('The council approved the budget on Tuesday. It is unclear whether the mayor will sign it on Friday.').some((t) => /^The council is unclear/.test(t))).toBe(false);
    expect(titles('The inspectors visited the plant on Tuesday. It reopened on Wednesday.')).toContain('It reopened');
    expect(titles('The woman was charged on Monday. It was the first arrest on Tuesday.').every((t) => !t.startsWith('The woman was the first'))).toBe(true);
  });
});

describe('a chronology line whose happening noun is the subject of a happening verb', () => {
  it('is told by the verb: "The talks collapsed" is a collapse, not talks', () => {
    const [e] = article('Here is how it went.\n\n- March 3: The talks collapsed after the buyer cut its price.');
    expect(e?.start).toBe('2026-03-03');
    expect(e?.tags).toContain('incident');
  });

  it('leaves a noun of people ("Negotiators announced") and the happening an offset counts from', () => {
    const [e] = article('Here is how it went.\n\n- March 3: Negotiators announced a truce in Velmar.');
    expect(e?.tags).not.toContain('incident');
    expect(article('The day after the talks collapsed, the envoy flew to Velmar.').every((x) => !x.tags.includes('incident'))).toBe(true);
  });
});

describe('an offset that opens a sentence and counts from a short clause ("The day after the talks collapsed, ...")', () => {
  it('counts from the day the article gives that happening, even in a chronology line below', () => {
    const events = article('The envoy was busy that spring. The day after the talks collapsed, the envoy flew to Velmar.\n\nHere is how it went.\n\n- March 3: The talks collapse after the buyer cuts its price.');
    const trip = events.find((e) => cites(e, 'the envoy flew to Velmar'));
    expect(trip?.start).toBe('2026-03-04');
    expect(trip?.title).toBe('The envoy flew to Velmar');
  });

  it('dates nothing when the article never gives that happening a day, whatever name the sentence shares', () => {
    const events = article('The envoy Ana Velk said on Monday that the deal was off.\n\nThe day after the talks collapsed, Velk flew to Marhold.');
    expect(events.filter((e) => cites(e, 'Velk flew to Marhold') && e.start === '2026-03-15')).toEqual([]);
  });
});

describe('a participle after the clause\'s comma ("freed the two on Saturday, handing them to ...")', () => {
  it('tells the same happening as another report of it by that participle\'s verb', () => {
    const raw = (outlet: string, published: string, body: string) => Buffer.from(`---\ntitle: "T"\noutlet: "${outlet}"\npublished: "${published}"\n---\n${body}\n`);
    const { events } = extractEvents(
      loadSources([
        { file: 'a.md', raw: raw('A', '2026-05-09', 'Rebels freed the surveyors Ana Velk and Piet Moss on Saturday, handing them to Red Lantern envoys at the Orvik bridge.') },
        { file: 'b.md', raw: raw('B', '2026-05-12', 'Here is how it went.\n\n- May 9: Ana Velk and Piet Moss are handed to Red Lantern envoys at the Orvik bridge.') },
      ]).sources,
    );
    const on9 = events.filter((e) => e.start === '2026-05-09');
    expect(on9).toHaveLength(1);
    expect(cites(on9[0]!, 'are handed to Red Lantern envoys')).toBe(true);
  });
});
