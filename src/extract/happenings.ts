/**
 * What kind of happening a clause reports. A sentence becomes an event only when a dated clause
 * names something that happened (or is scheduled to): a meeting, a call, a statement, a handover...
 * The lexicon is general English news vocabulary, not any one story's.
 */

import { MONTH_ANY, WEEKDAY } from './dates/patterns';
import { lemma } from './words';

export const HAPPENING_CLASSES = [
  'meeting',
  'call',
  'statement',
  'report',
  'handover',
  'briefing',
  'travel',
  'agreement',
  'order',
  'sanction',
  'conflict',
  'resignation',
  'appointment',
  'election',
  'drafting',
  'deadline',
  'protest',
  'incident',
  'court',
  'market',
  'other',
] as const;
export type HappeningClass = (typeof HAPPENING_CLASSES)[number];

// Hyphenated compounds ("U.S.-drafted deal") describe a thing; they report no happening.
const w = (alternatives: string) => new RegExp(String.raw`(?<![\w-])(?:${alternatives})(?![\w-])`, 'giu');

// "Dockworkers last struck in 2002": workers who struck went on strike; they attacked nothing.
// "a missile strike", "Tuesday's strike on the capital": an attack, not a walkout.
const ARMED_STRIKE = String.raw`missile|air|drone|rocket|military|nuclear|retaliatory|pre-?emptive|precision|artillery|naval`;
// "a strike on Lisbon", "a strike on the capital" (not "a strike on Oct. 25"): a target, not a day.
const ARMED_TARGET = String.raw`\s+(?:on|against)\s+(?:the\s+|a\s+|an\s+)?(?!${MONTH_ANY}\s|${WEEKDAY})(?=\p{Lu}|(?:[\p{Ll}-]+\s+){0,2}(?:capital|city|town|village|base|port|airport|plant|facility|positions?|targets?|infrastructure|grid|hospital|school|building|convoy|ship|territory|region)\b)`;
const LABOUR_SUBJECT = String.raw`\b(?:workers|employees|staff|drivers|nurses|teachers|doctors|pilots|dockworkers|dockers|miners|operators|mechanics|crews)\s+(?:[\w-]+\s+){0,2}?`;
// "The ship, a vessel bound for Colombo, struck the bridge", "An earthquake struck the south": a
// vehicle or a force of nature that strikes is an accident or a disaster, unless a weapon does the
// striking ("a missile fired from a ship struck the port").
const ACCIDENT_SUBJECT = String.raw`(?<!\b(?:missiles?|rockets?|drones?|shells?|bombs?|torpedo(?:es)?)\b(?:[^.;:!?]|\.(?=\d)){0,60}?)\b(?:ship|vessel|freighter|tanker|barge|ferry|boat|tugboat|car|truck|lorry|bus|coach|train|tram|plane|aircraft|airliner|jet|helicopter|vehicle|van|suv|earthquake|quake|tremor|aftershock|storm|hurricane|typhoon|cyclone|tornado|flood|wildfire|fire|blaze|lightning|tsunami|blizzard|avalanche|landslide|mudslide|heatwave|drought)s?\b(?:[^.;:!?]|\.(?=\d)){0,60}?`;

