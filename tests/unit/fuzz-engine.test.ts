// Generated texts through the engine as the extension runs it: plain-text
// parsing, analysis (fingerprint, entities, claims), ingest into a store and
// conflict finding. Never a throw, bounded output and time, and the language
// rule holds: claims are only compared where the language is supported.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/engine/analysis.ts';
import { findConflicts, findInternalConflicts } from '../../src/engine/conflicts/index.ts';
import { ingest } from '../../src/engine/match/ingest.ts';
import { MemoryArticleStore } from '../../src/engine/match/memory-store.ts';
import { parsePlainText } from '../../src/engine/text/parse-plain-text.ts';
import type { ExtractedArticle } from '../../src/engine/types.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
/** Analysis of a generated article (a few hundred words) takes milliseconds; this catches only a runaway. */
const MAX_MS_PER_ARTICLE = 3000;

const NAMES = ['Peskov', 'Dmitry Peskov', 'Istanbul', 'Crimea', 'Ashgrove', 'Marta Keller', 'the union', 'Reuters', 'AFP', 'Moscow', 'Kyiv'];
const VERBS = ['said', 'told reporters', 'denied', 'confirmed', 'did not confirm', 'rose to', 'fell to', 'killed', 'injured', 'annexed', 'met', 'will resume'];
const FIGURES = ['2014', '2020', '3', 'three', '11', '2,500', '12.5 per cent', '40%', '$3 million', 'Monday', 'Tuesday', 'March 12', '12 March 2024', 'a day earlier', 'last week', 'in 1999'];
const ODD = ['“', '”', '"', '‘', '’', '—', '…', '\u202E', '\u200B', '\uD800', '<img src=x onerror=alert(1)>', '\n', '\n\n', '  ', 'e.g.', 'U.S.', 'Dr.', '(', ')', ':', ';'];
const token = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('the', 'talks', 'in', 'on', 'that', 'workers', 'fire', 'plant', 'officials', 'police', 'were', 'not', 'no', 'after', 'before', 'said') },
  { weight: 2, arbitrary: fc.constantFrom(...NAMES) }, { weight: 2, arbitrary: fc.constantFrom(...VERBS) }, { weight: 2, arbitrary: fc.constantFrom(...FIGURES) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) });
