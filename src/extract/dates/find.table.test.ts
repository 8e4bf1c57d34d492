import { describe, expect, it } from 'vitest';
import type { Precision } from '../../schema';
import { findTemporalExpressions, resolveRelativeDate } from './index';

interface Expected {
  text: string;
  /** Omitted for vague expressions: they must come back without a resolved value. */
  start?: string;
  end?: string;
  precision?: Precision;
  approximate?: boolean;
}

interface Row {
  sentence: string;
  published: string;
  anchor?: string;
  tense?: 'past' | 'future';
  expected: Expected[];
}

const d = (text: string, day: string, approximate?: boolean): Expected => ({
  text, start: day, end: day, precision: 'day', ...(approximate === undefined ? {} : { approximate }),
});
const span = (text: string, start: string, end: string, precision: Precision, approximate?: boolean): Expected => ({
  text, start, end, precision, ...(approximate === undefined ? {} : { approximate }),
});
const vague = (text: string): Expected => ({ text });

const ROWS: Row[] = [
  // Real-world-style rows from the brief.
  { sentence: 'The meeting took place in Miami at the end of October.', published: '2025-11-22',
    expected: [span('the end of October', '2025-10-25', '2025-10-31', 'days', true)] },
  { sentence: 'Driscoll attended a meeting last month with Ukrainian officials.', published: '2025-11-22',
    expected: [span('last month', '2025-10-01', '2025-10-31', 'month', false)] },
  { sentence: 'Witkoff was also in Miami early this week, the official said.', published: '2025-11-22',
    expected: [span('early this week', '2025-11-17', '2025-11-18', 'days', true)] },
  { sentence: 'The 28-point plan, made public this week by Axios, alarmed Kyiv.', published: '2025-11-22',
    expected: [span('this week', '2025-11-16', '2025-11-22', 'week', false)] },
  { sentence: 'European capitals were blindsided when the plan leaked last week.', published: '2025-11-27',
    expected: [span('last week', '2025-11-16', '2025-11-22', 'week')] },
  { sentence: 'Just a week prior, Rubio had met with Yermak in Geneva.', published: '2025-11-30', anchor: '2025-11-30',
    expected: [d('Just a week prior', '2025-11-23')] },
  { sentence: 'Talks with Putin are scheduled for later this week.', published: '2025-11-30',
    expected: [span('later this week', '2025-12-01', '2025-12-06', 'days', true)] },
  { sentence: "Trump said on Friday he expected Zelensky to sign by Thursday's Thanksgiving holiday.", published: '2025-11-22',
    expected: [d('Friday', '2025-11-21'), d("Thursday's Thanksgiving holiday", '2025-11-27')] },

  // Bare weekdays: past → on or before published, future → on or after.
  { sentence: 'Witkoff will brief European officials on Thursday.', published: '2025-12-04',
    expected: [d('Thursday', '2025-12-04')] },
  { sentence: 'The Financial Times reported on Thursday that the envoy was in Moscow.', published: '2025-12-04',
    expected: [d('Thursday', '2025-12-04')] },
  { sentence: 'Witkoff held five hours of talks with Putin on Tuesday.', published: '2025-12-04',
    expected: [d('Tuesday', '2025-12-02')] },
  { sentence: 'Delegations met in Geneva on Friday.', published: '2025-11-22', expected: [d('Friday', '2025-11-21')] },
  { sentence: 'Thousands of people marched on Saturday.', published: '2025-11-22', expected: [d('Saturday', '2025-11-22')] },
  { sentence: 'Witkoff is expected to arrive in Moscow on Monday, as confirmed by an official.', published: '2025-11-30',
    expected: [d('Monday', '2025-12-01')] },
  { sentence: 'The final vote is scheduled for Wednesday.', published: '2024-03-04', expected: [d('Wednesday', '2024-03-06')] },
  { sentence: "Tuesday's vote was postponed after a walkout.", published: '2024-03-04', expected: [d("Tuesday's", '2024-02-27')] },
  { sentence: 'The explosion happened Friday night near the port.', published: '2023-01-02',
    expected: [d('Friday night', '2022-12-30')] },
  { sentence: 'Trump said on Friday he would meet Putin on Monday.', published: '2025-11-22',
    expected: [d('Friday', '2025-11-21'), d('Monday', '2025-11-24')] },
  { sentence: 'On Monday, Witkoff will travel to Moscow.', published: '2025-11-30', expected: [d('Monday', '2025-12-01')] },
  { sentence: 'The deal could be signed as soon as Tuesday.', published: '2025-11-22', expected: [d('Tuesday', '2025-11-25')] },
  { sentence: 'The ministers spoke on Friday.', published: '2025-11-22', tense: 'future', expected: [d('Friday', '2025-11-28')] },
  { sentence: 'He last spoke to the president last Tuesday.', published: '2025-11-25', expected: [d('last Tuesday', '2025-11-18')] },
  { sentence: 'The parliament reconvenes next Monday.', published: '2025-11-22', expected: [d('next Monday', '2025-11-24')] },
  { sentence: 'The festival will run from Monday to Wednesday.', published: '2025-11-22',
    expected: [span('from Monday to Wednesday', '2025-11-24', '2025-11-26', 'days')] },

  // Month-day, with and without a year; ranges.
  { sentence: 'The two leaders met on Nov. 16 in Geneva.', published: '2025-11-22', expected: [d('Nov. 16', '2025-11-16')] },
  // A verb's tense picks the year when the nearest one lies well on its other side.
  { sentence: 'The merger was announced on March 4 after months of talks.', published: '2025-10-20', expected: [d('March 4', '2025-03-04')] },
  { sentence: 'The council will vote on May 2 on the new budget.', published: '2025-11-20', expected: [d('May 2', '2026-05-02')] },
  // Without a verb to say which way, the nearest; within a month, the nearest whatever the tense.
  { sentence: 'The March 4 deadline looms over the talks.', published: '2025-10-20', expected: [d('March 4', '2026-03-04')] },
  { sentence: 'The vote was set for Dec. 4, officials said.', published: '2025-11-28', expected: [d('Dec. 4', '2025-12-04')] },
  { sentence: 'The firm filed its proxy on Thursday, setting a shareholder meeting for April 24.', published: '2025-03-21',
    expected: [d('Thursday', '2025-03-20'), d('April 24', '2025-04-24')] },
  { sentence: 'The deal was signed Dec. 2 after weeks of talks.', published: '2026-01-05', expected: [d('Dec. 2', '2025-12-02')] },
  { sentence: 'The summit is set for Jan. 10 in Vienna.', published: '2025-12-20', expected: [d('Jan. 10', '2026-01-10')] },
  { sentence: 'The treaty was signed on November 16, 2025, in Geneva.', published: '2026-03-01',
    expected: [d('November 16, 2025', '2025-11-16')] },
  { sentence: 'The results were announced on 16 Nov 2024.', published: '2025-11-22', expected: [d('16 Nov 2024', '2024-11-16')] },
  { sentence: 'Her Nov. 18 visit to Kyiv was cut short.', published: '2025-11-22', expected: [d('Nov. 18', '2025-11-18')] },
  { sentence: 'Voting closes on Tuesday, Nov. 18, officials said.', published: '2025-11-10',
    expected: [d('Tuesday, Nov. 18', '2025-11-18')] },
  { sentence: 'The conference ran Oct. 24-26 in Riyadh.', published: '2025-11-22',
    expected: [span('Oct. 24-26', '2025-10-24', '2025-10-26', 'days')] },
  { sentence: 'Talks are planned for Nov. 16 to 18 in Abu Dhabi.', published: '2025-11-10',
    expected: [span('Nov. 16 to 18', '2025-11-16', '2025-11-18', 'days')] },
  { sentence: 'Envoys shuttled between Nov. 16 and Nov. 18.', published: '2025-11-22',
    expected: [span('between Nov. 16 and Nov. 18', '2025-11-16', '2025-11-18', 'days')] },
  { sentence: 'The strikes continued from Dec. 30 to Jan. 2.', published: '2025-01-10',
    expected: [span('from Dec. 30 to Jan. 2', '2024-12-30', '2025-01-02', 'days')] },
  { sentence: 'The exhibition ran 24-26 October.', published: '2025-11-22',
    expected: [span('24-26 October', '2025-10-24', '2025-10-26', 'days')] },
  { sentence: 'The company was founded on Feb. 29, 2024.', published: '2025-06-01', expected: [d('Feb. 29, 2024', '2024-02-29')] },
  { sentence: 'The shareholders met on Feb. 29.', published: '2024-03-10', expected: [d('Feb. 29', '2024-02-29')] },

  // Months and years alone.
  { sentence: 'In February, the company announced layoffs.', published: '2025-11-22',
    expected: [span('February', '2025-02-01', '2025-02-28', 'month')] },
  { sentence: 'The agency will decide in February.', published: '2025-11-22',
    expected: [span('February', '2026-02-01', '2026-02-28', 'month')] },
  { sentence: 'An October order froze the funds.', published: '2025-11-22',
    expected: [span('October', '2025-10-01', '2025-10-31', 'month')] },
  { sentence: 'Prices rose sharply in February 2022.', published: '2025-11-22',
    expected: [span('February 2022', '2022-02-01', '2022-02-28', 'month')] },
  { sentence: 'The report was filed in February.', published: '2024-03-15',
    expected: [span('February', '2024-02-01', '2024-02-29', 'month')] },
  { sentence: 'She moved to Kyiv in 2017.', published: '2025-11-22', expected: [span('2017', '2017-01-01', '2017-12-31', 'year')] },
  { sentence: 'The group has operated since 2014.', published: '2025-11-22',
    expected: [span('2014', '2014-01-01', '2014-12-31', 'year')] },
  { sentence: 'He lost the 2016 election narrowly.', published: '2025-11-22',
    expected: [span('2016', '2016-01-01', '2016-12-31', 'year')] },
  { sentence: 'Russia, which invaded in 2022, rejected the plan.', published: '2025-11-30',
    expected: [span('2022', '2022-01-01', '2022-12-31', 'year')] },
  { sentence: 'The talks took place in 2014 and 2022.', published: '2025-11-22',
    expected: [span('2014', '2014-01-01', '2014-12-31', 'year'), span('2022', '2022-01-01', '2022-12-31', 'year')] },
  { sentence: 'The sanctions applied from 2014 to 2022.', published: '2025-11-22',
    expected: [span('from 2014 to 2022', '2014-01-01', '2022-12-31', 'year')] },
  { sentence: 'The city grew quickly in the 1990s.', published: '2025-11-22',
    expected: [span('1990s', '1990-01-01', '1999-12-31', 'year')] },

  // Relative to published.
  { sentence: 'Rubio spoke to reporters today.', published: '2024-02-29', expected: [d('today', '2024-02-29')] },
  { sentence: 'The minister resigned yesterday.', published: '2024-03-01', expected: [d('yesterday', '2024-02-29')] },
  { sentence: 'The court will rule tomorrow.', published: '2023-12-31', expected: [d('tomorrow', '2024-01-01')] },
  { sentence: 'The president will address the nation tonight.', published: '2025-07-04', expected: [d('tonight', '2025-07-04')] },
  { sentence: 'The ministry said this morning that the talks had ended.', published: '2025-11-22',
    expected: [d('this morning', '2025-11-22')] },
  { sentence: 'Sales fell last month.', published: '2025-01-15', expected: [span('last month', '2024-12-01', '2024-12-31', 'month')] },
  { sentence: 'Talks resume next week.', published: '2025-12-30', expected: [span('next week', '2026-01-04', '2026-01-10', 'week')] },
  { sentence: 'Officials met this week in Florida.', published: '2025-11-30',
    expected: [span('this week', '2025-11-30', '2025-12-06', 'week')] },
  { sentence: 'Exports rose this month.', published: '2024-02-10', expected: [span('this month', '2024-02-01', '2024-02-29', 'month')] },
  { sentence: 'The law takes effect next month.', published: '2025-12-15',
    expected: [span('next month', '2026-01-01', '2026-01-31', 'month')] },
  { sentence: 'The economy grew last year.', published: '2025-01-03', expected: [span('last year', '2024-01-01', '2024-12-31', 'year')] },
  { sentence: 'Elections are due next year.', published: '2025-06-01', expected: [span('next year', '2026-01-01', '2026-12-31', 'year')] },
  { sentence: 'The attack happened two days ago.', published: '2024-03-01', expected: [d('two days ago', '2024-02-28', false)] },
  { sentence: 'The ceasefire collapsed three weeks ago.', published: '2025-11-22', expected: [d('three weeks ago', '2025-11-01', true)] },
  { sentence: 'He left office a month ago.', published: '2025-03-15', expected: [span('a month ago', '2025-02-01', '2025-02-28', 'month')] },
  { sentence: 'The treaty was signed two years ago.', published: '2025-03-01', expected: [span('two years ago', '2023-01-01', '2023-12-31', 'year')] },
  { sentence: 'Fighting flared again last weekend.', published: '2025-11-24',
    expected: [span('last weekend', '2025-11-22', '2025-11-23', 'days')] },
  { sentence: 'Crowds are expected this weekend.', published: '2025-11-19',
    expected: [span('this weekend', '2025-11-22', '2025-11-23', 'days')] },
  { sentence: 'The talks happened over the weekend.', published: '2025-11-24',
    expected: [span('the weekend', '2025-11-22', '2025-11-23', 'days')] },
  { sentence: 'The draft circulated earlier this week.', published: '2025-11-22',
    expected: [span('earlier this week', '2025-11-16', '2025-11-21', 'days', true)] },
  { sentence: 'The envoy arrived late last week.', published: '2025-11-27',
    expected: [span('late last week', '2025-11-20', '2025-11-22', 'days', true)] },
  { sentence: 'A decision will come by the end of the month.', published: '2025-11-22',
    expected: [span('the end of the month', '2025-11-24', '2025-11-30', 'days', true)] },

  // Anaphoric, against the anchor.
  { sentence: 'The next day, the two sides met again.', published: '2025-11-22', anchor: '2025-11-16',
    expected: [d('The next day', '2025-11-17')] },
  { sentence: 'The following day the army withdrew.', published: '2025-01-05', anchor: '2024-12-31',
    expected: [d('The following day', '2025-01-01')] },
  { sentence: 'A day later, the bill passed the senate.', published: '2024-03-05', anchor: '2024-02-28',
    expected: [d('A day later', '2024-02-29')] },
  { sentence: 'The day before, he had called Putin.', published: '2025-03-05', anchor: '2025-03-01',
    expected: [d('The day before', '2025-02-28')] },
  { sentence: 'That evening, Zelensky addressed the nation.', published: '2025-11-22', anchor: '2025-11-20',
    expected: [d('That evening', '2025-11-20')] },
  { sentence: 'That weekend, the delegations met in Miami.', published: '2025-11-22', anchor: '2025-11-16',
    expected: [span('That weekend', '2025-11-15', '2025-11-16', 'days')] },
  { sentence: 'That week, markets fell sharply.', published: '2025-11-22', anchor: '2025-11-19',
    expected: [span('That week', '2025-11-16', '2025-11-22', 'week')] },
  { sentence: 'A week later, the ceasefire collapsed.', published: '2025-11-30', anchor: '2025-11-16',
    expected: [d('A week later', '2025-11-23', true)] },
  { sentence: 'Two days later, the army withdrew.', published: '2024-03-05', anchor: '2024-02-28',
    expected: [d('Two days later', '2024-03-01', false)] },
  { sentence: 'The following week, the delegation returned.', published: '2026-01-20', anchor: '2025-12-30',
    expected: [span('The following week', '2026-01-04', '2026-01-10', 'week')] },
  { sentence: 'On the same day, the ministry announced new sanctions.', published: '2025-11-22', anchor: '2025-11-18',
    expected: [d('the same day', '2025-11-18')] },
  { sentence: 'Days later, protests erupted in the capital.', published: '2025-11-22', anchor: '2025-11-18',
    expected: [vague('Days later')] },

  // Fuzzy parts and seasons.
  { sentence: 'The drone strikes began in early October.', published: '2025-11-22',
    expected: [span('early October', '2025-10-01', '2025-10-10', 'days', true)] },
  { sentence: 'Shelling intensified in mid-October.', published: '2025-11-22',
    expected: [span('mid-October', '2025-10-11', '2025-10-20', 'days', true)] },
  { sentence: 'Construction will finish in late October.', published: '2025-11-22',
    expected: [span('late October', '2026-10-21', '2026-10-31', 'days', true)] },
  { sentence: 'He returned at the beginning of November.', published: '2025-11-22',
    expected: [span('the beginning of November', '2025-11-01', '2025-11-07', 'days', true)] },
  { sentence: 'The company plans to list in early 2024.', published: '2023-06-01',
    expected: [span('early 2024', '2024-01-01', '2024-04-30', 'month', true)] },
  { sentence: 'Inflation peaked in late 2023 and eased by mid-2024.', published: '2025-01-10',
    expected: [span('late 2023', '2023-09-01', '2023-12-31', 'month', true), span('mid-2024', '2024-05-01', '2024-08-31', 'month', true)] },
  { sentence: 'The trial began in spring 2024.', published: '2025-11-22',
    expected: [span('spring 2024', '2024-03-01', '2024-05-31', 'month', true)] },
  { sentence: 'Wildfires spread last summer.', published: '2025-07-15',
    expected: [span('last summer', '2024-06-01', '2024-08-31', 'month', true)] },

  // Holidays, for any year.
  { sentence: 'Families gathered for Thanksgiving.', published: '2023-11-28', expected: [d('Thanksgiving', '2023-11-23')] },
  { sentence: 'Airports will be packed before Thanksgiving.', published: '2024-11-20', expected: [d('Thanksgiving', '2024-11-28')] },
  { sentence: 'The parade is planned for Thanksgiving 2026.', published: '2025-12-01', expected: [d('Thanksgiving 2026', '2026-11-26')] },
  { sentence: 'The pope will celebrate Easter in Rome.', published: '2024-03-25', expected: [d('Easter', '2024-03-31')] },
  { sentence: 'Pilgrims crowded the city at Easter.', published: '2025-05-01', expected: [d('Easter', '2025-04-20')] },
  { sentence: 'The ceasefire began on Good Friday.', published: '2024-04-02', expected: [d('Good Friday', '2024-03-29')] },
  { sentence: 'The weekend before Halloween, crowds filled the streets.', published: '2025-11-22',
    expected: [span('The weekend before Halloween', '2025-10-25', '2025-10-26', 'days')] },
  { sentence: 'Stores opened early the day after Thanksgiving.', published: '2024-12-02',
    expected: [d('the day after Thanksgiving', '2024-11-29')] },
  { sentence: 'Shipping slows the week before Christmas.', published: '2025-12-01',
    expected: [span('the week before Christmas', '2025-12-14', '2025-12-20', 'week')] },
  { sentence: 'Travel peaked over Thanksgiving weekend.', published: '2025-12-01',
    expected: [span('Thanksgiving weekend', '2025-11-27', '2025-11-30', 'days')] },
  { sentence: 'Beaches were crowded on Memorial Day.', published: '2024-06-03', expected: [d('Memorial Day', '2024-05-27')] },
  { sentence: 'The strike began on Labor Day.', published: '2025-09-05', expected: [d('Labor Day', '2025-09-01')] },
  { sentence: 'He spoke on Martin Luther King Jr. Day.', published: '2025-01-25',
    expected: [d('Martin Luther King Jr. Day', '2025-01-20')] },
  { sentence: "The office closed for Presidents' Day.", published: '2025-02-20', expected: [d("Presidents' Day", '2025-02-17')] },
  { sentence: 'Markets will close early on Christmas Eve.', published: '2025-12-20', expected: [d('Christmas Eve', '2025-12-24')] },
  { sentence: "The tax takes effect on New Year's Day.", published: '2025-12-29', expected: [d("New Year's Day", '2026-01-01')] },
  { sentence: "Fireworks lit the sky on New Year's Eve.", published: '2026-01-02', expected: [d("New Year's Eve", '2025-12-31')] },
  { sentence: 'Crowds gathered on the Fourth of July.', published: '2025-07-08', expected: [d('Fourth of July', '2025-07-04')] },
  { sentence: 'Veterans Day ceremonies drew crowds.', published: '2025-11-12', expected: [d('Veterans Day', '2025-11-11')] },
  { sentence: "Florists expect a rush before Valentine's Day.", published: '2024-02-10', expected: [d("Valentine's Day", '2024-02-14')] },
  { sentence: 'Retailers reported record Black Friday sales.', published: '2025-12-01', expected: [d('Black Friday', '2025-11-28')] },
  { sentence: 'He hopes to be home by Christmas.', published: '2025-07-01', expected: [d('Christmas', '2025-12-25')] },

  // Other written forms.
  { sentence: 'Profits rose in the third quarter of 2024.', published: '2025-02-01',
    expected: [span('the third quarter of 2024', '2024-07-01', '2024-09-30', 'month')] },
  { sentence: 'The filing is dated 2025-11-16.', published: '2025-11-22', expected: [d('2025-11-16', '2025-11-16')] },
  { sentence: 'The memo, dated 11/16/2025, was leaked.', published: '2025-11-22', expected: [d('11/16/2025', '2025-11-16')] },
  { sentence: 'Troops withdrew in the first week of October.', published: '2025-11-22',
    expected: [span('the first week of October', '2025-10-01', '2025-10-07', 'days', false)] },
  { sentence: 'The border was drawn in the 1800s.', published: '2025-11-22',
    expected: [span('1800s', '1800-01-01', '1899-12-31', 'year')] },
  { sentence: 'Snow fell heavily in late December.', published: '2026-01-05',
    expected: [span('late December', '2025-12-21', '2025-12-31', 'days', true)] },
  { sentence: 'Shops reopened the Monday after Easter.', published: '2025-04-25',
    expected: [d('the Monday after Easter', '2025-04-21')] },
  { sentence: 'Prices peaked in the summer of 2023.', published: '2025-11-22',
    expected: [span('summer of 2023', '2023-06-01', '2023-08-31', 'month', true)] },
  { sentence: 'It ran from Dec. 31, 2024, to Jan. 2, 2025.', published: '2025-11-22',
    expected: [span('from Dec. 31, 2024, to Jan. 2, 2025', '2024-12-31', '2025-01-02', 'days')] },
  { sentence: 'Two days after Thanksgiving, the market fell.', published: '2026-12-01',
    expected: [d('Two days after Thanksgiving', '2026-11-28', false)] },
  // A fortnight; hours counted in whole days; a day of the month alone, by tense.
  { sentence: 'The ministry announced the plan a fortnight ago.', published: '2026-03-18',
    expected: [d('a fortnight ago', '2026-03-04', true)] },
  { sentence: 'Talks resumed 48 hours later.', published: '2026-03-18',
    expected: [d('48 hours later', '2026-03-20', false)] },
  // A count of minutes later is the anchor's own day, its number part of the date.
  { sentence: 'The ferry unloaded its cargo 40 minutes later.', published: '2026-03-18',
    expected: [d('40 minutes later', '2026-03-18')] },
  { sentence: 'Officials met on the 14th to review the figures.', published: '2026-03-18',
    expected: [d('on the 14th', '2026-03-14', false)] },
  { sentence: 'Officials met on the 20th.', published: '2026-03-18',
    expected: [d('on the 20th', '2026-02-20', false)] },
  { sentence: 'The board will meet on the 2nd.', published: '2026-03-18',
    expected: [d('on the 2nd', '2026-04-02', false)] },
  { sentence: 'Troops fought on the 14th floor.', published: '2026-03-18', expected: [] },
  { sentence: 'They met the week before last.', published: '2026-03-18',
    expected: [span('the week before last', '2026-03-01', '2026-03-07', 'week', false)] },
  { sentence: 'The Tuesday before last, the council voted.', published: '2026-03-18',
    expected: [d('The Tuesday before last', '2026-03-10', false)] },
  { sentence: 'Prices rose the year before last.', published: '2026-03-18',
    expected: [span('the year before last', '2024-01-01', '2024-12-31', 'year', false)] },
  { sentence: 'Earlier in the day, police cleared the square.', published: '2026-03-18',
    expected: [d('Earlier in the day', '2026-03-18', false)] },

  // Negatives: numbers that are not dates, and vague words.
  { sentence: 'Trump hosted April Ryan at Mar-a-Lago.', published: '2025-11-22', expected: [] },
  { sentence: 'The Sunday Times cited the Good Friday Agreement.', published: '2025-11-22', expected: [] },
  { sentence: 'The mayor declared Monday a non-working day.', published: '2023-06-24', expected: [] },
  { sentence: 'The governor made Friday a public holiday.', published: '2023-06-24', expected: [] },
  { sentence: 'Putin spoke in an interview with India Today.', published: '2025-12-04', expected: [] },
  { sentence: 'After the fall of Kabul, prices continued to fall.', published: '2025-11-22', expected: [] },
  // The month of a when-clause hung on a year is in that year; the year dates nothing of its own.
  { sentence: 'It is the first strike since 2019, when workers stayed out for nine days in March.', published: '2026-11-17',
    expected: [span('March', '2019-03-01', '2019-03-31', 'month')] },
  { sentence: 'The mill closed in 2016, when prices fell in late February.', published: '2026-11-17',
    expected: [span('late February', '2016-02-21', '2016-02-29', 'days', true)] },
  { sentence: 'The walkout began early Monday, Nov. 16, after talks collapsed.', published: '2026-11-22',
    expected: [d('early Monday, Nov. 16', '2026-11-16')] },
  { sentence: 'Talks broke down a fortnight ago and resumed a fortnight later.', published: '2026-05-06', anchor: '2026-04-01',
    expected: [d('a fortnight ago', '2026-04-22', true), d('a fortnight later', '2026-04-15', true)] },
  { sentence: 'The fund lost $100 million in the scandal.', published: '2025-11-22', expected: [] },
  { sentence: 'Kyiv objected to the 28-point plan.', published: '2025-11-22', expected: [] },
  { sentence: 'The talks lasted four hours.', published: '2025-11-30', expected: [] },
  { sentence: 'The war is now in its fourth year.', published: '2025-11-22', expected: [] },
  { sentence: 'Some 900,000 people fled, and the party trails by 19 points after a 100-day campaign.', published: '2025-11-22',
    expected: [] },
  { sentence: 'He served 11 years, the meeting began at 5:30 and the 20-point plan was read aloud.', published: '2025-11-22',
    expected: [] },
  { sentence: 'The brigade has 2000 troops and strikes at 1800 GMT.', published: '2025-11-22', expected: [] },
  { sentence: 'Workers may march in the capital.', published: '2025-11-22', expected: [] },
  { sentence: "Ukraine's Independence Day parade was cancelled.", published: '2025-08-30', expected: [] },
  { sentence: 'Talks will continue in the coming days, as relations have improved in recent years.', published: '2025-11-22',
    expected: [vague('in the coming days'), vague('in recent years')] },
  { sentence: 'Months earlier, the army had recently withdrawn; soon after, during the pandemic, it returned.', published: '2025-11-22',
    expected: [vague('Months earlier'), vague('recently'), vague('soon'), vague('during the pandemic')] },
];

