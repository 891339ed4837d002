// "Capture this page" on pages out of bounds: a page too large to read is
// answered "too large" without extraction, and one with absurd metadata is
// captured (fitted to the limits by the background after reading it), not refused.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import messages from '../../public/_locales/en/messages.json' with { type: 'json' };
import { getMessageFrom } from '../ui/i18n-core.ts';
import type { ExtractedArticle } from '../engine/types.ts';
import type { SenderInfo } from './context.ts';
import { LIMITS } from '../messaging/limits.ts';

const tab = vi.hoisted(() => ({ reply: undefined as unknown }));
vi.mock('../platform/browser.ts', () => ({
  browser: {
    runtime: { id: 'ext' },
    i18n: { getMessage: getMessageFrom(messages), getUILanguage: () => 'en' },
    action: { setBadgeText: async () => undefined, setTitle: async () => undefined, setBadgeBackgroundColor: async () => undefined },
    tabs: { get: async (id: number) => ({ id, incognito: false }), sendMessage: async () => tab.reply },
  },
}));

// The browsers' DOMParser (Firefox's background page, Chrome's offscreen document) is linkedom here, as in the CLI.
vi.mock('../platform/read-page.ts', async () => {
  const { parseHTML } = await import('linkedom');
  const { extractArticle } = await import('../engine/extract/extract-article.ts');
  const actual = await vi.importActual<typeof import('../platform/read-page.ts')>('../platform/read-page.ts');
  return { ...actual, readPage: async (html: string, pageUrl: string) => extractArticle(parseHTML(html).document, pageUrl) };
});

const { route } = await import('./router.ts');
const { database } = await import('./context.ts');

const popup: SenderInfo = { kind: 'extension', tabId: null, url: 'chrome-extension://ext/popup/index.html', incognito: false };
const PAGE = 'https://news.example/a';
const article: ExtractedArticle = {
  url: PAGE, title: 'x'.repeat(200_000), source: 's'.repeat(5000), byline: null, published: null, lang: 'en',
  text: Array.from({ length: 10 }, (_, i) => `Dock workers walked out for the ${i + 1}th day over pay, the union said on Tuesday.`).join('\n\n'),
};

/** A page carrying `a`: its title and site name as the page's metadata, its text as paragraphs. */
const pageOf = (a: ExtractedArticle): string =>
  `<!DOCTYPE html><html lang="en"><head><title>${a.title}</title><meta property="og:site_name" content="${a.source}"></head>` +
  `<body><article><h1>${a.title.slice(0, 80)}</h1>${a.text.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

describe('manual capture within the limits', () => {
  beforeEach(async () => {
    await Promise.all(database().tables.map((t) => t.clear()));
  });

  it('answers "too large" when the content script found the page too large to read', async () => {
    tab.reply = { pageUrl: PAGE, html: null, tooLarge: true };
    expect(await route({ type: 'page/capture', payload: { tabId: 4 } }, popup)).toMatchObject({ ok: false, reason: 'too-large' });
    expect(await database().stories.count()).toBe(0);
  });

  it('answers "too large" for HTML past the limit, before reading it', async () => {
    tab.reply = { pageUrl: PAGE, html: 'x'.repeat(LIMITS.html + 1) };
    expect(await route({ type: 'page/capture', payload: { tabId: 4 } }, popup)).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('captures a page with absurd metadata, fitted to the limits', async () => {
    tab.reply = { pageUrl: PAGE, html: pageOf(article) };
    expect(await route({ type: 'page/capture', payload: { tabId: 4 } }, popup)).toMatchObject({ ok: true, url: PAGE });
  });
});
