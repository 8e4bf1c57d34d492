/**
 * The benchmark corpus: news articles about an invented war, generated deterministically from a
 * seed. First a world of happenings is laid out on a calendar (meetings, calls, strikes, signings,
 * visits, statements..., some of them a day after or a week before another, some years earlier as
 * background); then each article, published on some day, reports a handful of the happenings near
 * that day in its own words and with its own date expressions, between sentences that date nothing.
 * Several articles report the same happening, so the merging stage has real work.
 *
 * Pure: no I/O, no clock, no Math.random. The same options give byte-identical files.
 */
import type { TimelineEvent } from '../../src/schema';
import { datelineOf, futurePhrases, holidayDays, isoOf, pickPhrase, toDay, type DatePhrase } from './dates';
import { createRng, type Rng } from './prng';
import {
  AUTHORS, CHROME, COUNTRIES, FIRST_NAMES, OBJECTS, ORGS, OUTLETS, PLACES, QUOTES, ROLES, SUBHEADS, SURNAMES, TARGETS, UNITS,
  type Country,
} from './world';

export interface CorpusOptions {
  articles: number;
  seed?: number | string;
}

export interface GeneratedFile {
  /** File name in content/sources, e.g. `northgate-wire-2023-04-02-karsk-0007.md`. */
  name: string;
  content: string;
}

export interface CorpusStats {
  articles: number;
  happenings: number;
  /** Happenings reported by at least two articles. */
  shared: number;
  reports: number;
  phrases: Record<string, number>;
  bytes: number;
}

type Kind =
  | 'meeting' | 'call' | 'conflict' | 'agreement' | 'sanction' | 'travel' | 'statement' | 'resignation'
  | 'appointment' | 'election' | 'drafting' | 'order' | 'briefing' | 'handover' | 'report';

interface Person {
  first: string;
  last: string;
  role: string;
  country: Country;
}

interface Happening {
  n: number;
  kind: Kind;
  day: number;
  a: Person;
  b: Person;
  place: string;
  obj: string;
  target: string;
  unit: string;
  c1: Country;
  c2: Country;
  count: number;
  /** A happening the day after this one, told as "the next day". */
  next?: Happening;
  /** A happening a week before this one, told as "a week prior". */
  prior?: Happening;
  context: boolean;
  reports: number;
}

const KIND_WEIGHTS: Array<readonly [Kind, number]> = [
  ['meeting', 20], ['call', 8], ['conflict', 20], ['agreement', 5], ['sanction', 5], ['travel', 12], ['statement', 10],
  ['resignation', 2], ['appointment', 2], ['election', 2], ['drafting', 4], ['order', 4], ['briefing', 6], ['handover', 3],
  ['report', 3],
];
const CONTEXT_KINDS: Array<readonly [Kind, number]> = [['conflict', 5], ['agreement', 3], ['appointment', 2], ['election', 2], ['sanction', 2]];

const START = toDay('2023-01-02');
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** 410000 → "410,000", without Intl (the same on every machine). */
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Writes people's names as an article does: title and full name first, surname after. */
class Names {
  private seen = new Set<Person>();
  constructor(private rng: Rng) {}
  ref(p: Person): string {
    if (this.seen.has(p)) return p.last;
    this.seen.add(p);
    const full = `${p.first} ${p.last}`;
    const role = p.role;
    switch (this.rng.int(0, 2)) {
      case 0:
        return `${p.country.adj} ${role} ${full}`;
      case 1:
        return `${role.charAt(0).toUpperCase() + role.slice(1)} ${full}`;
      default:
        return `${full}, ${p.country.adj} ${role.toLowerCase()},`;
    }
  }
  /** A reference that is never followed by an appositive (for mid-clause positions). */
  plain(p: Person): string {
    if (this.seen.has(p)) return p.last;
    this.seen.add(p);
    return `${p.country.adj} ${p.role} ${p.first} ${p.last}`;
  }
}

interface Ctx {
  h: Happening;
  n: Names;
  rng: Rng;
  /** The date phrase ("on Tuesday", "last month"). */
  d: string;
  attr: string;
  outlet: string;
}

