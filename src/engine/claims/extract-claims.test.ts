import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findConflicts, findInternalConflicts } from '../conflicts/find-conflicts.ts';
import { article } from './__fixtures__/article.ts';
import { extractClaims } from './extract-claims.ts';

// Words that exercise every extractor: quotes, speech verbs, weekdays, years,
// dates, qualifiers, negations, names with variant spellings.
const VOCABULARY = [
  '“', '”', '"', '‘', '’', "'", ',', '.', '?', ';', '—', '(', ')', '\n', '\n\n', 'said', 'told', 'reporters', 'he', 'she',
  'according', 'to', 'Peskov', 'Dmitry', 'Zelensky', 'Zelenskyy', 'Chernihiv', 'Chernigiv', 'on', 'in', 'Monday',
  'Tuesday', 'yesterday', 'a', 'day', 'earlier', 'last', 'month', '2014', '2020', 'March', '29', 'at', 'least', '20',
  'about', '1,000', 'million', 'people', 'were', 'killed', 'not', 'never', 'no', 'longer', 'denied', 'talks', 'Istanbul',
  'annexed', 'the', 'Crimea', 'by', 'Moscow', 'will', 'did', "n't", 'if', '$', '%', 'Article', '5', '-', 'year', 'old',
];
const words = fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 300 }).map((w) => w.join(' '));
const SENTENCES = [
  'At least 20 people were killed in Kramatorsk on Monday, officials said.',
  '“We did not bomb the city,” Peskov told reporters on Tuesday.',
  'Russia annexed Crimea in 2014.',
  'The toll rose to 31 on March 29, the ministry said.',
];
const anyText = fc.oneof(words, fc.string({ maxLength: 2000 }), fc.string({ unit: 'grapheme', maxLength: 500 }));

describe('extractClaims', () => {
  it('is plain data: survives JSON and structuredClone unchanged', () => {
    const claims = article('a', '“We will not invade Crimea,” Peskov said on Monday. At least 20 people were killed in 2014.', '2022-03-30T10:00:00Z');
    expect(JSON.parse(JSON.stringify(claims))).toEqual(claims);
    expect(structuredClone(claims)).toEqual(claims);
  });

  it('keeps only sentences that carry claims, each referenced by index', () => {
    const claims = article('a', 'Nothing to see here.\n\nTalks in Istanbul took place on Monday.\n\nThe weather was fine.');
    expect(claims.sentences).toEqual(['Talks in Istanbul took place on Monday.']);
    expect(claims.keys).toHaveLength(1);
  });

  it('never throws on any text, and stays bounded in size and time', () => {
    article('warm', 'Warm up the model.');
    fc.assert(fc.property(anyText, fc.option(fc.constantFrom('2022-03-30T10:00:00Z', 'garbage', '')), (text, published) => {
      const started = performance.now();
      const claims = extractClaims({ id: 'x', title: text.slice(0, 40), text, published, lang: null });
      const elapsed = performance.now() - started;
      // Generous bounds: ~1 ms per 100 characters would already be 10x our budget.
      expect(elapsed).toBeLessThan(200 + text.length / 10);
      expect(JSON.stringify(claims).length).toBeLessThan(2000 + text.length * 12);
      for (const c of claims.claims) expect(claims.sentences[c.s]).toBeDefined();
      expect(JSON.parse(JSON.stringify(claims))).toEqual(claims);
      for (const conflict of [...findInternalConflicts(claims), ...findConflicts(claims, claims)]) {
        expect(conflict.confidence).toBeGreaterThanOrEqual(0);
        expect(conflict.confidence).toBeLessThanOrEqual(1);
      }
    }), { numRuns: 150 });
  });

  it('reads English only', () => {
    const text = 'Talks in Istanbul took place on Monday.';
    expect(extractClaims({ id: 'x', title: '', text, published: null, lang: 'ru' }).claims).toEqual([]);
    expect(extractClaims({ id: 'x', title: '', text, published: null, lang: 'en-GB' }).claims).toHaveLength(1);
  });

  it('states the claims of a repeated sentence once, in sentence order', () => {
    const para = 'At least 20 people were killed in Kramatorsk on Monday, officials said.';
    const once = extractClaims({ id: 'x', title: '', text: para, published: null, lang: 'en' }).claims;
    const twice = extractClaims({ id: 'x', title: '', text: `${para}\n\nTalks resumed.\n\n${para}`, published: null, lang: 'en' }).claims;
    expect(once.length).toBeGreaterThan(1);
    expect(twice).toEqual(once);
  });

  it('never holds two equal claims, and lists them by sentence', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...SENTENCES), { maxLength: 12 }), (picked) => {
      const { claims } = extractClaims({ id: 'x', title: '', text: picked.join('\n\n'), published: null, lang: 'en' });
      const json = claims.map((c) => JSON.stringify(c));
      expect(new Set(json).size).toBe(json.length);
      expect(claims.map((c) => c.s)).toEqual([...claims.map((c) => c.s)].sort((a, b) => a - b));
    }), { numRuns: 40 });
  });

  it('caps the body it reads', () => {
    const long = 'Talks in Istanbul took place on Monday. '.repeat(10_000);
    const claims = extractClaims({ id: 'x', title: '', text: long, published: null, lang: 'en' });
    expect(claims.sentences.length).toBeLessThanOrEqual(1);
  });
});

describe('findConflicts', () => {
  it('refuses to compare claims of different versions', () => {
    const a = article('a', 'Talks in Istanbul took place on Monday.');
    expect(() => findConflicts(a, { ...a, version: a.version + 1 })).toThrow(/version/);
  });

  it('does not flag wire copies against each other: their shared inconsistency is internal', () => {
    const text = 'The mayor on Wednesday criticised the evacuation of Kherson after the flood of the dam a day earlier.\n\nEngineers described the flood of the dam on Monday as a catastrophe for Kherson.';
    const a = article('a', text);
    const b = article('b', text);
    expect(findConflicts(a, b)).toEqual([]);
    expect(findInternalConflicts(a)).toHaveLength(1);
  });
});
