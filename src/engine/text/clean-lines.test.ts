import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanLines, dropRepeats } from './clean-lines.ts';
import { lineKey } from './line-shape.ts';

const BODY = 'The council voted on Tuesday to close the bridge for repairs, officials said.';
const BODY2 = 'Drivers will be diverted through the town centre until the work ends in June.';

describe('cleanLines drops chrome lines', () => {
  it.each([
    ['video placeholders', 'This video is no longer available.'],
    ['photo credits', 'President Putin (Photo by Mikhail KLIMENTYEV / SPUTNIK / AFP)'],
    ['credit labels', 'Photo: Jane Doe/Reuters'],
    ['app promos', 'Download our app and read this and other great stories on the move. Available for Android and iOS.'],
    ['feed promos', 'For more news your way'],
    ['personalisation promos', 'Personalise your news feed. Follow trending topics'],
    ['sign-up promos', 'Sign up for our morning briefing'],
    ['share labels', 'Share this article'],
    ['comment labels', 'Comment'],
    ['story codes', 'Story Code : 986527'],
    ['separators', '—'],
    ['bullets alone', '•'],
    ['stray numbers', '0'],
    ['ad labels', 'Advertisement'],
    ['attribution stamps', '(With agency inputs)'],
    ['bare dates', '30 March 2022'],
  ])('%s', (_, chrome) => {
    expect(cleanLines([BODY, chrome, BODY2])).toEqual([BODY, BODY2]);
  });

  it('drops a photo credit and the caption over it, and keeps a subhead over a paragraph', () => {
    expect(cleanLines([BODY, 'The bridge seen from the river in Carrowmore', 'Ana Ruiz/Bloomberg/Getty Images', BODY2])).toEqual([BODY, BODY2]);
    expect(cleanLines([BODY, 'Diversions through the town', BODY2])).toEqual([BODY, 'Diversions through the town', BODY2]);
    // A sentence before a credit is prose, the credit alone goes.
    expect(cleanLines([BODY, 'Ana Ruiz/Reuters', BODY2])).toEqual([BODY, BODY2]);
  });

  it('drops runs of one- and two-word lines (tags), and keeps one short line', () => {
    expect(cleanLines([BODY, 'world', 'bridges', 'Carrowmore council', BODY2])).toEqual([BODY, BODY2]);
    expect(cleanLines([BODY, 'Diversions', BODY2])).toEqual([BODY, 'Diversions', BODY2]);
  });

  it('drops immediately repeated lines and later exact repeats', () => {
    expect(cleanLines([BODY, BODY, BODY2, BODY])).toEqual([BODY, BODY2]);
  });

  it('drops a long line wholly contained in another (a standfirst echoing the body)', () => {
    const standfirst = 'The council voted on Tuesday to close the bridge for repairs';
    expect(cleanLines([standfirst, `${BODY} ${BODY2}`])).toEqual([`${BODY} ${BODY2}`]);
  });

  it('tidies spaces and bullets', () => {
    expect(cleanLines(['\u00a0 - The council voted\u00a0on Tuesday.  '])).toEqual(['The council voted on Tuesday.']);
  });
});

describe('cleanLines drops teaser blocks', () => {
  it('a heading followed by headlines and dates, to the end', () => {
    const lines = [BODY, BODY2, 'Featured Stories', 'Bridge Row Deepens', 'Bridge Row Deepens', '30 March 2022', 'Mayor Quits Over Budget', '29 March 2022'];
    expect(cleanLines(lines)).toEqual([BODY, BODY2]);
  });

  it('a heading with headline + summary items at the end of the text', () => {
    const lines = [BODY, 'Read more', 'Bridge row deepens', 'The dispute over the bridge has lasted a year.', 'Mayor quits', 'The mayor resigned on Monday.'];
    expect(cleanLines(lines)).toEqual([BODY]);
  });

  it('a heading with headlines in mid-text, keeping the body that resumes', () => {
    const lines = [BODY, 'Related', 'Bridge row deepens', 'Mayor quits over budget', BODY2];
    expect(cleanLines(lines)).toEqual([BODY, BODY2]);
  });

  it('tags after a tag heading', () => {
    expect(cleanLines([BODY, BODY2, 'Tagged', 'Russia Ukraine', 'Comment'])).toEqual([BODY, BODY2]);
  });

  it('"-"-separated headline + summary items at the end', () => {
    const lines = [BODY, BODY2, '-', "'Nobody should be fooled': mayor on the bridge", 'The mayor said the closure was needed.', '-', 'Budget vote delayed | Top updates', 'Councillors delayed the vote again.'];
    expect(cleanLines(lines)).toEqual([BODY, BODY2]);
  });

  it('"-"-separated items that open with a date', () => {
    const lines = [BODY, BODY2, '—', '27 March 2022', 'Bridge row deepens', '—', '28 March 2022', 'Mayor quits over budget'];
    expect(cleanLines(lines)).toEqual([BODY, BODY2]);
  });

  it('a bare trailing list of headlines', () => {
    const lines = [BODY, BODY2, 'Bridge row deepens', 'Mayor quits over budget', 'Floods hit the valley', 'School to reopen'];
    expect(cleanLines(lines)).toEqual([BODY, BODY2]);
  });
});

