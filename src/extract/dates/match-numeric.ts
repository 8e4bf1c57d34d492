/**
 * All-numeric dates: ISO "2025-11-16" and US-style "11/16/2025" (month first, four-digit year
 * required: "11/16" alone is too easily a fraction or a score).
 */
import { dayOf, isRealDate, singleDay } from './calendar';
import { type Candidate, scan } from './candidate';
import { YEAR } from './patterns';

const ISO = new RegExp(`(?<![\\w./-])(?<y>${YEAR})-(?<m>\\d{2})-(?<d>\\d{2})(?![\\w/-]|[.,]\\d)`, 'g');
const US = new RegExp(`(?<![\\w./-])(?<m>\\d{1,2})/(?<d>\\d{1,2})/(?<y>${YEAR})(?![\\w/-]|[.,]\\d)`, 'g');

function build(m: RegExpExecArray): Omit<Candidate, 'index' | 'text'> | undefined {
  const [y, mo, d] = [Number(m.groups!.y), Number(m.groups!.m), Number(m.groups!.d)];
  if (!isRealDate(y, mo, d)) return undefined;
  return { kind: 'absolute', resolve: () => singleDay(dayOf(y, mo, d)) };
}

export function matchNumericDates(sentence: string): Candidate[] {
  return [...scan(ISO, sentence, build), ...scan(US, sentence, build)];
}