type Template = (c: Ctx) => string;

// Each happening kind is told in several ways; the date phrase sits in different places.
const PAST: Record<Kind, Template[]> = {
  meeting: [
    (c) => `${c.n.ref(c.h.a)} met ${c.n.plain(c.h.b)} in ${c.h.place} ${c.d} to discuss ${c.h.obj}.`,
    (c) => `${cap(c.d)}, ${c.n.plain(c.h.a)} held talks with ${c.n.plain(c.h.b)} in ${c.h.place}, ${c.attr}.`,
    (c) => `Negotiators from ${c.h.c1.name} and ${c.h.c2.name} met in ${c.h.place} ${c.d}, the first direct session of its kind, ${c.attr}.`,
    (c) => `${c.n.ref(c.h.a)} and ${c.n.plain(c.h.b)} sat down in ${c.h.place} ${c.d} for what aides described as frank discussions about ${c.h.obj}.`,
  ],
  call: [
    (c) => `${c.n.ref(c.h.a)} spoke with ${c.n.plain(c.h.b)} by phone ${c.d}, ${c.attr}.`,
    (c) => `${c.n.ref(c.h.a)} phoned ${c.n.plain(c.h.b)} ${c.d} to press for ${c.h.obj}.`,
    (c) => `In a call ${c.d}, ${c.n.plain(c.h.a)} told ${c.n.plain(c.h.b)} that ${c.h.c1.name} would not back down.`,
  ],
  conflict: [
    (c) => `${c.h.c1.adj} forces struck ${c.h.target} near ${c.h.place} ${c.d}, killing ${c.h.count} people, the regional governor said.`,
    (c) => `${c.h.c1.adj} artillery shelled ${c.h.place} ${c.d}, ${c.attr}.`,
    (c) => `Drones attacked ${c.h.target} in ${c.h.place} ${c.d}, ${c.attr}.`,
    (c) => `${cap(c.d)}, ${c.h.c1.adj} troops captured positions outside ${c.h.place} after heavy fighting.`,
  ],
  agreement: [
    (c) => `${c.n.ref(c.h.a)} and ${c.n.plain(c.h.b)} signed ${c.h.obj} in ${c.h.place} ${c.d}.`,
    (c) => `${c.h.c1.name} and ${c.h.c2.name} agreed ${c.d} on ${c.h.obj}, ${c.attr}.`,
    (c) => `${cap(c.h.obj)} was signed in ${c.h.place} ${c.d}.`,
  ],
  sanction: [
    (c) => `${c.h.c2.name} sanctioned ${c.h.count} ${c.h.c1.adj} companies ${c.d} over their role in the war.`,
    (c) => `${cap(ORGS[c.h.count % ORGS.length]!)} blacklisted ${c.n.plain(c.h.a)} ${c.d}, ${c.attr}.`,
  ],
  travel: [
    (c) => `${c.n.ref(c.h.a)} arrived in ${c.h.place} ${c.d} for talks with ${c.n.plain(c.h.b)}.`,
    (c) => `${c.n.ref(c.h.a)} visited ${c.h.place} ${c.d}, touring ${c.h.target}.`,
    (c) => `${c.n.ref(c.h.a)} flew to ${c.h.place} ${c.d} to meet ${c.n.plain(c.h.b)}.`,
  ],
  statement: [
    (c) => `${c.n.ref(c.h.a)} said ${c.d} that ${c.h.c1.name} was ready to discuss ${c.h.obj}.`,
    (c) => `In a televised address ${c.d}, ${c.n.plain(c.h.a)} vowed that ${c.h.c1.name} would rebuild ${c.h.place}.`,
    (c) => `${c.n.ref(c.h.a)} announced ${c.d} that ${c.h.obj} would go ahead.`,
  ],
  resignation: [
    (c) => `${c.n.ref(c.h.a)} resigned ${c.d} after criticism over the defence of ${c.h.place}.`,
    (c) => `${cap(c.d)}, ${c.n.plain(c.h.a)} stepped down, ${c.attr}.`,
  ],
  appointment: [
    (c) => `${c.h.a.first} ${c.h.a.last} was appointed commander of ${c.h.unit} ${c.d}.`,
    (c) => `${cap(c.d)}, ${c.h.c1.name} nominated ${c.h.a.first} ${c.h.a.last} to lead ${c.h.unit}.`,
  ],
  election: [
    (c) => `The ${c.h.c1.adj} parliament voted ${c.d} to extend martial law.`,
    (c) => `Voters in ${c.h.place} went to the polls ${c.d} in a referendum on ${c.h.obj}.`,
  ],
  drafting: [
    (c) => `${cap(c.h.obj)} was drawn up ${c.d} by aides to ${c.n.plain(c.h.a)} in ${c.h.place}, ${c.attr}.`,
    (c) => `Advisers to ${c.n.plain(c.h.a)} drafted ${c.h.obj} in ${c.h.place} ${c.d}.`,
  ],
  order: [
    (c) => `${c.n.ref(c.h.a)} ordered ${c.h.unit} to withdraw from ${c.h.place} ${c.d}, ${c.attr}.`,
    (c) => `${cap(c.d)}, ${c.n.plain(c.h.a)} directed ${c.h.unit} to reinforce ${c.h.place}.`,
  ],
  briefing: [
    (c) => `${c.n.ref(c.h.a)} briefed ${c.n.plain(c.h.b)} on ${c.h.obj} in ${c.h.place} ${c.d}.`,
    (c) => `${c.n.ref(c.h.a)} presented ${c.h.obj} to ${c.n.plain(c.h.b)} ${c.d}.`,
  ],
  handover: [
    (c) => `${c.n.ref(c.h.a)} handed ${c.h.obj} to ${c.n.plain(c.h.b)} in ${c.h.place} ${c.d}.`,
    (c) => `${cap(c.h.obj)} was delivered to ${c.h.c2.name} ${c.d}, ${c.attr}.`,
  ],
  report: [
    (c) => `${OUTLETS[c.h.count % OUTLETS.length]} first reported the existence of ${c.h.obj} ${c.d}.`,
    (c) => `Details of ${c.h.obj} were leaked to reporters ${c.d}, ${c.attr}.`,
  ],
};