describe('findTemporalExpressions: contract', () => {
  it('returns expressions in sentence order, non-overlapping, longest match winning', () => {
    const s = 'Late last week, before the weekend before Halloween and on Tuesday, Nov. 18, 2025, talks stalled.';
    const found = findTemporalExpressions(s, { published: '2025-11-27' });
    expect(found.map((e) => e.text)).toEqual(['Late last week', 'the weekend before Halloween', 'Tuesday, Nov. 18, 2025']);
    for (let i = 1; i < found.length; i++) {
      expect(found[i]!.index).toBeGreaterThanOrEqual(found[i - 1]!.index + found[i - 1]!.text.length);
    }
  });

  it('reads the tense per clause unless ctx.tense is given', () => {
    const s = 'He met them on Monday and will meet them again on Thursday.';
    const own = findTemporalExpressions(s, { published: '2025-11-26' }).map((e) => e.resolved?.start);
    expect(own).toEqual(['2025-11-24', '2025-11-27']);
    const forced = findTemporalExpressions(s, { published: '2025-11-26', tense: 'past' }).map((e) => e.resolved?.start);
    expect(forced).toEqual(['2025-11-24', '2025-11-20']);
  });

  it('resolves a phrase on its own', () => {
    expect(resolveRelativeDate('the day after Thanksgiving', { published: '2023-12-01' })).toMatchObject({
      start: '2023-11-24', end: '2023-11-24', precision: 'day',
    });
    expect(resolveRelativeDate('that weekend', { published: '2025-11-22', anchor: '2025-11-16' })).toMatchObject({
      start: '2025-11-15', end: '2025-11-16',
    });
    expect(resolveRelativeDate('in recent years', { published: '2025-11-22' })).toBeUndefined();
  });

  it('only ever returns real ISO dates', () => {
    const s = 'On Feb. 30 and on 31 April, nothing happened; on Feb. 29 it did.';
    const found = findTemporalExpressions(s, { published: '2025-03-10' });
    expect(found.map((e) => e.text)).toEqual(['Feb. 29']);
    expect(found[0]!.resolved!.start).toBe('2024-02-29');
  });
});

describe('findTemporalExpressions: table', () => {
  it('has at least 70 rows', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(70);
  });

  for (const row of ROWS) {
    const label = `${row.published}${row.anchor ? ` (anchor ${row.anchor})` : ''}${row.tense ? ` [${row.tense}]` : ''}: ${row.sentence}`;
    it(label, () => {
      const found = findTemporalExpressions(row.sentence, {
        published: row.published,
        ...(row.anchor ? { anchor: row.anchor } : {}),
        ...(row.tense ? { tense: row.tense } : {}),
      });
      const actual = found.map((e) => {
        const exp = row.expected.find((x) => x.text === e.text);
        const out: Expected = { text: e.text };
        if (e.resolved) Object.assign(out, { start: e.resolved.start, end: e.resolved.end, precision: e.resolved.precision });
        if (e.resolved && exp?.approximate !== undefined) out.approximate = e.resolved.approximate;
        return out;
      });
      expect(actual).toEqual(row.expected);
      for (const e of found) {
        expect(row.sentence.slice(e.index, e.index + e.text.length)).toBe(e.text);
        if (!e.resolved) expect(e.kind).toBe('vague');
      }
    });
  }
});
