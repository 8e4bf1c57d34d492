/**
 * An unseen corpus of an earthquake and its aftermath (three articles, three outlets, two weeks),
 * its happenings and their days known before the pipeline first ran on it. It brought: an
 * earthquake (a storm, a vehicle) that strikes or hits is a disaster, not an attack, even when its
 * clause is set off from it by an apposition ("A second quake, of magnitude 7.5, hit the region");
 * "quake", "tremor" and "aftershock" are happenings, so "Monday's quake" and "the Feb. 6 quake" cite
 * it; a verb the lexicon does not list, followed by a saying that only attributes it ("crossed into
 * Syria on Thursday, a UN official said"), still reports a happening.
 */
import { describe, expect, it } from 'vitest';
import { cites, corpusEvents, expectOnlyExpectedEvents, type Expected } from './load-corpus';

const events = corpusEvents('tests/fixtures/unseen-quake');

const EXPECTED: Expected[] = [
  ['The earthquake', '2023-02-06', ['earthquake struck southern Turkey', "after Monday's quake", 'by the Feb. 6 quake']],
  ['A second quake hours later', '2023-02-06', ['A second large quake']],
  ['A state of emergency', '2023-02-07', ['declared a three-month state of emergency']],
  ['The president visits the worst-hit city', '2023-02-08', ['visited the devastated city']],
  ['A baby and his mother rescued', '2023-02-09', ['pulled a 10-day-old baby']],
  ['The first UN aid convoy crosses into Syria', '2023-02-09', ['aid convoy crossed into']],
  ['The search ends', '2023-02-19', ['ending search and rescue efforts']],
  ['The secretary of state flies over the zone', '2023-02-19', ['flew over the disaster zone']],
  ['A new quake', '2023-02-20', ['A magnitude 6.4 earthquake struck']],
];

describe('an unseen corpus (an earthquake)', () => {
  it('tags every quake a disaster, never an attack', () => {
    const quakes = events().filter((e) => /quake/.test(e.title));
    expect(quakes.length).toBeGreaterThanOrEqual(3);
    for (const q of quakes) expect(q.tags, q.title).not.toContain('conflict');
  });

  it('makes no event of a death toll, or of how strong a quake was', () => {
    for (const words of ['people have been confirmed dead', 'was felt as far away']) expect(events().filter((e) => cites(e, words)), words).toEqual([]);
  });

  // The 1939 quake a comparison recalls; the death toll, which the rescue's event cites (one article, one day).
  expectOnlyExpectedEvents(events, EXPECTED, ['since 1939']);
});
