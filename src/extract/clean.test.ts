import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle, isPageChrome } from './clean';
import { parseSourceFile } from './load-sources';
import type { Paragraph } from './types';

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Cleans and checks the offset contract on every paragraph. */
function clean(body: string, title?: string): Paragraph[] {
  const paragraphs = cleanArticle(body, { title });
  paragraphs.forEach((p, i) => {
    expect(p.index).toBe(i + 1);
    expect(p.text).toBe(fold(body.slice(p.start, p.end)));
    expect(p.text).not.toBe('');
  });
  return paragraphs;
}
const texts = (body: string, title?: string) => clean(body, title).map((p) => p.text);

describe('cleanArticle: paragraphs', () => {
  it('makes one paragraph per line when the text has no blank lines between paragraphs', () => {
    expect(texts('First paragraph here.\nSecond one, “quoted.”\nThird?\n')).toEqual([
      'First paragraph here.',
      'Second one, “quoted.”',
      'Third?',
    ]);
  });

  it('makes one paragraph per block when blank lines separate paragraphs, joining its wrapped lines', () => {
    const body =
      'The first paragraph is wrapped at a fixed width by the sender so that\nit continues here. And it ends here.\n\n' +
      'A second paragraph follows\nafter a blank line.\n\n\u00A0\n\nThird.\n';
    expect(texts(body)).toEqual([
      'The first paragraph is wrapped at a fixed width by the sender so that it continues here. And it ends here.',
      'A second paragraph follows after a blank line.',
      'Third.',
    ]);
  });

  it('treats lines of white space, no-break spaces and zero-width spaces as blank', () => {
    const body = 'One.\n\u00A0\u00A0\n\u200B\n \t\nTwo.\n';
    expect(texts(body)).toEqual(['One.', 'Two.']);
  });

  it('re-joins hard-wrapped lines', () => {
    const body = [
      'Officials met to draft a plan to end the',
      'war in Ukraine, sources said.',
      'The meeting included special envoy Steve Witkoff and the president of the country, President',
      'Donald Trump said.',
      'A close ally of Russian President',
      'Vladimir Putin, he has met him often.',
      'The meeting resulted in a',
      '28-point plan, two people said.',
      'It was a long line that was cut by the wire system at some arbitrary width',
      'Because of that it continues here.',
      'It was late,',
      'Then it ended.',
    ].join('\n');
    expect(texts(body)).toEqual([
      'Officials met to draft a plan to end the war in Ukraine, sources said.',
      'The meeting included special envoy Steve Witkoff and the president of the country, President Donald Trump said.',
      'A close ally of Russian President Vladimir Putin, he has met him often.',
      'The meeting resulted in a 28-point plan, two people said.',
      'It was a long line that was cut by the wire system at some arbitrary width Because of that it continues here.',
      'It was late, Then it ended.',
    ]);
  });

  it('does not join a finished sentence, but joins an abbreviation that goes on', () => {
    expect(texts('He spoke with the U.S.\nabout the war.\nIt ended with Mr.\nSmith leaving.\nDone.\nNext.')).toEqual([
      'He spoke with the U.S. about the war.',
      'It ended with Mr. Smith leaving.',
      'Done.',
      'Next.',
    ]);
  });

  it('handles CRLF line ends with offsets into the original body', () => {
    const body = 'Title line here\r\n\r\nFirst para.\r\n\r\nSecond para that is\r\nwrapped.\r\n';
    const ps = clean(body);
    expect(ps.map((p) => p.text)).toEqual(['First para.', 'Second para that is wrapped.']);
    expect(body.slice(ps[1]!.start, ps[1]!.end)).toBe('Second para that is\r\nwrapped.');
  });

  it('drops a paragraph that repeats an earlier one exactly, and numbers survivors from 1', () => {
    const body = 'One.\nThe meeting resulted in a\n28-point plan.\nTwo.\nThe meeting resulted in a\n28-point plan.\nThree.';
    const ps = clean(body);
    expect(ps.map((p) => p.text)).toEqual(['One.', 'The meeting resulted in a 28-point plan.', 'Two.', 'Three.']);
    expect(ps.map((p) => p.index)).toEqual([1, 2, 3, 4]);
  });
});

