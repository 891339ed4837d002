import { describe, expect, it, vi } from 'vitest';
import type { MessageType, ReadResult, RequestOf } from '../src/messaging/protocol.ts';
import { createCapture, pageKey, type CaptureDeps } from './capture.ts';

const HTML = '<html><body><p>Body.</p></body></html>';
type Sent = { type: MessageType; payload: RequestOf<MessageType> };

/** `read`: what the background answers to page/read, by page URL (default: stored under the page URL). */
function setup(overrides: Partial<CaptureDeps> & { allowed?: boolean; read?: (url: string) => ReadResult } = {}) {
  const sent: Sent[] = [];
  const serialize = vi.fn(() => HTML);
  const deps: CaptureDeps = {
    doc: {} as Document,
    send: (async (type: MessageType, payload: RequestOf<MessageType>) => {
      sent.push({ type, payload });
      if (type === 'page/check') return overrides.allowed === false ? { capture: false, reason: 'paused' } : { capture: true };
      const url = (payload as { url: string }).url;
      if (type === 'page/read') return overrides.read?.(url) ?? { ok: true, url, groupId: 'g', matches: 0 };
      return { ok: true };
    }) as CaptureDeps['send'],
    isArticle: () => true,
    serialize,
    whenIdle: async () => {},
    ...overrides,
  };
  return { capture: createCapture(deps), sent, serialize };
}

describe('createCapture', () => {
  it('checks, gates and sends the page for the background to read', async () => {
    const { capture, sent } = setup();
    expect(await capture('https://news.example/a')).toBe('captured');
    expect(sent.map((m) => m.type)).toEqual(['page/check', 'page/read']);
    expect(sent[1]!.payload).toEqual({ url: 'https://news.example/a', html: HTML, claimed: [] });
  });

  it('does nothing more when the background refuses the page', async () => {
    const { capture, sent, serialize } = setup({ allowed: false });
    expect(await capture('https://news.example/a')).toBe('paused');
    expect(sent.map((m) => m.type)).toEqual(['page/check']);
    expect(serialize).not.toHaveBeenCalled();
  });

  it('reports a non-article without serializing the page', async () => {
    const { capture, sent, serialize } = setup({ isArticle: () => false });
    expect(await capture('https://news.example/')).toBe('not-article');
    expect(sent.at(-1)).toEqual({ type: 'page/skip', payload: { url: 'https://news.example/', reason: 'not-article' } });
    expect(serialize).not.toHaveBeenCalled();
  });

  it('touches the page only after an idle moment', async () => {
    const order: string[] = [];
    const { capture } = setup({ whenIdle: async () => void order.push('idle'), isArticle: () => (order.push('gate'), true) });
    await capture('https://news.example/a');
    expect(order).toEqual(['idle', 'gate']);
  });

  it('skips a page too large to send, and returns the reason the background gives', async () => {
    const big = setup({ serialize: () => null });
    expect(await big.capture('https://news.example/a')).toBe('too-large');
    expect(big.sent.at(-1)).toEqual({ type: 'page/skip', payload: { url: 'https://news.example/a', reason: 'too-large' } });
    const empty = setup({ read: () => ({ ok: false, error: 'nothing readable', reason: 'not-article' }) });
    expect(await empty.capture('https://news.example/a')).toBe('not-article');
    expect(empty.sent.map((m) => m.type)).toEqual(['page/check', 'page/read']);
  });

  it('catches failures and reports them as errors', async () => {
    const { capture, sent } = setup({ serialize: () => { throw new Error('detached'); } });
    await expect(capture('https://news.example/a')).resolves.toBe('error');
    expect(sent.at(-1)?.payload).toEqual({ url: 'https://news.example/a', reason: 'error' });
  });

  it('captures each page once, ignoring in-page anchors', async () => {
    const { capture, sent } = setup();
    await capture('https://news.example/a');
    expect(await capture('https://news.example/a#comments')).toBe('already-seen');
    expect(sent.filter((m) => m.type === 'page/check')).toHaveLength(1);
  });

  it('tells the background which canonical URLs earlier pages of a single-page app already used', async () => {
    // The app left page a's canonical in <head>: the background stored both pages under it... unless told.
    const { capture, sent } = setup({ read: () => ({ ok: true, url: 'https://news.example/a', groupId: 'g', matches: 0 }) });
    await capture('https://news.example/a');
    await capture('https://news.example/b');
    const claimed = sent.filter((m) => m.type === 'page/read').map((m) => (m.payload as RequestOf<'page/read'>).claimed);
    expect(claimed).toEqual([[], ['https://news.example/a']]);
  });
});

describe('pageKey', () => {
  it('drops anchors but keeps hash routes', () => {
    expect(pageKey('https://x.example/a#top')).toBe('https://x.example/a');
    expect(pageKey('https://x.example/#/story/12')).toBe('https://x.example/#/story/12');
    expect(pageKey('https://x.example/#!/story/12')).toBe('https://x.example/#!/story/12');
  });
});
