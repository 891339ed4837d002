// Every page the e2e run serves, with what the extension should store for it:
// the golden fixture pages (tests/fixtures/pages/<slug>/), the ../shared/seeds
// texts rendered into full news pages, and one page that is not an article.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPageFixtures, type PageExpectation } from '../fixtures/pages/load.ts';
import { ROOT } from './harness.ts';
import { seedPages } from './labelled-seeds.ts';

/** tests/fixtures/pages/<slug>/expected.json; non-articles carry only pageUrl and article. */
export type Expected = PageExpectation;

export interface E2ePage {
  /** Shown in test names. */
  id: string;
  kind: 'fixture' | 'seed' | 'own';
  /** Where the server serves it. */
  path: string;
  html: string;
  expected: Expected;
  /** Lines that must not come out as a whole stored paragraph (seed meta and chrome labels). */
  notParagraphs?: string[];
}

// pageUrl's origin is what expectations.ts moves to the server's 127.0.0.1:PORT.
const PAGE_ORIGIN = 'http://127.0.0.1';

export function fixturePages(): E2ePage[] {
  return loadPageFixtures().map(({ slug, html, expected }) => ({ id: slug, kind: 'fixture', path: `/${slug}/`, html, expected }));
}

/** A section front with nav, cookie banner, headline lists and footer, and no article metadata. */
export function notArticlePage(): E2ePage {
  return {
    id: 'e2e-section-front',
    kind: 'own',
    path: '/e2e-section-front/',
    html: readFileSync(join(ROOT, 'tests/e2e/pages/not-article.html'), 'utf8'),
    expected: { pageUrl: `${PAGE_ORIGIN}/e2e-section-front/`, article: false },
  };
}

/** Fixture pages, seed pages (when ../shared/seeds exists) and the non-article page. */
export function allPages(): E2ePage[] {
  return [...fixturePages(), ...seedPages(), notArticlePage()];
}
