/**
 * Years and decades: "in 2017", "since 2014", "the 2016 election", "2022's", "(2019)",
 * "the 1990s", "from 2014 to 2022", "2022-23".
 *
 * Only four-digit numbers 1800–2100 in a date-like position count: after a preposition or
 * article ("in", "since", "the", …), after another year ("2014 and 2022"), or at the start of a
 * sentence before a verb ("2024 was …"). Money, percentages, "-point", thousands separators,
 * times ("1800 GMT") and counts ("2000 people") are refused.
 */
import { dayOf, range, yearRange } from './calendar';
import { before, type Candidate, scan } from './candidate';
import { YEAR } from './patterns';

const UNIT_NOUNS =
  'percent|per\\s+cent|people|persons|troops|soldiers|cases|votes|voters|km|kilometers|kilometres|miles|meters|metres|feet|ft|tons|tonnes|units|homes|houses|jobs|deaths|dead|dollars|euros|pounds|rubles|roubles|barrels|acres|hours|minutes|seconds|days|weeks|months|years|times|members|employees|workers|residents|students|children|men|women|calories|words|points|seats|delegates|prisoners|refugees|civilians|GMT|UTC|hrs|hours|local\\s+time|ET|EST|EDT|PT|PST|BST|CET|CEST|MSK';

const NOT_A_COUNT = `(?![\\w%]|[.,]\\d|-(?!\\d{2}\\b)|\\s+(?:${UNIT_NOUNS})\\b)`;

const YEAR_RE = new RegExp(
  `(?<![\\w$€£#.,:/-])(?:(?<approx>around|about|circa|c\\.)\\s+)?(?<y>${YEAR})(?:(?<dec>s)|(?<poss>['’]s))?${NOT_A_COUNT}`,
  'gi',
);

const DATE_LIKE_BEFORE = new RegExp(
  '(?:\\b(?:in|since|from|until|till|through|by|during|before|after|the|a|an|year|early|late|between|of\\s+the\\s+year|as\\s+of)\\s+|\\bmid-|\\(|' +
    `\\b(?:spring|summer|fall|autumn|winter|end|beginning|start|middle|half|part|elections?|war|invasion|crisis|campaign|class)\\s+of\\s+|` +
    `\\b${YEAR}s?,?\\s+(?:and|or|to|through|until|till)\\s+|\\b${YEAR}s?,\\s+)$`,
  'i',
);

const CHANGE_VERB_BY = /\b(?:rose|fell|grew|increased|decreased|dropped|declined|jumped|climbed|cut|reduced|up|down|raised|lowered|surged|plunged|slid|gained|lost)\s+by\s+$/i;

const SENTENCE_START_VERB = /^\s+(?:was|saw|is|marked|brought|will|has|had|began|ended|proved)\b/i;

function yearOrDecade(m: RegExpExecArray, sentence: string): Omit<Candidate, 'index' | 'text'> | undefined {
  const g = m.groups!;
  const year = Number(g.y);
  const prev = before(sentence, m.index, 60);
  const atStart = /^\s*["“']?$/.test(prev) && SENTENCE_START_VERB.test(sentence.slice(m.index + m[0].length));
  if (!g.approx && !atStart && (!DATE_LIKE_BEFORE.test(prev) || CHANGE_VERB_BY.test(prev))) return undefined;
  const approximate = !!g.approx;
  if (g.dec) {
    if (year % 10 !== 0) return undefined;
    // "the 1800s", "the 1900s" name centuries; "the 2000s" and "the 1990s" decades.
    const span = year % 100 === 0 && year < 2000 ? 99 : 9;
    return { kind: 'absolute', resolve: () => range(dayOf(year, 1, 1), dayOf(year + span, 12, 31), 'year', approximate) };
  }
  return { kind: 'absolute', resolve: () => yearRange(year, approximate) };
}

const YEAR_SPAN = new RegExp(
  `(?<![\\w$€£#.,:/-])(?:(?<pre>from|between)\\s+)?(?<y1>${YEAR})\\s*(?:(?<dash>[-–—])\\s*|\\s+(?<conj>to|through|until|till|and)\\s+)(?<y2>${YEAR}|\\d{2})${NOT_A_COUNT}`,
  'gi',
);

function yearSpan(m: RegExpExecArray, sentence: string): Omit<Candidate, 'index' | 'text'> | undefined {
  const g = m.groups!;
  const conj = g.conj?.toLowerCase();
  if (conj === 'and' && g.pre?.toLowerCase() !== 'between') return undefined;
  if (!g.pre && !DATE_LIKE_BEFORE.test(before(sentence, m.index, 60)) && !g.dash) return undefined;
  const y1 = Number(g.y1);
  const y2 = g.y2!.length === 2 ? Math.floor(y1 / 100) * 100 + Number(g.y2) : Number(g.y2);
  if (y2 <= y1) return undefined;
  return { kind: 'absolute', resolve: () => range(dayOf(y1, 1, 1), dayOf(y2, 12, 31), 'year') };
}

export function matchYears(sentence: string): Candidate[] {
  return [
    ...scan(YEAR_RE, sentence, (m) => yearOrDecade(m, sentence)),
    ...scan(YEAR_SPAN, sentence, (m) => yearSpan(m, sentence)),
  ];
}