const LEXICON: Array<[HappeningClass, RegExp]> = [
  ['meeting', w(String.raw`(?:public|congressional|committee|confirmation|council|oversight|town hall) hearings?|met|meet|meets|meeting|meetings|talks|held talks|negotiat\w+|summit|(?:news|press|peace|developer|donor|party|climate) conference|sessions?|discussions?|discussed|discuss|conferred|gathered|(?<=\b(?:to|will|would)\s+)gather|sat down|debrief`)],
  // "called for a truce", "called on him to", "called it a sham", "called 22 witnesses": no phone call.
  ['call', w(String.raw`call(?!\s+(?:(?:a|an|the|their|his|her|its|\d+|two|three|several)\s+)?(?:[\p{L}-]+\s+){0,2}(?:witness(?:es)?|experts?)\b)|calls|called(?!\s+(?:for|on|upon|off|out|it|this|that|\d[\d,]*|(?:\w+\s+){0,2}witness(?:es)?)\b)(?!\s+(?:[\p{L}'’-]+\s+){1,4}["“])|phoned|phone calls?|spoke (?:with|to)|texted|video ?call`)],
  ['briefing', w(String.raw`briefed|brief|briefing|walked [\w\s]{1,30}? through|walk [\w\s]{1,30}? through|showed|presented|presenting|presents|present (?:it|the|a)|shown`)],
  ['handover', w(String.raw`handed|handing|hands over|handed over|gave|given|delivered|sent|submitted|passed (?:on|to)`)],
  // "released a video of the crew": a recording, a document or figures made public (not people freed).
  ['report', w(String.raw`released (?:a|an|the|its|their|his|her|new) (?:[\p{L}-]+\s+){0,2}?(?:video|videos|footage|recording|audio|tape|photos?|photographs?|images?|report|documents?|transcripts?|figures|data|results|findings)\b|reported|published|revealed|leaked|leak|made public|disclosed|broke the news|first reported`)],
  ['travel', w(String.raw`send [\w\s]{1,40}? to|sending [\w\s]{1,40}? to|arrived|arrives|arrive|arrival|visited|visiting|visit|tour(?:ed|ing|s)?|travell?ed|flew|landed|departed|departure|returned(?! to (?:work|(?:the|their) jobs?)\b)|trip|(?:was|were) (?:also )?in|brought \w+ to`)],
  // "rejected a $2 billion offer", "turned down the approach": a decision on a deal, not a saying.
  ['agreement', w(String.raw`(?:rejected|turned down|rebuffed|spurned|accepted) (?:a|an|the|its|their|his|her|\p{Lu}[\p{L}'’-]*(?:['’]s)?)\s+(?:[\p{L}\d€$£.,'’-]+\s+){0,4}?(?:offer|bid|proposal|approach|counteroffer|counter-offer|takeover|application|request|drug|medicine|treatment|product|licen[cs]e|permit)s?\b|(?:struck|reached|sealed|clinched) (?:a|an) [\w\s-]{0,20}?(?:deal|agreement|accord|bargain|compromise)|deal|signed|signs|endorsed|(?<=\b(?:the|its|their|his|her)\s+)signing(?=\s+(?:of|was|were|is|had|has|ceremony)\b)|agreed|agreement|approved|accepted|ratif(?:y|ies|ied|ying|ication)|(?<=\b(?:to|will|would)\s+)approve|ceasefire|truce`)],
  ['order', w(String.raw`declared (?:a|an) (?:[\w-]+\s+){0,2}?(?:state of emergency|emergency|curfew|martial law|disaster)|imposed (?:a|an) (?:[\w-]+\s+){0,2}?curfew|ordered|order|directed|instructed|decided`)],
  ['sanction', w(String.raw`sanctioned|sanctions|blacklisted|indicted|charged|arrested|detained|jailed|deported|extradited|expelled|fined|banned|searched|raided|embargo`)],
  ['conflict', w(String.raw`(?:${ARMED_STRIKE})\s+strikes?|strikes?(?=${ARMED_TARGET})|invaded|invasion|invade|attacked|attacks?|(?<!${LABOUR_SUBJECT}|${ACCIDENT_SUBJECT})struck|strikes|bombed|shelled|shelling|(?:took|seized|taken) control of|seized|captured|offensive|shot down|killed|assassinated|kidnapped|abducted|ambushed|gained access|broke into|hacked into|robbed|robbery|robberies|theft|thefts|heist|burglary|burgled|stole|looted|fired (?:\w+\s+){0,2}?(?:missiles?|rockets?|shots?|shells?|drones?)`)],
  ['resignation', w(String.raw`resigned|resigns|resignation|step(?:ped|s)? down|fired|firing|ousted|ouster|quit|dismissal|(?<=\b(?:was|were|been|being)\s+)(?:removed|dismissed|sacked)|(?:removed|dismissed|sacked) (?=(?:him|her|them|\p{Lu}[\p{L}'’-]+)\s+(?:as|from)\b)`)],
  // "named Ana Ruiz as its chief executive", "was named chief executive" (not "a man named Ruiz").
  ['appointment', w(String.raw`appointed|nominated|sworn in|replac(?:ed|ing)|(?<!\b(?:man|woman|boy|girl|person|child|men|women|people|someone|somebody|company|firm|group|village|town|city|ship|boat|dog|horse|one)\s+)named(?=\s+(?:him|her|them|\p{Lu})[^.;:]{0,80}?\s(?:as(?!\s+well\b)|to\s+(?:lead|head|run|replace|succeed))\s)|(?<=\b(?:was|were|been|is|are|be)\s+)named(?=\s+(?:as\s+)?(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:new\s+|next\s+|interim\s+|acting\s+)?(?:[\p{L}-]+\s+){0,2}(?:chief|executive|president|director|head|chair(?:man|woman)?|minister|secretary|coach|manager|CEO|successor|captain|commissioner|ambassador|editor|governor)\b)`)],
  ['election', w(String.raw`election|elections|vote|voted|referendum|elected|re-?elected|runoff`)],
  ['drafting', w(String.raw`drafted|drafting|drawn up|drew up|crafted|authored|began writing|wrote the first draft`)],
  ['protest', w(String.raw`(?:walked|stayed|walk|stay) (?:out|off the job)|(?:locked|locks|lock) out(?! of\b)|(?<=${LABOUR_SUBJECT})struck|lockouts?|picket(?:ed|ing)|(?:return(?:s|ed|ing)?|(?:went|go|goes|going) back) to (?:work|(?:the|their) jobs?)|walkout|went on strike|go on strike|strikes? (?:began|started|ended)|staged (?:a|an) [\w\s-]{0,20}?(?:strike|protest|walkout|rally)|(?<!\b(?:authori[sz](?:e|es|ed|ing)|threat(?:en|ens|ened|ening)?|vot(?:e|es|ed|ing) (?:for|to)|${ARMED_STRIKE})\s+(?:(?:a|an|the)\s+)?)strike(?!${ARMED_TARGET})|stoppage|protest(?:ed|s)?|demonstrat(?:ed|ion|ions)|rall(?:y|ied)|marched|boycott(?:ed)?|blockaded?`)],
  ['incident', w(String.raw`(?<=${ACCIDENT_SUBJECT})(?:struck|hit)|(?:earth)?quakes?|aftershocks?|tremors?|(?:a\s+)?run on (?:the|a|its) (?:bank|lender)|bank runs?|slammed into|collided|rammed|ran aground|(?:made|make|makes|making) landfall|(?:came|come|comes|coming) ashore|crash(?:ed)?|explo(?:ded|sion)|fire broke out|caught fire|collapsed|derailed|flood(?:ed|ing)|earthquake|storm|outage|hurricane|shooting|died|injured|wounded|evacuated|erupted|capsized|wildfire|tornado|landslide|hacked|cyberattack|data breach|went (?:down|offline|dark)|knocked (?:\w+\s+){0,3}?offline`)],
  // Rulings and a trial's steps: each is dated in court reporting.
  ['court', w(String.raw`(?<=\b(?:inquiry|inquest|court|tribunal|committee|panel|jury|hearing)\s+)heard|told (?:a|the) (?:[\p{L}-]+\s+){0,2}(?:court|tribunal)|told (?:the\s+)?(?:jury|jurors)|ruled|ruling|rulings|verdict|judg(?:e)?ment|upheld|overturned|struck down|injunction|acquitted|convicted|(?<!(?:public|congressional|committee|confirmation|council|oversight|town hall)\s)hearings?|trial(?!\s+(?:data|results?|participants|patients|sites?|drugs?|doses?|arms?|subjects|volunteers)\b)(?<!\b(?:clinical|late-stage|mid-stage|early-stage|pivotal|placebo-controlled|randomi[sz]ed|drug|vaccine|(?:phase|stage)[\s-]+(?:[123]|i{1,3}|one|two|three))\s+trial)|testified|testifies|testify|took the stand|pleaded (?:guilty|not guilty|no contest)|remanded|appear(?:s|ed|ing)? (?:in|before) (?:a\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}court|pled guilty|arraigned|arraignment|indictment|jury selection|(?:opening|closing) (?:statements?|arguments?)|deliberat(?:e|ed|ing|ions?)|sentencing|sentenced`)],
  // "Shares of Norva, which had licensed the test, fell": the company, and an aside about it, between;
  // "..., fell 4% on Friday": a move by a percentage or points, in a clause the aside cut off.
  ['market', w(String.raw`(?:(?:shares|stocks?) of [\p{Lu}][\p{L}.&'’-]*(?: [\p{Lu}][\p{L}.&'’-]*){0,3}(?:,[^,]{1,80},)?|shares|stocks?|prices?|index|markets?|bonds?|yields?|currency|[\p{Lu}][\w.]* (?:shares|stock))\s+(?:\w+\s+){0,2}?(?:fell|rose|dropped|surged|plunged|jumped|slumped|soared|tumbled|climbed|sank|rallied)|(?:fell|rose|dropped|surged|plunged|jumped|slumped|soared|tumbled|climbed|sank|rallied|gained|lost)\s+(?:by\s+)?\d+(?:\.\d+)?\s?(?:%|percent|per cent|points?)`)],
  ['statement', w(String.raw`(?:asked|asks|requested|requests) (?:\p{Lu}[\p{L}'’-]*|(?:the|its|their|a|an)\s+[\p{L}'’-]+)(?:\s+[\p{L}'’-]+){0,2}?\s+to\s+(?:mediate|broker|intervene|investigate|negotiate|help|step in)|told (?:a|the) (?:news|press) (?:conference|briefing)|turned down|said|says|told|tells|announced|announces|vowed|vowing|vows|pledged|warned|urged|appealed|called on|wrote|posted|stated|declared|denied|confirmed|claimed|insisted|acknowledged|admitted|stressed|dismissed|rejected|characterized|characterised|described|called(?=\s+(?:[\p{L}'’-]+\s+){1,4}["“])|address|speech|interview|statement|remarks|cited`)],
  // Generic verbs of happening: the last resort, so that unfamiliar news still dates its events.
  ['other', w(String.raw`layoffs|job cuts|redundancies|cut (?:[\p{L}\d$£€,.]+\s+){0,3}?(?:jobs|positions|roles)|began|begun|started|ended|issued|launched|invested|opened|closed|shut down|shuttered|laid off|formed|reopen(?:ed|s|ing)?|approached|cleared|certified|(?<=\b(?:will|would|shall|to|could|may|might)\s+)(?:close|open|begin|start|end|resume|launch|hold|host)|halted|suspended|resumed|took place|held|hosted|won|lost|unveiled|introduced|passed|diverted|diverting|released|freed|let (?:[\p{L}'’-]+\s+){1,3}?go(?!\s+(?:of|on|through|ahead)\b)|(?<=\b(?:was|were)\s+)stopped(?=\s+(?:at|by|on|near|outside)\b)|completed|cancell?ed|postponed|delayed|filed|sued|ruled|convicted|acquitted|sentenced|merged|acquired|bought|sold|raised|cut|hiked|lowered|reached|docked|hired|retired|recalled|restored|went on sale|goes on sale|go on sale|(?<=\b(?:the|its|their|a)\s)launch|vetoed|enacted|took effect|went into effect|came into force|expired|debuted|premiered|went public|defeated|rescued|escaped|withdrew|pulled out|struck a (?:deal|bargain)|broke down|joined|offered|paid|(?:made|lodged|submitted|tabled|placed|launched) (?:a|an|the|its|their|his|her) (?:[\p{L}\d€$£.,-]+\s+){0,3}?(?:bid|offer|counteroffer|counter-offer|takeover approach)|(?<!\b(?:in|an)\s+)attempts?(?!\s+to\b)|scrubbed|lifted off|blasted off|(?<=\b(?:attempts?|tries)\b(?:[^.;:!?]|\.(?=\d)){0,60}?)failed|failed(?=\s+to\s+\p{Ll})|set (?:a|an|the|its|their|his|her) (?:[\p{L}\d$£€.,-]+\s+){0,3}?(?:price|prices|fee|fees|record|date|deadline)|liftoff|test-fired|(?:made|make|makes|making) (?:his|her|its|their) (?:[\p{L}-]+\s+)?debut|stayed away|(?:open|opens|begin|begins|start|starts) (?:their|its|his|her|the) (?:[\p{L}-]+\s+){0,2}?(?:campaign|season|tour|term)`)],
];

