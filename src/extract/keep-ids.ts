/**
 * Event ids that outlive their titles.
 *
 * An event's id is made from its title, and the title can change from one run to the next: an
 * added article brings a better sentence, or the extraction improves. But readers' links
 * (`events/<id>/`, `#<id>`) and editors' entries in content/editorial.yaml name events by id. So
 * each run remembers, for every id, the citations its event was made of (`rememberIds`), and the
 * next run gives an event the id of the earlier event it shares most citations with (`keepIds`).
 */
import { hash } from 'node:crypto';
import type { TimelineEvent } from '../schema';
import { compareStrings as cmp } from '../lib/compare';
import { claimId } from './events';

/** Event id → the keys of its citations, as the last run wrote them. */
export type IdMemory = Record<string, string[]>;

type Cited = Pick<TimelineEvent, 'id' | 'start' | 'citations'>;

/** A citation's identity: its source and its quote, whitespace folded; short, since it is kept. */
export function citationKey(c: { source: string; quote: string }): string {
  let key = keysOf.get(c.source)?.get(c.quote);
  if (key === undefined) {
    // Asked for every citation twice a run (keepIds, rememberIds): hashed once. Bounded, for long-lived processes.
    if (++keysMade > 200_000) {
      keysOf.clear();
      keysMade = 1;
    }
    key = hash('sha256', `${c.source}\n${foldSpace(c.quote)}`, 'base64url').slice(0, 12);
    let ofSource = keysOf.get(c.source);
    if (ofSource === undefined) keysOf.set(c.source, (ofSource = new Map()));
    ofSource.set(c.quote, key);
  }
  return key;
}
/** Source → quote → key: no string of the two joined is made for a lookup. */
const keysOf = new Map<string, Map<string, string>>();
let keysMade = 0;

/** White space folded to single spaces and trimmed; most quotes have none to fold, and are not copied. */
const foldSpace = (text: string) => (/\s\s|[^\S ]|^\s|\s$/.test(text) ? text.replace(/\s+/g, ' ').trim() : text);

/** Each event's id with its citations' keys and, to tell apart events made of one sentence, its day. */
export function rememberIds(events: readonly Cited[]): IdMemory {
  const memory: IdMemory = {};
  for (const e of [...events].sort((a, b) => cmp(a.id, b.id))) memory[e.id] = [...new Set(e.citations.map(citationKey)), dayKey(e)].sort(cmp);
  return memory;
}

/** Only a tie-breaker: sharing a day alone never carries an id over. */
const dayKey = (e: Pick<Cited, 'start'>) => `@${e.start}`;

/**
 * The events, each under the id of the remembered event it shares most citations with, when
 * no other event shares more with it; the rest keep their own ids, made unique against those
 * taken. An event split in two leaves its id to the larger part; of two merged, the one with
 * most in common gives its id.
 */
export function keepIds<E extends Cited>(events: readonly E[], memory: IdMemory): E[] {
  const owners = new Map<string, string[]>();
  /** How many citations each remembered id had (its day aside). */
  const cited = new Map<string, number>();
  for (const id of Object.keys(memory).sort(cmp)) {
    let n = 0;
    for (const k of memory[id]!) {
      if (k.startsWith('@')) continue;
      n++;
      const ids = owners.get(k);
      if (ids) ids.push(id);
      else owners.set(k, [id]);
    }
    cited.set(id, n);
  }
  const pairs: Array<{ event: number; id: string; shared: number; share: number; tie: number }> = [];
  events.forEach((e, event) => {
    const keys = new Set(e.citations.map(citationKey));
    const shared = new Map<string, number>();
    for (const k of keys) for (const id of owners.get(k) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    for (const [id, n] of shared) {
      const remembered = memory[id]!;
      // One sentence can make two events ("said on Friday he expects a deal by Thursday"): the
      // same day, then the same id, tell which was which.
      const tie = (remembered.includes(dayKey(e)) ? 2 : 0) + (id === e.id ? 1 : 0);
      pairs.push({ event, id, shared: n, share: n / Math.max(keys.size, cited.get(id)!), tie });
    }
  });
  pairs.sort((a, b) => b.shared - a.shared || b.tie - a.tie || b.share - a.share || cmp(a.id, b.id) || a.event - b.event);
  const kept = new Map<number, string>();
  const taken = new Set<string>();
  for (const p of pairs) {
    if (kept.has(p.event) || taken.has(p.id)) continue;
    kept.set(p.event, p.id);
    taken.add(p.id);
  }
  return events.map((e, i) => {
    const id = kept.get(i) ?? claimId(e, taken);
    return id === e.id ? e : { ...e, id };
  });
}
