/**
 * An unseen corpus of an armed mutiny and its aftermath (three articles, three outlets, over two
 * weeks), written with its expected events before the pipeline first ran on it. It brought: "the
 * events of June 24" names a day without telling a happening; "declared Monday a non-working day"
 * declares a day rather than dating the declaring; "in the early hours of June 24" goes from the
 * title with its date; "took control of" a place is a military happening, so two outlets' words
 * for one seizure join; a setting before the subject ("In a televised address on Monday night,
 * Putin said") and a speaker named by office and name after the words ("..., the country's
 * president, Alexander Lukashenko, said Tuesday") are not the title; a bare "X said" never is.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/schema';
import { extractEvents } from '../../src/extract/pipeline';
import { cites, expectOnlyExpectedEvents, loadFolder, type Expected } from './load-corpus';

let events: TimelineEvent[];
beforeAll(() => {
  events = extractEvents(loadFolder('tests/fixtures/unseen-mutiny')).events;
});

const EXPECTED: Expected[] = [
  ['The city is captured', '2023-05-01', ['captured the eastern Ukrainian city of Bakhmut in May']],
  ['The mutiny begins with an accusation', '2023-06-23', ['The mutiny began on Friday']],
  ['Fighters seize the headquarters in Rostov-on-Don', '2023-06-24', ['took control of the Russian army', 'seized Rostov-on-Don in the early hours of June 24']],
  ['Putin calls the revolt treason', '2023-06-24', ['in a televised address on Saturday morning']],
  ['Moscow declares a counter-terrorist regime', '2023-06-24', ['declared a "counter-terrorist operation regime" in the capital on Saturday']],
  ['Prigozhin turns his men back', '2023-06-24', ['Late on Saturday, Wagner chief']],
  ['Putin addresses the nation again', '2023-06-26', ['In a televised address on Monday night']],
  ['Prigozhin releases an audio message', '2023-06-26', ['11-minute audio message released on Monday']],
  ['Prigozhin arrives in Belarus', '2023-06-27', ['has arrived in Belarus']],
  ['The criminal case is closed', '2023-06-27', ['closed a criminal investigation into the rebellion']],
  ['Putin thanks the troops at the Kremlin', '2023-06-27', ['gathered on a square inside the Kremlin on Tuesday']],
  ['Putin meets Prigozhin at the Kremlin', '2023-06-29', ['three-hour meeting with Yevgeny Prigozhin']],
  ['The deadline for volunteer units', '2023-07-01', ['sign contracts with the ministry by July 1']],
];

describe('an unseen corpus (a mutiny)', () => {
  it('makes no event of "the events of June 24", and dates no declaring by the day it declared', () => {
    expect(events.filter((e) => cites(e, 'the events of June 24'))).toEqual([]);
    expect(events.filter((e) => e.start === '2023-06-19' || e.start === '2023-06-26').filter((e) => cites(e, 'non-working day'))).toEqual([]);
  });

  it('titles events by what happened, not by their setting or their speaker', () => {
    const title = (words: string) => events.find((e) => cites(e, words))?.title;
    expect(title('seized Rostov-on-Don')).toBe('Wagner fighters seized Rostov-on-Don and marched towards Moscow');
    expect(title('In a televised address on Monday night')).toBe('Putin said the organizers of the rebellion had betrayed their country');
    expect(title('has arrived in Belarus')).toBe('Yevgeny Prigozhin has arrived in Belarus');
    expect(title('sign contracts with the ministry by July 1')).toBe('Deadline for all volunteer units to sign contracts');
    for (const e of events) expect(e.title, e.title).not.toMatch(/\b(?:said|says|told)$|^(?:In|At|On|During) /);
  });

  // Statements the outlets report on their own days: equipment to be handed over, then handed over;
  // Lukashenko's later word on where Prigozhin was, and the statement it contradicted (a phrase
  // that cannot say whose statement without reading the sentence before it).
  const TOLERATED = ['preparing to hand over its heavy military equipment', 'has handed over more than 2,000 pieces', 'Lukashenko said last week'];
  expectOnlyExpectedEvents(() => events, EXPECTED, TOLERATED);
});