/** Happening classes that may name one happening from two sides ("talks" and "arrived for talks"). */
const COMPATIBLE: Partial<Record<HappeningClass, HappeningClass[]>> = {
  // A vote is taken at a meeting ("voted on Wednesday", "at Wednesday's meeting").
  meeting: ['travel', 'briefing', 'agreement', 'election'],
  // Members vote on a deal and ratify it: the vote and the approval are one happening.
  agreement: ['meeting', 'election'],
  election: ['agreement'],
  travel: ['meeting'],
  protest: ['other'],
  // "Regulators closed the bank", "regulators seized the lender".
  other: ['protest', 'incident', 'court', 'sanction'],
  // "the attack" and "the outage" (an explosion, a strike) may be one happening told from two sides.
  incident: ['other', 'conflict'],
  conflict: ['incident'],
  court: ['other', 'sanction'],
  sanction: ['court', 'other'],
  briefing: ['meeting', 'handover'],
  handover: ['briefing'],
};

const ACCIDENT_BEFORE = new RegExp(`${ACCIDENT_SUBJECT}$`, 'iu');
// A fire as the subject, not the people who fight it ("the fire department started an inquiry").
const FIRE_BEFORE =
  /\b(?:fire|wildfire|blaze|bushfire|brushfire|inferno)s?\b(?!\s*(?:department|fighters?|crews?|officials?|chiefs?|services?|stations?|brigades?|trucks?|engines?|marshals?|agency|authorities|season|alarms?|drills?|insurance)\b)(?:[^.;:!?]|\.(?=\d)){0,40}?$/iu;


