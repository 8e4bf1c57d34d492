/**
 * Short, specific titles made from the article's own words: the dated clause, without its
 * attribution, its date, its appositives and its trailing detail.
 */
import { stripAttribution } from './attribution';
import { ALLOWED_VERB } from './date-role';
import { findHappenings } from './happenings';
import { isImperative, pastTense } from './words';

const MAX_WORDS = 13;
/** Marks (invisibly, for titleQuality) a title cut short; removed before anyone sees it. */
const TRUNCATED = '\u2060';
// (Not the end of a compound: "sit-in" ends on no "in".)
const TRAILING_FILLER = /(?<![\p{L}'’-])(?:the|a|an|of|to|in|on|at|by|for|with|and|or|but|that|which|who|as|from|during|its|their|his|her)$/iu;
const LEADING_CONNECTOR = /^(?:and|but|that|before|after|while|then|so|when|as|also|just|meanwhile|however|including|with|despite|though|although|who|which|whose)\b[\s,]*/i;
const PRONOUN_START = /^(?:he|she|they|it|we|i|this|that|these|those|him|them)\b/i;

// "at about 11 p.m.", "shortly after 6 a.m. local time": the hour is the date's detail, not the title's.
const TIME_OF_DAY =
  /\s*\b(?:at\s+)?(?:(?:about|around|roughly|approximately|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)(?:\s+(?:local\s+time|[ECMP][SD]?T|GMT|UTC)\b)?/gi;

const FUNCTION_WORD = '(?:to|and|or|but|that|which|when|as|for|in|on|at|by|with|from|after|before|while|the|a|an|of)';

/** "in the early hours of June 24", "on the evening of May 3": the part of the day goes with the date. */
const HOURS_OF = String.raw`(?:(?:(?:early|small|late)\s+hours|morning|afternoon|evening|night)\s+of\s+)?`;

/** "the day before landfall": the happening an offset counts from goes with the date. */
function referentAfter(dateText: string): string {
  // (Also "a week prior to the vote", "the day after the aborted takeoff", and a referent a clause
  // goes on after: "... to review".)
  const to = /\bprior$/i.test(dateText) ? String.raw`\s+to` : '';
  // ("the day after the talks collapsed, ...": a short clause of a noun and its past verb.)
  return /\b(?:before|after|prior)$/i.test(dateText)
    ? String.raw`(?:${to}\s+(?:(?:the|a|an|its|their|his|her)\s+\p{Ll}[\p{L}-]*\s+\p{Ll}+ed(?=\s*[,;.])|(?:the\s+)?(?:\p{Ll}+ed\s+)?\p{Ll}[\p{L}-]*(?=\s*(?:[,;.]|$)|\s+(?:to|and|but|as|when|while)\s)))?`
    : '';
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A title from one clause; `dateText` is removed with the preposition that introduces it. */
export function titleFromClause(clause: string, dateText?: string, kind?: string): string {
  const t = compressClause(clause, dateText, kind).replace(TRUNCATED, '');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** The clause cut down to a title's words, still in its own case (a lower-case start has no subject). */
export function compressClause(clause: string, dateText?: string, kind?: string): string {
  // "In a televised address on Monday, Keller said ...", "Sent by the ministry, Okafor
  // arrived ...": the setting or the circumstance before the subject is detail.
  let t = stripAttribution(clause)
    .replace(/^(?:in|at|during)\s[^,]{3,60},\s+(?=\p{Lu})/iu, '')
    .replace(/^(?:\p{L}+(?:ed|en)|sent|told|speaking|writing)\s+(?:by|about|to|from|on|in|at|for)\s[^,]{2,60},\s+(?=\p{Lu})/iu, '');
  if (kind === 'deadline' && dateText) {
    // "Residents have until Dec. 9 to register" → "Deadline for residents to register".
    t = t.replace(
      new RegExp(String.raw`^(.*?)\s+${ALLOWED_VERB}\s+until\s+(?:the\s+)?${escapeRegExp(dateText)}\s*,?\s+to\s+`, 'iu'),
      (_, who: string) => `Deadline for ${who.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())} to `,
    );
  }
  if (kind === 'deadline' && dateText) {
    // "the cuts would fall mainly on sales and would be completed by the end of April" → "the cuts
    // would be completed": of two verbs joined by "and", the one the deadline is for.
    t = t.replace(
      new RegExp(String.raw`^(.*?\b(?:would|will)\s+)[^,]*?\s+and\s+(?:would|will)\s+([^,]*?\s+(?:by|before|no\s+later\s+than)\s+(?:the\s+)?${escapeRegExp(dateText)})`, 'iu'),
      '$1$2',
    );
  }
  if (kind === 'deadline') {
    // "he expected Okafor to sign ... by Thanksgiving" → "Deadline for Okafor to sign ...".
    t = t.replace(/^.*?\b(?:expects?|expected|wants?|wanted|gave|give|set|sets|told|asked|urged|demanded)\s+(?=\p{Lu})/u, 'Deadline for ');
    // "the ministry ordered all volunteer units to sign contracts by July 1" → "Deadline for all volunteer units to sign contracts".
    t = t.replace(/^.*?\b(?:ordered|required|instructed|told|asked|urged)\s+(?=(?:all\s+|every\s+)?\p{Ll}[^,]{0,50}?\bto\s+\p{Ll})/u, 'Deadline for ');
  }
  if (dateText) {
    // "at the May meeting": a date used as an adjective goes, its noun and article stay.
    // Not before a function word: "over the Presidents' Day weekend to stop selling" is no adjective.
    t = t.replace(new RegExp(String.raw`\bthe\s+${escapeRegExp(dateText)}\s+(?=\p{Ll})(?!${FUNCTION_WORD}\b)`, 'u'), 'the ');
    // "said at Wednesday's commission meeting" → "said at the commission meeting".
    t = t.replace(
      new RegExp(String.raw`\b(on|in|at|during|after|before|since|from|for|over)\s+${escapeRegExp(dateText.replace(/['’]s$/u, ''))}['’]s\s+(?=\p{Ll})(?!${FUNCTION_WORD}\b)`, 'iu'),
      '$1 the ',
    );
    t = t.replace(
      new RegExp(String.raw`(?:\s*(?<![\p{L}'’-])(?:on|in|at|during|by|since|from|until|over|around|for|before|after|ahead\s+of|through)\s+)?(?:the\s+)?${HOURS_OF}${escapeRegExp(dateText)}${referentAfter(dateText)}(?:['’]s)?\s*(,?)`, 'iu'),
      // The date's comma stays when it closes an aside the date sat in ("Lopez, visiting India on
      // Thursday, dismissed"), so that the aside is still recognised below.
      (_m, comma: string, at: number, all: string) => (comma && (all.slice(0, at).match(/,/g) ?? []).length % 2 === 1 ? ', ' : ' '),
    );
  }
  t = t
    // "The fire, on Jan. 30, injured": an aside that held only the date goes with it.
    .replace(/\s*,\s*,\s*/g, ' ')
    .replace(TIME_OF_DAY, ' ')
    // (And a list's marker before a chronology line's date: "• March 9: ...", "**March 9:**".)
    .replace(/^[\s,;:–—•*-]+/, '')
    // (A number's separators are no commas: ", a town of 35,000 near the Arctic Circle,".)
    .replace(/,\s+(?:who|which|whose|where)\s(?:[^,]|,(?=\d{3}))*(?:,|$)/gi, ' ')
    .replace(/,\s+(?:a|an|the)\s(?:[^,]|,(?=\d{3})){0,100}(?:,|$)/gi, ' ')
    // Descriptors before a name ("the mayor’s special envoy Grace Okafor", "envoy Grace Okafor").
    .replace(/(?:\b(?:the\s+)?\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}-]*['’]s\s+(?:[\p{Ll}-]+\s+){1,3}(?=\p{Lu}\p{Ll}+\s+\p{Lu})/gu, '')
    .replace(/\b(?:the\s+)?\p{Ll}+['’]s\s+(?:[\p{Ll}-]+\s+){1,3}(?=\p{Lu}\p{Ll}+\s+\p{Lu})/gu, '')
    // With the body it speaks for ("Acme spokesperson Jane Roe" → "Jane Roe").
    .replace(/\b(?:(?:the\s+)?\p{Lu}[\p{L}'’]*\s+)?(?:special\s+)?(?:envoy|spokes\w+|secretary|minister|adviser|advisor)\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})/gu, '')
    // An appositive after a name ("Grace Okafor, secretary of the council, was") says who, not what.
    .replace(/(\p{Lu}[\p{L}'’-]+),\s+\p{Ll}[^,]{2,80},\s+(?=\p{Ll})/gu, '$1 ')
    // An age after a name ("Jana Ambry, 52, conceded").
    .replace(/(\p{Lu}[\p{L}'’-]+),\s+\d{1,3}(?:,\s+|\s+(?=\p{Ll}))/gu, '$1 ')
    .replace(/\b(nominee|suspect|victim|man|woman|boy|girl|driver|officer|soldier|mother|father|actor|singer|player|founder|executive)s?,\s+\d{1,3},\s+(?=\p{Ll})/gu, '$1 ')
    .replace(/\s*\[\d+\]\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // "It started with an October order from the president ...": what it started with is the happening.
  t = t.replace(/^it\s+(?:all\s+)?(?:started|began)\s+with\s+(?=(?:a|an|the)\s)/i, '');
  // (The sentence's full stop, left alone by the date's removal, is no word.)
  t = t.replace(/\s+[.!?]$/, '');
  // "An order from the president to his security team": the noun of an act, with its doer and its
  // addressee, told as the act ("The president ordered his security team").
  const nominal = NOMINAL_ACT.test(t);
  t = t.replace(NOMINAL_ACT, (_all, noun: string, who: string) => `${who.replace(/^the\b/, 'The')} ${ACT_VERB[noun.toLowerCase()]} `);
  // "... ordered his team: Come up with a plan": the words after the colon are what was ordered.
  if (nominal) t = t.replace(/^([^:]{1,80}?):\s+(\p{Lu}\p{Ll}+)\b/u, (all, head: string, verb: string) => (isImperative(verb) ? `${head} to ${verb.toLowerCase()}` : all));
  // "..., with Lind vowing on Friday that ...": the name and its participle tell what the name did.
  const absolute = /^[\s,]*with\s+\p{Lu}/u.test(t);
  for (let i = 0; i < 3; i++) t = t.replace(LEADING_CONNECTOR, '');
  if (absolute) t = t.replace(/^((?:\p{Lu}[\p{L}.'’-]*\s+){1,6})(\p{Ll}{2,}ing)\b/u, (all, who: string, verb: string) => who + (pastTense(verb) ?? verb));
  // "ending a strike that began": the noun a participle's relative clause hangs on is its subject.
  t = t.replace(/^\p{Ll}+ing\s+((?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+){1,3}?)(?:that|which)\s+(?=\p{Ll})/u, '$1');
  // "the junta’s second, brief incursion into ...": an act named by its noun after its doer's name,
  // told as the doer's act ("The junta launched its second, brief incursion into ...").
  if (!hasFiniteVerb(t)) t = t.replace(POSSESSED_ACT, possessedAct);
  // "The meeting took place in Lisbon and included Liv Varro, Dario Kell and Ada Lin": who met, and where.
  t = t.replace(MEETING_INCLUDED, (all, noun: string, where: string | undefined, who: string) => {
    const list = NAME_LIST.exec(who)?.[0];
    if (!list || list.split(' ').length > 9) return all;
    const verb = /^(?:talks|negotiations|discussions)$/i.test(noun) ? 'held talks' : 'met';
    return `${list} ${verb}${where ? ` ${where}` : ''}`;
  });
  // "... began returning, but police kept the bridges closed": what follows "but" is another story.
  const but = t.search(/,?\s+but\s+/);
  if (but > 0 && t.slice(0, but).split(' ').length >= 5) t = t.slice(0, but);
  let words = t.split(' ');
  if (words.length > MAX_WORDS) {
    // "the mayor wrote in a post that he has directed Quill to meet ...": when the saying does
    // not fit, what its speaker says they did is the title ("the mayor directed Quill ...").
    const own = SPEAKER_DID.exec(t);
    if (own) {
      t = `${own[1]} ${t.slice(own[0].length)}`;
      words = t.split(' ');
    }
  }
  if (words.length > MAX_WORDS) {
    const fitted = toldToItsVerb(t);
    if (fitted) {
      t = fitted;
      words = t.split(' ');
    }
  }
  let truncated = false;
  if (words.length > MAX_WORDS) {
    // (A statement two words over the limit with no break to stop at is kept whole rather than cut
    // mid-phrase: "... devolved into a shouting match".)
    // Prefer to stop at a clause break once the title says enough; else before a second verb
    // phrase or a trailing phrase ("... and activated", "... with 140 mph winds"), which leaves
    // a whole statement; else mid-phrase, marked as cut.
    const cut = words.findIndex((w, i) => i >= 5 && /[,;:]$/.test(w));
    const phrase = lastPhraseBreak(words);
    if (cut >= 0 && cut < MAX_WORDS) {
      words = words.slice(0, cut + 1);
      truncated = true;
    } else if (phrase) words = words.slice(0, phrase);
    else if (words.length > MAX_WORDS + 2) {
      // (Still marked as cut: a title that had to drop words ranks as before, only reads cleaner.)
      words = words.slice(0, cleanBreak(words) ?? nounPhraseEnd(words) ?? MAX_WORDS);
      truncated = true;
    } else truncated = true; // (kept whole, but ranked as the cut title it used to be)
  }
  let title = words.join(' ').replace(/[\s,;:.!?"”“'’)(-]+$/u, '');
  while (TRAILING_FILLER.test(title)) title = title.replace(TRAILING_FILLER, '').replace(/[\s,;:]+$/, '');
  {
    // A cut that leaves a second verb without its object ("reported a 9% fall in revenue and
    // forecast"), or only the subject of what was told ("told a London court that Lucan
    // Ebbering"), drops it; not after a saying ("said that all depositors" is the saying's).
    title = title.replace(/\s+and\s+(?:\p{Ll}+ed|forecast|set|cut|put|made|took|gave|held|began|sold|bought|sent|met|won|lost|left|told|said)$/u, '');
    const that = /\s+that\s+(?:(?:the|a|an)\s+)?(?:\S+\s+){0,2}\S+$/u.exec(title);
    const before = that ? title.slice(0, that.index) : '';
    if (that && findHappenings(before).pop()?.cls !== 'statement' && !SAYING_NOT_LISTED.test(before)) title = before;
  }
  // "A new peace plan drawn up by the US with ...": a noun and the participle of its making, with
  // the maker, told as the maker's act ("The US drew up a new peace plan with ...").
  if (!hasFiniteVerb(title)) {
    title = title.replace(PASSIVE_NOUN_PHRASE, (all, thing: string, participle: string, particle: string | undefined, agent: string, rest: string) => {
      const past = pastTense(participle);
      if (!past || past === participle && !/ed$/.test(past)) return all;
      return `${agent.replace(/^the\b/, 'The')} ${past}${particle ?? ''} ${thing.replace(/^(?:A|An|The)\b/, (d) => d.toLowerCase())}${rest}`;
    });
    // "Ruiz, speaking to about 2,500 workers": a name and its participle, with no verb after them,
    // tell what the name did ("Ruiz spoke to about 2,500 workers").
    title = title.replace(/^((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*),\s+(\p{Ll}{3,}ing)\b/u, (all, who: string, verb: string) => {
      const past = pastTense(verb);
      return past && past !== verb ? `${who} ${past}` : all;
    });
  }
  // Some outlets write a double quotation mark as two single ones (‘‘…’’): a title, unlike a quote,
  // is our own text, so it takes the one mark (and a mark the cut left open is closed alike).
  title = title.replace(/‘‘/g, '“').replace(/’’/g, '”');
  // An opening quotation mark stays only when the title also closes it ("“We will not give up,” she said").
  title = title.replace(/^\s+/, '');
  const closes = (title.startsWith('“') && title.includes('”')) || (title.startsWith('"') && title.indexOf('"', 1) > 0);
  if (!closes) title = title.replace(/^["“'‘\s]+/, '');
  // Balance a quotation mark left open by the cut.
  if ((title.match(/“/g) ?? []).length > (title.match(/”/g) ?? []).length) title += '”';
  if ((title.match(/"/g) ?? []).length % 2) title += '"';
  return truncated ? title + TRUNCATED : title;
}

// The verb an act's noun is done with: "launched an invasion", "made a visit".
const DONE_WITH: Array<[RegExp, string]> = [
  [/^(?:invasion|attack|offensive|assault|raid|bombing|crackdown|campaign|incursion|blockade)$/i, 'launched'],
  [/^(?:visit|trip|tour|bid|offer|approach)$/i, 'made'],
];
const POSSESSED_ACT = new RegExp(
  String.raw`^([Tt]he\s+\p{L}[\p{L}.'’-]*|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})['’]s\s+((?:[\p{L}-]+,?\s+){0,3}?)(invasion|attack|offensive|assault|raid|bombing|crackdown|campaign|incursion|blockade|visit|trip|tour|bid|offer|approach)\b`,
  'u',
);

/** "the junta’s second, brief incursion" → "The junta launched its second, brief incursion"; a person's act takes "a". */
function possessedAct(all: string, who: string, mods: string, noun: string): string {
  const verb = DONE_WITH.find(([re]) => re.test(noun))?.[1];
  if (!verb) return all;
  // (A name of two words or more is a person's, whose "his" or "her" the words do not tell.)
  const person = !/^the\s/i.test(who) && who.trim().split(/\s+/).length >= 2;
  const det = person ? (/^[aeiou]/i.test(mods || noun) ? 'an' : 'a') : 'its';
  return `${who.replace(/^the\b/, 'The')} ${verb} ${det} ${mods}${noun}`;
}

// "The meeting took place in Lisbon and included ...", "The talks were held in Marlow and involved ...".
const MEETING_INCLUDED =
  /^(?:The|A|An)\s+(?:[\p{L}-]+\s+)?(meeting|talks|summit|session|gathering|negotiations|discussions)\s+(?:(?:took place|was held|were held)\s+((?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s+and\s+)?(?:included|involved|brought together|was attended by|were attended by)\s+(.+)$/u;

// "Liv Varro, Dario Kell and Ada Lin": names, with commas and a last "and".
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}`;
const NAME_LIST = new RegExp(String.raw`^${NAME}(?:,\s+${NAME})*(?:,?\s+and\s+${NAME})?`, 'u');

// "officials said that ...": a saying and the clause it tells.
const SAID_THAT = /^(.{3,90}?\s(?:said|says|reported|announced|confirmed|disclosed|warned|told\s+(?:\S+\s+){0,2}?\S+))\s+that\s+(.+)$/u;
// The verb of a clause told: an auxiliary or a modal, else a verb in the past after its subject.
const TOLD_VERB = /\s(?:was|were|is|are|had|has|have|would|will|could|can|did|may|might|must|should)\s|(?<!\b(?:the|a|an|its|their|his|her|this|that|some|no|all)\s+)\s(?!\p{Ll}+ed\s+\p{Ll}+ed\b)\p{Ll}{3,}ed\s(?=(?:the|a|an|its|their|his|her|to|in|on|at|by|for|with|from)\s)/u;

/**
 * "The utility reported that thousands of homes in the three northern districts of the city were
 * without water": a that-clause too long to keep its verb is told with its subject's
 * head alone (no relative clause, no appositive, no place after it); else without its speaker.
 * Undefined when the verb fits as it is.
 */
export function toldToItsVerb(t: string): string | undefined {
  const said = SAID_THAT.exec(t);
  if (!said) return undefined;
  const [, speaker, content] = said as unknown as [string, string, string];
  const verb = TOLD_VERB.exec(content);
  if (!verb) return undefined;
  const subject = content.slice(0, verb.index);
  const rest = content.slice(verb.index + 1);
  const count = (x: string) => x.split(' ').filter(Boolean).length;
  // Fits when the verb and the word after it come within the limit, and no comma cuts before it.
  const fits = (head: string, subj: string) => count(head) + count(subj) + 2 <= MAX_WORDS && !/,/.test(subj);
  if (fits(`${speaker} that`, subject)) return undefined;
  let short = subject.replace(/\s+(?:who|which|that)\s.*$/u, '').replace(/,.*$/u, '');
  if (!fits(`${speaker} that`, short)) short = short.replace(/\s+(?:in|at|near|from|across|on)\s.*$/u, '');
  const withSpeaker = fits(`${speaker} that`, short) ? `${speaker} that ${short} ${rest}` : undefined;
  // Without its speaker the clause keeps its own words up to its verb; it is preferred when it is
  // whole within the limit and the speaker's version is not.
  const own = subject.replace(/\s+(?:who|which|that)\s.*$/u, '').replace(/,.*$/u, '');
  const alone = fits('', own) ? `${own.charAt(0).toUpperCase()}${own.slice(1)} ${rest}` : undefined;
  const whole = (x: string | undefined) => !!x && count(x) <= MAX_WORDS;
  return whole(withSpeaker) ? withSpeaker : whole(alone) ? alone : (withSpeaker ?? alone);
}

const ACT_VERB: Record<string, string> = { order: 'ordered', request: 'asked', invitation: 'invited', warning: 'warned', instruction: 'instructed', directive: 'directed' };
const NOMINAL_ACT =
  /^(?:[Aa]n?|[Tt]he)\s+(order|request|invitation|warning|instruction|directive)\s+from\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*|the\s+(?:\p{Ll}[\p{L}-]*\s+)?\p{Ll}[\p{L}-]*)\s+to\s+(?=(?:the|his|her|its|their|a|an)\s|\p{Lu})/u;

// A speaker (a name, or "the" and up to three words) saying, in some outlet, that they themselves
// did something: "has/have/had" and the participle, or a verb in the past.
const SPEAKER_DID =
  /^((?:[Tt]he\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+)|(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*)\s+(?:said|says|wrote|writes|posted|announced|confirmed)\s+(?:(?:in|on)\s+(?:a|an|the|his|her|its|their)\s+[^,]{2,40}?\s+)?that\s+(?:he|she|it|they)\s+(?:(?:has|have|had)\s+(?=\p{Ll}+(?:ed|en|wn)\b)|(?=\p{Ll}+ed\b))/u;

const PASSIVE_NOUN_PHRASE =
  /^((?:A|An|The)\s+(?:[\p{L}\d'’-]+\s+){0,5}?[\p{L}\d'’-]+),?\s+(\p{Ll}+(?:ed|en|wn))(\s+(?:up|out|off|down))?\s+by\s+((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})(?=\s|$)(.*)$/u;

// Verbs that tell what someone holds or foretells, whose "that" clause is what the title is about.
const SAYING_NOT_LISTED = /\b(?:promised|promises|assured|argued|believed|hoped|predicted|thought|expected|signall?ed|indicated|suggested|agreed|estimated|found|concluded|ruled)(?:\s+\S+){0,3}$/;

const PHRASE_START = /^(?:with|for|through|until|after|before|as|amid|despite|including|while|following|in|at|on|from|by|and)$/i;

/**
 * Where a title that is too long can stop and still say a whole thing: before a second verb
 * ("and activated") or before the last prepositional phrase that leaves at least six words.
 */
export function lastPhraseBreak(words: string[]): number | undefined {
  for (let i = 6; i < words.length - 2 && i <= MAX_WORDS; i++) {
    if (/^and$/i.test(words[i]!) && (/^\p{Ll}+ed$/u.test(words[i + 1]!) || (/ly$/.test(words[i + 1]!) && /^\p{Ll}+ed$/u.test(words[i + 2]!)))) return i;
  }
  // Not after a participle that needs what follows ("a meeting aimed | at ..."), and not to drop
  // a name the title had room for ("with Chilean officials"), unless the full title would cut it.
  const capital = (w: string | undefined) => !!w && /^\p{Lu}/u.test(w);
  const splitsName = capital(words[MAX_WORDS - 1]) && capital(words[MAX_WORDS]);
  for (let i = Math.min(MAX_WORDS, words.length - 1); i >= 8; i--) {
    // ("... were without water | due to a burst main": "due to" opens a phrase; "is due to sign" no.
    // "halted the race | less than ten minutes before the start": nor does a count of time.)
    const opens =
      PHRASE_START.test(words[i]!) ||
      (/^due$/i.test(words[i]!) && /^to$/i.test(words[i + 1] ?? '') && !AUXILIARY.test(words[i - 1]!)) ||
      (/^(?:less|more)$/i.test(words[i]!) && /^than$/i.test(words[i + 1] ?? '')) ||
      // "published a photograph | showing the two suspects": a participle after a noun.
      (/^\p{Ll}{3,}ing$/u.test(words[i]!) &&
        !/^(?:during|including|following|regarding|concerning|according|excluding|pending|considering|\p{Ll}*thing)$/u.test(words[i]!) &&
        /^(?:the|a|an|his|her|its|their|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|\d[\d,]*)$/i.test(words[i + 1] ?? '') &&
        /^\p{Ll}+[^,;:.\s]$/u.test(words[i - 1]!) &&
        !/ed$|ing$/.test(words[i - 1]!) &&
        !AUXILIARY.test(words[i - 1]!) &&
        !TRAILING_FILLER.test(words[i - 1]!) &&
        !CLEAN_BREAK_PREPOSITION.test(words[i - 1]!));
    if (!opens) continue;
    // "come up | with a plan", "put up | with": a particle and its preposition are one verb.
    if (/^(?:up|out|down|away|along)$/i.test(words[i - 1]!) && /^with$/i.test(words[i]!)) continue;
    if (/ed$/.test(words[i - 1]!)) {
      // "a meeting aimed | at ...", "the plan presented | by ...": the participle goes with its phrase.
      if (i - 1 >= 8 && !AUXILIARY.test(words[i - 2]!)) return i - 1;
      continue;
    }
    if (!splitsName && words.slice(i, MAX_WORDS).some(capital) && endsWhole(words.slice(0, MAX_WORDS))) return undefined;
    // "to discuss defense issues and the prospects | for a peace": the phrase belongs to what "and"
    // joined, which without it dangles; the break goes before "and".
    for (let j = i - 1; j >= Math.max(6, i - 3); j--) if (/^and$/i.test(words[j]!) && /^(?:the|a|an|its|their|his|her)$/i.test(words[j + 1]!)) return j;
    return i;
  }
  return undefined;
}

// Verbs whose object is the infinitive after them ("plans | to step down"): no break before that "to".
const TAKES_INFINITIVE =
  /^(?:plans?|planned|wants?|wanted|expects?|expected|agreed|decided|going|due|set|able|about|trying|tried|seeks?|sought|hopes?|hoped|vowed|promised|threatened|refused|failed|moved|voted|began|begins?|started|continued|needs?|needed|has|have|had|used|is|are|was|were|be|ought|likely|unlikely|ready|sure|appears?|appeared|seems?|seemed|pledged|intends?|intended|aims?|aimed|offered|declined|chose|helped|managed|prepared|preparing|planning|seeking|hoping|trying|meant|supposed|designed|needing|wanting|fighting|struggling|racing|rushing|scrambling|working)$/i;
const CLEAN_BREAK_PREPOSITION = /^(?:for|with|of|in|on|at|from|by|over|into|onto|against|toward|towards|through|across|via|under|about|amid|after|before|during|until|since|including)$/i;

/**
 * Where a title that has to be cut mid-phrase stops instead, leaving no dangling piece ("the deal
 * to end", "defense issues and the prospects"): before the last infinitive or "and" that the cut
 * would split, else before the last preposition; never shorter than six words.
 */
export function cleanBreak(words: string[]): number | undefined {
  // The cut already falls between phrases: before a verb of the clause, a preposition or "and"
  // ("a plan drawn up by the council with state officials | was condemned").
  const at = words[MAX_WORDS] ?? '';
  if (/^(?:was|were|is|are|has|have|had|will|would|and|but|to|that|which|who|when|as)$/i.test(at) || (CLEAN_BREAK_PREPOSITION.test(at) && !TRAILING_FILLER.test(words[MAX_WORDS - 1]!))) return undefined;
  const bare = (w: string | undefined) => (w ?? '').replace(/^[“"‘']+|[”"’',;:]+$/gu, '');
  let preposition: number | undefined;
  for (let i = MAX_WORDS - 1; i >= 6; i--) {
    const w = words[i]!;
    const next = words[i + 1] ?? '';
    if (/[,;:]$/.test(words[i - 1]!)) return i;
    // "the deal to end | the conflict": an infinitive the cut splits, not one its verb needs
    // ("plans to", "had been meant to") nor one an object's verb needs ("requiring hospitals to").
    if (/^to$/i.test(w) && i >= MAX_WORDS - 4 && /^\p{Ll}/u.test(next) && !TAKES_INFINITIVE.test(bare(words[i - 1])) && !OBJECT_CONTROL.test(bare(words[i - 2])) && !CLEAN_BREAK_PREPOSITION.test(next)) return i;
    // "defense issues and the prospects | for": a second noun phrase whose own phrase is cut.
    if (/^and$/i.test(w) && /^(?:the|a|an|its|their|his|her)$/i.test(next)) return i;
    if (preposition === undefined && CLEAN_BREAK_PREPOSITION.test(w) && !/ed$/.test(words[i - 1]!)) preposition = i;
  }
  // Back to a preposition only when the plain cut would end on a word that wants more ("a 500-tonne").
  return preposition !== undefined && !endsWhole(words.slice(0, MAX_WORDS)) ? preposition : undefined;
}

// Where a noun phrase has ended: before a function word, a clause's verb or a punctuation mark.
const PHRASE_OVER = /^(?:to|and|or|but|that|which|who|whose|when|where|as|for|in|on|at|by|with|from|after|before|while|of|into|over|during|since|until|amid|because|than|was|were|is|are|has|have|had|will|would|said|says)$/i;

/**
 * "had suffered two power | failures in the hours ...", "its heavy | military hardware to ...": a cut
 * inside a noun phrase goes on to the phrase's end when that is at most two words on.
 */
export function nounPhraseEnd(words: string[]): number | undefined {
  // (Not after a function word, which the cut's own trimming backs off from: "the conduct of | the war".)
  if (PHRASE_OVER.test(words[MAX_WORDS] ?? '') || /[,;:.]$/.test(words[MAX_WORDS - 1]!)) return undefined;
  if (TRAILING_FILLER.test(words[MAX_WORDS - 1]!)) {
    let kept = words.slice(0, MAX_WORDS).join(' ');
    while (TRAILING_FILLER.test(kept)) kept = kept.replace(TRAILING_FILLER, '').trimEnd();
    // (Unless the trimming would end on a preposition: "an investigation into | the rebellion".)
    if (!CLEAN_BREAK_PREPOSITION.test(kept.split(' ').at(-1) ?? '')) return undefined;
  }
  for (let k = MAX_WORDS + 1; k <= MAX_WORDS + 2 && k <= words.length; k++) {
    // A verb is no part of the noun phrase: "that founder Noor Ashdown | told him".
    const added = words[k - 1]!.replace(/[,;:.”"’]+$/u, '');
    if (/^\p{Ll}{2,}ed$/u.test(added) || IRREGULAR_PAST.test(added)) return undefined;
    if (k === words.length || /[,;:.]$/.test(words[k - 1]!) || PHRASE_OVER.test(words[k]!)) return k;
  }
  return undefined;
}

const OBJECT_CONTROL = /^(?:requir\w*|urg\w*|ask\w*|order\w*|direct\w*|told|tell\w*|allow\w*|forc\w*|push\w*|want\w*|expect\w*|invit\w*|encourag\w*|instruct\w*|persuad\w*|help\w*|enabl\w*|authori[sz]\w*)$/i;

const AUXILIARY = /^(?:am|is|are|was|were|be|been|being|has|have|had|get|gets|got|getting)$/i;

/**
 * Whether the first words, cut there, end on something a phrase can end on: not on a function
 * word, a possessive ("Chile's"), a compound modifier ("full-scale") or a verb form wanting its
 * object ("ending", "presented").
 */
function endsWhole(words: string[]): boolean {
  let kept = words.join(' ').replace(/[\s,;:.!?"”“'’)(-]+$/u, '');
  while (TRAILING_FILLER.test(kept)) kept = kept.replace(TRAILING_FILLER, '').replace(/[\s,;:]+$/, '');
  const last = kept.split(' ').at(-1) ?? '';
  return !/['’]s$|-|(?:ing|ed)$/u.test(last);
}

/** How good a candidate title (as `compressClause` gives it) is: specific, self-contained, short. */
export function finishTitle(t: string): string {
  const s = t.replace(TRUNCATED, '');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function titleQuality(raw: string): number {
  const title = raw.replace(TRUNCATED, '');
  const words = title.split(' ').length;
  let q = 0;
  if (/^\p{Ll}/u.test(title) && !/^(?:the|a|an)\b/.test(title)) q -= 2;
  if (/\b(?:will|would|was|were|is|are|has|have|had|to)$/.test(title)) q -= 2;
  if (raw.endsWith(TRUNCATED)) q -= 1.5;
  if (/[“"‘]\S*$|[“"]\S+[”"]?$/u.test(title) || /\b(?:said|says|told)\b/.test(title)) q -= 1;
  if (PRONOUN_START.test(title)) q -= 3;
  // "“We'll be rebuilding,” Bellamy said": words said, not what happened.
  if (/^["“]/.test(title)) q -= 1.5;
  // "The Defence Ministry said": who spoke, not what happened.
  if (/\b(?:said|says|told|added|announced|reported|confirmed)$|\btold\s+(?:reporters|journalists|the\s+press|lawmakers|senators)$/.test(title)) q -= 3;
  // "The utility reported that thousands of homes in the north": what was told, without its verb.
  if (THAT_WITHOUT_VERB.test(title)) q -= 2;
  // "The crash was the airline's third": a subject and what it was, no happening.
  if (PREDICATE_NOUN.test(title)) q -= 1.5;
  // "The coach called the signing “a coup”": words quoted, at the end.
  if (/["“][^"”]*["”]$/u.test(title)) q -= 1;
  // "The president ordered his security team": an order, a request, without what was asked.
  if (UNSAID_ORDER.test(title)) q -= 2;
  // "In a televised address": a setting, with no one doing anything in it.
  if (/^(?:in|at|on|during|with|by|from|after|before)\s/i.test(title)) q -= 2;
  // "The ruling, issued by Judge Ruiz": a noun and its participle, no statement of what happened.
  if (/^[^,]+,\s+\p{Ll}+(?:ed|en)\s+(?:by|on|in|at|to)\b[^,]*$/u.test(title)) q -= 1.5;
  if (/^(?:the|a|an)\s+\p{Ll}/u.test(title)) q -= 1;
  // "The two presidents’ meeting", "A new plan drawn up by the council": a noun phrase
  // names a happening but does not tell it.
  if (!hasFiniteVerb(title)) q -= 1.5;
  // (A short title that names who did what is whole: "Liv Varro joined Orbis", "Dario Kell resigned".)
  if (words < 4) q -= /^(?!(?:The|A|An|This|That|It|Its)\b)\p{Lu}/u.test(title) && words >= 3 && findHappenings(title).some((h) => h.cls !== 'statement') ? 0.5 : 3;
  q += 0.25 * Math.min(words, 8);
  if (words > MAX_WORDS - 1) q -= 1;
  q += Math.min(3, (title.match(/(?<!^)\b\p{Lu}\p{Ll}+/gu) ?? []).length * 0.5);
  return q;
}

// "The crash was Aerona's third": a copula and a noun phrase right after the subject.
const PREDICATE_NOUN = /^(?:[\p{L}'’-]+\s+){1,4}(?:was|were|is|are)\s+(?:(?:the|a|an|its|their|his|her)\s+|\p{Lu}[\p{L}'’-]*['’]s\s+)/u;

// A saying's that-clause with no verb of its own.
const THAT_WITHOUT_VERB =
  /\b(?:said|says|reported|announced|confirmed|disclosed|warned|told\s+\S+)\s+that\s+(?!.*\s(?:was|were|is|are|had|has|have|would|will|could|can|did|may|might|must|should|\p{Ll}{2,}ed)(?:\s|$)).+$/u;

// A verb of asking someone to act, ending on who was asked: what they were asked is missing.
const UNSAID_ORDER =
  /\b(?:ordered|asked|urged|directed|instructed|told|requested|invited|pressed|called on)\s+(?:(?:his|her|its|their|the|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}(?:team|staff|officials|aides|troops|forces|ministers|advisers|advisors|agencies|commanders|envoys?|him|her|them|us)$/u;

const FINITE = /\b(?:am|is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|did|does|do|says|said)\b/i;
const IRREGULAR_PAST =
  /^(?:met|took|gave|held|began|went|came|left|sent|won|lost|struck|spoke|flew|ran|led|saw|told|made|cut|set|put|hit|quit|fell|rose|broke|shut|sold|bought|brought|fought|caught|kept|found|paid|wrote|drove|chose|stood|sat|spent|built|sank|drew|grew|threw|knew|became|swore|shook|froze|stole|woke|hung|fled|fed|dealt|meant|felt|laid|let|lit|overtook|undertook|withdrew|upheld|oversaw|struck|sought|taught|thought|bore|tore|wore|rang|sang|sprang|slid|spread|stuck|stung|swept|swung|wound|won|beat|bid|burst|cast|cost|hurt|shed|split|thrust|upset)$/i;
// Words before which an "-ed" word is an adjective, not a verb ("the planned talks").
const DETERMINER_BEFORE = /^(?:the|a|an|its|their|his|her|our|this|that|these|those|some|any|no|all|newly|long|widely|so-called|u\.s\.-\S+)$/i;

/**
 * Whether a title tells something ("Norvia told ...", "The meeting ended") rather than naming it
 * ("The two presidents' meeting"): an auxiliary, a modal, a verb in the past after
 * its subject, or a present verb in "-s" after a name or a noun. Heuristic, and cheap: no tagger.
 */
export function hasFiniteVerb(title: string): boolean {
  if (FINITE.test(title)) return true;
  const words = title.split(' ');
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!.replace(/[,;:.!?”"’)]+$/u, '');
    const before = words[i - 1]!.replace(/[,;:]+$/, '');
    if (DETERMINER_BEFORE.test(before)) continue;
    // "drawn up by", "held in Lisbon": a participle after its noun, with its agent or place, is no verb.
    const next = words[i + 1] ?? '';
    if ((/^\p{Ll}+(?:ed|en|wn)$/u.test(w) || IRREGULAR_PAST.test(w)) && ((/,$/.test(words[i - 1]!) && /^(?:by|in|at|on|for|to|from|with|under|up)$/i.test(next)) || (/^\p{Ll}/u.test(before) && /^by$/i.test(next) && /^(?:the|a|an|\p{Lu})/u.test(words[i + 2] ?? '')))) {
      continue;
    }
    if (/^\p{Ll}{2,}ed$/u.test(w) || IRREGULAR_PAST.test(w)) return true;
    // "Pellmar cuts jobs", "shares rise": a present verb after its subject.
    if (/^(?:rises|falls|cuts|says|plans|opens|closes|ends|begins|meets|signs|wins|loses|takes|makes|gets|goes|hits|leaves|quits|agrees|announces|approves|rejects|launches|starts|names|calls|visits|votes)$/.test(w)) return true;
  }
  return false;
}
