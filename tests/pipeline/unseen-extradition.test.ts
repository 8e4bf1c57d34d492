/**
 * An unseen corpus of an extradition case in a British court (three articles, three outlets, five
 * weeks), its happenings and their days written down before the pipeline first ran on it. It
 * brought: the British "Thursday week"; "before" a noun between two dates is a preposition
 * ("pleaded guilty in January and testified before a grand jury last month" dates both); a name,
 * its apposition and the verb after them are the name's own, not an aside; a judge's approving or
 * a court's rejecting is a ruling, and "told a court" a court's happening, so the ruling a judge
 * said she would deliver on April 11 is the approval of that day; "call an expert" is no phone
 * call; a happening told in a since-clause is titled as itself.
 */
import { describe, expect, it } from 'vitest';
import { cites, corpusEvents, expectOnlyExpectedEvents, type Expected } from './load-corpus';

const events = corpusEvents('tests/fixtures/unseen-extradition');

const EXPECTED: Expected[] = [
  ['The company files for bankruptcy', '2022-08-01', ['filed for bankruptcy in August 2022']],
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
    for (const words of ['faces up to 40 years', 'has 14 days to appeal', 'denies wrongdoing']) {
      expect(events().filter((e) => cites(e, words)), words).toEqual([]);
    }
    // The indictment the since-clause tells is titled as what happened, not as where he lived.
    expect(events().filter((e) => /living in Dubai/.test(e.title))).toEqual([]);
    expect(events().find((e) => cites(e, 'indicted him'))!.title).toMatch(/^A federal grand jury .*indicted Marek Osterberg/);
  });

  it('tells a judge approving an extradition and a court rejecting an appeal as rulings', () => {
    for (const words of ['approved the extradition', 'the High Court rejected']) expect(events().find((e) => cites(e, words))!.tags, words).toContain('court');
  });

  it('titles the finance chief by name in both of the sentence’s events', () => {
    const titles = events().filter((e) => cites(e, 'pleaded guilty in January and testified')).map((e) => e.title);
    expect(titles.sort()).toEqual(['Lena Brandt pleaded guilty', 'Lena Brandt testified before a grand jury']);
  });

  it('reads "Thursday week" as the Thursday a week after the coming one', () => {
    expect(events().filter((e) => e.start === '2024-03-07')).toEqual([]);
  });

  // The witness the defence is expected to call, the sentencing the finance chief is due (plans);
  // the company's collapse, which a timeline may carry beside its bankruptcy filing of that month.
  expectOnlyExpectedEvents(events, EXPECTED, ['expected to call a prison conditions expert', 'due to be sentenced in June', 'collapsed in August 2022']);
});
