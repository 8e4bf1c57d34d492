/**
 * The timeline's filters and their URL form, `?people=a,b&places=c&outlets=d`: pure functions.
 *
 * Values are slugs of the names (`Grace Okafor` → `grace-okafor`), so URLs stay short and
 * readable and need no escaping. Within one facet any value matches (OR); facets combine (AND).
 */

export const FACETS = ['people', 'places', 'outlets'] as const;
export type Facet = (typeof FACETS)[number];
export type Filters = Record<Facet, string[]>;
export type FacetValues = Record<Facet, readonly string[]>;

/** `Jürgen Müller` → `jurgen-muller`; `Déjà vu & co.` → `deja-vu-co`. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function emptyFilters(): Filters {
  return { people: [], places: [], outlets: [] };
}

export function isEmpty(filters: Filters): boolean {
  return FACETS.every((f) => filters[f].length === 0);
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/** Reads the filters from a query string (with or without `?`); unknown or malformed values are dropped. */
export function parseFilters(search: string): Filters {
  const filters = emptyFilters();
  for (const pair of search.replace(/^\?/, '').split('&')) {
    const eq = pair.indexOf('=');
    if (eq < 0) continue;
    const key = decode(pair.slice(0, eq)) as Facet;
    if (!FACETS.includes(key)) continue;
    for (const raw of decode(pair.slice(eq + 1)).split(',')) {
      const value = SLUG.test(raw) ? raw : slugify(raw);
      if (value && !filters[key].includes(value)) filters[key].push(value);
    }
  }
  return filters;
}

/**
 * Writes the filters into a query string, keeping any other parameters of `search` in place.
 * Returns `''` when nothing is left, else a string starting with `?`. Values are sorted so that one
 * selection has one URL.
 */
export function serializeFilters(filters: Filters, search = ''): string {
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '' && !FACETS.includes(decode(pair.split('=')[0] ?? '') as Facet));
  for (const f of FACETS) {
    const values = [...new Set(filters[f])].filter((v) => SLUG.test(v)).sort();
    if (values.length) kept.push(`${f}=${values.join(',')}`);
  }
  return kept.length ? `?${kept.join('&')}` : '';
}

/** Whether an event with these facet values passes the filters. */
export function matches(values: FacetValues, filters: Filters): boolean {
  return FACETS.every((f) => filters[f].length === 0 || filters[f].some((v) => values[f].includes(v)));
}