const FUTURE: Partial<Record<Kind, Template[]>> = {
  meeting: [
    (c) => `${c.n.ref(c.h.a)} is expected to meet ${c.n.plain(c.h.b)} in ${c.h.place} ${c.d}.`,
    (c) => `Talks between ${c.h.c1.name} and ${c.h.c2.name} are scheduled to take place in ${c.h.place} ${c.d}, ${c.attr}.`,
  ],
  travel: [(c) => `${c.n.ref(c.h.a)} will travel to ${c.h.place} ${c.d}, officials said.`],
  agreement: [(c) => `${c.n.ref(c.h.a)} and ${c.n.plain(c.h.b)} are due to sign ${c.h.obj} ${c.d}.`],
  election: [(c) => `Lawmakers in ${c.h.c1.name} are due to vote ${c.d} on ${c.h.obj}.`],
  call: [(c) => `${c.n.ref(c.h.a)} is expected to speak with ${c.n.plain(c.h.b)} ${c.d}.`],
  briefing: [(c) => `${c.n.ref(c.h.a)} will brief ${c.n.plain(c.h.b)} on ${c.h.obj} ${c.d}.`],
};

// Sentences that date nothing: quotes, background, figures, refusals to comment, habits.
const FILLER: Array<(c: { rng: Rng; n: Names; p: Person; place: string; country: Country; org: string }) => string> = [
  (c) => `“${c.rng.pick(QUOTES)},” ${c.n.ref(c.p)} said.`,
  (c) => `${c.place} lies about ${c.rng.int(8, 140)} kilometres from the front line.`,
  (c) => `The war has displaced more than ${thousands(c.rng.int(2, 90) * 10000)} people, according to ${c.org}.`,
  () => `Analysts said the fighting would test the patience of both armies.`,
  () => `Neither side has published casualty figures.`,
  (c) => `${c.p.last} did not respond to a request for comment.`,
  () => `The ministry declined to comment.`,
  (c) => `Residents of ${c.place} queued for water and bread outside the old market.`,
  (c) => `Electricity was restored to parts of ${c.place}, the grid operator said.`,
  (c) => `${c.country.name} has denied targeting civilians.`,
  (c) => `The ${c.rng.int(10, 30)}-point plan has not been made public.`,
  (c) => `Officials estimated the damage at $${c.rng.int(2, 90) * 10} million.`,
  (c) => `Diplomats in ${c.country.capital} described the mood as tense.`,
  (c) => `${c.n.ref(c.p)} has visited ${c.place} several times.`,
  () => `Prices for bread and fuel have roughly doubled, shopkeepers said.`,
  (c) => `Aid convoys reach ${c.place} only at night, when the roads are quieter.`,
  () => `Some of the claims could not be independently verified.`,
  (c) => `Military bloggers close to ${c.country.name}'s armed forces painted a gloomier picture.`,
  (c) => `“${c.rng.pick(QUOTES)}. ${c.rng.pick(QUOTES)},” one resident of ${c.place} told reporters.`,
  (c) => `The front line near ${c.place} has barely moved, according to maps published by ${c.org}.`,
];

