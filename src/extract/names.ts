/**
 * Proper names in a sentence: people, places and organisations. compromise knows first names and a
 * gazetteer of places; the rest comes from context (titles before a name, "in <Place>", a surname
 * that recurs alone), so that names it has never seen still count.
 */
import { hash } from 'node:crypto';
import nlp from 'compromise';

export type NameKind = 'person' | 'place' | 'org';

export interface FoundName {
  text: string;
  index: number;
  kind: NameKind;
  /** Lower-case, accent-free, possessive-free key used for matching. */
  key: string;
}

// Words that are capitalised for grammar, not because they name something.
const FUNCTION_WORDS = new Set(
  `a an the this that these those it its he she they we i you his her their our my your but and or so yet for nor
  on in at by to of from with as after before when while if since during despite although though because until
  also just even still only not no yes there here what which who whom whose where how why some any many much
  more most several both each every all one two three four five six seven eight nine ten first last next
  according meanwhile however instead then now later earlier today yesterday tomorrow tonight
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  mr mrs ms dr sen sens rep reps gov gen lt col sgt st jr sr`.split(/\s+/),
);

/** Role words that, written before a name, make it a person's. */
const TITLES = new Set(
  `president senator sen sens representative rep secretary minister envoy spokeswoman spokesman spokesperson
  adviser advisor chancellor general gen mr mrs ms dr judge governor gov mayor ambassador chairman chairwoman
  director chief commissioner king queen pope prince princess sheikh emir premier speaker leader`.split(/\s+/),
);
/** Titles that can trail a run of capitals ("U.S. Secretary of State"); King or Prince can be surnames. */
const TRAILING_TITLES = new Set(`president senator secretary minister envoy adviser advisor chief director leader general spokesperson`.split(' '));
/** Words that qualify a title ("Army Secretary", "Crown Prince"); dropped only when a title follows. */
const TITLE_MODIFIERS = new Set(
  `vice prime deputy special army navy air defense defence foreign state principal crown former acting first`.split(/\s+/),
);

/** Lower-case words that, in an appositive right after a name, mark it as a person. */
const ROLE_AFTER = /^,\s+(?:the\s+|a\s+|an\s+|who\s+|whose\s+)?(?:[\p{L}-]+\s+){0,3}?(?:secretary|minister|envoy|adviser|advisor|spokes\w+|official|chief|head|leader|negotiator|president|senator|chairman|director|ambassador|ally|insider|confidant|aide|son-in-law|daughter|wife|husband|lawmaker|general|commander|founder|executive)\b/iu;

const PLACE_PREPOSITION = /\b(?:in|at|to|from|near|outside|inside|across|into|toward|towards|via)\s+(?:the\s+)?$/i;

