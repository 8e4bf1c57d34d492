import { describe, expect, it } from 'vitest';
import { bySubject, findHappenings, happeningHead } from './happenings';

const classes = (text: string) => findHappenings(text).map((h) => `${h.cls}:${h.text}`);

describe('findHappenings', () => {
  it('knows a failed attempt, a price set, and a rejected application; a clinical trial is no court trial', () => {
    expect(classes('A first attempt to refloat the ship failed on Tuesday')).toContain('other:failed');
    expect(classes('Eight tugs failed to move the ship')).toContain('other:failed');
    expect(classes('The company set a list price of $410,000')).toContain('other:set a list price');
    expect(classes('The regulator rejected its first drug in 2021')).toEqual(['agreement:rejected its first drug']);
    expect(classes('results of its late-stage trial')).toEqual([]);
    expect(classes('flawed trial data')).toEqual([]);
    expect(classes('The trial opened on Monday')).toContain('court:trial');
  });

  it('takes telling a jury for a step of the trial, telling anyone else for a saying', () => {
    expect(classes('The defense lawyer told jurors the money was a loan')).toEqual(['court:told jurors']);
    expect(classes('She told the jury she had never seen the memo')).toEqual(['court:told the jury']);
    expect(classes('She told reporters she had never seen the memo')).toEqual(['statement:told']);
  });

  it('takes an endorsement for an approval, but not a refusal to endorse', () => {
    expect(classes('The committee endorsed the candidate')).toEqual(['agreement:endorsed']);
    expect(classes('things we would not endorse')).toEqual([]);
  });

  it('knows tours, landfalls, reopenings and formations', () => {
    expect(classes('Okafor toured the waterfront')).toEqual(['travel:toured']);
    expect(classes('Corinne made landfall near the town')).toEqual(['incident:made landfall']);
    expect(classes('The storm came ashore at night')).toEqual(['incident:storm', 'incident:came ashore']);
    expect(classes('Schools will reopen on Monday')).toEqual(['other:reopen']);
    expect(classes('A depression formed south of Jamaica')).toEqual(['other:formed']);
  });
  it('reads a bare verb such as "close" as a happening only after a modal or "to"', () => {
    expect(classes('The Coast Guard would close the port')).toEqual(['other:close']);
    expect(classes('a close ally of the mayor')).toEqual([]);
  });
  it('tells an armed strike from a walkout by its kind or its target, not by a date after "on"', () => {
    expect(classes('Tuesday’s strike on the Ukrainian capital')).toEqual(['conflict:strike']);
    expect(classes('a missile strike hit the port')).toEqual(['conflict:missile strike']);
    expect(classes('Members voted to authorize a strike on Oct. 25')).toEqual(['election:voted']);
    expect(classes('Drivers went on strike')).toEqual(['protest:went on strike']);
  });
  it('hears an appeal or an urging as a statement, and a gathering ahead as a meeting', () => {
    expect(classes('Zelenskiy urged allies to send air defences')).toEqual(['statement:urged']);
    expect(classes('Ministers are due to gather in Berlin')).toEqual(['meeting:gather']);
  });
  it('knows the steps of a trial', () => {
    expect(classes('Jury selection began on Tuesday')).toEqual(['court:Jury selection', 'other:began']);
    expect(classes('She testified in her own defense')).toEqual(['court:testified']);
    expect(classes('When he took the stand on Sept. 24')).toEqual(['court:took the stand']);
    expect(classes('He pleaded guilty in January')).toEqual(['court:pleaded guilty']);
    expect(classes('a day after closing arguments on Tuesday')).toEqual(['court:closing arguments']);
    expect(classes('The jury began deliberating')).toEqual(['other:began', 'court:deliberating']);
    expect(classes('The judge set sentencing for Jan. 14')).toEqual(['court:sentencing']);
  });
  it('tells a phone call from "called for", "called it" and "called witnesses"', () => {
    expect(classes('The mayor called him on Sunday')).toEqual(['call:called']);
    expect(classes('The mayor called the governor')).toEqual(['call:called']);
    expect(classes('The union called for a strike')).toEqual(['protest:strike']);
    expect(classes('She called it a sham')).toEqual([]);
    expect(classes('Prosecutors had called 22 witnesses')).toEqual([]);
    expect(classes('The defense called two expert witnesses')).toEqual([]);
  });
  it('reads a company\'s shares moving past an aside about the company', () => {
    expect(classes('Shares of Norva Labs, which had licensed the test, fell 4%')).toEqual(['market:Shares of Norva Labs, which had licensed the test, fell']);
    expect(classes('Shares of Norva Labs fell 4%')).toEqual(['market:Shares of Norva Labs fell']);
    expect(classes('fell 4% on Friday after the verdict')).toEqual(['market:fell 4%', 'court:verdict']);
    expect(classes('the index gained 120 points')).toEqual(['market:gained 120 points']);
  });
  it('tells a strike from a vote to authorize one, knows lockouts and pickets, and a walkout by its several names', () => {
    expect(classes('Members voted to authorize a strike')).toEqual(['election:voted']);
    expect(classes('Members authorized the strike in a vote')).toEqual(['election:vote']);
    expect(classes('The union threatened a strike')).toEqual([]);
    expect(classes('The strike vote passed')).toEqual(['election:vote', 'other:passed']);
    expect(classes('Workers stayed off the job for nine days')).toEqual(['protest:stayed off the job']);
    expect(classes('The company locked out 900 dockworkers')).toEqual(['protest:locked out']);
    expect(classes('Users were locked out of their accounts')).toEqual([]);
    expect(classes('Strikers picketed the terminal')).toEqual(['protest:picketed']);
    expect(classes('Nurses will return to work')).toEqual(['protest:return to work']);
    expect(classes('Dockworkers last struck in 2002')).toEqual(['protest:struck']);
    expect(classes('A missile struck the depot')).toEqual(['conflict:struck']);
    expect(classes('The envoy returned to Kyiv')).toEqual(['travel:returned']);
    expect(classes('Members voted to approve the deal')).toEqual(['election:voted', 'agreement:approve', 'agreement:deal']);
    expect(['ratified', 'ratification', 'approve'].map(happeningHead)).toEqual(['ratify', 'ratify', 'ratify']);
    expect(['walked off the job', 'walkout', 'stayed off the job', 'walked out'].map(happeningHead)).toEqual(['walkout', 'walkout', 'walkout', 'walkout']);
  });
  it('knows a company shutting down and staff laid off', () => {
    expect(classes('The company shut down in June')).toEqual(['other:shut down']);
    expect(classes('It laid off 300 workers')).toEqual(['other:laid off']);
  });
  it('names a happening by one word whatever phrase tells it', () => {
    expect(['took the stand', 'testified', 'testimony'].map(happeningHead)).toEqual(['testify', 'testify', 'testify']);
    expect(['pled guilty', 'pleaded guilty', 'pleaded not guilty'].map(happeningHead)).toEqual(['plead-guilty', 'plead-guilty', 'plead-not-guilty']);
    expect(['shuttered', 'shut down'].map(happeningHead)).toEqual(['shut-down', 'shut-down']);
    expect(happeningHead('made landfall')).toBe('landfall');
  });
  it('tells a public hearing from a court hearing, and a declared emergency from a statement', () => {
    expect(classes('The commission will hold a public hearing')).toEqual(['other:hold', 'meeting:public hearing']);
    expect(classes('The court set a hearing')).toEqual(['court:hearing']);
    expect(classes('The governor declared a state of emergency')).toEqual(['order:declared a state of emergency']);
    expect(classes('The mayor declared a citywide curfew')).toEqual(['order:declared a citywide curfew']);
    expect(classes('He declared victory')).toEqual(['statement:declared']);
  });
  it('knows common happenings of general news', () => {
    expect(classes('The senator was re-elected in 2024')).toEqual(['election:re-elected']);
    expect(classes('Police detained two men')).toEqual(['sanction:detained']);
    expect(classes('The militia fired several rockets at the base')).toEqual(['conflict:fired several rockets']);
    expect(classes('The volcano erupted overnight')).toEqual(['incident:erupted']);
    expect(classes('The governor vetoed the bill')).toEqual(['other:vetoed']);
    expect(classes('The law took effect on Jan. 1')).toEqual(['other:took effect']);
    expect(classes('The coach was fired')).toEqual(['resignation:fired']);
  });
});