const ATTRIBUTIONS = [
  'officials said',
  'two people familiar with the matter said',
  'a senior diplomat said',
  'according to a statement from the ministry',
  'local media reported',
  'the foreign ministry said',
];

interface World {
  people: Person[];
  story: Happening[];
  context: Happening[];
  spanEnd: number;
}

function buildWorld(rng: Rng, articles: number): World {
  const nPeople = Math.max(16, Math.min(160, Math.round(articles / 4)));
  const people: Person[] = [];
  const used = new Set<string>();
  const pr = rng.fork('people');
  while (people.length < nPeople) {
    const first = pr.pick(FIRST_NAMES);
    const last = pr.pick(SURNAMES);
    if (used.has(`${first} ${last}`) || used.size >= FIRST_NAMES.length * SURNAMES.length) continue;
    used.add(`${first} ${last}`);
    people.push({ first, last, role: pr.pick(ROLES), country: pr.pick(COUNTRIES) });
  }
  const span = Math.max(40, Math.min(2000, Math.round(articles * 1.1)));
  const spanEnd = START + span;
  const hr = rng.fork('happenings');
  let n = 0;
  const make = (day: number, kind: Kind, context = false): Happening => {
    const a = hr.pick(people);
    let b = hr.pick(people);
    while (b === a) b = hr.pick(people);
    const c1 = hr.pick(COUNTRIES.slice(0, 2));
    const c2 = hr.pick(COUNTRIES.filter((c) => c !== c1));
    return {
      n: n++,
      kind,
      day,
      a,
      b,
      place: hr.chance(0.15) ? c1.capital : hr.pick(PLACES),
      obj: hr.pick(OBJECTS),
      target: hr.pick(TARGETS),
      unit: hr.pick(UNITS),
      c1,
      c2,
      count: hr.int(2, 40),
      context,
      reports: 0,
    };
  };
  const story: Happening[] = [];
  const nStory = Math.ceil(articles * 3.4) + 4;
  for (let i = 0; i < nStory; i++) story.push(make(START + hr.int(0, span + 8), hr.weighted(KIND_WEIGHTS)));
  // Happenings on holidays, so "the weekend before Halloween" and friends are written.
  for (const d of holidayDays(START, spanEnd + 8)) if (hr.chance(0.8)) story.push(make(d, hr.weighted(KIND_WEIGHTS)));
  // Linked happenings: told as "the next day" or "a week prior" after the one they hang on.
  for (const h of [...story]) {
    if (hr.chance(0.15)) {
      h.next = make(h.day + 1, hr.pick(['travel', 'meeting', 'statement', 'briefing'] as Kind[]));
      h.next.a = h.b;
      h.next.place = h.place;
      story.push(h.next);
    } else if (hr.chance(0.1)) {
      h.prior = make(h.day - 7, hr.pick(['meeting', 'call', 'travel'] as Kind[]));
      h.prior.a = h.a;
      story.push(h.prior);
    }
  }
  story.sort((x, y) => x.day - y.day || x.n - y.n);
  const context: Happening[] = [];
  const nContext = Math.max(4, Math.round(articles / 25));
  for (let i = 0; i < nContext; i++) context.push(make(toDay('2014-01-01') + hr.int(0, 8 * 365), hr.weighted(CONTEXT_KINDS), true));
  context.sort((x, y) => x.day - y.day || x.n - y.n);
  return { people, story, context, spanEnd };
}