// A run of capitalised words, allowing lower-case particles inside names (bin Tarek, van der Leyen).
// A possessive ends a name ("Norway's Supreme Court" is two names).
const NAME_WORD = String.raw`(?:[\p{Lu}]\.(?:[\p{Lu}]\.)+|[\p{Lu}](?:[\p{L}\p{M}-]|['’](?![sS]\b))*(?:['’][sS]\b)?)`;
const NAME_RUN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${NAME_WORD}(?:(?<!['’][sS])\s+(?:(?:bin|ibn|al|de|del|der|van|von|da|di|du|la|le)\s+)?${NAME_WORD})*`,
  'gu',
);

export function nameKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]s$/u, '')
    .replace(/[.'’]/g, '')
    .toLowerCase()
    .trim();
}

/**
 * compromise's answers about single words and short phrases (their tags; whether a phrase names a
 * place, or a broad one), worked out once per process, and kept by the caller from run to run
 * (`rememberWordAnswers`): each is a function of the text and compromise's version alone, and a
 * new article is mostly words an earlier run asked about (tagging them was half its analysis).
 */
export interface WordAnswers {
  tags: Record<string, string[]>;
  place: Record<string, boolean>;
  broad: Record<string, boolean>;
}

const tagCache = new Map<string, Set<string>>();
const placeCache = new Map<string, boolean>();
const broadCache = new Map<string, boolean>();

/**
 * Seeds this process's answers with those of an earlier run (of the same compromise and code); the
 * function returned gives all the answers known then, to keep (they are few: a corpus's proper nouns).
 */
export function rememberWordAnswers(seed?: WordAnswers): () => WordAnswers {
  if (seed) {
    for (const [w, t] of Object.entries(seed.tags)) if (!tagCache.has(w)) tagCache.set(w, new Set(t));
    for (const [p, v] of Object.entries(seed.place)) if (!placeCache.has(p)) placeCache.set(p, v);
    for (const [p, v] of Object.entries(seed.broad)) if (!broadCache.has(p)) broadCache.set(p, v);
  }
  const all = <T, U>(cache: Map<string, T>, as: (v: T) => U): Record<string, U> =>
    Object.fromEntries([...cache.keys()].sort().map((k) => [k, as(cache.get(k)!)]));
  return () => ({ tags: all(tagCache, (t) => [...t]), place: all(placeCache, (v) => v), broad: all(broadCache, (v) => v) });
}

function tagsOf(word: string): Set<string> {
  let t = tagCache.get(word);
  if (!t) {
    const terms = nlp(word).json()[0]?.terms ?? [];
    t = new Set<string>(terms.flatMap((x: { tags: string[] }) => x.tags));
    tagCache.set(word, t);
  }
  return t;
}

function isFirstName(word: string): boolean {
  return tagsOf(word).has('FirstName');
}
/** Every word of the phrase is part of a place compromise knows ("Buenos Aires", "Nova Scotia"). */
function isPlaceWord(phrase: string): boolean {
  let v = placeCache.get(phrase);
  if (v === undefined) {
    const terms: Array<{ tags: string[] }> = nlp(phrase).json()[0]?.terms ?? [];
    v = terms.length > 0 && terms.every((x) => x.tags.includes('Place'));
    placeCache.set(phrase, v);
  }
  return v;
}
/** Countries and regions: too broad to tell one happening's place from another's. */
export function isBroadPlace(phrase: string): boolean {
  let v = broadCache.get(phrase);
  if (v === undefined) {
    const terms: Array<{ tags: string[] }> = nlp(phrase).json()[0]?.terms ?? [];
    v = terms.length > 0 && terms.some((x) => x.tags.includes('Country') || x.tags.includes('Region'));
    broadCache.set(phrase, v);
  }
  return v;
}

function isDemonym(word: string): boolean {
  return tagsOf(word).has('Demonym') || /^[\p{Lu}][\p{Ll}]+(?:ian|ean|ese|ish|ic|i)$/u.test(word);
}

function stripPossessive(s: string): string {
  return s.replace(/['’]s$/u, '').replace(/['’]$/u, '');
}

/**
 * Names in one sentence, in order. `skip` are [start, end) ranges to ignore (dates found earlier);
 * `known` are name keys seen mid-sentence elsewhere, which makes a sentence-initial word a name.
 */
export function findNames(
  sentence: string,
  skip: Array<[number, number]> = [],
  known: ReadonlySet<string> = new Set(),
): FoundName[] {
  const out: FoundName[] = [];
  for (const m of sentence.matchAll(NAME_RUN)) {
    let words = m[0].split(/\s+/);
    let index = m.index ?? 0;
    if (skip.some(([a, b]) => index < b && index + m[0].length > a)) continue;
    // Drop leading function words and titles ("On", "The", "President"), remembering a title.
    let titled = false;
    while (words.length) {
      const w = nameKey(words[0]!);
      const next = words[1] ? nameKey(words[1]) : '';
      const modifiesTitle = TITLE_MODIFIERS.has(w) && (TITLES.has(next) || TITLE_MODIFIERS.has(next));
      if (FUNCTION_WORDS.has(w) || (TITLES.has(w) && words.length > 1) || modifiesTitle || (isDemonym(words[0]!) && words.length > 1 && (TITLES.has(next) || TITLE_MODIFIERS.has(next) || isFirstName(words[1]!)))) {
        titled ||= TITLES.has(w);
        index += words[0]!.length + (sentence.slice(index + words[0]!.length).match(/^\s+/)?.[0].length ?? 0);
        words = words.slice(1);
      } else break;
    }
    while (words.length > 1 && TRAILING_TITLES.has(nameKey(words[words.length - 1]!))) words = words.slice(0, -1);
    if (!words.length) continue;
    // "Special Envoy for Sudan", "Secretary of State": a title phrase, not a name.
    if (words.length === 1 && TITLES.has(nameKey(words[0]!)) && /^\s+(?:for|of|to)\s/.test(sentence.slice((m.index ?? 0) + m[0].length))) continue;
    // A trailing title-like word belongs to what follows, not to the name.
    let text = stripPossessive(words.join(' ').replace(/[.,]$/, (p) => (/\p{Lu}\.$/u.test(words.join(' ')) ? p : '')));
    if (text.length < 2) continue;
    const key = nameKey(text);
    if (FUNCTION_WORDS.has(key)) continue;
    // A lone demonym ("Brazilian officials") names nobody.
    if (words.length === 1 && isDemonym(words[0]!) && !isPlaceWord(words[0]!)) continue;
    const before = sentence.slice(Math.max(0, index - 24), index);
    const after = sentence.slice((m.index ?? 0) + m[0].length);
    // A sentence-initial single word ("Despite", "Echoing") is a name only if it is known to be one.
    if (index === 0 && words.length === 1 && !known.has(key) && !isPlaceWord(text) && !isFirstName(text)) {
      const t = tagsOf(text);
      if (!t.has('ProperNoun') && !t.has('Person') && !t.has('Organization') && !t.has('Acronym')) continue;
    }
    // "Labour Minister Marit van Dael": a title inside the run; the person follows it.
    const innerTitle = words.findLastIndex((w, i) => i < words.length - 1 && TITLES.has(nameKey(w)));
    if (innerTitle >= 0 && !isPlaceWord(text)) {
      const shift = words.slice(0, innerTitle + 1).join(' ').length + 1;
      words = words.slice(innerTitle + 1);
      text = stripPossessive(words.join(' '));
      index += shift;
      titled = true;
    }
    let kind: NameKind = 'org';
    const titleBefore = TITLES.has(nameKey(before.match(/([\p{L}.-]+)\s+$/u)?.[1] ?? ''));
    const firstNameAt = words.findIndex((w) => isFirstName(stripPossessive(w)));
    if (isPlaceWord(text)) {
      kind = 'place';
    } else if (firstNameAt >= 0 && words.length - firstNameAt >= 2) {
      const personWords = words.slice(firstNameAt);
      const shift = words.slice(0, firstNameAt).join(' ').length + (firstNameAt ? 1 : 0);
      text = stripPossessive(personWords.join(' '));
      index += shift;
      kind = 'person';
    } else if ((PLACE_PREPOSITION.test(before) && !titled && words.length <= 3 && !/^[\p{Lu}.]+$/u.test(text))) {
      kind = 'place';
    } else if (titled || titleBefore || (words.length >= 2 && ROLE_AFTER.test(after))) {
      kind = 'person';
    }
    out.push({ text, index, kind, key: nameKey(text) });
  }
  return out;
}

/**
 * Levenshtein distance, bounded: spelling variants of one name (Tchaikovsky, Tchaikovskiy, Chaikovsky).
 * Anything over `max` is reported as `max + 1`. Asked for many pairs of names on every run, so its two
 * rows are kept between calls rather than made anew.
 */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (rowA.length <= b.length) [rowA, rowB] = [new Int32Array(2 * b.length + 2), new Int32Array(2 * b.length + 2)];
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let least = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ai === b.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = d;
      if (d < least) least = d;
    }
    // No later row can come back under the bound.
    if (least > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[b.length]!, max + 1);
}
let rowA = new Int32Array(32);
let rowB = new Int32Array(32);