// Who seizes by force: anyone else seizes by law ("Regulators seized the lender", "Police seized 2 tonnes").
const ARMED_SUBJECT = /\b(?:troops|forces|soldiers|army|armed|militants?|rebels?|fighters|insurgents|separatists|militias?|gunmen|insurgency|junta|mutineers|guerrill?as)\b[^.;:!?]{0,60}$/i;

/**
 * Who strikes or seizes decides the kind, even named before a clause of its own (an apposition):
 * "The Dali, a vessel bound for Colombo, struck the bridge" is an accident, "An earthquake struck"
 * a disaster; "seized" is armed only when an armed group seizes ("Regulators seized the lender" is
 * a seizure under the law). `before` is the sentence up to the verb.
 */
export function bySubject(cls: HappeningClass, verb: string, before: string): HappeningClass {
  // "The blaze, which started on Sunday": a fire that starts breaks out.
  if (cls === 'other' && /^(?:started|began)$/i.test(verb) && FIRE_BEFORE.test(before)) return 'incident';
  if (cls !== 'conflict') return cls;
  if (/^(?:struck|hit)$/i.test(verb) && ACCIDENT_BEFORE.test(before)) return 'incident';
  if (/^seized$/i.test(verb) && !ARMED_SUBJECT.test(before)) return 'sanction';
  return cls;
}

