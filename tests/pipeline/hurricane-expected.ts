/**
 * What a newsroom would put on the timeline of the hurricane corpus (tests/fixtures/unseen-hurricane),
 * written before the pipeline was run on it. Each happening: its day, and words from every sentence
 * that should cite it (all in one event). `bogus`: words of sentences that report nothing happening
 * and must cite no event. `tolerated`: sentences a reasonable timeline may or may not carry.
 */
import type { TimelineEvent } from '../../src/schema';

export interface Expected {
  what: string;
  start: string;
  cites: string[];
}

export const EXPECTED: Expected[] = [
  { what: 'Corinne forms in the Caribbean', start: '2026-09-28', cites: ['formed in the western Caribbean on Sept. 28', 'formed in the Caribbean late last month'] },
  { what: 'State of emergency declared', start: '2026-10-05', cites: ['declared a state of emergency for 34 counties on Monday', 'who declared a state of emergency early this week'] },
  { what: 'Sable County orders evacuations', start: '2026-10-06', cites: ['ordered mandatory evacuations'] },
  { what: 'Federal emergency declaration approved', start: '2026-10-07', cites: ['approved an emergency declaration for Florida on Wednesday'] },
  { what: 'Port of Bayhaven closed', start: '2026-10-07', cites: ['would close the Port of Bayhaven', 'had closed the Port of Bayhaven to shipping the day before landfall'] },
  {
    what: 'Corinne makes landfall near Bayhaven',
    start: '2026-10-08',
    cites: ['expected to make landfall', 'made landfall near Bayhaven at about 11 p.m. Thursday', 'came ashore on Thursday night', 'made landfall eight days ago'],
  },
  { what: 'Storm crosses into Georgia', start: '2026-10-09', cites: ['crossed into Georgia early Friday'] },
  { what: 'Evacuees begin returning', start: '2026-10-09', cites: ['began returning on Friday afternoon'] },
  { what: 'Major disaster declaration', start: '2026-10-10', cites: ['approved a major disaster declaration', 'signed off on a major disaster declaration'] },
  {
    what: 'FEMA chief tours Bayhaven',
    start: '2026-10-11',
    cites: ['expected to tour Bayhaven with Whitcombe on Sunday', 'toured the flattened waterfront', 'visited Bayhaven on Sunday', 'who toured the city on Sunday'],
  },
  { what: 'First disaster recovery center opens', start: '2026-10-12', cites: ['opened its first disaster recovery center', 'A FEMA recovery center opened on Monday'] },
  { what: 'Governor says Florida will seek $6 billion', start: '2026-10-12', cites: ['the state would ask Congress for at least $6 billion'] },
  { what: 'City Commission votes to waive permit fees', start: '2026-10-14', cites: ['voted 4-1 on Wednesday', 'at Wednesday’s commission meeting'] },
  { what: 'Power restored to 95 percent', start: '2026-10-15', cites: ['restored electricity to 95 percent'] },
  { what: 'FEMA chief returns to meet officials', start: '2026-10-15', cites: ['returned to Bayhaven on Thursday'] },
  { what: 'Schools to reopen', start: '2026-10-19', cites: ['will reopen on Monday'] },
  { what: 'House vote on aid package', start: '2026-10-20', cites: ['expected to vote on an aid package next week', 'scheduled to vote on the $6 billion aid package on Tuesday'] },
  { what: 'Public hearing on rebuilding plan', start: '2026-11-03', cites: ['public hearing on the rebuilding plan on Nov. 3'] },
  { what: 'Deadline to register for federal aid', start: '2026-12-09', cites: ['until Dec. 9 to register', 'until Dec. 9 to apply'] },
];

export const BOGUS: string[] = [
  'Hurricane season runs from June 1',
  'who has led the city since 2019',
  'since records began in 1851',
  'who has lived on Front Street since 1988',
  'has led the district since 2021',
  'held every year since 1974',
  'leave tonight',
  'Insurers typically take weeks',
  'Sign up here',
  'Updated Oct. 10, 2026',
  'Published Oct. 16, 2026',
  'Copyright 2026',
];

/** Sentences a timeline may or may not carry: neither counted for nor against precision. */
export const TOLERATED: string[] = [
  'the National Hurricane Center said on Wednesday',
  'intensified rapidly over the weekend',
  'said on Friday that the damage in Bayhaven',
  'about 410,000 customers remained without electricity',
  'since Hurricane Michael in 2018',
  'knocked out service to more than a million',
];

const cites = (e: TimelineEvent, words: string) => e.citations.some((c) => c.quote.replace(/'/g, '’').includes(words.replace(/'/g, '’')) || c.quote.includes(words));

/** The event that is this happening: on its day and citing one of its sentences (the most cited). */
export function eventFor(events: TimelineEvent[], x: Expected): TimelineEvent | undefined {
  return events
    .filter((e) => e.start === x.start && x.cites.some((w) => cites(e, w)))
    .sort((a, b) => x.cites.filter((w) => cites(b, w)).length - x.cites.filter((w) => cites(a, w)).length)[0];
}

export interface Score {
  found: number;
  complete: number;
  correct: number;
  bogus: string[];
  judged: number;
  precision: number;
  recall: number;
  unmatched: TimelineEvent[];
  missing: string[];
}

/**
 * Recall: expected happenings with an event on their day citing one of their sentences. Precision:
 * of the events not about tolerated sentences, those that are an expected happening (a second
 * event for one happening counts against it, as does any event citing a bogus sentence).
 */
export function score(events: TimelineEvent[]): Score {
  const matched = new Set<TimelineEvent>();
  let complete = 0;
  const missing: string[] = [];
  for (const x of EXPECTED) {
    const e = eventFor(events, x);
    if (!e) {
      missing.push(x.what);
      continue;
    }
    matched.add(e);
    if (x.cites.every((w) => cites(e, w))) complete++;
  }
  const bogus = BOGUS.filter((w) => events.some((e) => cites(e, w)));
  const tolerated = (e: TimelineEvent) => !matched.has(e) && e.citations.every((c) => TOLERATED.some((w) => c.quote.includes(w)));
  const judged = events.filter((e) => !tolerated(e));
  const unmatched = judged.filter((e) => !matched.has(e));
  return {
    found: matched.size,
    complete,
    correct: matched.size,
    bogus,
    judged: judged.length,
    precision: judged.length ? matched.size / judged.length : 0,
    recall: matched.size / EXPECTED.length,
    unmatched,
    missing,
  };
}
