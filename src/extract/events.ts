/** From clusters of mentions to timeline events: dates, titles, names, citations, stable ids. */
import { compareStrings as cmp } from '../lib/compare';
import type { TimelineEvent } from '../schema';
import type { Cluster } from './merge';
import { byCourt, type Mention } from './mentions';
import { MONTH_FULL, WEEKDAY, YEAR } from './dates/patterns';
import type { NameRegistry } from './names';
import { findHappenings } from './happenings';
import { compressClause, finishTitle, titleQuality } from './titles';
import { pastTense } from './words';

/** Events this long before the article that reports them are background, not the story. */
const CONTEXT_DAYS = 180;
const DAY = 86_400_000;

export function slugify(text: string, maxWords = 7): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w && !/^(?:the|a|an|of|to|and|in|on|at|for|with|by)$/.test(w));
  return words.slice(0, maxWords).join('-') || 'event';
}

// A new verb phrase starts after these, when a lower-case word follows ("... and plans to step down").
const BOUNDARY = /(?:,\s|\s(?:and|but|who|which|while|after|before)\s)(?=\p{Ll})/gu;
const NOT_A_VERB = /^(?:the|a|an|that|this|these|those|his|her|its|their|our|my|to|of|in|on|at|for|with|by|from|as|he|she|they|it|we|i|you)\b/i;

const OPENS_ON_VERB =
  /^[\s,]*(?:who\s+|which\s+)?(?:\p{Ll}+ed|said|told|met|made|took|gave|held|began|went|came|left|sent|won|lost|struck|spoke|flew|ran|led|saw|will|would|has|had|was|were)\b/u;

/**
 * A clause that starts with its verb ("returned to Wrenport", "who declared a state of emergency")
 * gets its actor as subject.
 */
function withSubject(title: string, m: Mention, names: NameRegistry): string {
  const verbPhrase = title.replace(/^[\s,]*(?:(?:who|which|and|but|then|and then)\s+)?/i, '');
  // "visiting India" is a participle: with a subject it is still no sentence.
  if (!/^\p{Ll}/u.test(verbPhrase) || NOT_A_VERB.test(verbPhrase) || /^\p{L}+ing\b/u.test(verbPhrase)) return title;
  const actor = m.actor ? names.display(m.actor) : undefined;
  // (An actor named inside the phrase is no subject of it: the noun phrase before it may be.)
  const subject = actor ? (verbPhrase.includes(actor) ? subjectBefore(m.sentence.text, verbPhrase) : actor) : (openingNounPhrase(m.sentence.text) ?? subjectBefore(m.sentence.text, verbPhrase));
  // ("and mechanics at the Transit Authority walked off": a name inside the phrase is no subject of it.)
  return subject && !verbPhrase.includes(subject) ? `${subject} ${verbPhrase}` : title;
}

/**
 * "The cause, two engineers said later, was a cracked weld": the noun phrase the sentence opens on,
 * right before the verb phrase but for a saying set off by commas.
 */
