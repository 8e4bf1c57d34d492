/**
 * Small EventsFile fixtures for the export tests: independent of content/events, full of text that
 * breaks naive writers (markup, quotes, separators, line breaks, CDATA ends, bidi and zero-width
 * characters, emoji sequences, formula starts).
 */
import type { EventsFile } from '../../src/schema';

export const SCRIPT = '<script>alert(1)</script>';
export const IMG = '<img src=x onerror=alert(1)>';
export const RTL = 'مفاوضات \u202Eevil\u202C \u05E9\u05DC\u05D5\u05DD';
export const ZERO_WIDTH = 'zero\u200Bwidth\u200Cjoin\u200Dbom\uFEFFend\u2060';
export const EMOJI = '🇺🇦 talks 👨‍👩‍👧‍👦 🙂🏽';
export const SEPARATORS = 'a, b; c \\ d: "quoted" & \'single\'';
export const LS_PS = 'line\u2028separator\u2029paragraph';

/** Every hostile piece in one string, with newlines. */
export const HOSTILE = [
  `Talks {resume} ${SCRIPT} & ${IMG}`,
  `commas, "double quotes", ]]> and ]]]]><![CDATA[`,
  `${RTL} ${ZERO_WIDTH}`,
  `${EMOJI} ${SEPARATORS} &amp; &lt;b&gt; ${LS_PS}`,
].join('\n');

/** Long non-ASCII text, so folded lines would split inside characters if done by bytes or by chars. */
export const LONG = `${'é'.repeat(40)}${'Ж'.repeat(30)}${'🙂'.repeat(25)}${'字'.repeat(30)} end`;

export const hostileFile: EventsFile = {
  sources: [
    {
      id: 'wsj-kremlin',
      title: 'Kremlin <input> & "edits", ]]>',
      outlet: 'The Wall Street Journal & <b>Co</b>',
      published: '2025-11-27',
      url: 'https://example.com/wsj?a=1&b=<2>',
      authors: ['Ann "A" Author', 'Bo, Writer'],
    },
    {
      id: 'reuters-miami',
      title: 'Miami meeting',
      outlet: 'Reuters',
      published: '2025-11-22',
      url: 'https://example.com/reuters',
    },
    {
      id: 'rewrite-miami',
      title: 'Miami meeting (rewrite)',
      outlet: 'Rewrite Desk',
      published: '2025-11-23',
      derivedFrom: 'reuters-miami',
    },
  ],
  // Deliberately out of time order.
  events: [
    {
      id: 'plan-published',
      title: `Plan published ${SCRIPT} ${IMG}`,
      start: '2025-11-20',
      precision: 'day',
      dateText: 'Thursday, "this week"',
      summary: HOSTILE,
      people: ['Steve Witkoff', `Kirill ${SCRIPT} Dmitriev`],
      places: ['Miami, FL', RTL],
      tags: ['diplomacy & "plans"', EMOJI],
      citations: [
        { source: 'reuters-miami', quote: `Quote with ${SCRIPT}, commas; semicolons "and" ]]>`, paragraph: 3 },
        { source: 'wsj-kremlin', quote: `${RTL} ${ZERO_WIDTH} ${EMOJI}`, paragraph: 1 },
      ],
    },
    {
      id: 'geneva-talks',
      title: '=HYPERLINK("https://evil.example","click")',
      start: '2025-11-27',
      end: '2025-11-30',
      precision: 'days',
      approximate: true,
      dateText: 'the weekend after Thanksgiving',
      summary: `+1 talks; -2 days; @SUM(A1)\nsecond line\n\nnew paragraph ${LONG}`,
      people: ['-minus person', '@handle'],
      places: [],
      tags: ['talks, rounds'],
      citations: [{ source: 'wsj-kremlin', quote: `=cmd|' /C calc'!A0 ${LONG}`, paragraph: 12 }],
    },
    {
      id: 'miami-meeting',
      title: 'Miami meeting {curly} & <b>bold</b>',
      start: '2025-10-01',
      precision: 'month',
      approximate: true,
      dateText: 'the end of October',
      summary: 'Officials met in Miami.',
      people: [],
      places: ['Miami'],
      tags: [],
      citations: [
        { source: 'reuters-miami', quote: 'The meeting took place in Miami at the end of October', paragraph: 2 },
        { source: 'rewrite-miami', quote: 'Rewritten: "the end of October"', paragraph: 2 },
      ],
    },
    {
      id: 'full-scale-invasion',
      title: 'Full-scale invasion',
      start: '2022-01-01',
      precision: 'year',
      context: true,
      dateText: 'in 2022',
      summary: 'Background: sanctions followed.',
      people: [],
      places: ['Ukraine'],
      tags: ['war'],
      citations: [{ source: 'reuters-miami', quote: 'blacklisted by the U.S. government in 2022', paragraph: 5 }],
    },
    {
      id: 'week-of-talks',
      title: 'A week of talks',
      start: '2025-11-24',
      precision: 'week',
      dateText: 'this week',
      summary: 'Talks all week.',
      people: [],
      places: [],
      tags: [],
      citations: [{ source: 'rewrite-miami', quote: 'this week', paragraph: 1 }],
    },
  ],
};

/** A copy, so a test can change it freely. */
export function fixture(): EventsFile {
  return structuredClone(hostileFile);
}

/** Hostile strings that must survive every format unchanged (after its own unescaping). */
export const HOSTILE_STRINGS = [HOSTILE, SCRIPT, IMG, RTL, ZERO_WIDTH, EMOJI, SEPARATORS, LS_PS, LONG];
