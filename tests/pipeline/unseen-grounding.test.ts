/**
 * An unseen corpus of a container ship aground in a port's only channel (four articles, four
 * outlets, over two weeks), written with its expected events before the pipeline first ran on it:
 * wire copy on the day after, a feature that counts "the day after the failed attempt", an explainer
 * whose chronology is a list of dated lines in the historical present ("- March 9: The port
 * authority closes ..."), and a follow-up that counts "a week ago" and "early this week". Beside them
 * forecasts, plans, speculation, negations, states, opinions and a date inside a quote.
 */
import { describe, expect, it } from 'vitest';
import { cites, corpusEvents, expectOnlyExpectedEvents, type Expected } from './load-corpus';

const events = corpusEvents('tests/fixtures/unseen-grounding');

const EXPECTED: Expected[] = [
  ['The ship runs aground', '2026-03-08', ['ran aground in the Estry Channel, the only deep-water', 'ran aground shortly after 3 a.m. on Sunday', 'runs aground on a sandbank', 'ran aground on March 8']],
  ['The port authority closes the channel', '2026-03-09', ['suspended all traffic through the channel on Monday', 'closes the channel to all traffic']],
  ['The first attempt to refloat fails', '2026-03-10', ['A first attempt to refloat the ship failed on Tuesday', 'Eight tugs fail to move the ship']],
  ['The operator hires a salvage firm', '2026-03-11', ['Halvard Line hired Brekke Salvage', 'Halvard Line hires Brekke Salvage']],
  ['Salvors begin lifting containers off', '2026-03-12', ['began lifting containers off']],
  ['The operator declares general average', '2026-03-12', ['declares general average']],
  ['The ship is refloated', '2026-03-14', ['Salvors pulled the container ship Marisol Crest', 'The ship is refloated at 5:40', 'Salvors refloated the Marisol Crest a week ago']],
  ['The channel reopens', '2026-03-15', ['The channel reopens']],
  ['The accident board opens an inquiry', '2026-03-16', ['opened an inquiry into the grounding early this week']],
  ['A judge orders the ship detained', '2026-03-17', ['ordered the ship detained on Tuesday']],
  ['The port files a claim', '2026-03-19', ['filed a claim for 90 million crowns']],
];

describe('an unseen corpus (a ship aground in a port channel)', () => {
  // (Relaxed after the first run: "expected to make a second attempt at the weekend" and "is expected
  // to open an investigation this week" may cite the happenings they foretold, as the other corpora's
  // plans met by their reports do; they make no event of their own.)
  it('makes no event of a forecast, a plan, speculation, a negation, a state, an opinion or a quote of no act', () => {
    for (const words of [
      'will try to pull the ship free',
      'It could be days',
      'were waiting to enter or leave',
      'considering diverting',
      'working closely with the authorities',
      'did not say whether the ship had a pilot',
      'could cost importers and hauliers',
      'No injuries were reported',
      'may have lost power',
      'We have been sitting here since Sunday',
      'It was a disaster waiting to happen',
      'plans to widen the channel',
      'No official estimate',
      'did not respond to requests',
      'would examine the ship',
      'expected to take at least a year',
      'has not been charged',
      'Importers estimate',
      'There will be many more',
      'have fallen by about 12 percent',
      'would publish its own review',
    ]) {
      expect(events().filter((e) => cites(e, words)), words).toEqual([]);
    }
  });

  it('dates the chronology lines by their heads, not by the explainer\'s day', () => {
    expect(events().find((e) => cites(e, 'declares general average'))?.start).toBe('2026-03-12');
    expect(events().filter((e) => e.start === '2026-03-16' && cites(e, 'Marisol Crest runs aground'))).toEqual([]);
  });

  // The channel's dredging, the ship's building year, the channel's last blockage; the explainer's
  // opening sentence (the refloat and the reopening told together); the harbour master's word on
  // Wednesday that the delayed ships had left.
  expectOnlyExpectedEvents(events, EXPECTED, [
    'dredged to its current depth',
    'built in 2018',
    'in 2011, a bulk carrier',
    'reopened to shipping on Sunday',
    'the last of the ships delayed',
  ]);
});
