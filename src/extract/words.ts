/** Content words of a clause, crudely lemmatised: the vocabulary two reports of one happening share. */
import nlp from 'compromise';

// (Words of forecasting too: two forecasts of different happenings share "expected" and nothing else.)
const STOP = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both
  but by can could did do does doing down during each few for from further had has have having he her here hers him
  his how i if in into is it its itself just more most no nor not now of off on once only or other our out over own
  same she should so some such than that the their them then there these they this those through to too under until
  up very was we were what when where which while who whom why will with would you your said says say told according
  people person official officials source sources familiar matter situation week month year day days weeks months years
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
  october november december last next early late earlier later prior ago morning evening night weekend
  expect expects expected expecting likely unlikely might must shall`.split(/\s+/),
);

export function lemma(word: string): string {
  let w = word.toLowerCase();
  if (w.length > 5 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('es')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w.replace(/e$/, '');
}

/** Sorted, de-duplicated lemmas of the text's content words, leaving out the given names' words. */
export function contentLemmas(text: string, names: string[] = []): string[] {
  const nameWords = new Set(names.flatMap((n) => n.toLowerCase().split(/\s+/)));
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    const word = m[0].replace(/['’]s$/, '');
    if (word.length < 3 || STOP.has(word) || nameWords.has(word)) continue;
    out.add(lemma(word));
  }
  // A figure two reports both give ("500 jobs", "$430 million") is as telling as a word they share;
  // not a year, and not a day of the month (fewer than three digits).
  for (const m of text.matchAll(/(?<![\d.,])\d[\d,]*(?:\.\d+)?/g)) {
    const figure = m[0].replace(/,(?=\d{3})/g, '').replace(/[,.]$/, '');
    if (figure.replace(/\..*$/, '').length < 3 || /^(?:1[89]|20)\d\d$/.test(figure)) continue;
    out.add(`#${figure}`);
  }
  return [...out].sort();
}

/** Lemmas of the content words of names ("Wrenport City Commission" → wrenport, city, commission). */
export function nameWords(names: string[]): string[] {
  return contentLemmas(names.join(' '));
}

/** The past tense of a verb's -ing form ("vowing" → "vowed"), when compromise knows the verb. */
/** Whether a word, opening a clause, is a verb's bare form ("Come up with a plan", "Stop the shelling"). */
export function isImperative(word: string): boolean {
  const tags = (nlp(word).terms().json()[0] as { terms: { tags: string[] }[] } | undefined)?.terms[0]?.tags ?? [];
  return tags.includes('Infinitive') || tags.includes('Imperative');
}

export function pastTense(participle: string): string | undefined {
  const forms = nlp(participle).verbs().conjugate()[0] as { PastTense?: string } | undefined;
  return forms?.PastTense;
}
