/**
 * An unseen corpus of an extradition case in a British court (three articles, three outlets, five
 * weeks), its happenings and their days written down before the pipeline first ran on it.
 */
import { describe, expect, it } from 'vitest';
import { cites, corpusEvents, expectOnlyExpectedEvents, type Expected } from './load-corpus';

const events = corpusEvents('tests/fixtures/unseen-extradition');

const EXPECTED: Expected[] = [
  ['The company files for bankruptcy', '2022-08-01', ['filed for bankruptcy in August 2022', 'collapsed in August 2022']],
  ['The founder is indicted', '2022-11-01', ['indicted him in November 2022']],
  ['The finance chief pleads guilty', '2024-01-01', ['pleaded guilty in New York in January', 'pleaded guilty in January and testified']],
  ['The founder is arrested in London', '2024-03-04', ['was arrested at a London hotel on Monday', 'who was arrested in London last week']],
  ['His first court appearance', '2024-03-05', ["appeared at Westminster Magistrates' Court on Tuesday"]],
  ['The High Court rejects his bail appeal', '2024-03-13', ['the High Court rejected his appeal']],
  ['The extradition hearing', '2024-03-14', ['set a full extradition hearing for Thursday week', 'told a London court on Thursday']],
  ['The finance chief testifies to a grand jury', '2024-03-01', ['testified before a grand jury last month']],
  ['The judge approves extradition', '2024-04-11', ['approved the extradition', 'would deliver her ruling on April 11']],
];

describe('an unseen corpus (an extradition)', () => {
  it('makes no event of a sentence faced, a time to appeal, a denial or where he had lived', () => {
    for (const words of ['faces up to 40 years', 'has 14 days to appeal', 'denies wrongdoing', 'had been living in Dubai']) {
      expect(events().filter((e) => cites(e, words)), words).toEqual([]);
    }
  });

  it('reads "Thursday week" as the Thursday a week after the coming one', () => {
    expect(events().filter((e) => e.start === '2024-03-07')).toEqual([]);
  });

  // The witness the defence is expected to call, the sentencing the finance chief is due.
  expectOnlyExpectedEvents(events, EXPECTED, ['expected to call a prison conditions expert', 'due to be sentenced in June']);
});