export function compatibleClasses(a: HappeningClass, b: HappeningClass): boolean {
  return a === b || (COMPATIBLE[a]?.includes(b) ?? false);
}

export interface HappeningMatch {
  cls: HappeningClass;
  index: number;
  text: string;
}

/** Phrases that name one happening in other words ("took the stand" is testifying), and phrases
 * whose last word alone would not tell them apart ("pleaded guilty", "pleaded not guilty"). */
const SAME_HAPPENING: Array<[RegExp, string]> = [
  [/^(?:took the stand|testif(?:y|ies|ied)|testimony)$/i, 'testify'],
  [/^(?:pleaded|pled) guilty$/i, 'plead-guilty'],
  [/^(?:pleaded|pled) not guilty$/i, 'plead-not-guilty'],
  [/^(?:shut down|shuttered)$/i, 'shut-down'],
  // "let the driver go" is freeing him.
  [/^let .+ go$/i, 'freed'],
  // "released a video" is publishing it.
  [/^released .+$/i, 'published'],
  [/^(?:walk(?:ed)? (?:out|off the job)|stay(?:ed)? off the job|walkout|went on strike|go on strike)$/i, 'walkout'],
  // Members ratify a contract by voting to approve it.
  [/^(?:ratif(?:y|ies|ied|ying|ication)|approved?)$/i, 'ratify'],
  [/^(?:resign(?:ed|s|ation)?|step(?:ped|s)? down|quit)$/i, 'resign'],
  // "cut 500 jobs", "500 layoffs", "laid off 500 workers": one happening in three wordings.
  [/^(?:layoffs|laid off|job cuts|redundancies|cut .*\b(?:jobs|positions|roles))$/i, 'layoff'],
  // An offer made and an offer turned down are two happenings, though both end on the offer.
  [/^(?:rejected|turned down|rebuffed|spurned) /i, 'reject'],
  [/^accepted /i, 'accept'],
  [/^(?:made|lodged|submitted|tabled|placed|launched) .*\b(?:bid|offer|counter-?offer|approach)$/i, 'bid'],
];

