// The user's real seed articles (../shared/seeds), hand-labelled line by line
// in tests/fixtures/seed-labels.json: as .txt through parsePlainText, and as a
// full news page (tests/fixtures/seed-pages.ts) through extractArticle, every
// body line survives and no chrome line does.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/engine/extract/extract-article.ts';
import { isProbablyArticle } from '../../src/engine/extract/gate.ts';
import { tidyLine, wordCount } from '../../src/engine/text/line-shape.ts';
import { parsePlainText } from '../../src/engine/text/parse-plain-text.ts';
import type { ExtractedArticle } from '../../src/engine/types.ts';
import labelFile from '../fixtures/seed-labels.json' with { type: 'json' };
import { toDocument } from '../fixtures/pages/load.ts';
import { renderSeedPage } from '../fixtures/seed-pages.ts';
import { SEEDS_DIR, loadSeeds, type Seed } from '../fixtures/seeds.ts';

interface SeedLabels {
  plainText: { title?: string; published: string | null; source: string | null };
  meta: string[];
  chrome: string[];
  either: string[];
}

const labels = labelFile as unknown as Record<string, SeedLabels>;
const seeds = loadSeeds();
if (!seeds) console.warn(`seed extraction tests skipped: ${SEEDS_DIR} (../shared/seeds) is absent`);

/** A chrome line this long is specific enough to look for anywhere in the text, not only as a whole paragraph. */
const SUBSTRING_MIN_WORDS = 3;

function bodyLines(seed: Seed, label: SeedLabels): string[] {
  const labelled = new Set([...label.meta, ...label.chrome, ...label.either].map(tidyLine));
  return seed.text.split(/\r?\n/u).map(tidyLine).filter((line) => line !== '' && !labelled.has(line));
}

function expectClean(article: ExtractedArticle, seed: Seed, label: SeedLabels): void {
  const paragraphs = new Set(article.text.split('\n\n'));
  for (const line of bodyLines(seed, label)) expect(article.text, 'body line lost').toContain(line);
  for (const line of [...label.meta, ...label.chrome].map(tidyLine)) expect(paragraphs.has(line), `not body: ${line}`).toBe(false);
  for (const line of label.chrome.map(tidyLine)) {
    if (wordCount(line) >= SUBSTRING_MIN_WORDS) expect(article.text, 'chrome kept').not.toContain(line);
  }
}

describe.skipIf(!seeds)('seed extraction', () => {
  it('has labels for every seed', () => {
    expect((seeds ?? []).map((s) => s.name).filter((name) => !labels[name])).toEqual([]);
  });

  describe.each(seeds ?? [])('$name', (seed) => {
    const label = labels[seed.name]!;

    it('parsePlainText keeps the body, drops the chrome, reads the head', () => {
      const article = parsePlainText(seed.text, seed.name);
      expectClean(article, seed, label);
      expect(article).toMatchObject(label.plainText);
    });

    it('extractArticle over the seed as a news page does the same', () => {
      const html = renderSeedPage(seed.name, seed.text);
      const pageUrl = `http://127.0.0.1/seeds/${seed.name}`;
      const doc = toDocument(html);
      expect(isProbablyArticle(doc, pageUrl)).toBe(true);
      const article = extractArticle(doc, pageUrl);
      expect(article).not.toBeNull();
      expectClean(article!, seed, label);
      expect(article!.published).toBe(label.plainText.published);
      if (label.plainText.title) expect(article!.title).toBe(label.plainText.title);
      for (const chrome of ['We use cookies', 'Related stories', 'Ministers meet again', 'Sign up for our newsletter', 'All rights reserved']) {
        expect(article!.text).not.toContain(chrome);
      }
    });

    it('both paths give the same body', () => {
      const plain = parsePlainText(seed.text, seed.name).text;
      const page = extractArticle(toDocument(renderSeedPage(seed.name, seed.text)), 'http://127.0.0.1/seed')!.text;
      expect(page).toBe(plain);
    });
  });
});
