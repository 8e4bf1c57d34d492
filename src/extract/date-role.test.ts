import { describe, expect, it } from 'vitest';
import { dateRole } from './date-role';

const role = (sentence: string, date: string) => {
  const at = sentence.indexOf(date);
  return dateRole(sentence.slice(0, at), sentence.slice(at + date.length));
};

describe('dateRole', () => {
  it('reads "the third time this month" as the period times are counted in', () => {
    const s = 'For the third time this month, the council postponed the vote.';
    const at = s.indexOf('this month');
    expect(dateRole(s.slice(0, at), s.slice(at + 'this month'.length), 'this month')).toBe('reference');
    expect(dateRole('She trained for the first time ', '.', 'on Wednesday')).toBe('happening');
  });
  it('reads a date after "since" as the start of a state, not a happening', () => {
    expect(role('Norris has led the district since 2021.', '2021')).toBe('duration');
    expect(role('It has been struck by three hurricanes since early 2016.', '2016')).toBe('duration');
    expect(role('The strongest storm to hit the county since records began in 1851.', '1851')).toBe('duration');
  });
  it('keeps a happening named after "since" with its own date', () => {
    expect(role('a bulwark since the first, covert invasion in 2014', '2014')).toBe('happening');
  });
  it('keeps a date after "since" that a when-clause says what happened on', () => {
    expect(role('Talks have stalled since Monday, when negotiators walked out.', 'Monday')).toBe('happening');
  });
  it('reads "the events of" a day as naming it, not as dating a happening', () => {
    expect(role('the president gave his assessment of the events of June 24.', 'June 24')).toBe('reference');
    expect(role('the talks of June 24 were brief.', 'June 24')).toBe('happening');
    expect(role('Tuesday marked the 10th anniversary of the attack.', 'Tuesday')).toBe('reference');
  });
  it('reads the earlier value of a figure as naming a day, not dating a happening', () => {
    expect(role('reported 124 cases as of Tuesday, up from 90 on Friday.', 'Friday')).toBe('reference');
    expect(role('Inflation was 3.1%, compared with 2.1% in May.', 'May')).toBe('reference');
    expect(role('Protests against the mine started on Dec. 24.', 'Dec. 24')).toBe('happening');
  });
  it('reads "through" and "until" as the end of a state', () => {
    expect(role('voted to waive fees through the end of the year', 'end of the year')).toBe('duration');
    expect(role('The bridge stays closed until Monday.', 'Monday')).toBe('duration');
  });
  it('reads "as of" as how things stood on a day', () => {
    expect(role('No new talks had been scheduled as of Tuesday afternoon.', 'Tuesday afternoon')).toBe('duration');
  });
  it('reads the time allowed to do something as a deadline', () => {
    expect(role('Residents have until Dec. 9 to register for aid.', 'Dec. 9')).toBe('deadline');
    expect(role('He expected Zelenskiy to sign by Thanksgiving.', 'Thanksgiving')).toBe('deadline');
  });
  it('leaves other dates as happenings', () => {
    expect(role('The commission voted on Wednesday.', 'Wednesday')).toBe('happening');
    expect(role('Workers had walked out on Thursday, March 7, after talks broke down.', 'Thursday, March 7')).toBe('happening');
  });
});
