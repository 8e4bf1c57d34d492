import { describe, expect, it } from 'vitest';
import { actionVerb } from './action-verb';

/** The verb `actionVerb` finds for the date `date` in `clause`, if any. */
const verbFor = (clause: string, date: string) => {
  const at = clause.indexOf(date);
  return actionVerb(clause, at, at + date.length)?.text;
};

describe('actionVerb', () => {
  it('finds a simple-past verb of action before the date, or right after a subject the date follows', () => {
    expect(verbFor('President Ana Ruiz surveyed the flooded district from a helicopter on Friday', 'on Friday')).toBe('surveyed');
    expect(verbFor('Salvage teams refloated the ferry on Monday', 'on Monday')).toBe('refloated');
    expect(verbFor('Divers on Wednesday recovered two bodies', 'on Wednesday')).toBe('recovered');
    expect(verbFor('Firefighters swept through the building on Tuesday', 'on Tuesday')).toBe('swept');
    // A participle after a determiner and a noun is the verb when its object follows.
    expect(verbFor('The council offered a grant of $5,000 on Tuesday', 'on Tuesday')).toBe('offered');
  });

  it('finds no state, measure, figure, passive, relative clause or condition', () => {
    expect(verbFor('The port handled a record 847,158 cars on Monday', 'on Monday')).toBeUndefined();
    expect(verbFor('The bridge carried traffic on Monday', 'on Monday')).toBeUndefined();
    expect(verbFor('The company lost about $2 billion on Monday', 'on Monday')).toBeUndefined();
    expect(verbFor('The road was closed on Monday', 'on Monday')).toBeUndefined();
    expect(verbFor('The men who repaired the road on Monday', 'on Monday')).toBeUndefined();
    expect(verbFor('if crews reopened the road on Monday', 'on Monday')).toBeUndefined();
    expect(verbFor('The spokesman declined to comment on Monday', 'on Monday')).toBeUndefined();
  });

  it('finds a passive in the simple past, but not one that also names a state, nor a present passive', () => {
    expect(verbFor('The ship was refloated on Saturday', 'on Saturday')).toBe('refloated');
    expect(verbFor('The first doses were shipped on Nov. 22', 'on Nov. 22')).toBe('shipped');
    expect(verbFor('The road was blocked on Monday', 'on Monday')).toBeUndefined();
    expect(verbFor('The ship is refloated on Saturday', 'on Saturday')).toBeUndefined();
  });

  it('does not reach for a verb far from the date, nor one after it across other words', () => {
    expect(verbFor('Inspectors examined the cracked girders of the old eastern span in the weeks and months that followed the storm, on Monday', 'on Monday')).toBeUndefined();
    expect(verbFor('On Monday the ministry of transport in the capital repaired the road', 'On Monday')).toBeUndefined();
  });
});
