// "Capture this page" on pages out of bounds: a page too large to read is
// answered "too large" without extraction, and one with absurd metadata is
// captured (fitted to the limits by the content script), not refused.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import messages from '../../public/_locales/en/messages.json' with { type: 'json' };
import { getMessageFrom } from '../ui/i18n-core.ts';
import type { ExtractedArticle } from '../engine/types.ts';
import { fitArticle } from '../messaging/fit-article.ts';
import type { SenderInfo } from './context.ts';

const tab = vi.hoisted(() => ({ reply: undefined as unknown }));
vi.mock('../platform/browser.ts', () => ({
  browser: {
    runtime: { id: 'ext' },
    i18n: { getMessage: getMessageFrom(messages), getUILanguage: () => 'en' },
    action: { setBadgeText: async () => undefined, setTitle: async () => undefined, setBadgeBackgroundColor: async () => undefined },
    tabs: { get: async (id: number) => ({ id, incognito: false }), sendMessage: async () => tab.reply },
  },
}));

const { route } = await import('./router.ts');
const { database } = await import('./context.ts');

const popup: SenderInfo = { kind: 'extension', tabId: null, url: 'chrome-extension://ext/popup/index.html', incognito: false };
const PAGE = 'https://news.example/a';
const article: ExtractedArticle = {
  url: PAGE, title: 'x'.repeat(200_000), source: 's'.repeat(5000), byline: null, published: null, lang: 'en',
  text: Array.from({ length: 10 }, (_, i) => `Dock workers walked out for the ${i + 1}th day over pay, the union said on Tuesday.`).join('\n\n'),
};

describe('manual capture within the limits', () => {
  beforeEach(async () => {
    await Promise.all(database().tables.map((t) => t.clear()));
  });

  it('answers "too large" when the content script found the page too large to read', async () => {
    tab.reply = { pageUrl: PAGE, article: null, tooLarge: true };
    expect(await route({ type: 'page/capture', payload: { tabId: 4 } }, popup)).toMatchObject({ ok: false, reason: 'too-large' });
    expect(await database().stories.count()).toBe(0);
  });

  it('captures a page whose metadata the content script fitted to the limits', async () => {
    tab.reply = { pageUrl: PAGE, article: fitArticle(article, PAGE) };
    expect(await route({ type: 'page/capture', payload: { tabId: 4 } }, popup)).toMatchObject({ ok: true, url: PAGE });
  });
});
