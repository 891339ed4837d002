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

/** An article in a single-page app; window.showNextStory() moves it to SPA_NEXT without a page load. */
export function spaPage(): E2ePage {
  return {
    id: 'e2e-spa',
    kind: 'own',
    path: '/e2e-spa/',
    html: readFileSync(join(ROOT, 'tests/e2e/pages/spa.html'), 'utf8'),
    expected: {
      pageUrl: `${PAGE_ORIGIN}/e2e-spa/`,
      article: true,
      title: 'Harbour ferry service restored after storm repairs',
      source: 'E2E Gazette',
      mustContain: [
        'The ferry linking the old harbour with the island villages resumed its full timetable on Saturday',
        'would be paid for from its emergency fund, with a claim lodged against the national storm relief programme.',
      ],
      mustNotContain: ['uses cookies', 'More from Local', 'Saturday market moves', '© E2E Gazette'],
    },
  };
}

/** The story window.showNextStory() puts on the SPA page, at its new URL. */
export const SPA_NEXT = {
  path: '/e2e-spa/second/',
  title: 'Lighthouse keeper cottage opens as a small museum',
  mustContain: ['opened to visitors on Sunday as a museum of the island’s maritime life.', 'said curator Hanne Solberg.'],
  mustNotContain: ['The ferry linking the old harbour'],
};

/** Fixture pages, seed pages (when ../shared/seeds exists) and the non-article page. */
export function allPages(): E2ePage[] {
  return [...fixturePages(), ...seedPages(), notArticlePage(), spaPage()];
}
