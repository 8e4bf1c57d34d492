/**
 * An unseen corpus of a football transfer saga (four articles, four outlets, over two and a half
 * weeks), written with its expected events before the pipeline first ran on it: an opening bid and
 * its rejection told by two outlets in other words, a player who stays away from training, a fine,
 * a raised offer, a fee agreed, a medical, a signing, an unveiling, the selling club's replacement
 * and the fixtures ahead; beside them a quote of praise said "in a statement" on the day of an act,
 * opinions, a forecast and statistics.
 */
import { describe, expect, it } from 'vitest';
import { cites, corpusEvents, expectOnlyExpectedEvents, type Expected } from './load-corpus';

const events = corpusEvents('tests/fixtures/unseen-transfer');

const EXPECTED: Expected[] = [
  ['Linares joins Valdora', '2023-01-01', ['joined Valdora from Club Sarmiento']],
  ['Ashford sign Brekke', '2024-01-01', ['Ashford paid for midfielder Jonas Brekke in 2024']],
  ['Ashford make an opening bid', '2026-06-29', ['made the opening bid on Monday', 'lodged a €60 million bid at the end of June']],
  ['Valdora reject the bid', '2026-07-01', ['have rejected a €60 million offer', 'turned down Ashford']],
  ['Linares stays away from training', '2026-07-06', ['stayed away from the first day']],
  ['Valdora fine Linares', '2026-07-07', ['fined the 24-year-old']],
  ['Ashford raise their offer', '2026-07-08', ['increased their offer for the striker', 'was delivered to Valdora']],
  ['The clubs agree a fee', '2026-07-10', ['agreed a fee on Friday', 'expected to meet on Friday to consider the bid']],
  ['Linares flies to England', '2026-07-11', ['flew to England on Saturday']],
  ['Linares passes a medical', '2026-07-12', ['passed a medical on Sunday']],
  ['Ashford complete the signing', '2026-07-13', ['completed the signing of Colombian striker', 'The deal, completed on Monday']],
  ['Linares trains with Ashford', '2026-07-15', ['trained with his new teammates']],
  ['Valdora sign a replacement', '2026-07-16', ['signed Brazilian forward Caio Mendes']],
  ['Linares is presented to the fans', '2026-07-17', ['packed Ashford City']],
  ['Linares’s debut in a friendly', '2026-07-25', ['make his debut in a pre-season friendly', "next Saturday's friendly"]],
  ['Ashford open the league season', '2026-08-22', ['open their league campaign']],
];

describe('an unseen corpus (a transfer saga)', () => {
  it('makes no event of an opinion, a forecast, a statistic or a quote of no act', () => {
    for (const words of [
      'Nobody is bigger than this club',
      'could drag on',
      'have not won the title since 1998',
      'Analysts expect Ashford to return',
      'Many fans believe',
      'scored 31 goals',
      'Season-ticket sales',
      'has spent more than',
    ]) {
      expect(events().filter((e) => cites(e, words)), words).toEqual([]);
    }
    // A quote said "in a statement" or "in a video" on the day of an act is no event of its own.
    for (const words of ['Calvo said in a statement on Wednesday', 'Linares said in a video posted']) {
      expect(events().filter((e) => cites(e, words) && e.citations.length === 1), words).toEqual([]);
    }
  });

  it('titles events by who did what', () => {
    for (const e of events()) expect(e.title, e.title).not.toMatch(/\b(?:said|says|told)$|^(?:In|At|On|During) /);
  });

  // The day training was due to begin (the day the player stayed away); the agent's word on the
  // radio; the player of the year award in May.
  expectOnlyExpectedEvents(events, EXPECTED, ['due to begin pre-season training', 'told the Spanish radio station']);
});