interface Sentence {
  text: string;
  /** Starts a new paragraph. */
  para?: boolean;
}

function writeArticle(rng: Rng, world: World, index: number, stats: CorpusStats) {
  const published = START + 10 + rng.int(0, world.spanEnd - START - 5);
  const outlet = rng.pick(OUTLETS);
  const names = new Names(rng);
  // The happenings near the publication day, the most recent ones most often.
  const near = world.story.filter((h) => h.day >= published - 40 && h.day <= published + 8);
  const weight = (h: Happening) => {
    const delta = published - h.day;
    return delta < 0 ? 0.8 : delta <= 6 ? 3 : delta <= 20 ? 1.5 : 0.7;
  };
  const chosen: Happening[] = [];
  const k = rng.int(5, 8);
  let pool = near.map((h) => [h, weight(h)] as const);
  while (chosen.length < k && pool.length) {
    const h = rng.weighted(pool);
    chosen.push(h);
    pool = pool.filter(([x]) => x !== h);
  }
  chosen.sort((x, y) => y.day - x.day || x.n - y.n);
  const lead = chosen.find((h) => h.day <= published) ?? chosen[0];

  const told: Sentence[] = [];
  const tell = (h: Happening, phrase: DatePhrase, future: boolean): boolean => {
    const templates = future ? FUTURE[h.kind] : PAST[h.kind];
    if (!templates?.length) return false;
    const text = rng.pick(templates)({ h, n: names, rng, d: phrase.text, attr: rng.pick(ATTRIBUTIONS), outlet });
    told.push({ text, para: rng.chance(0.6) });
    stats.phrases[phrase.kind] = (stats.phrases[phrase.kind] ?? 0) + 1;
    h.reports++;
    stats.reports++;
    return true;
  };
  for (const h of chosen) {
    if (h.day > published) {
      const options = futurePhrases(h.day, published);
      if (options.length) tell(h, rng.pick(options), true);
      continue;
    }
    const linked = h.next && h.next.day <= published ? h.next : h.prior;
    const phrase = pickPhrase(rng, h.day, published, !!linked && rng.chance(0.7));
    if (!phrase || !tell(h, phrase, false)) continue;
    const precise = ['weekday', 'relative', 'absolute', 'holiday'].includes(phrase.kind) && !/week|month/.test(phrase.text);
    if (linked && precise && rng.chance(0.7)) {
      const anaphor = linked === h.next ? rng.pick(['the next day', 'a day later']) : rng.pick(['a week prior', 'a week earlier']);
      tell(linked, { text: anaphor, kind: 'anaphoric' }, false);
      told[told.length - 1]!.para = false;
    }
  }
  if (rng.chance(0.4) && world.context.length) {
    const h = rng.pick(world.context);
    const phrase = pickPhrase(rng, h.day, published, false);
    if (phrase) tell(h, phrase, false);
  }

  // Interleave the reports with sentences that date nothing, about as many as a real article has.
  const fillerRng = rng.fork(`filler-${index}`);
  const cast = chosen.flatMap((h) => [h.a, h.b]);
  const places = chosen.map((h) => h.place);
  const filler = (): Sentence => ({
    text: fillerRng.pick(FILLER)({
      rng: fillerRng,
      n: names,
      p: cast.length ? fillerRng.pick(cast) : world.people[0]!,
      place: places.length ? fillerRng.pick(places) : PLACES[0]!,
      country: fillerRng.pick(COUNTRIES),
      org: fillerRng.pick(ORGS),
    }),
    para: fillerRng.chance(0.45),
  });
  const sentences: Sentence[] = [];
  const fillers = rng.int(18, 30);
  let f = 0;
  for (let i = 0; i < told.length; i++) {
    sentences.push({ ...told[i]!, para: i === 0 || told[i]!.para });
    const between = Math.round((fillers - f) / (told.length - i)) * (i === told.length - 1 ? 1 : rng.next() * 2);
    for (let j = 0; j < between && f < fillers; j++, f++) sentences.push(filler());
  }
  while (f++ < fillers) sentences.push(filler());
  if (!sentences.length) sentences.push(filler());

  // Paragraphs of one to three sentences, a subhead now and then, page chrome for some outlets.
  const paragraphs: string[] = [];
  let cur: string[] = [];
  for (const s of sentences) {
    if (cur.length && (s.para || cur.length >= 3)) {
      paragraphs.push(cur.join(' '));
      cur = [];
      if (rng.chance(0.06)) paragraphs.push(rng.pick(SUBHEADS));
    }
    cur.push(s.text);
  }
  if (cur.length) paragraphs.push(cur.join(' '));

  const where = lead ? lead.place : PLACES[0]!;
  const headline = lead ? headlineOf(lead) : `War enters a new phase near ${where}`;
  if (rng.chance(0.35)) paragraphs[0] = `${where.toUpperCase()}, ${datelineOf(published)} (${outlet}) - ${paragraphs[0]}`;
  if (rng.chance(0.3)) paragraphs.unshift(headline);
  if (rng.chance(0.2)) paragraphs.splice(Math.min(paragraphs.length, rng.int(2, 6)), 0, rng.pick(CHROME));

  const style = rng.weighted([['blank', 7], ['lines', 2], ['wrapped', 1]] as const);
  const body =
    style === 'blank'
      ? paragraphs.join('\n\n')
      : style === 'lines'
        ? paragraphs.join('\n')
        : paragraphs.map((p) => wrap(p, 72)).join('\n\n');
  const iso = isoOf(published);
  const id = `${slug(outlet)}-${iso}-${slug(where)}-${String(index).padStart(4, '0')}`;
  const authors = rng.chance(0.7) ? [rng.pick(AUTHORS)] : undefined;
  const front = [
    '---',
    `title: ${JSON.stringify(headline)}`,
    `outlet: ${JSON.stringify(outlet)}`,
    `published: "${iso}"`,
    ...(authors ? [`authors: [${authors.map((a) => JSON.stringify(a)).join(', ')}]`] : []),
    'language: en',
    '---',
  ].join('\n');
  return { id, name: `${id}.md`, front, body, published: iso, outlet, headline };
}