/** Two surnames (or single-word names) that are one name spelt two ways. */
export function sameNameToken(a: string, b: string): boolean {
  if (a === b) return true;
  const n = Math.min(a.length, b.length);
  if (n < 5) return false;
  return editDistance(a, b, 2) <= (n >= 7 ? 2 : 1);
}

/** Short transliterated place names (Kharkiv, Kharkov): same length, first and last letter, two edits. */
function samePlaceSpelling(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 4 || a[0] !== b[0] || a.at(-1) !== b.at(-1)) return false;
  return isPlaceWord(a.charAt(0).toUpperCase() + a.slice(1)) || isPlaceWord(b.charAt(0).toUpperCase() + b.slice(1))
    ? editDistance(a, b, 2) <= 2
    : false;
}

export interface NameRegistry {
  /** The canonical key for a name found in text (spelling variants and surnames unified). */
  canonical(name: FoundName): string;
  /** The same, from the name's key alone (all `canonical` reads of it). */
  canonicalKey(key: string): string;
  /** How to show a canonical key (the fullest, most common spelling). */
  display(key: string): string;
  kind(key: string): NameKind;
  /** A country or region rather than a city, a building or a venue. */
  broad(key: string): boolean;
  /** Keys seen capitalised mid-sentence anywhere: these make a sentence-initial word a name. */
  known: ReadonlySet<string>;
  /**
   * A hash of every answer the registry gives (its canonical keys, display forms and kinds; what it
   * gives of a key it does not hold, and `broad`, depend on the key alone): two registries with one
   * fingerprint answer every question alike.
   */
  fingerprint?(): string;
}

/**
 * Unifies names across the corpus: "Navalniy", "Navalny" and "Alexei Navalnyy" are one person;
 * a lone "Okafor" is the "Grace Okafor" named elsewhere; "U.S." and "United States" one country.
 */
export function buildNameRegistry(found: FoundName[]): NameRegistry {
  const builder = new NameRegistryBuilder();
  builder.add(found);
  return builder.build();
}

type NameCounts = Map<string, { n: number; text: Map<string, number>; kinds: Map<NameKind, number> }>;

/**
 * The registry of names found, given a part at a time (a source's sentences' names, say), so that
 * what was given need not be held until all is: what it keeps is each key's counts.
 */
