import { describe, expect, it } from 'vitest';
import { compressClause, finishTitle, titleFromClause, titleQuality } from './titles';

describe('titleFromClause', () => {
  it('drops the date with its preposition, the attribution and appositives', () => {
    expect(titleFromClause('On March 3, the mayor, a former judge, opened the bridge, officials said.', 'March 3')).toBe(
      'The mayor opened the bridge',
    );
    expect(titleFromClause("the company's chief executive Jane Roe resigned on Friday", 'Friday')).toBe('Jane Roe resigned');
  });

  it('turns a deadline into its own title', () => {
    expect(titleFromClause('he expected Kiribati to sign the treaty by Thanksgiving', 'Thanksgiving', 'deadline')).toBe(
      'Deadline for Kiribati to sign the treaty',
    );
  });

  it('cuts long clauses at a break and never ends on a function word', () => {
    const t = titleFromClause(
      'The committee approved the budget for the coming year and sent it to the full assembly for a final vote on Monday',
      'Monday',
    );
    expect(t.split(' ').length).toBeLessThanOrEqual(13);
    expect(t).not.toMatch(/\b(?:the|for|a|to)$/);
  });
});

describe('titleQuality', () => {
  it('prefers a subject and a verb over a pronoun, a stub or a cut clause', () => {
    const good = titleQuality(compressClause('The Senate passed the bill on Tuesday', 'Tuesday'));
    expect(good).toBeGreaterThan(titleQuality(compressClause('He passed it on Tuesday', 'Tuesday')));
    expect(good).toBeGreaterThan(titleQuality(compressClause('passed on Tuesday', 'Tuesday')));
    const long = compressClause('The Senate passed the bill on Tuesday after a long debate over amendments that lasted into the night', 'Tuesday');
    expect(finishTitle(long)).not.toContain('\u2060');
  });
});
