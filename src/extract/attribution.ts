/**
 * Attribution ("people familiar with the matter said", "according to Reuters") says who told the
 * reporter, not what happened: it is cut before a clause is classified or turned into a title.
 */

const SOURCE_WORDS = String.raw`(?:sources?|person|people|officials?|diplomats?|aides?|spokes\w+|lawmakers?|analysts?|experts?|insiders?|investigators?|researchers?)`;

// A nationality's adjective by its ending ("American", "Chinese", "British", "Israeli", "French").
const NATIONAL = String.raw`\p{L}{2,}(?:an|ese|ish|i|ch)`;

const LEADING = new RegExp(
  String.raw`^(?:(?:one|a|an|two|three|four|several|multiple|some|many|other|senior|u\.s\.|us|western|administration|${NATIONAL})\s+){0,4}${SOURCE_WORDS}\b[^,.;]{0,80}?\b(?:said|say|says|told (?:\w+ ){0,2}?(?=\p{Lu})|told \w+|believed?|believes|think|thinks|suspect(?:s|ed)?)(?:,)?(?:\s+that)?\s+`,
  'iu',
);

// "the country's president, Ana Ruiz, said": a speaker named with the office before the name.
const TITLED_SPEAKER = String.raw`(?:the|a|an)\s+(?:[\p{L}.'’-]+\s+){0,5}?[\p{L}.'’-]+,\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*,\s+`;
// "said Tuesday", "said on Monday night": the day of the saying, which the date finder has found.
const WHEN_SAID = String.raw`(?:\s+(?:on\s+|late\s+|early\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)(?:\s+(?:morning|afternoon|evening|night))?)?`;

const TRAILING = new RegExp(
  String.raw`(?:,\s*|\s+--\s+)(?:according to [^,;]+|(?:${TITLED_SPEAKER}|(?:[\p{L}.'’-]+\s+){0,10}?)(?:said|say|says|reported|told \p{L}+|cited \p{L}+ as saying[^,;]*)${WHEN_SAID}(?:,?\s+citing [^,;]+)?)\s*[.!?]?["”’]?\s*(?:\[\d+\])?$`,
  'iu',
);

// (", two witnesses said later,": with the adverb that says when.)
const MIDDLE = new RegExp(String.raw`,\s+(?:[\p{L}.'’-]+\s+){0,6}?(?:said|say|says)(?:\s+(?:afterwards?|later|then|privately|publicly))?,\s+`, 'iu');

// "According to the investigation, he met ...": who tells it, before what happened.
const LEADING_ACCORDING = /^according\s+to\s+[^,;]{2,60},\s+/i;

/** The clause with leading and trailing attribution removed (unchanged when there is none). */
export function stripAttribution(text: string): string {
  let t = text.trim();
  const according = t.match(LEADING_ACCORDING);
  if (according && t.length - according[0].length > 20) t = t.slice(according[0].length);
  const lead = t.match(LEADING);
  if (lead && t.length - lead[0].length > 20) t = t.slice(lead[0].length);
  // ("The cause, engineers said, was a cracked weld": no comma between a subject and its verb.)
  t = t.replace(MIDDLE, (said: string, at: number, all: string) => (/^(?:was|were|is|are|had|has|have|will|would)\b/.test(all.slice(at + said.length)) ? ' ' : ', '));
  for (let i = 0; i < 2; i++) {
    const trail = t.match(TRAILING);
    if (!trail || (trail.index ?? 0) < 20) break;
    t = t.slice(0, trail.index);
  }
  return t.trim();
}