export class NameRegistryBuilder {
  private readonly counts: NameCounts = new Map();
  private readonly known = new Set<string>();

  add(found: readonly FoundName[] | readonly FoundName[][]): void {
    for (const x of found) {
      if (Array.isArray(x)) this.add(x);
      else this.count(x as FoundName);
    }
  }

  private count(f: FoundName): void {
    let c = this.counts.get(f.key);
    if (!c) this.counts.set(f.key, (c = { n: 0, text: new Map(), kinds: new Map() }));
    c.n++;
    c.text.set(f.text, (c.text.get(f.text) ?? 0) + 1);
    c.kinds.set(f.kind, (c.kinds.get(f.kind) ?? 0) + 1);
    if (f.index > 0) this.known.add(f.key);
  }

  build(): NameRegistry {
    return registryOf(this.counts, this.known);
  }
}

function registryOf(counts: NameCounts, known: Set<string>): NameRegistry {
  const lastWord = (key: string) => key.split(' ').pop() ?? key;
  const acronym = (key: string) => (key.includes(' ') ? key.split(' ').map((w) => w[0]).join('') : key);
  const keys = [...counts.keys()].sort();
  const kindOf = (key: string): NameKind => {
    const k = counts.get(key)!.kinds;
    return (['person', 'place', 'org'] as NameKind[]).reduce((a, b) => ((k.get(b) ?? 0) > (k.get(a) ?? 0) ? b : a), 'org');
  };
  // People with a full name: surname → the full names using it.
  const fullPeople = keys.filter((k) => k.includes(' ') && (counts.get(k)!.kinds.get('person') ?? 0) > 0);
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.has(r)) r = parent.get(r)!;
    return r;
  };
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) return;
    // The root is the more frequent spelling, then the longer, then the alphabetically first.
    const score = (k: string) => [counts.get(k)!.n, k.length];
    const [sa, sb] = [score(ra), score(rb)];
    const aWins = sa[0]! !== sb[0]! ? sa[0]! > sb[0]! : sa[1]! !== sb[1]! ? sa[1]! > sb[1]! : ra < rb;
    if (aWins) parent.set(rb, ra);
    else parent.set(ra, rb);
  };
  for (let i = 0; i < fullPeople.length; i++) {
    for (let j = i + 1; j < fullPeople.length; j++) {
      if (sameNameToken(lastWord(fullPeople[i]!), lastWord(fullPeople[j]!))) union(fullPeople[i]!, fullPeople[j]!);
    }
  }
  for (const k of keys) {
    if (k.includes(' ')) continue;
    const person = fullPeople.find((p) => sameNameToken(lastWord(p), k));
    if (person) {
      union(person, k);
      continue;
    }
    const multi = keys.find((m) => m.includes(' ') && acronym(m) === k && k.length >= 2);
    if (multi) union(multi, k);
    const variant = keys.find((m) => m !== k && !m.includes(' ') && (sameNameToken(m, k) || samePlaceSpelling(m, k)));
    if (variant) union(variant, k);
  }
  // A person's canonical form is a full name even when the surname alone is more frequent.
  const groups = new Map<string, string[]>();
  for (const k of keys) groups.set(find(k), [...(groups.get(find(k)) ?? []), k]);
  const canonicalOf = new Map<string, string>();
  const displayOf = new Map<string, string>();
  const kindOfGroup = new Map<string, NameKind>();
  for (const members of groups.values()) {
    const people = members.filter((m) => m.includes(' ') && fullPeople.includes(m));
    const pick = (people.length ? people : members).reduce((a, b) => {
      const [ca, cb] = [counts.get(a)!.n, counts.get(b)!.n];
      return cb > ca || (cb === ca && (b.length > a.length || (b.length === a.length && b < a))) ? b : a;
    });
    const texts = counts.get(pick)!.text;
    const shown = [...texts.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]![0];
    const kind = people.length ? 'person' : kindOf(pick);
    for (const m of members) canonicalOf.set(m, pick);
    displayOf.set(pick, shown);
    kindOfGroup.set(pick, kind);
  }
  const broadOf = new Map<string, boolean>();
  const canonicalKey = (k: string) => canonicalOf.get(k) ?? k;
  return {
    canonical: (f) => canonicalKey(f.key),
    canonicalKey,
    display: (k) => displayOf.get(k) ?? k,
    kind: (k) => kindOfGroup.get(k) ?? 'org',
    // Asked once per mention and place: compromise is slow, so each key is tagged once.
    broad: (k) => {
      let v = broadOf.get(k);
      if (v === undefined) broadOf.set(k, (v = isBroadPlace(displayOf.get(k) ?? k)));
      return v;
    },
    known,
    fingerprint: () => hash('sha256', JSON.stringify([[...canonicalOf], [...displayOf], [...kindOfGroup]]), 'base64url'),
  };
}