function subjectBefore(text: string, verbPhrase: string): string | undefined {
  const at = text.indexOf(verbPhrase);
  if (at <= 0) return undefined;
  const before = text.slice(0, at).replace(/,\s+(?:[\p{L}.'’-]+\s+){0,6}?(?:said|say|says)(?:\s+\p{Ll}+)?,\s*$/u, '').trim();
  return /^(?:The|A|An|Its|Their)\s+(?:[\p{L}\d'’-]+\s+){0,4}[\p{L}'’-]+$/u.test(before) ? before : undefined;
}

/** "The central bank raised rates ..., and cut them": the noun phrase the sentence opens on, before its first happening. */
function openingNounPhrase(text: string): string | undefined {
  const first = findHappenings(text)[0];
  // (A market's move is matched with its subject: "Shares of the parent company plunged".)
  const before = first ? (first.index === 0 && first.cls === 'market' ? first.text.replace(/\s+\S+$/, '') : text.slice(0, first.index).trim()) : '';
  // ("Shares of the parent company plunged ... and were halted": a plural noun and what it is of.)
  // ("The new contract, worth $3 million, was signed": the noun phrase before its appositive.)
  // ("..., was signed": an auxiliary before the happening's word is the verb phrase's.)
  const phrase = before.replace(/\s+(?:(?:was|were|is|are|has|have|had)(?:\s+been)?|will(?:\s+be)?)$/, '').replace(/^([^,]+),\s[^,]+,$/, '$1');
  return /^(?:The|A|An|Its|Their|\p{Lu}\p{Ll}+s(?=\s+of\s))\s+(?:[\p{L}\d'’-]+\s+){0,4}[\p{L}'’-]+$/u.test(phrase) ? phrase : undefined;
}

// "The war, which began in February 2022, ...", "The bill, introduced in January, ...": a dated
// aside about the noun before it.
const ASIDE = /^[\s,]*(?:(?:which|who)\s+(?=\p{Ll})|(?=\p{Ll}+(?:ed|en)\s))/u;
const ANTECEDENT = /(?:^|[,;:]\s*)((?:(?:the|a|an|its|their|his|her)\s+(?:[\p{L}\d'’-]+\s+){0,3}[\p{L}'’-]+)|(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}))\s*$/iu;

const SINCE_CLAUSE = /\bsince\s+(?=(?:the|a|an)\s|\p{Lu})/gu;
const APPOSITION_BEFORE = /^\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*,\s+(?:the|a|an|its|their|his|her)\s[^,]{2,80}(?:,\s*)?$/u;

const NAME_BEFORE_WHO = /(?:^|\s)((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]*)\s*,?\s*$/u;
const NEAREST_NOUN = /.*\b((?:the|its|their|his|her)\s+(?:[\p{L}\d'’-]+\s+){0,3}[\p{L}'’-]+)[\s,]*$/iu;

// "The merger, approved on Friday, ...": a noun phrase, and an aside of a participle that the date is in.
const WIDE_ASIDE = /^[\s,]*((?:the|a|an|its|their|his|her)\s+(?:[\p{L}\d'’-]+\s+){0,3}[\p{L}'’-]+),\s+((?:\p{Ll}+(?:ed|en)|held|made|built|set|sent|sold|bought|paid|laid|led|won|struck|brought|cut)\s[^,;:]*)(?:,|$)/iu;

// What a verb's object opens on: a determiner, a figure, or a name that is not a day's or a month's.
const OBJECT_AFTER_VERB = new RegExp(String.raw`^\s+(?:(?:a|an|the|its|their|his|her|our|this|these|those)\s|[$£€]?\d|(?!(?:${WEEKDAY}|${MONTH_FULL})\b)\p{Lu})`, 'u');

/** The aside told of the noun it hangs on: "The war began", "The bill was introduced". */
function asideTold(m: Mention): string | undefined {
  // "The merger, approved on Friday, ...": the clause may open on the noun the aside hangs on.
  const wide = WIDE_ASIDE.exec(m.clause);
  if (wide && m.dateText && wide[2]!.includes(m.dateText) && !OBJECT_AFTER_VERB.test(wide[2]!.replace(/^\p{L}+/u, ''))) {
    const noun = wide[1]!;
    return `${noun.replace(/^\p{Ll}/u, (c) => c.toUpperCase())} ${/[^s]s$/i.test(noun) ? 'were' : 'was'} ${wide[2]!.replace(/[\s,.]+$/, '')}`;
  }
  if (!ASIDE.test(m.clause)) return undefined;
  const at = m.segment.indexOf(m.clause);
  // "Mosse, the company's former finance chief, pleaded guilty": the noun before is an apposition
  // to the name the sentence opens on, and the verb after it that name's own.
  if (at > 0 && APPOSITION_BEFORE.test(m.segment.slice(0, at)) && !/^[\s,]*(?:which|who)\s/i.test(m.clause)) return undefined;
  const relative = /^[\s,]*(?:which|who)\s/i.test(m.clause);
  // "rebuilding the bridge, which opened in 1977": a relative pronoun hangs on the noun right before
  // it, in the sentence (the part before may be another date's segment).
  const inSentence = m.sentence.text.indexOf(m.clause);
  // "The charity, Brightwell Trust, offered a grant on Tuesday", "Norvia, meanwhile, hired Ada
  // Lin": a verb with its object is the sentence's own verb, after a subject in apposition or an
  // adverb; a participle of an aside takes none ("The merger, approved on Friday, ...").
  if (!relative && OBJECT_AFTER_VERB.test(m.clause.replace(/^[\s,]*\p{L}+/u, ''))) return undefined;
  const noun =
    (at > 0 ? m.segment.slice(0, at).match(ANTECEDENT)?.[1] : undefined) ??
    (relative && inSentence > 0 ? m.sentence.text.slice(0, inSentence).match(NEAREST_NOUN)?.[1] : undefined) ??
    // "among them former finance chief Ivo Stroud, who is to be sentenced": the name right before "who".
    (/^[\s,]*who\s/i.test(m.clause) && inSentence > 0 ? m.sentence.text.slice(0, inSentence).match(NAME_BEFORE_WHO)?.[1] : undefined);
  if (!noun) return undefined;
  let told = m.clause.replace(/^[\s,]*(?:(?:which|who)\s+)?/i, '').replace(/[\s,.]+$/, '');
  // "which opened in 1977 and carried 30,000 vehicles a day": what follows its date with "and" is no part of it.
  const dateEnd = m.dateText ? told.indexOf(m.dateText) + m.dateText.length : -1;
  const and = dateEnd > 0 ? told.slice(dateEnd).search(/\s+and\s+\p{Ll}/u) : -1;
  if (and >= 0) told = told.slice(0, dateEnd + and);
  // "who works closely with Kiev and is due to step down in January": of two verbs joined by "and",
  // the one the date is told with.
  const dateAt = m.dateText ? told.indexOf(m.dateText) : -1;
  const second = dateAt > 0 ? [...told.slice(0, dateAt).matchAll(/\s+and\s+(?=(?:is|are|was|were|has|have|had|will|would)\s)/g)].pop() : undefined;
  if (relative && second) told = told.slice((second.index ?? 0) + second[0].length);
  const be = relative ? '' : /[^s]s$/i.test(noun) ? 'were ' : 'was ';
  return `${noun.replace(/^\p{Ll}/u, (c) => c.toUpperCase())} ${be}${told}`;
}

/** A lower-case happening word ("cut them") or a verb in the third person ("plans to") first. */
function startsWithVerb(text: string): boolean {
  return /^\p{Ll}/u.test(text) && (findHappenings(text)[0]?.index === 0 || /^\p{Ll}+s\b/u.test(text));
}

// Where what was said reaches another date: "... by the end of May", "... on Friday".
const BEFORE_OTHER_DATE = /\s+(?:(?:by|on|in|at|until|before|after|from|since|through)\s+)?(?:(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+|(?:early|late|mid-?)\s*)?$/i;

/**
 * "The Army Corps said last week that it expected to reopen the channel by the end of May": a
 * saying whose part of the sentence ends with it ("... said last week") told with what was said, up
 * to the other date; undefined when the mention's own part already says more.
 */
function sayingWithWhatWasSaid(m: Mention): string | undefined {
  if (m.cls !== 'statement' || !m.dateText || !/\b(?:said|says|told|announced|warned|stated)\s*[,.]?\s*$/.test(m.segment.replace(m.dateText, '').trimEnd())) return undefined;
  const text = m.sentence.text;
  const at = text.indexOf(m.segment);
  if (at < 0) return undefined;
  const after = at + m.segment.length;
  const other = OTHER_DATE.exec(text.slice(after));
  const end = other ? after + other.index : text.length;
  const told = text.slice(0, end).replace(BEFORE_OTHER_DATE, '');
  return told.length > m.segment.length + 10 ? told : undefined;
}

// "the junta’s second,", "Norvia's": a name and its possessive, with up to two adjectives, before a clause.
const POSSESSOR_BEFORE = /(?:^|\s)((?:the\s+\p{L}[\p{L}.'’-]*|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})['’]s(?:\s+[\p{L}-]+,?){0,2})[\s,]*$/u;

/** Title candidates for one mention: its clause, its sentence, and its happening's own phrase. */
function titleCandidates(m: Mention, names: NameRegistry): string[] {
  if (m.cls === 'deadline') return [setterNamed(compressClause(m.segment, m.dateText, 'deadline'), m)];
  // The sentence's main clause is not what the aside's date tells of.
  const aside = asideTold(m);
  if (aside) return [compressClause(aside, m.dateText)];
  // "Ebbering had lived in Dubai since a grand jury indicted him in November 2022": the dated
  // happening is what the since-clause tells, and "him" the person the sentence is about.
  const since = [...m.clause.slice(0, m.happeningAt).matchAll(SINCE_CLAUSE)].pop();
  const sinceTold = since && m.clause.slice((since.index ?? 0) + since[0].length);
  if (sinceTold && sinceTold.trim().split(/\s+/).length >= 5) {
    const who = m.actor && m.people.includes(m.actor) ? names.display(m.actor) : undefined;
    return [compressClause(who ? sinceTold.replace(/\b(?:him|her)\b/, who) : sinceTold, m.dateText)];
  }
  // Only a clause that itself opens on its verb lacks a subject ("with plans for ..." opens on a noun);
  // "..., and cut them in October" opens on one after its connector.
  const opensOnVerb = (text: string) => {
    const rest = text.replace(/^[\s,]*(?:(?:and|but|then|and then)\s+)/i, '');
    return OPENS_ON_VERB.test(rest) || (rest !== text && startsWithVerb(rest));
  };
  const adjunct = participleAdjunctTold(m);
  if (adjunct) return [compressClause(adjunct, m.dateText)];
  const out = [m.clause, m.segment].map((t) => compressClause(opensOnVerb(t) ? withSubject(t, m, names) : t, m.dateText));
  const told = sayingWithWhatWasSaid(m);
  if (told) out.push(compressClause(told, m.dateText));
  // "since the junta’s second, brief incursion in 2011": a clause cut at the comma between two
  // adjectives goes on with the name whose act it names.
  const at = m.segment.indexOf(m.clause);
  const owner =
    at > 0 && /^[\s,]*\p{Ll}/u.test(m.clause) && !opensOnVerb(m.clause) && !/^[\s,]*(?:after|before|in|on|at|with|for|from|by|as|while|when|and|but|or|which|who|that|to|of)\b/i.test(m.clause)
      ? POSSESSOR_BEFORE.exec(m.segment.slice(0, at))?.[1]
      : undefined;
  if (owner) out.push(compressClause(`${owner}${/^,/.test(m.clause) ? '' : ' '}${m.clause.replace(/^\s+/, '')}`, m.dateText));
  const cut = [...m.clause.slice(0, m.happeningAt).matchAll(BOUNDARY)].pop();
  // "A child who was not vaccinated died": after "who" only its own verb ("Okafor, who toured ...").
  const relativeOfAnother = cut && /who|which/.test(cut[0]) && m.clause.slice((cut.index ?? 0) + cut[0].length, m.happeningAt).trim().split(/\s+/).length > 1;
  if (cut && !relativeOfAnother) {
    let phrase = m.clause.slice((cut.index ?? 0) + cut[0].length);
    // "... and that the United States gave the plan": a clause with its own subject.
    const ownSubject = /^(?:that|when|where|while|after|before|as|because|since)\s+(?:(?:the|a|an)\s|\p{Lu})/iu.test(phrase);
    if (ownSubject) phrase = phrase.replace(/^\w+\s+/, '');
    // "... soldiers and security officers gathered": a noun phrase after "and" is no verb phrase.
    if (ownSubject || (!NOT_A_VERB.test(phrase) && (OPENS_ON_VERB.test(phrase) || startsWithVerb(phrase)))) out.push(compressClause(ownSubject ? phrase : withSubject(phrase, m, names), m.dateText));
  }
  // "joined the bank in 2015 and has led its board since 2021": a second verb phrase told with another
  // date is that date's, not this one's.
  for (const t of [...out]) {
    const cut = t.replace(/\s+and\s+(?:has|have|had|was|were|is|are|\p{Ll}+ed)\b.*$/u, '');
    if (cut !== t && OTHER_DATE.test(t) && !OTHER_DATE.test(cut)) out.push(cut);
  }
  // "He met with Lena Mosse": named as the person the sentences before were about.
  const named = (t: string) => ownerNamed(m.referent ? referentNamed(t, names.display(m.referent)) : m.referentNoun ? t.replace(/^(?:he|she)\b/i, m.referentNoun) : t, m, names);
  const long = out.map(named).filter((t) => t.split(' ').length >= 3);
  // "..., a day after closing arguments on Tuesday": a happening named by a noun alone is its title.
  // (Not a bare "Okafor said": what was said is the event, and the whole sentence tells it better.)
  if (long.length || m.cls === 'statement' || m.cls === 'other') return long;
  return out.filter((t) => t.split(' ').length >= 2 && findHappenings(t).some((h) => h.cls === m.cls && t.endsWith(h.text)));
}

/** "It is due to rule" → "The agency is due to rule", "Its board agreed" → "Quarrow Mining’s board agreed". */
function thingNamed(t: string, thing: string, sentence: string): string {
  const mark = sentence.includes('’') || !sentence.includes("'") ? '’' : "'";
  return t.replace(/^Its\s/, `${thing}${mark}s `).replace(/^It\s/, `${thing} `);
}

/** "He met ..." → "Varro met ...", "accepted his resignation" → "accepted Dario Kell’s resignation". */
function referentNamed(t: string, name: string): string {
  if (/^(?:he|she)\b/i.test(t)) return t.replace(/^(?:he|she)\b/i, name);
  if (t.includes(name)) return t;
  const mark = t.includes('’') ? '’' : "'";
  return t.replace(/\b(?:his|her)\s+(?=(?:[\p{L}-]+\s+)?(?:resignation|departure|appointment|nomination|testimony|plea|firing|dismissal|ouster)\b)/u, `${name}${mark}s `);
}

/**
 * "Pellmar Systems will cut jobs, ..., and its board announced": a title opening on "its" names
 * the organisation the sentence is about (the clause's actor, named before the clause).
 */
function ownerNamed(t: string, m: Mention, names: NameRegistry): string {
  if (!/^its\s+\p{Ll}/iu.test(t)) return t;
  const text = m.sentence.text;
  const clauseAt = text.indexOf(m.clause);
  // The organisation the sentence opens on ("Pellmar Systems will cut ..., and its board"), or the clause's actor.
  const owner = [m.actor, ...m.names]
    .filter((k): k is string => !!k && names.kind(k) === 'org')
    .map((k) => names.display(k))
    .find((shown) => text.startsWith(shown) && clauseAt > shown.length);
  if (!owner) return t;
  const mark = text.includes('’') ? '’' : "'";
  return t.replace(/^its\b/i, /s$/.test(owner) ? `${owner}${mark}` : `${owner}${mark}s`);
}

// "Okafor said on Friday that she expected the council to vote ...": a named speaker who set the deadline.
const DEADLINE_SETTER =
  /^((?!(?:The|A|An|He|She|It|They|We|I)\b)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})\s+(?:said|says)\b[^,.;:]{0,40}?\b(?:he|she)\s+(?:expects?|expected|wants?|wanted|gave|set|sets|told|asked|urged|demanded)\s+\p{Lu}/u;

/** "Deadline for Okafor to sign ..." → "Ruiz’s deadline for Okafor to sign ...": whose deadline it is, when the sentence says. */
function setterNamed(t: string, m: Mention): string {
  const setter = t.startsWith('Deadline for ') ? DEADLINE_SETTER.exec(m.sentence.text)?.[1] : undefined;
  if (!setter) return t;
  const mark = m.sentence.text.includes('’') ? '’' : "'";
  return `${setter}${/s$/.test(setter) ? mark : `${mark}s`} deadline for ${t.slice('Deadline for '.length)}`;
}

// "Despite signing a ceasefire ..., Norvia is still ...": a participle phrase whose doer is the
// subject of the main clause after it.
const PARTICIPLE_ADJUNCT = /^[\s,]*(?:despite|after|before|while|since|by|upon|besides)\s+(?=\p{Ll}+ing\s)/iu;
// The subject's words stop before its verb: "the old levee is still ..." has "the old levee".
const NOT_VERB = String.raw`(?!(?:is|was|are|were|has|have|had|will|would|can|could|may|might|must|remains?|remained|still)\b)`;
const MAIN_SUBJECT = new RegExp(
  String.raw`^\s*,\s*((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*|(?:the|its|their)\s+(?:${NOT_VERB}[\p{L}'’-]+\s+){0,2}${NOT_VERB}[\p{L}'’-]+)\s+(?=\p{Ll})`,
  'u',
);

/** "Norvia signed a ceasefire and withdrew its troops": the participle phrase told as its subject's act. */
function participleAdjunctTold(m: Mention): string | undefined {
  const lead = PARTICIPLE_ADJUNCT.exec(m.clause);
  if (!lead) return undefined;
  const at = m.sentence.text.indexOf(m.clause);
  if (at < 0) return undefined;
  const subject = MAIN_SUBJECT.exec(m.sentence.text.slice(at + m.clause.length))?.[1];
  if (!subject || /^(?:the|its|their)\s+(?:\S+\s+)*(?:officials?|sources?)$/i.test(subject)) return undefined;
  let failed = false;
  const told = m.clause.slice(lead[0].length).replace(/(^|\band\s+)(\p{Ll}+ing)\b/gu, (_all, before: string, verb: string) => {
    const past = pastTense(verb);
    if (!past || past === verb) failed = true;
    return before + (past ?? verb);
  });
  return failed ? undefined : `${subject.replace(/^\p{Ll}/u, (c) => c.toUpperCase())} ${told}`;
}

// A date left in a title after its own was removed: another happening's, or a second one's.
const OTHER_DATE = new RegExp(
  String.raw`\b(?:${MONTH_FULL}|${WEEKDAY})\b|\b(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.\s*\d|\b${YEAR}\b(?!\s*(?:%|percent|people|troops|votes|points))`,
);
// A plan's wording (not "would", which reported speech uses for what was said).
const PLANNED_WORDS = /\b(?:due|expected|scheduled|set|planning|plans?)\s+to\b|\bwill\b/i;

/** A mention's candidate, finished as a title; "It is due to rule" named here, whichever way the candidate was made. */
const titleOf = (m: Mention, t: string) => finishTitle(m.referentThing ? thingNamed(t, m.referentThing, m.sentence.text) : t);

function bestMention(c: Cluster, names: NameRegistry): { mention: Mention; title: string } {
  const candidates = c.mentions
    .filter((m) => m.date)
    .flatMap((m) =>
      titleCandidates(m, names).map((t) => ({
        mention: m,
        title: titleOf(m, t),
        score:
          titleQuality(t) +
          (m.derivedFrom ? -1 : 0) +
          // What a participle's aside tells ("The report, released on May 2 by the inspector, found ...")
          // is the writer's side note: another report's main clause tells the happening better.
          (!/^[\s,]*(?:which|who)\s/i.test(m.clause) && asideTold(m) ? -1 : 0) +
          (m.cls === c.cls ? 1 : 0) +
          // A title should say what happened: the event's kind of happening, in words.
          (findHappenings(t).some((h) => byCourt(h.cls, t.slice(0, h.index), h.text) === c.cls) ? 1 : findHappenings(t).length ? 0 : -2) +
          // Only a saying, for a happening of another kind: who spoke, not what was done.
          (c.cls !== 'statement' && findHappenings(t).length && findHappenings(t).every((h) => h.cls === 'statement') ? -1 : 0) +
          (m.future && c.mentions.some((x) => x.date && !x.future) ? -1.5 : 0) +
          // "raised rates in January and again in April" titles neither the cut in October nor either rise alone.
          (OTHER_DATE.test(t) ? -2 : 0) +
          // "are due to gather" on the day itself, when a later article tells how it went.
          // (A saying told after the day is no plan of it: "said last week that it expected to reopen".)
          (PLANNED_WORDS.test(t) && m.published <= c.date.end && c.mentions.some((x) => x.date && x.published > c.date.end) ? -1.5 : 0) +
          (m.date!.start === c.date.start && m.date!.end === c.date.end ? 1 : 0),
      })),
    )
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.title.length - b.title.length ||
        cmp(a.mention.published, b.mention.published) ||
        cmp(a.mention.key, b.mention.key),
    );
  const first = c.mentions[0]!;
  return candidates[0] ?? { mention: first, title: titleOf(first, compressClause(first.sentence.text, first.dateText)) };
}

/** The sentence that best tells the event on its own: dated as the event, not leaning on another. */
function summaryOf(c: Cluster, titled: Mention): string {
  const sameDate = (m: Mention) => m.date && m.date.start === c.date.start && m.date.end === c.date.end;
  const pick = [titled, ...c.mentions].find((m) => sameDate(m) && !m.anaphoric && !m.future && !m.derivedFrom) ?? titled;
  return pick.sentence.verbatim ?? pick.sentence.text;
}

export function clusterToEvent(c: Cluster, names: NameRegistry, publishedOf: (source: string) => string): TimelineEvent {
  const { mention, title } = bestMention(c, names);
  const seen = new Set<string>();
  const citations = c.mentions
    .filter((m) => {
      const k = `${m.source}:${m.sentence.start}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort(
      (a, b) =>
        cmp(publishedOf(a.source), publishedOf(b.source)) ||
        cmp(a.source, b.source) ||
        a.sentence.start - b.sentence.start,
    )
    .map((m) => ({ source: m.source, quote: m.sentence.verbatim ?? m.sentence.text, paragraph: m.sentence.paragraph }));
  const dated = c.mentions.filter((m) => m.date);
  const shown = (keys: string[]) => [...new Set(keys.map((k) => names.display(k)))].sort();
  const earliestReport = dated.map((m) => m.published).sort()[0]!;
  const context = Date.parse(c.date.end) < Date.parse(earliestReport) - CONTEXT_DAYS * DAY;
  const future = dated.every((m) => m.future) && c.date.start > earliestReport;
  const tags = [...new Set([c.cls, ...(future ? ['planned'] : []), ...(context ? ['context'] : [])])];
  return {
    id: slugify(title),
    title,
    start: c.date.start,
    ...(c.date.end !== c.date.start ? { end: c.date.end } : {}),
    precision: c.date.precision,
    ...(c.date.approximate ? { approximate: true } : {}),
    dateText: c.dateText,
    summary: summaryOf(c, mention),
    ...(context ? { context: true } : {}),
    people: shown(dated.flatMap((m) => m.people)),
    places: shown(dated.flatMap((m) => m.places)),
    tags,
    citations,
  };
}

/** Ids must be unique and stable: a clash gets the date, then a counter. */
export function assignUniqueIds(events: TimelineEvent[]): TimelineEvent[] {
  const used = new Map<string, number>();
  for (const e of events) used.set(e.id, (used.get(e.id) ?? 0) + 1);
  const taken = new Set<string>();
  return events.map((e) => ({ ...e, id: claimId(e, taken, (used.get(e.id) ?? 0) > 1) }));
}

/** The event's id, or when it is taken (or `clash`) the id with the date, then a counter; now taken. */
export function claimId(e: { id: string; start: string }, taken: Set<string>, clash = false): string {
  let id = clash || taken.has(e.id) ? `${e.id}-${e.start}` : e.id;
  const base = id;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