describe('cleanLines keeps body text', () => {
  it('a body paragraph that mentions related things, videos, apps or newsletters', () => {
    const lines = [
      'Police said the two incidents were not related, and no arrests had been made.',
      'A video of the collapse, shared widely on social media, shows the bridge falling.',
      'The council said its new app would let residents report potholes directly to engineers.',
      'Residents were told about the closure in the council newsletter, which many said they never received.',
    ];
    expect(cleanLines(lines)).toEqual(lines);
  });

  it('a subhead followed by body paragraphs', () => {
    const lines = [BODY, 'What happens next', BODY2, 'Engineers expect the first phase of the work to be finished by May.'];
    expect(cleanLines(lines)).toEqual(lines);
  });

  it('a heading-like word not followed by teasers stays out, the body stays in', () => {
    expect(cleanLines(['Related', BODY, BODY2])).toEqual([BODY, BODY2]);
  });

  it('a text of two short lines is not mistaken for a teaser list', () => {
    expect(cleanLines(['Bridge closed', 'Diversions in place'])).toEqual(['Bridge closed', 'Diversions in place']);
  });

  it('a sentence after separators and bare dates is body, not a teaser item (found by the property test)', () => {
    const odd = 'The the the the the the the the the the the the.';
    expect(cleanLines(['—', '27 March 2022', 'This video is no longer available.', '—', '27 March 2022', odd])).toEqual([odd]);
    expect(cleanLines(['—', '27 March 2022', '—', '27 March 2022', BODY])).toEqual([BODY]);
  });

  it('quotes and short repeated phrases inside paragraphs', () => {
    const lines = ['"We will rebuild," the mayor said.', 'She added: "We will rebuild, and we will do it this year."'];
    expect(cleanLines(lines)).toEqual(lines);
  });
});

describe('dropRepeats', () => {
  // The plain definition: keep the first of equal lines, then drop a line of 8
  // words or more whose words appear, in order and whole, inside another line.
  const reference = (lines: readonly string[]): string[] => {
    const firsts = lines.filter((line, i) => lines.findIndex((other) => lineKey(other) === lineKey(line)) === i);
    const keys = firsts.map((line) => ` ${lineKey(line)} `);
    return firsts.filter((_, i) => {
      const needle = keys[i] ?? '';
      return needle.trim().split(' ').length < 8 || !keys.some((key, j) => j !== i && key.includes(needle));
    });
  };
  const WORDS = ['the', 'bridge', 'council', 'said', 'on', 'Tuesday', 'repairs', 'will', 'close', 'town', 'June', 'of'];
  const line = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 16 }).map((w) => `${w.join(' ')}.`);

  it('keeps exactly the lines the plain definition keeps', () => {
    fc.assert(fc.property(fc.array(line, { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 10 }), (lines, cuts) => {
      // Add lines cut out of others (pull quotes, standfirsts), in other case and punctuation.
      const parts = cuts.map((n) => {
        const words = lineKey(lines[n % Math.max(1, lines.length)] ?? '').split(' ');
        return `${words.slice(n % 3, words.length - (n % 2)).join(', ').toUpperCase()}!`;
      });
      const all = [...lines, ...parts];
      expect(dropRepeats(all)).toEqual(reference(all));
    }), { numRuns: 300 });
  });

  it('drops a standfirst repeated inside a long article whose lines share common words', () => {
    const body = Array.from({ length: 400 }, (_, i) => `The council said on day ${i} that the bridge will close for repairs in June.`);
    const standfirst = 'the bridge will close for repairs in June';
    expect(dropRepeats([standfirst, ...body])).toEqual(body);
  });
});