function headlineOf(h: Happening): string {
  const t: Record<Kind, string> = {
    meeting: `Talks in ${h.place} turn to ${h.obj}`,
    call: `${h.a.last} and ${h.b.last} discuss ${h.obj} by phone`,
    conflict: `Strikes hit ${h.place} as fighting intensifies`,
    agreement: `${h.c1.name} and ${h.c2.name} reach deal on ${h.obj}`,
    sanction: `${h.c2.name} widens sanctions on ${h.c1.adj} firms`,
    travel: `${h.a.last} in ${h.place} for talks`,
    statement: `${h.a.last} signals openness on ${h.obj}`,
    resignation: `${h.a.last} resigns over ${h.place}`,
    appointment: `${h.c1.name} names new commander`,
    election: `${h.c1.adj} lawmakers extend martial law`,
    drafting: `Inside the drafting of ${h.obj}`,
    order: `${h.a.last} orders troops out of ${h.place}`,
    briefing: `${h.a.last} briefs allies on ${h.obj}`,
    handover: `${cap(h.obj)} changes hands in ${h.place}`,
    report: `Leak reveals ${h.obj}`,
  };
  return t[h.kind];
}

function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** The corpus: `articles` source files (content/sources/*.md) and figures about it. */
export function generateCorpus(opts: CorpusOptions): { files: GeneratedFile[]; stats: CorpusStats } {
  const rng = createRng(opts.seed ?? 20251122);
  const world = buildWorld(rng.fork('world'), opts.articles);
  const stats: CorpusStats = { articles: 0, happenings: 0, shared: 0, reports: 0, phrases: {}, bytes: 0 };
  const files: GeneratedFile[] = [];
  const written: Array<ReturnType<typeof writeArticle>> = [];
  for (let i = 0; i < opts.articles; i++) {
    const ar = rng.fork(`article-${i}`);
    // A few articles rewrite an earlier one (an aggregator's copy), and say so.
    if (written.length > 5 && ar.chance(0.03)) {
      const orig = ar.pick(written);
      const outlet = ar.pick(OUTLETS.filter((o) => o !== orig.outlet));
      const id = `${slug(outlet)}-${orig.published}-rewrite-${String(i).padStart(4, '0')}`;
      const paragraphs = orig.body.split('\n\n');
      const body = paragraphs.filter((_, k) => k === 0 || !ar.chance(0.2)).join('\n\n');
      const front = [
        '---',
        `title: ${JSON.stringify(`${orig.headline}, sources say`)}`,
        `outlet: ${JSON.stringify(outlet)}`,
        `published: "${orig.published}"`,
        `derivedFrom: ${orig.id}`,
        'language: en',
        '---',
      ].join('\n');
      files.push({ name: `${id}.md`, content: `${front}\n${body}\n` });
      continue;
    }
    const a = writeArticle(ar, world, i, stats);
    written.push(a);
    files.push({ name: a.name, content: `${a.front}\n${a.body}\n` });
  }
  const all = [...world.story, ...world.context];
  stats.articles = files.length;
  stats.happenings = all.filter((h) => h.reports > 0).length;
  stats.shared = all.filter((h) => h.reports > 1).length;
  stats.bytes = files.reduce((s, f) => s + Buffer.byteLength(f.content), 0);
  return { files, stats };
}

/**
 * `n` timeline events written directly (no extraction), for measuring the page at a scale the
 * corpus would take long to reach: dated over three years, a tenth of them spans or approximate,
 * a few background, each citing one to three of the given sources.
 */
export function generateEvents(n: number, sourceIds: string[], seed: number | string = 5000): TimelineEvent[] {
  const rng = createRng(seed);
  const world = buildWorld(rng.fork('world'), Math.max(100, Math.round(n / 3)));
  const names = new Names(rng);
  const events: TimelineEvent[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < n; i++) {
    const h = rng.pick(world.story);
    const context = rng.chance(0.03);
    const day = context ? toDay('2014-01-01') + rng.int(0, 8 * 365) : START + rng.int(0, 3 * 365);
    const templates = PAST[h.kind];
    const text = rng.pick(templates)({ h, n: names, rng, d: 'that day', attr: rng.pick(ATTRIBUTIONS), outlet: '' });
    const title = text.replace(/[.,]$/, '').split(' ').slice(0, 12).join(' ');
    let id = slug(title).split('-').slice(0, 7).join('-') || 'event';
    if (ids.has(id)) id = `${id}-${isoOf(day)}`;
    for (let k = 2; ids.has(id); k++) id = `${id.replace(/-\d+$/, '')}-${k}`;
    ids.add(id);
    const span = rng.chance(0.08) ? rng.int(1, 20) : 0;
    const approximate = rng.chance(0.08);
    const cites = rng.int(1, 3);
    events.push({
      id,
      title,
      start: isoOf(day),
      ...(span ? { end: isoOf(day + span) } : {}),
      precision: span ? 'days' : 'day',
      ...(approximate ? { approximate: true } : {}),
      dateText: span ? 'late that month' : 'that day',
      summary: text,
      ...(context ? { context: true } : {}),
      people: [`${h.a.first} ${h.a.last}`, ...(rng.chance(0.5) ? [`${h.b.first} ${h.b.last}`] : [])].sort(),
      places: [h.place],
      tags: [h.kind],
      citations: Array.from({ length: cites }, () => ({ source: rng.pick(sourceIds), quote: text, paragraph: rng.int(1, 12) })),
    });
  }
  return events;
}
