/**
 * Time words that are found (and counted) but never pinned to dates: "in the coming days",
 * "in recent years", "months earlier", "days later", "recently", "soon", "during the pandemic",
 * "years ago", "a few weeks ago", "for decades", "in the near future".
 */
import { type Candidate, scan } from './candidate';

const UNITS = '(?:days|weeks|months|years|decades|hours)';

const VAGUE_SOURCES = [
  `\\b(?:in|over|during|within)\\s+(?:the\\s+)?(?:coming|next|following|past|last|recent|previous|preceding)\\s+(?:few\\s+|several\\s+|couple\\s+(?:of\\s+)?)?${UNITS}\\b`,
  `\\bin\\s+recent\\s+(?:${UNITS.slice(3, -1)}|times|memory)\\b`,
  `\\b(?:(?:a\\s+few|several|many|some|a\\s+couple\\s+of|a\\s+number\\s+of)\\s+)?${UNITS}\\s+(?:later|earlier|before|after|afterwards?|prior|previously|ago)\\b`,
  `\\b(?:a\\s+few|several|many|some|a\\s+couple\\s+of|a\\s+number\\s+of)\\s+${UNITS}\\s+ago\\b`,
  '\\b(?:recently|lately|shortly|nowadays)\\b',
  '\\b(?<!\\bas\\s)soon\\b(?!\\s+as\\b)',
  '\\bin\\s+the\\s+(?:near|distant|foreseeable)\\s+(?:future|term)\\b',
  '\\b(?:during|before|after|since|throughout|amid)\\s+the\\s+(?:covid(?:-19)?\\s+|coronavirus\\s+)?pandemic\\b',
  `\\bfor\\s+(?:many\\s+|several\\s+)?(?:years|months|decades|weeks)\\b`,
  '\\bthese\\s+days\\b',
  '\\bthe\\s+other\\s+day\\b',
];

const VAGUE_RES = VAGUE_SOURCES.map((s) => new RegExp(s, 'gi'));

export function matchVague(sentence: string): Candidate[] {
  return VAGUE_RES.flatMap((re) => scan(re, sentence, () => ({ kind: 'vague' })));
}