describe('bySubject', () => {
  it('makes a striking by a vehicle an accident, even across an apposition', () => {
    expect(bySubject('conflict', 'struck', 'The Mira, a cargo vessel bound for Lagos, ')).toBe('incident');
    expect(bySubject('conflict', 'struck', 'A delivery truck ')).toBe('incident');
  });

  it('leaves a striking by a weapon, or by anything else, an attack', () => {
    expect(bySubject('conflict', 'struck', 'A missile fired from a naval vessel ')).toBe('conflict');
    expect(bySubject('conflict', 'struck', 'Government forces ')).toBe('conflict');
    expect(bySubject('conflict', 'shelled', 'A gunboat ')).toBe('conflict');
  });

  it('makes a striking by an earthquake a disaster, across a magnitude', () => {
    expect(bySubject('conflict', 'hit', 'A second large quake, of magnitude 7.5, ')).toBe('incident');
  });

  it('leaves a seizure by an armed group an armed happening, and makes any other a seizure under the law', () => {
    expect(bySubject('conflict', 'seized', 'Rebel fighters ')).toBe('conflict');
    expect(bySubject('conflict', 'seized', 'Government troops backed by tanks ')).toBe('conflict');
    expect(bySubject('conflict', 'seized', 'Regulators ')).toBe('sanction');
    expect(bySubject('conflict', 'seized', 'Customs officers at the port ')).toBe('sanction');
    expect(bySubject('conflict', 'shelled', 'Police ')).toBe('conflict');
  });
});

