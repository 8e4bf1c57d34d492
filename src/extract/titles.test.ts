import { describe, expect, it } from 'vitest';
import { cleanBreak, compressClause, finishTitle, hasFiniteVerb, lastPhraseBreak, titleFromClause, titleQuality, toldToItsVerb } from './titles';

describe('titleFromClause', () => {
  it('drops the date with its preposition, the attribution and appositives', () => {
    expect(titleFromClause('On March 3, the mayor, a former judge, opened the bridge, officials said.', 'March 3')).toBe(
      'The mayor opened the bridge',
    );
    expect(titleFromClause("the company's chief executive Jane Roe resigned on Friday", 'Friday')).toBe('Jane Roe resigned');
    expect(titleFromClause('Acme spokesperson Jane Roe confirmed on Friday that the plant would close', 'Friday')).toBe('Jane Roe confirmed that the plant would close');
    expect(titleFromClause('The fire, on Jan. 30, injured two people, one of them seriously.', 'Jan. 30')).toBe('The fire injured two people, one of them seriously');
    expect(titleFromClause('Analysts expect another increase at the May meeting.', 'May')).toBe('Analysts expect another increase at the meeting');
    expect(titleFromClause(', ending a strike that began on Feb. 24.', 'Feb. 24')).toBe('A strike began');
    expect(titleFromClause('A judge ordered the hospital to keep its emergency room staffed during the strike', 'Feb. 28')).toBe('A judge ordered the hospital to keep its emergency room staffed during the strike');
  });

  it('turns a deadline into its own title', () => {
    expect(titleFromClause('he expected Kiribati to sign the treaty by Thanksgiving', 'Thanksgiving', 'deadline')).toBe(
      'Deadline for Kiribati to sign the treaty',
    );
  });

  it('turns the time allowed to do something into a deadline title', () => {
    expect(titleFromClause('Residents have until Dec. 9 to register for federal assistance.', 'Dec. 9', 'deadline')).toBe(
      'Deadline for residents to register for federal assistance',
    );
  });

  it('stops before "but", and closes a quotation it cut', () => {
    expect(titleFromClause('Residents who evacuated began returning on Friday, but police kept the bridges closed.', 'Friday')).toBe(
      'Residents who evacuated began returning',
    );
    expect(titleFromClause('The governor said the damage was "worse than anything we saw with the last hurricane in the region"', 'Friday')).toMatch(/"$/);
  });

  it('drops the preposition of a deadline with its date', () => {
    expect(titleFromClause('The two parties hope to agree on a programme before Christmas.', 'Christmas')).toBe('The two parties hope to agree on a programme');
  });

  it('drops the part of the day with its date, and the setting before the subject', () => {
    expect(titleFromClause('Fighters seized the city in the early hours of June 24 and marched north', 'June 24')).toBe('Fighters seized the city and marched north');
    expect(titleFromClause('Troops crossed the river on the morning of May 3', 'May 3')).toBe('Troops crossed the river');
    expect(titleFromClause('In a televised address on Monday night, Putin said the organizers had betrayed their country', 'Monday night')).toBe('Putin said the organizers had betrayed their country');
    expect(titleFromClause('Sent by the White House, Driscoll arrived in Kyiv on Nov. 19', 'Nov. 19')).toBe('Driscoll arrived in Kyiv');
    expect(titleFromClause('Asked about the plan on Friday, Trump said it was not final', 'Friday')).toBe('Trump said it was not final');
  });

  it('keeps a date that is no adjective whole with its preposition, and drops an age after a name', () => {
    expect(titleFromClause('The company told dealers over the Presidents\' Day weekend to stop selling the bike', "Presidents' Day weekend")).toBe('The company told dealers to stop selling the bike');
    expect(titleFromClause('Prime Minister Jana Holt, 52, who has led the government since 2021, conceded defeat late on Sunday', 'late on Sunday')).toBe('Prime Minister Jana Holt conceded defeat');
    expect(titleFromClause('The nominee, 58, was first nominated in June', 'June')).toBe('The nominee was first nominated');
  });

  it('reads a name and its participle after "with" as what the name did', () => {
    expect(titleFromClause(', with Prime Minister Ana Lind vowing on Friday that she would not resign.', 'Friday')).toBe('Prime Minister Ana Lind vowed that she would not resign');
    expect(titleFromClause('with the Senate meeting on Friday', 'Friday')).toBe('The Senate meeting');
  });

  it('keeps a quotation the title closes, and a possessive date’s noun with its article', () => {
    expect(finishTitle(compressClause('"We will not give up," she said in an interview last month', 'last month'))).toBe('"We will not give up," she said in an interview');
    expect(titleFromClause('Tillis said at Wednesday’s commission meeting', 'Wednesday’s')).toBe('Tillis said at the commission meeting');
    expect(titleQuality('“We will rebuild,” Tillis said at the meeting')).toBeLessThan(titleQuality('The commission voted to waive permit fees'));
  });

  it('turns an order to act by a date into a deadline title', () => {
    expect(titleFromClause('the ministry ordered all volunteer units to sign contracts with the ministry by July 1', 'July 1', 'deadline')).toBe('Deadline for all volunteer units to sign contracts with the ministry');
  });

  it('drops the hour with the date, and the happening an offset counts from', () => {
    expect(titleFromClause('The storm made landfall near the town at about 11 p.m. Thursday', 'Thursday')).toBe('The storm made landfall near the town');
    expect(titleFromClause('The Coast Guard had closed the port the day before landfall.', 'the day before')).toBe('The Coast Guard had closed the port');
  });

  it('stops a long title before a second verb or a trailing phrase rather than mid-phrase', () => {
    expect(titleFromClause('The governor declared a state of emergency for 34 counties on Monday and activated 5,000 members of the National Guard', 'Monday')).toBe(
      'The governor declared a state of emergency for 34 counties',
    );
    expect(titleFromClause('The city commission voted 4-1 on Wednesday to waive building permit fees for storm repairs through the end of the year', 'Wednesday')).toBe(
      'The city commission voted 4-1 to waive building permit fees for storm repairs',
    );
  });

  it('drops a trailing phrase that a cut would leave half-said, with its participle', () => {
    expect(titleFromClause("The two firms and their owner were fined by the regulator in 2021 following Acme's full-scale review of the market", '2021')).toBe(
      'The two firms and their owner were fined by the regulator',
    );
    expect(titleFromClause('On Sunday, union and port officials held a tense four-hour meeting aimed at ending the strike at the docks', 'Sunday')).toBe(
      'Union and port officials held a tense four-hour meeting',
    );
  });

  it('removes an aside that held the date', () => {
    expect(titleFromClause('Lopez, speaking in Lisbon on Thursday, rejected most of the draft presented by the mediators', 'Thursday')).toBe(
      'Lopez rejected most of the draft presented by the mediators',
    );
  });

  it('writes two single quotation marks as one double mark, closes one the cut left open, and leaves one closed alone', () => {
    expect(titleFromClause('The minister said on Monday that the talks were going ‘‘very well indeed and would surely end in a deal soon’’', 'Monday')).toMatch(/ “very well[^’”‘]*”$/);
    expect(titleFromClause('The minister said on Monday that the talks were ‘‘going well” and would continue', 'Monday')).toBe(
      'The minister said that the talks were “going well” and would continue',
    );
    expect(titleFromClause('The minister said on Monday that the talks were ‘‘going well’’ and would continue', 'Monday')).toBe(
      'The minister said that the talks were “going well” and would continue',
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
    expect(titleQuality('A regional court suspended construction of the mine')).toBeGreaterThan(titleQuality('The ruling, issued by Judge Elena Ruiz'));
    // Who spoke, or where: neither says what happened.
    expect(titleQuality('The Defence Ministry said')).toBeLessThan(titleQuality(compressClause('The army has handed over 2,000 vehicles')));
    expect(titleQuality('In a televised address')).toBeLessThan(titleQuality('Putin called the revolt treason'));
    const long = compressClause('The Senate passed the bill on Tuesday after a long debate over amendments that lasted into the night', 'Tuesday');
    expect(finishTitle(long)).not.toContain('\u2060');
  });
});

describe('a title that opens on what "it started with"', () => {
  it('is titled by that happening', () => {
    expect(titleFromClause('It started with an October order from the president to his security team', 'October')).toBe('The president ordered his security team');
    expect(titleFromClause('It all began with a phone call from the mayor on Monday', 'on Monday')).toBe('A phone call from the mayor');
  });
});

describe('a title too long for its words', () => {
  it('stops before a dangling infinitive rather than after its verb', () => {
    expect(titleFromClause('The ministry told the regional council on Monday it would approve the long-delayed plan to rebuild the harbour wall', 'Monday')).toBe(
      'The ministry told the regional council it would approve the long-delayed plan',
    );
  });

  it('stops before "and" when what follows it would be cut from its phrase', () => {
    expect(titleFromClause('The envoy arrived in Lisbon on May 2 to discuss trade rules and the outlook for a deal with Brazil.', 'May 2')).toBe(
      'The envoy arrived in Lisbon to discuss trade rules',
    );
  });

  it('keeps a statement only two words over the limit whole rather than cut mid-phrase', () => {
    expect(titleFromClause('the city and county leaders’ talks in the town hall turned into a shouting match')).toBe(
      'The city and county leaders’ talks in the town hall turned into a shouting match',
    );
  });

  it('cuts as before when the cut already falls before a verb', () => {
    const words = 'A new ten-point peace plan drawn up by the mediators with regional officials was rejected by both sides'.split(' ');
    expect(cleanBreak(words)).toBeUndefined();
  });
});

describe('whether a title tells something', () => {
  it('knows a noun phrase from a statement', () => {
    expect(hasFiniteVerb('The two leaders’ meeting')).toBe(false);
    expect(hasFiniteVerb('A new plan drawn up by the mediators')).toBe(false);
    expect(hasFiniteVerb('The meeting, held in Lisbon')).toBe(false);
    expect(hasFiniteVerb('The two leaders met in Lisbon')).toBe(true);
    expect(hasFiniteVerb('The ministry approved the plan')).toBe(true);
    expect(hasFiniteVerb('Shares dropped by 12%')).toBe(true);
    expect(hasFiniteVerb('The envoy plans to step down')).toBe(true);
  });

  it('ranks a statement above the noun phrase naming the same happening', () => {
    expect(titleQuality('The two leaders met in Lisbon')).toBeGreaterThan(titleQuality('The two leaders’ meeting in Lisbon'));
  });
});

describe('the noun of an act with its doer and addressee', () => {
  it('is told as the act', () => {
    expect(titleFromClause('an invitation from Mayor Ruiz to the visiting delegation on Friday', 'on Friday')).toBe('Mayor Ruiz invited the visiting delegation');
    expect(titleFromClause('A warning from the regulator about liquidity', 'Friday')).toBe('A warning from the regulator about liquidity');
  });
});

describe('a saying too long for a title, whose speaker tells of their own act', () => {
  it('is titled by the act', () => {
    expect(titleFromClause('On Tuesday, the governor wrote in a Facebook post that she has directed the state police to reopen the coastal highway, while crews keep clearing debris.', 'Tuesday')).toBe(
      'The governor directed the state police to reopen the coastal highway',
    );
    // Short enough as it is: the saying stays.
    expect(titleFromClause('The company said on Friday that it had restored power', 'Friday')).toBe('The company said that it had restored power');
  });
});

describe('a cut inside a noun phrase', () => {
  it('goes on to the end of the phrase when that is near', () => {
    expect(titleFromClause('The state maritime safety board said on Monday that the ferry had suffered two engine failures in the hours before it sailed', 'Monday')).toBe(
      'The state maritime safety board said that the ferry had suffered two engine failures',
    );
  });
});

describe('a noun phrase with the participle of its making and its maker', () => {
  it('is told as the maker’s act', () => {
    expect(titleFromClause('A new ten-point ceasefire plan drawn up by the UN with regional envoys last month', 'last month')).toBe(
      'The UN drew up a new ten-point ceasefire plan with regional envoys',
    );
    expect(titleFromClause('The ruling, issued by Judge Elena Ruiz on Friday', 'on Friday')).toBe('Judge Elena Ruiz issued the ruling');
    // A statement is left as it is.
    expect(titleFromClause('The plan was drawn up by the UN on Friday', 'on Friday')).toBe('The plan was drawn up by the UN');
  });
});

describe('a name and its participle with no verb after them', () => {
  it('tell what the name did', () => {
    expect(titleFromClause('Keller, speaking to about 300 nurses and hospital porters gathered on a lawn inside the hospital grounds on Tuesday', 'Tuesday')).toBe('Keller spoke to about 300 nurses and hospital porters');
  });
});

describe('lastPhraseBreak', () => {
  it('does not part a verb’s particle from its "with" ("come up | with a plan")', () => {
    const words = 'The mayor ordered the housing agency to come up with a plan to end the shortage by spring'.split(' ');
    expect(lastPhraseBreak(words)).not.toBe(words.indexOf('with'));
    const plain = 'The mayor ordered the housing agency to draw a plan quickly with the council by spring'.split(' ');
    expect(lastPhraseBreak(plain)).toBe(plain.indexOf('with'));
  });
});

describe('titles that say who did what', () => {
  const bare = (clause: string, date: string) => compressClause(clause, date).replace('\u2060', '');
  it('tells an act named by its noun after its doer’s name as the doer’s act', () => {
    expect(bare('the junta’s second, brief incursion into the valley in 2011', '2011')).toBe('The junta launched its second, brief incursion into the valley');
    expect(bare('Dario Kell’s visit to the plant in 2019', '2019')).toBe('Dario Kell made a visit to the plant');
  });
  it('tells who met, and where, for a meeting that "took place ... and included" them', () => {
    expect(bare('The meeting took place in Lisbon in May and included Liv Varro, Dario Kell and Ada Lin, who chairs the fund.', 'May')).toBe('Liv Varro, Dario Kell and Ada Lin met in Lisbon');
  });
  it('keeps a that-clause’s verb: its subject’s head alone, or the clause without its speaker', () => {
    expect(toldToItsVerb('The utility reported that thousands of homes in the three northern districts of the city were without water due to a burst main')).toBe(
      'The utility reported that thousands of homes were without water due to a burst main',
    );
    expect(toldToItsVerb('Regional health officials said that a retired teacher in the eastern county who died had tested positive for the virus')).toBe(
      'A retired teacher in the eastern county had tested positive for the virus',
    );
    expect(toldToItsVerb('The mayor said that the bridge was closed')).toBeUndefined();
  });
  it('ranks lower a that-clause without its verb, an order without what was ordered, and a predicate noun', () => {
    expect(titleQuality('The utility reported that thousands of homes in the north')).toBeLessThan(titleQuality('The utility reported that thousands of homes were without water'));
    expect(titleQuality('The president ordered his security team')).toBeLessThan(titleQuality('The president ordered his security team to draft a plan'));
    expect(titleQuality('The crash was Aerona’s third')).toBeLessThan(titleQuality('An Aerona jet crashed'));
    expect(titleQuality('The coach called the signing “a coup”')).toBeLessThan(titleQuality('The coach praised the signing'));
    // A short title naming who did what is whole.
    expect(titleQuality('Dario Kell resigned')).toBeGreaterThan(titleQuality('Kell said'));
  });
  it('stops before "due to", a count of time, or a participle taking its object', () => {
    expect(lastPhraseBreak('The utility said that thousands of homes were without water due to a burst main'.split(' '))).toBe(10);
    expect(lastPhraseBreak('Varro said the organisers halted the race of the season less than ten minutes'.split(' '))).toBe(10);
    expect(lastPhraseBreak('Police in the northern city of Marlow published a photograph showing the two masked suspects'.split(' '))).toBe(10);
  });
  it('keeps the "in" of a compound, and leaves out the full stop the date left', () => {
    expect(bare('Police cleared the sit-in on Monday', 'on Monday')).toBe('Police cleared the sit-in');
    expect(bare('The ferry left Marlow with 300 passengers on board and a crew of twelve sailors in 2019.', '2019')).not.toMatch(/\u2060/);
  });
});
