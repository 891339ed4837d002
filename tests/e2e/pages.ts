// Every page the e2e run serves, with what the extension should store for it:
// the golden fixture pages (tests/fixtures/pages/<slug>/), the ../shared/seeds
// texts rendered into full news pages, and one page that is not an article.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness.ts';

/** tests/fixtures/pages/<slug>/expected.json */
export interface Expected {
  pageUrl: string;
  article: boolean;
  title: string;
  source: string | null;
  byline: string | null;
  published: string | null;
  url: string;
  lang: string | null;
  mustContain: string[];
  mustNotContain: string[];
}

export interface E2ePage {
  /** Shown in test names. */
  id: string;
  kind: 'fixture' | 'seed' | 'not-article';
  /** Where the server serves it. */
  path: string;
  html: string;
  expected: Expected | null;
}

const FIXTURES = join(ROOT, 'tests/fixtures/pages');

export function fixturePages(): E2ePage[] {
  if (!existsSync(FIXTURES)) return [];
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(FIXTURES, d.name, 'expected.json')))
    .map((d) => d.name)
    .sort()
    .map((slug) => ({
      id: slug,
      kind: 'fixture' as const,
      path: `/${slug}/`,
      html: readFileSync(join(FIXTURES, slug, 'source.html'), 'utf8'),
      expected: JSON.parse(readFileSync(join(FIXTURES, slug, 'expected.json'), 'utf8')) as Expected,
    }));
}

export function notArticlePage(): E2ePage {
  return {
    id: 'not-article',
    kind: 'not-article',
    path: '/not-article/',
    html: readFileSync(join(ROOT, 'tests/e2e/pages/not-article.html'), 'utf8'),
    expected: null,
  };
}

/** Fixture pages, seed pages (when ../shared/seeds exists) and the non-article page. */
export async function allPages(): Promise<E2ePage[]> {
  return [...fixturePages(), notArticlePage()];
}