describe('findHappenings, for thefts, courts, offers and schedules', () => {
  it('knows a theft, a remand and a court appearance', () => {
    expect(classes('Burglars stole a laptop')).toEqual(['conflict:stole']);
    expect(classes('The suspect was remanded in custody')).toEqual(['court:remanded']);
    expect(classes('She is due to appear in court')).toEqual(['court:appear in court']);
  });
  it('tells an offer made from an offer turned down, a decision on a deal rather than a saying', () => {
    expect(classes('The board rejected a $2 billion offer')).toEqual(['agreement:rejected a $2 billion offer']);
    expect(happeningHead('turned down the approach')).toBe('reject');
    expect(happeningHead('made an opening bid')).toBe('bid');
  });
  it('reads a word inside a longer match as part of it: a saying to a press conference', () => {
    expect(classes('the mayor told a press conference')).toEqual(['statement:told a press conference']);
  });
  it('appoints only a person or an office, and hears a naming in quotes as a saying', () => {
    expect(classes('Engineers replaced the valve')).toEqual([]);
    expect(classes('The board replaced its chief executive')).toEqual(['appointment:replaced']);
    expect(classes('The minister called the plan "a farce"')).toEqual(['statement:called']);
  });
  it('knows attempts, debuts and a schedule told in the present, not an attempt to do something', () => {
    expect(classes('The third attempt was scrubbed')).toEqual(['other:attempt', 'other:scrubbed']);
    expect(classes('in an attempt to calm markets')).toEqual([]);
    expect(classes('The team opens its season at home')).toEqual(['other:opens its season']);
    expect(classes('She made her debut')).toEqual(['other:made her debut']);
  });
});

describe('findHappenings, for captivity and requests', () => {
  it('hears letting someone go as freeing them, and not letting go of staff or an idea', () => {
    expect(classes('The gang let the two climbers go')).toEqual(['other:let the two climbers go']);
    expect(happeningHead('let the two climbers go')).toBe('freed');
    expect(classes('He let go of the idea')).toEqual([]);
  });
  it('knows a vehicle stopped at a place or by someone, not a company that stopped doing something', () => {
    expect(classes('The bus was stopped at a roadblock')).toEqual(['other:stopped']);
    expect(classes('The bus was stopped by soldiers')).toEqual(['other:stopped']);
    expect(classes('Production was stopped')).toEqual([]);
  });
  it('knows a request to step in as a saying', () => {
    expect(classes('Norland asks Velmar to mediate')).toEqual(['statement:asks Velmar to mediate']);
    expect(classes('The union asked the regulator to intervene')).toEqual(['statement:asked the regulator to intervene']);
    expect(classes('She asked reporters to leave')).toEqual([]);
  });
  it('hears a video or a report released as published, and people released as freed', () => {
    expect(classes('The rebels released a video of the captives')).toEqual(['report:released a video']);
    expect(happeningHead('released a video')).toBe('published');
    expect(classes('The rebels released the captives')).toEqual(['other:released']);
  });
  it('knows a hearing an inquiry or a court heard, a handing over, and not a rumour heard', () => {
    expect(classes('the inquest heard on Monday')).toEqual(['court:heard']);
    expect(classes('Residents heard a loud bang')).toEqual([]);
    expect(classes('handing the keys to the buyer')).toEqual(['handover:handing']);
  });
});
