// Private (incognito) windows: the decision is the background's, from the
// browser's own sender.tab.incognito, so a page cannot talk its way out of it.
// Nothing is captured and nothing at all is written, not even a tab record.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import messages from '../../public/_locales/en/messages.json' with { type: 'json' };
import { getMessageFrom } from '../ui/i18n-core.ts';
import { dump } from '../storage/__fixtures__/library.ts';
import type { ExtractedArticle } from '../engine/types.ts';
import type { SenderInfo } from './context.ts';
import { classifySender } from './sender.ts';

const tabs = vi.hoisted(() => ({ incognito: true, asked: 0 }));
vi.mock('../platform/browser.ts', () => ({
  browser: {
    runtime: { id: 'ext' },
    i18n: { getMessage: getMessageFrom(messages), getUILanguage: () => 'en' },
    action: { setBadgeText: async () => undefined, setTitle: async () => undefined, setBadgeBackgroundColor: async () => undefined },
    tabs: {
      get: async (id: number) => ({ id, incognito: tabs.incognito }),
      sendMessage: async () => {
        tabs.asked++;
        return { pageUrl: 'https://news.example/a', html: PAGE_HTML };
      },
    },
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

const URL_A = 'https://news.example/a';
const ARTICLE: ExtractedArticle = {
  url: URL_A, title: 'Dock strike halts the port', source: 'News', byline: null, published: '2024-05-14T00:00:00.000Z', lang: 'en',
  text: Array.from({ length: 12 }, (_, i) => `Dock workers in the port walked out on day ${i + 1} of the dispute over pay, the union said on Tuesday.`).join('\n\n'),
};

const PAGE_HTML = `<!DOCTYPE html><html lang="en"><head><title>${ARTICLE.title}</title></head><body><article><h1>${ARTICLE.title}</h1>${ARTICLE.text
  .split('\n\n')
  .map((p) => `<p>${p}</p>`)
  .join('')}</article></body></html>`;

/** What the browser hands the background for a content script's message. */
const rawSender = (incognito: boolean) => ({ id: 'ext', url: URL_A, tab: { id: 7, incognito } as never });
const content = (incognito: boolean): SenderInfo => classifySender(rawSender(incognito), 'ext', 'chrome-extension://ext/')!;
const popup: SenderInfo = { kind: 'extension', tabId: null, url: 'chrome-extension://ext/popup/index.html', incognito: false };

const flow = [
  ['page/check', { url: URL_A }],
  ['page/skip', { url: URL_A, reason: 'not-article' }],
  ['page/read', { url: URL_A, html: PAGE_HTML, claimed: [] }],
  ['story/capture', { article: ARTICLE }],
] as const;

describe('private windows', () => {
  beforeEach(async () => {
    await Promise.all(database().tables.map((t) => t.clear()));
    tabs.asked = 0;
  });

  it('takes incognito from the browser’s sender.tab, not from anything the page sends', () => {
    expect(content(true)).toMatchObject({ kind: 'content', incognito: true });
    expect(content(false)).toMatchObject({ kind: 'content', incognito: false });
  });

  it('tells the content script to stop before it reads anything', async () => {
    expect(await route({ type: 'page/check', payload: { url: URL_A } }, content(true))).toEqual({ capture: false, reason: 'private' });
  });

  it.each(flow)('%s from a private tab writes nothing at all', async (type, payload) => {
    const before = await dump(database());
    const reply = await route({ type, payload }, content(true));
    if (type === 'story/capture' || type === 'page/read') expect(reply).toMatchObject({ ok: false });
    expect(await dump(database())).toEqual(before);
  });

  it('the same messages from a normal tab do store (the control)', async () => {
    for (const [type, payload] of flow) await route({ type, payload }, content(false));
    const after = await dump(database());
    expect(after.stories).toHaveLength(1);
    expect(after.tabs).toHaveLength(1);
  });

  it('"capture this page" from the popup refuses a private tab without asking its page for anything', async () => {
    tabs.incognito = true;
    const before = await dump(database());
    expect(await route({ type: 'page/capture', payload: { tabId: 7 } }, popup)).toMatchObject({ ok: false, reason: 'private' });
    expect(tabs.asked).toBe(0);
    expect(await dump(database())).toEqual(before);
    tabs.incognito = false;
    expect(await route({ type: 'page/capture', payload: { tabId: 7 } }, popup)).toMatchObject({ ok: true });
    expect(tabs.asked).toBe(1);
  });
});