/** One word for a happening match, the same for its synonyms; else the match's last word. */
export function happeningHead(text: string): string {
  const same = SAME_HAPPENING.find(([re]) => re.test(text));
  return same ? same[1] : text.split(' ').pop()!;
}

/** One word per happening a text names, saying left out (every report says): what two reports of one happening share. */
export function happeningHeads(text: string): string[] {
  return [...new Set(findHappenings(text).filter((h) => h.cls !== 'statement').map((h) => lemma(happeningHead(h.text))))];
}

/** Acts only one person does: two reports of them are one happening only if one person did both. */
export function personalAct(cls: HappeningClass, head: string): boolean {
  return cls === 'resignation' || cls === 'appointment' || head === 'testify' || head.startsWith('plead-');
}

// A happening noun used as a modifier ("protest leaders", "meeting room") names people or things.
const MODIFIED_HEAD = /^\s+(?:leaders?|groups?|organi[sz]ers?|activists?|movements?|sites?|camps?|rooms?|centers?|centres?|halls?|venues?|notes?|records?|logs?|documents?|papers?|officials?|members?|delegations?|teams?|partners?|lines?|votes?|ballots?|authori[sz]ations?|funds?|pay)\b/i;

// Who is replaced (case-sensitive: a name's capital counts): not "replaced the valve".
const REPLACED_WHOM =
  /^\s+(?:him|her|them|\p{Lu}|(?:the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}(?:chief|executive|president|director|head|chair(?:man|woman)?|minister|secretary|coach|manager|CEO|captain|commissioner|ambassador|editor|governor)\b)/u;

const scanned = new Map<string, HappeningMatch[]>();

/** Every happening word in a text, in reading order. */
export function findHappenings(text: string): HappeningMatch[] {
  // The same clause is asked about several times (its clause, its segment, the title candidates):
  // scanning with every lexicon pattern is the costly part, so each text is scanned once.
  let hit = scanned.get(text);
  if (!hit) {
    if (scanned.size >= 50_000) scanned.clear();
    scanned.set(text, (hit = scanHappenings(text)));
  }
  return hit.slice();
}

function scanHappenings(text: string): HappeningMatch[] {
  const out: HappeningMatch[] = [];
  for (const [cls, re] of LEXICON) {
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      if (MODIFIED_HEAD.test(text.slice(at + m[0].length))) continue;
      // "replaced its chief executive", "replacing Varro": an appointment only of a person or an office.
      if (cls === 'appointment' && /^replac/i.test(m[0]) && !REPLACED_WHOM.test(text.slice(at + m[0].length))) continue;
      out.push({ cls, index: at, text: m[0] });
    }
  }
  // At one position the earlier lexicon entry wins (it is the more specific); a word inside a longer
  // match is part of it ("told a press conference" is a saying, not a conference).
  out.sort((a, b) => a.index - b.index);
  let end = -1;
  return out.filter((m, i) => {
    if ((i > 0 && out[i - 1]!.index === m.index) || m.index + m.text.length <= end) return false;
    end = Math.max(end, m.index + m.text.length);
    return true;
  });
}

/** "several times", "every week": a habit, not a happening. */
export const HABITUAL = /\b(?:several|many|multiple|numerous|countless|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|\d+) times\b(?!\s+(?:the|as)\b)|\b(?:repeatedly|often|regularly|routinely|frequently|usually|typically|always)\b|\b(?:every|each) (?:day|week|month|year|summer|winter|spring|autumn|fall|weekend|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)\b/i;

/** "a second call", "another meeting": the words themselves set this happening apart. */
export const DISTINCT = /\b(?:a second|a third|another|a separate|a further|a new round of|a follow-up)\b/i;
