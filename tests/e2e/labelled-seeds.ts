// The ../shared/seeds texts as e2e pages: rendered into full news pages by
// tests/fixtures/seed-pages.ts and checked against the hand labels in
// tests/fixtures/seed-labels.json (the same labels the Node extraction test
// uses): every unlabelled line is body and must be stored; chrome lines must not.
import { tidyLine, wordCount } from '../../src/engine/text/line-shape.ts';
import labelFile from '../fixtures/seed-labels.json' with { type: 'json' };
import { renderSeedPage } from '../fixtures/seed-pages.ts';
import { SEEDS_DIR, loadSeeds, type Seed } from '../fixtures/seeds.ts';
import type { E2ePage } from './pages.ts';

interface SeedLabels {
  plainText: { title?: string; published: string | null; source: string | null };
  meta: string[];
  chrome: string[];
  either: string[];
}
const labels = labelFile as unknown as Record<string, SeedLabels | undefined>;

/** Shorter chrome lines ("-", "Comment") may occur inside body sentences; only longer ones are searched for. */
const SUBSTRING_MIN_WORDS = 3;
/** The site chrome renderSeedPage puts around every seed. */
const PAGE_CHROME = ['We use cookies', 'Accept all cookies', 'Related stories', 'Ministers meet again', 'Sign up for our newsletter', 'All rights reserved'];

const siteName = (html: string): string | null => /<meta property="og:site_name" content="([^"]*)"/u.exec(html)?.[1] ?? null;
const canonical = (html: string): string | null => /<link rel="canonical" href="([^"]*)"/u.exec(html)?.[1] ?? null;

function seedPage(seed: Seed, label: SeedLabels): E2ePage {
  const slug = seed.name.replace(/\.[^.]*$/u, '');
  const html = renderSeedPage(seed.name, seed.text);
  // Served where the page's own canonical link says it lives, on the test server's port.
  const pageUrl = canonical(html) ?? `http://127.0.0.1/seeds/${slug}/`;
  const labelled = new Set([...label.meta, ...label.chrome, ...label.either].map(tidyLine));
  const body = seed.text.split(/\r?\n/u).map(tidyLine).filter((line) => line !== '' && !labelled.has(line));
  const chrome = label.chrome.map(tidyLine);
  return {
    id: `seed ${slug}`,
    kind: 'seed',
    path: new URL(pageUrl).pathname,
    html,
    expected: {
      pageUrl,
      article: true,
      url: pageUrl,
      ...(label.plainText.title ? { title: label.plainText.title } : {}),
      source: siteName(html),
      published: label.plainText.published,
      mustContain: body,
      mustNotContain: [...chrome.filter((line) => wordCount(line) >= SUBSTRING_MIN_WORDS), ...PAGE_CHROME],
    },
    notParagraphs: [...label.meta.map(tidyLine), ...chrome],
  };
}

/** One page per seed; none (with a warning) when ../shared/seeds is absent. */
export function seedPages(): E2ePage[] {
  const seeds = loadSeeds();
  if (!seeds) {
    console.warn(`e2e seed pages skipped: ${SEEDS_DIR} (../shared/seeds) is absent`);
    return [];
  }
  return seeds.map((seed) => {
    const label = labels[seed.name];
    if (!label) throw new Error(`no hand labels for seed ${seed.name} in tests/fixtures/seed-labels.json`);
    return seedPage(seed, label);
  });
}
