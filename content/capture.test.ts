import { describe, expect, it, vi } from 'vitest';
import type { ExtractedArticle } from '../src/engine/types.ts';
import type { MessageType, RequestOf } from '../src/messaging/protocol.ts';
import { createCapture, pageKey, type CaptureDeps } from './capture.ts';

const ARTICLE: ExtractedArticle = { url: 'https://news.example/a', title: 'T', source: 'S', byline: null, published: null, lang: 'en', text: 'Body.' };
type Sent = { type: MessageType; payload: RequestOf<MessageType> };

function setup(overrides: Partial<CaptureDeps> & { allowed?: boolean; article?: ExtractedArticle | null } = {}) {
  const sent: Sent[] = [];
  const loadExtract = vi.fn(async () => () => (overrides.article === undefined ? ARTICLE : overrides.article));
  const deps: CaptureDeps = {
    doc: {} as Document,
    send: (async (type: MessageType, payload: RequestOf<MessageType>) => {
      sent.push({ type, payload });
      if (type === 'page/check') return overrides.allowed === false ? { capture: false, reason: 'paused' } : { capture: true };
      return type === 'story/capture' ? { ok: true, storyId: 1 } : { ok: true };
    }) as CaptureDeps['send'],
    isArticle: () => true,
    loadExtract,
    whenIdle: async () => {},
    ...overrides,
  };
  return { capture: createCapture(deps), sent, loadExtract };
}

describe('createCapture', () => {
  it('checks, extracts and sends the article', async () => {
    const { capture, sent } = setup();
    expect(await capture('https://news.example/a')).toBe('captured');
    expect(sent.map((m) => m.type)).toEqual(['page/check', 'story/capture']);
    expect(sent[1]!.payload).toEqual({ article: ARTICLE, pageUrl: 'https://news.example/a' });
  });

  it('does nothing more when the background refuses the page', async () => {
    const { capture, sent, loadExtract } = setup({ allowed: false });
    expect(await capture('https://news.example/a')).toBe('paused');
    expect(sent.map((m) => m.type)).toEqual(['page/check']);
    expect(loadExtract).not.toHaveBeenCalled();
  });

  it('reports a non-article without loading the extractor', async () => {
    const { capture, sent, loadExtract } = setup({ isArticle: () => false });
    expect(await capture('https://news.example/')).toBe('not-article');
    expect(sent.at(-1)).toEqual({ type: 'page/skip', payload: { url: 'https://news.example/', reason: 'not-article' } });
    expect(loadExtract).not.toHaveBeenCalled();
  });

  it('reports an empty extraction as not an article, and an oversized one as too large', async () => {
    expect(await setup({ article: null }).capture('https://news.example/a')).toBe('not-article');
    expect(await setup({ article: { ...ARTICLE, text: 'x'.repeat(2_000_000) } }).capture('https://news.example/a')).toBe('too-large');
  });

  it('catches failures and reports them as errors', async () => {
    const { capture, sent } = setup({ loadExtract: () => Promise.reject(new Error('chunk failed')) });
    await expect(capture('https://news.example/a')).resolves.toBe('error');
    expect(sent.at(-1)?.payload).toEqual({ url: 'https://news.example/a', reason: 'error' });
  });

  it('captures each page once, ignoring in-page anchors', async () => {
    const { capture, sent } = setup();
    await capture('https://news.example/a');
    expect(await capture('https://news.example/a#comments')).toBe('already-seen');
    expect(sent.filter((m) => m.type === 'page/check')).toHaveLength(1);
  });

  it('uses the page URL when a single-page app leaves the previous canonical in place', async () => {
    const { capture, sent } = setup();
    await capture('https://news.example/a');
    await capture('https://news.example/b');
    const urls = sent.filter((m) => m.type === 'story/capture').map((m) => (m.payload as { article: ExtractedArticle }).article.url);
    expect(urls).toEqual(['https://news.example/a', 'https://news.example/b']);
  });
});

describe('pageKey', () => {
  it('drops anchors but keeps hash routes', () => {
    expect(pageKey('https://x.example/a#top')).toBe('https://x.example/a');
    expect(pageKey('https://x.example/#/story/12')).toBe('https://x.example/#/story/12');
    expect(pageKey('https://x.example/#!/story/12')).toBe('https://x.example/#!/story/12');
  });
});