describe('cleanArticle: headings and page chrome', () => {
  it('drops subheads: ALL-CAPS lines and short unpunctuated lines before a new sentence', () => {
    const body = [
      'It began in October.',
      'MEETING RESULTED IN A PLAN',
      'The plan was drafted.',
      '28-point peace plan spreads uneasiness',
      'The Miami talks produced it.',
      'Officials out of the loop',
      '“Nobody told us,” one said.',
    ].join('\n');
    expect(texts(body)).toEqual([
      'It began in October.',
      'The plan was drafted.',
      'The Miami talks produced it.',
      '“Nobody told us,” one said.',
    ]);
  });

  it('drops blog widgets: short navigation lines, a date header and a trailing comment counter', () => {
    const body = [
      'Followers',
      '',
      'Search this blog',
      '',
      '2025 m. lapkričio 27 d., ketvirtadienis',
      '',
      'Home | About | Archive | Contact',
      '',
      'The article starts here.',
      '',
      'It goes on.',
      '',
      'No comments:',
      '',
      'Komentarų nėra:',
    ].join('\n');
    expect(texts(body)).toEqual(['The article starts here.', 'It goes on.']);
  });

  it('drops newsletter prompts, "Recommended", "Advertisement", "end of article" and wire credits', () => {
    const body = [
      'Stay informed with free updates',
      'Simply sign up to the War myFT Digest — delivered directly to your inbox.',
      'The real first paragraph.',
      'Advertisement',
      'Sign up for our daily newsletter',
      'Recommended',
      'The real second paragraph, which says people were urged to sign up for the army.',
      'Reporting by A. Writer; Editing by B. Editor',
      'end of article',
    ].join('\n');
    expect(texts(body)).toEqual([
      'The real first paragraph.',
      'The real second paragraph, which says people were urged to sign up for the army.',
    ]);
  });

  it('drops a line repeating the title, alone or with a standfirst', () => {
    const title = "U.S.'s Plan Had Kremlin Input";
    expect(texts(`U.S.’s Plan Had Kremlin Input\nThe text.`, title)).toEqual(['The text.']);
    expect(texts(`U.S.'s Plan Had Kremlin Input --- Crucial input from a confidant shaped it\n\nThe text.\n\nMore.`, title)).toEqual(['The text.', 'More.']);
    expect(texts(`U.S.'s plan had Kremlin input, officials said.\nMore.`, title)).toEqual([
      "U.S.'s plan had Kremlin input, officials said.",
      'More.',
    ]);
  });

  it('drops footnote lines only when the text carries the matching marker, and cuts a trailing marker', () => {
    const body = 'Officials promise a plan.” [1]\n\n\u00A0\n\n1. Plan Had Kremlin Input. Journal, 27 Nov 2025: A1.\u00A0\n';
    const ps = clean(body);
    expect(ps.map((p) => p.text)).toEqual(['Officials promise a plan.”']);
    expect(texts('There are three steps.\n1. The first step is taken.\n2. The second follows.')).toHaveLength(3);
  });
});

describe('cleanArticle: wire markers and datelines', () => {
  it('strips >> and <<, and a wire dateline by moving the paragraph start', () => {
    const body = '>>Washington, Nov 22 (Reuters) - U.S. officials are concerned.\nThey met.\n"It is based on input."\n…<<';
    const ps = clean(body);
    expect(ps.map((p) => p.text)).toEqual(['U.S. officials are concerned.', 'They met.', '"It is based on input."']);
    expect(ps[0]!.start).toBe(body.indexOf('U.S.'));
    expect(texts('Text ends here.<<')).toEqual(['Text ends here.']);
    expect(texts('Text ends here.…<<\n')).toEqual(['Text ends here.']);
  });

  it('recognises common dateline shapes, with or without an opening quote', () => {
    for (const [line, rest] of [
      ['WASHINGTON -- It started with an order.', 'It started with an order.'],
      ['“WASHINGTON -- It started with an order.', 'It started with an order.'],
      ['KYIV, Ukraine (AP) — Officials said so.', 'Officials said so.'],
      ['NEW YORK, March 3, 2024 – Shares fell.', 'Shares fell.'],
      ['London, Jan. 5 (Agency) -- Prices rose.', 'Prices rose.'],
    ]) {
      expect(texts(`${line}\nSecond.`)[0]).toBe(rest);
    }
  });

  it('leaves openings that are not datelines', () => {
    expect(texts('Ukraine - the country at war - said no.')[0]).toBe('Ukraine - the country at war - said no.');
    expect(texts('First.\nWASHINGTON -- Later text.')[1]).toBe('WASHINGTON -- Later text.');
  });
});

describe('isPageChrome', () => {
  it('keeps article sentences that merely mention the words', () => {
    expect(isPageChrome('Zelenskiy vowed to sign up to nothing that betrays Ukraine, he said in a newsletter to allies and partners in the long and difficult war that began in 2022 with the invasion of his country by Russia.')).toBe(false);
    expect(isPageChrome('The commentary was recommended by officials.')).toBe(false);
    expect(isPageChrome('3 comments')).toBe(true);
    expect(isPageChrome('Share this article')).toBe(true);
  });
});

describe('cleanArticle on the project’s sources', () => {
  const dir = path.resolve('content/sources');
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    it(`keeps only article paragraphs of ${name}`, () => {
      const s = parseSourceFile(name, readFileSync(path.join(dir, name)));
      const ps = clean(s.body, s.meta.title);
      expect(ps.length).toBeGreaterThan(8);
      const all = ps.map((p) => p.text);
      expect(new Set(all).size).toBe(all.length);
      for (const t of all) {
        expect(t).not.toMatch(/sign up|Recommended$|end of article|>>|<<|^\d+\. |\[1\]$/i);
        expect(t).not.toMatch(/^(?:[A-Z][a-z]+, )?(?:Nov|WASHINGTON)/);
        // Every paragraph is a sentence or more, ending in punctuation.
        expect(t).toMatch(/[.!?…"'”’]$/);
      }
    });
  }
});

describe('cleanArticle: pictures and datelines without a place', () => {
  it('drops a photo caption or credit, and the links a page marks as opening a new tab', () => {
    const body = [
      'FILE PHOTO: Firefighters work at the site of a strike in Kyiv, November 3, 2026. REUTERS/Jane Doe/File Photo',
      'The minister resigned on Tuesday.',
      'Rescuers search the rubble in Dnipro. (AP Photo/John Roe)',
      'Our Standards: The Trust Principles., opens new tab',
    ].join('\n\n');
    expect(texts(body)).toEqual(['The minister resigned on Tuesday.']);
  });
  it('skips a dateline of a date and an agency alone, and keeps a sentence that opens on a date', () => {
    expect(texts('Nov 4 (Reuters) - Parliament voted on Wednesday.')).toEqual(['Parliament voted on Wednesday.']);
    expect(texts('Nov. 4 - the day the vote was held - was cold.')).toEqual(['Nov. 4 - the day the vote was held - was cold.']);
  });
});
