// Chrome's path of readPage: the worker has no DOM, so an offscreen document
// reads the page. The fake below behaves as Chrome does: the document is listed
// by getContexts as soon as its creation starts, but answers only once loaded,
// and a second createDocument is refused.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeArticle } from '../engine/analysis.ts';
import type { ExtractedArticle } from '../engine/types.ts';
import { toWire } from './read-page.ts';

const ARTICLE: ExtractedArticle = { url: 'https://news.example/a', title: 'T', source: null, byline: null, published: null, lang: 'en', text: 'Body.' };
const LOAD_MS = 30;

function fakeChrome() {
  const state = { created: 0, listed: false, loaded: false, sent: 0, closed: false };
  const chrome = {
    runtime: {
      getURL: (path: string) => `chrome-extension://ext/${path}`,
      getContexts: async () => (state.listed && !state.closed ? [{ contextType: 'OFFSCREEN_DOCUMENT' }] : []),
      sendMessage: async (message: { type: string }): Promise<unknown> => {
        state.sent++;
        if (!state.loaded || state.closed) throw new Error('Could not establish connection. Receiving end does not exist.');
        if (message.type === 'offscreen/analyze') return { analysis: toWire(analyzeArticle((message as unknown as { article: ExtractedArticle }).article)) };
        return message.type === 'offscreen/read' ? { article: ARTICLE } : undefined;
      },
    },
    offscreen: {
      createDocument: async () => {
        if (state.listed && !state.closed) throw new Error('Only a single offscreen document may be created.');
        state.created++;
        state.listed = true;
        state.closed = false;
        state.loaded = false;
        await new Promise((r) => setTimeout(r, LOAD_MS));
        state.loaded = true;
      },
    },
  };
  return { chrome, state };
}

async function load(chrome: object) {
  vi.resetModules();
  vi.stubGlobal('chrome', chrome);
  return import('./read-page.ts');
}

describe('readPage without a DOM (Chrome)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('creates one offscreen document for pages arriving while it loads, and asks it only once it has loaded', async () => {
    const { chrome, state } = fakeChrome();
    const { readPage } = await load(chrome);
    // Twenty tabs finishing one after another, most of them while the document is still loading.
    const replies = await Promise.all(Array.from({ length: 20 }, async (_, i) => {
      await new Promise((r) => setTimeout(r, i * 3));
      return readPage('<p>x</p>', `https://news.example/${i}`);
    }));
    expect(replies).toEqual(Array.from({ length: 20 }, () => ARTICLE));
    expect(state.created).toBe(1);
    expect(state.sent).toBe(20);
  });

  it('opens the document again when it was closed meanwhile', async () => {
    const { chrome, state } = fakeChrome();
    const { readPage } = await load(chrome);
    await readPage('<p>x</p>', 'https://news.example/a');
    state.closed = true;
    expect(await readPage('<p>x</p>', 'https://news.example/b')).toEqual(ARTICLE);
    expect(state.created).toBe(2);
  });

  it('passes on an error the document reports', async () => {
    const { chrome } = fakeChrome();
    chrome.runtime.sendMessage = async () => ({ error: 'parse failed' });
    const { readPage } = await load(chrome);
    await expect(readPage('<p>x</p>', 'https://news.example/a')).rejects.toThrow('parse failed');
  });

  it('has the document analyse, and the analysis arrives whole (typed arrays and all) through JSON messaging', async () => {
    const { chrome, state } = fakeChrome();
    // Chrome's messaging is JSON: what the fake answers goes through it too.
    const send = chrome.runtime.sendMessage;
    chrome.runtime.sendMessage = async (message) => JSON.parse(JSON.stringify(await send(message))) as unknown;
    const { analyzeOffPage } = await load(chrome);
    const article: ExtractedArticle = { ...ARTICLE, text: 'Officials said on Tuesday that 40 people were hurt. "We are rebuilding," Mayor Ilse Brandt said.' };
    const analysis = await analyzeOffPage(article);
    expect(state.sent).toBe(1);
    expect(analysis).toEqual(analyzeArticle(article));
    expect(analysis.quoteGrams).toBeInstanceOf(Uint32Array);
  });
});
