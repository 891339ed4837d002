// Who may talk to the background, and what a content script may hand it. A web
// page controls everything its content script reads, so every field of every
// content message is hostile input: malformed ones are refused before any
// handler runs, and the store is unchanged. (Destructive messages refused from
// content scripts: router.test.ts.)
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import messages from '../../public/_locales/en/messages.json' with { type: 'json' };
import { getMessageFrom } from '../ui/i18n-core.ts';
import { dump } from '../storage/__fixtures__/library.ts';
import { LIMITS } from '../messaging/limits.ts';
import { InvalidMessageError } from '../messaging/guards.ts';
import type { SenderInfo } from './context.ts';
import { classifySender } from './sender.ts';

vi.mock('../platform/browser.ts', () => ({
  browser: {
    runtime: { id: 'ext' },
    i18n: { getMessage: getMessageFrom(messages), getUILanguage: () => 'en' },
    action: { setBadgeText: async () => undefined, setTitle: async () => undefined, setBadgeBackgroundColor: async () => undefined },
    tabs: { get: async () => ({ id: 1, incognito: false }), sendMessage: async () => undefined },
  },
}));

const { route } = await import('./router.ts');
const { database } = await import('./context.ts');

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const content: SenderInfo = { kind: 'content', tabId: 3, url: 'https://news.example/a', incognito: false };
const article = {
  url: 'https://news.example/a', title: 'Title', source: 'News', byline: null, published: null, lang: 'en',
  text: 'Dock workers walked out on Tuesday over pay, the union said, and the port stopped loading ships.',
};

describe('sender classification', () => {
  const tab = { id: 4, incognito: false } as never;
  it.each([
    ['another extension', { id: 'other-extension', url: 'https://news.example/a', tab }],
    ['another extension’s page', { id: 'other-extension', url: 'chrome-extension://other-extension/page.html' }],
    ['a web page (externally_connectable sends no id of ours)', { url: 'https://evil.example/', tab }],
    ['a look-alike extension origin', { id: ID, url: `chrome-extension://${ID}.evil.example/popup.html`, tab }],
    ['our id with an origin of another extension', { id: ID, url: 'chrome-extension://other-extension/popup/index.html' }],
    ['a content script in a file: page', { id: ID, url: 'file:///home/reader/notes.html', tab }],
    ['a content script in a data: page', { id: ID, url: 'data:text/html,<p>x</p>', tab }],
    ['a content script in a javascript: URL', { id: ID, url: 'javascript:alert(1)', tab }],
    ['a web page URL without a tab', { id: ID, url: 'https://news.example/a' }],
    ['no URL at all', { id: ID }],
  ])('refuses %s', (_name, sender) => {
    expect(classifySender(sender, ID, ORIGIN)).toBeNull();
  });

  it('accepts our pages and our content script in http(s) tabs, and nothing else', () => {
    expect(classifySender({ id: ID, url: `${ORIGIN}manage/index.html` }, ID, ORIGIN)?.kind).toBe('extension');
    expect(classifySender({ id: ID, url: 'http://news.example/a', tab }, ID, ORIGIN)?.kind).toBe('content');
  });
});

describe('content script payloads', () => {
  beforeEach(async () => {
    await Promise.all(database().tables.map((t) => t.clear()));
  });

  const bad: [string, unknown][] = [
    ['a message that is not an object', 'story/capture'],
    ['a message that is an array', ['story/capture', { article }]],
    ['an unknown type', { type: 'story/steal', payload: {} }],
    ...['__proto__', 'constructor', 'toString', 'hasOwnProperty'].map((type): [string, unknown] => [`the inherited key ${type} as a type`, { type, payload: {} }]),
    ['no payload', { type: 'story/capture' }],
    ['no article', { type: 'story/capture', payload: {} }],
    ['a javascript: URL', { type: 'story/capture', payload: { article: { ...article, url: 'javascript:alert(document.cookie)' } } }],
    ['a data: URL', { type: 'story/capture', payload: { article: { ...article, url: 'data:text/html,<script>alert(1)</script>' } } }],
    ['a chrome-extension: URL', { type: 'story/capture', payload: { article: { ...article, url: 'chrome-extension://x/manage/index.html' } } }],
    ['an over-long URL', { type: 'story/capture', payload: { article: { ...article, url: `https://news.example/${'a'.repeat(LIMITS.url)}` } } }],
    ['text beyond the size limit', { type: 'story/capture', payload: { article: { ...article, text: 'word '.repeat(LIMITS.text / 5 + 1) } } }],
    ['blank text', { type: 'story/capture', payload: { article: { ...article, text: ' \n\n\t ' } } }],
    ['text that is not a string', { type: 'story/capture', payload: { article: { ...article, text: { toString: () => 'x' } } } }],
    ['a title that is an array', { type: 'story/capture', payload: { article: { ...article, title: ['a'] } } }],
    ['an over-long title', { type: 'story/capture', payload: { article: { ...article, title: 't'.repeat(LIMITS.title + 1) } } }],
    ['an over-long byline', { type: 'story/capture', payload: { article: { ...article, byline: 'b'.repeat(LIMITS.byline + 1) } } }],
    ['a published date that is no date', { type: 'story/capture', payload: { article: { ...article, published: 'yesterday-ish' } } }],
    ['a language tag that is a paragraph', { type: 'story/capture', payload: { article: { ...article, lang: 'x'.repeat(LIMITS.lang + 1) } } }],
    ['a skip reason outside the list', { type: 'page/skip', payload: { url: 'https://news.example/a', reason: 'captured' } }],
    ['a check of a file: URL', { type: 'page/check', payload: { url: 'file:///etc/passwd' } }],
  ];

  it.each(bad)('refuses %s before any handler runs, and stores nothing', async (_name, raw) => {
    const before = await dump(database());
    await expect(route(raw, content)).rejects.toBeInstanceOf(InvalidMessageError);
    expect(await dump(database())).toEqual(before);
  });

  it('keeps only the fields it knows: extra keys, __proto__ and getters never reach the store', async () => {
    const hostile = JSON.parse(`{"__proto__":{"polluted":1},"evil":"<script>","url":"${article.url}"}`) as Record<string, unknown>;
    Object.assign(hostile, article);
    const reply = await route({ type: 'story/capture', payload: { article: hostile, extra: 1 } }, content);
    expect(reply).toMatchObject({ ok: true });
    const [stored] = await database().stories.toArray();
    expect(stored).not.toHaveProperty('evil');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('stores markup and bidi controls in text fields as the characters they are', async () => {
    const title = '<img src=x onerror="window.__pwned=1"> \u202Etxt.exe </script><script>alert(1)</script>';
    await route({ type: 'story/capture', payload: { article: { ...article, title } } }, content);
    expect((await database().stories.get({ url: article.url }))?.title).toBe(title);
  });
});
