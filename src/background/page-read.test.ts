// page/read: a content script hands over a hostile page's whole HTML. The
// message is validated before any handler runs; the article read out of it is
// fitted and validated like any capture, and a page with nothing readable is
// recorded as such for the popup.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import messages from '../../public/_locales/en/messages.json' with { type: 'json' };
import { getMessageFrom } from '../ui/i18n-core.ts';
import { dump } from '../storage/__fixtures__/library.ts';
import { getTab } from '../storage/tabs-repo.ts';
import { LIMITS } from '../messaging/limits.ts';
import { InvalidMessageError } from '../messaging/guards.ts';
import type { SenderInfo } from './context.ts';

vi.mock('../platform/browser.ts', () => ({
  browser: {
    runtime: { id: 'ext' },
    i18n: { getMessage: getMessageFrom(messages), getUILanguage: () => 'en' },
    action: { setBadgeText: async () => undefined, setTitle: async () => undefined, setBadgeBackgroundColor: async () => undefined },
    tabs: { get: async () => ({ id: 1, incognito: false }), sendMessage: async () => undefined },
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

const PAGE = 'https://news.example/b';
const content: SenderInfo = { kind: 'content', tabId: 3, url: PAGE, incognito: false };
const BODY = Array.from({ length: 12 }, (_, i) => `<p>Dock workers in the port walked out on day ${i + 1} of the dispute over pay, the union said on Tuesday.</p>`).join('');
const page = (head: string, body = BODY): string => `<!DOCTYPE html><html lang="en"><head>${head}</head><body><article><h1>Dock strike halts the port</h1>${body}</article></body></html>`;
const read = (payload: unknown) => route({ type: 'page/read', payload }, content);

describe('page/read', () => {
  beforeEach(async () => {
    await Promise.all(database().tables.map((t) => t.clear()));
  });

  it.each([
    ['html that is not a string', { url: PAGE, html: { toString: () => BODY }, claimed: [] }],
    ['html past the limit', { url: PAGE, html: 'x'.repeat(LIMITS.html + 1), claimed: [] }],
    ['a javascript: page URL', { url: 'javascript:alert(1)', html: page(''), claimed: [] }],
    ['claimed that is not a list', { url: PAGE, html: page(''), claimed: 'https://news.example/a' }],
    ['claimed too long a list', { url: PAGE, html: page(''), claimed: Array.from({ length: LIMITS.claimed + 1 }, (_, i) => `https://news.example/${i}`) }],
    ['a claimed URL that is not a string', { url: PAGE, html: page(''), claimed: [42] }],
  ])('refuses %s before reading anything, and stores nothing', async (_name, payload) => {
    const before = await dump(database());
    await expect(read(payload)).rejects.toThrow(InvalidMessageError);
    expect(await dump(database())).toEqual(before);
  });

  it('reads, stores and answers with the stored URL', async () => {
    const reply = await read({ url: PAGE, html: page('<title>Dock strike halts the port</title>'), claimed: [] });
    expect(reply).toMatchObject({ ok: true, url: PAGE });
    expect((await getTab(database(), 3))?.status).toBe('captured');
  });

  it('fits absurd metadata instead of refusing the page', async () => {
    const reply = await read({ url: PAGE, html: page(`<title>${'x'.repeat(200_000)}</title><meta property="og:site_name" content="${'s'.repeat(5000)}">`), claimed: [] });
    expect(reply).toMatchObject({ ok: true, url: PAGE });
  });

  it('stores under the page URL a canonical this tab already sent for another page (a single-page app)', async () => {
    const stale = '<link rel="canonical" href="https://news.example/a">';
    expect(await read({ url: PAGE, html: page(stale), claimed: [] })).toMatchObject({ ok: true, url: 'https://news.example/a' });
    expect(await read({ url: PAGE, html: page(stale), claimed: ['https://news.example/a'] })).toMatchObject({ ok: true, url: PAGE });
  });

  it('records a page with nothing readable as not an article, and stores nothing', async () => {
    const reply = await read({ url: PAGE, html: page('', '<p>Too short.</p>'), claimed: [] });
    expect(reply).toMatchObject({ ok: false, reason: 'not-article' });
    expect((await getTab(database(), 3))?.status).toBe('not-article');
    expect((await dump(database())).stories).toEqual([]);
  });
});