const sentence = fc.array(token, { minLength: 1, maxLength: 30 }).map((words) => `${words.join(' ')}.`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((s) => s.join(' '));
const body = fc.array(paragraph, { minLength: 1, maxLength: 15 }).map((p) => p.join('\n\n'));
const lang = fc.constantFrom<string | null>('en', 'en-GB', null, 'fr', 'de', 'ru', 'zh');

function article(id: number, text: string, language: string | null, published: string | null = '2024-03-12T08:00:00.000Z'): ExtractedArticle {
  return { url: `https://site${id}.example/a`, title: text.split('\n')[0]!.slice(0, 120), source: null, byline: null, published, lang: language, text };
}

const supported = (l: string | null): boolean => l === null || /^en\b/iu.test(l);

describe('engine fuzzing', () => {
  it('plain-text parsing and analysis never throw and stay bounded', () => {
    fc.assert(fc.property(fc.oneof(body, fc.string({ unit: 'binary', maxLength: 2000 })), lang, (text, l) => {
      const parsed = parsePlainText(text, 'fuzz.txt');
      expect(parsed.text.length).toBeLessThanOrEqual(text.length + 2);
      const started = performance.now();
      const analysis = analyzeArticle({ ...parsed, lang: l, url: 'https://fuzz.example/a' });
      expect(performance.now() - started).toBeLessThan(MAX_MS_PER_ARTICLE);
      const { claims } = analysis;
      expect(claims.claims.every((c) => c.s >= 0 && c.s < claims.sentences.length)).toBe(true);
      // Evidence is text, never made up: each entry a verbatim slice, and no more entries than claims. Entries may
      // overlap: a quotation running over several sentences has them all as one entry (quote-claims.ts).
      expect(claims.sentences.filter((s) => !parsed.text.includes(s))).toEqual([]);
      expect(claims.sentences.length).toBeLessThanOrEqual(claims.claims.length);
      if (!supported(l)) expect(claims.claims).toEqual([]);
      expect(findInternalConflicts(claims).length).toBeLessThanOrEqual(claims.claims.length ** 2);
    }), { numRuns: RUNS * 3 });
  });

  it('ingesting generated stories never throws; groups, matches and conflicts stay consistent and bounded', async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.tuple(body, lang, fc.boolean()), { minLength: 2, maxLength: 6 }), async (items) => {
      const store = new MemoryArticleStore();
      const analyses = items.map(([text, l, copy], i) => {
        // Half the articles repeat the one before with a figure changed: copies and rewrites with real clashes.
        const previous = i > 0 ? items[i - 1]![0] : text;
        return analyzeArticle(article(i, copy ? previous.replace(/2014|three|Monday/u, (m) => ({ 2014: '2020', three: 'four', Monday: 'Tuesday' })[m] ?? m) : text, l));
      });
      for (const [i, a] of analyses.entries()) await ingest(store, a, 1000 + i);
      const ids = new Set(analyses.map((a) => a.id));
      for (const group of store.groups.values()) {
        for (const id of group.articleIds) expect(store.articles.get(id)?.groupId).toBe(group.id);
      }
      for (const a of analyses) {
        const stored = store.articles.get(a.id);
        expect(stored && store.groups.get(stored.groupId)?.articleIds).toContain(a.id);
        for (const c of await store.conflictsOf(a.id)) {
          expect(ids.has(c.a.id) && ids.has(c.b.id)).toBe(true);
          const langOf = (id: string): string | null => analyses.find((x) => x.id === id)!.lang;
          // The language rule: no conflict involves an article in a language the claim rules do not read.
          expect(supported(langOf(c.a.id)) && supported(langOf(c.b.id)), `conflict between ${langOf(c.a.id)} and ${langOf(c.b.id)}`).toBe(true);
          expect(c.confidence).toBeGreaterThanOrEqual(0);
          expect(c.confidence).toBeLessThanOrEqual(1);
        }
      }
    }), { numRuns: RUNS });
  });
});

describe('non-English articles', () => {
  const wire = readFileSync(new URL('../fixtures/relations/factory-fire-wire.txt', import.meta.url), 'utf8');
  const base = parsePlainText(wire, 'wire');
  // The same report with its death toll changed: a copy that contradicts the original.
  const changed = base.text.replace(/Three workers were killed/u, 'Five workers were killed');

  async function conflictsBetween(language: string | null): Promise<number> {
    const store = new MemoryArticleStore();
    const a = analyzeArticle({ ...base, url: 'https://one.example/a', lang: language });
    const b = analyzeArticle({ ...base, text: changed, url: 'https://two.example/b', lang: language });
    await ingest(store, a, 1);
    const result = await ingest(store, b, 2);
    expect(result.others, 'the two reports are one story whatever the language').toEqual([a.id]);
    return result.conflicts.filter((c) => c.kind === 'conflict').length;
  }

  it('an English copy with a changed toll is flagged (the control)', async () => {
    expect(changed).not.toBe(base.text);
    expect(await conflictsBetween('en')).toBeGreaterThan(0);
  });

  it.each(['fr', 'de', 'es', 'ru'])('the same pair declared %s raises no conflict: its claims are never compared', async (language) => {
    expect(await conflictsBetween(language)).toBe(0);
  });

  it('findConflicts over claims of unsupported languages finds nothing to compare', () => {
    const a = analyzeArticle({ ...base, url: 'https://one.example/a', lang: 'de' }).claims;
    const b = analyzeArticle({ ...base, text: changed, url: 'https://two.example/b', lang: 'de' }).claims;
    expect(findConflicts(a, b)).toEqual([]);
  });
});
