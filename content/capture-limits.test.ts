// What the content script sends for pages whose metadata or size is out of
// bounds: always something the background accepts, or a stated skip.
import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '../src/engine/types.ts';
import { parseMessage } from '../src/messaging/guards.ts';
import type { MessageType, RequestOf } from '../src/messaging/protocol.ts';
import { createCapture, type CaptureDeps } from './capture.ts';

const PAGE = 'https://news.example/a';
const ARTICLE: ExtractedArticle = { url: PAGE, title: 'T', source: 'S', byline: null, published: null, lang: 'en', text: 'Body.' };

function setup(article: ExtractedArticle, overrides: Partial<CaptureDeps> = {}) {
  const sent: { type: MessageType; payload: RequestOf<MessageType> }[] = [];
  const deps: CaptureDeps = {
    doc: {} as Document,
    send: (async (type: MessageType, payload: RequestOf<MessageType>) => {
      sent.push({ type, payload });
      return type === 'page/check' ? { capture: true } : { ok: true };
    }) as CaptureDeps['send'],
    isArticle: () => true,
    loadExtract: async () => () => article,
    whenIdle: async () => {},
    ...overrides,
  };
  return { capture: createCapture(deps), sent };
}

describe('capture within the protocol limits', () => {
  it('sends a page with absurd metadata fitted to the limits, so the background accepts it', async () => {
    const { capture, sent } = setup({ ...ARTICLE, title: 'x'.repeat(200_000), source: 's'.repeat(5000), url: `${PAGE}/${'p'.repeat(10_000)}` });
    expect(await capture(PAGE)).toBe('captured');
    const message = sent.find((m) => m.type === 'story/capture')!;
    expect(() => parseMessage(message)).not.toThrow();
    expect(parseMessage(message).payload).toMatchObject({ article: { url: PAGE, source: null } });
  });
});

describe('pages too large to read', () => {
  it('are skipped as too large before the gate or the extractor runs', async () => {
    let gated = 0;
    let loaded = 0;
    const { capture, sent } = setup(ARTICLE, {
      isTooLarge: () => true,
      isArticle: () => (gated++, true),
      loadExtract: async () => (loaded++, () => ARTICLE),
    });
    expect(await capture(PAGE)).toBe('too-large');
    expect(gated + loaded).toBe(0);
    expect(sent.map((m) => m.type)).toEqual(['page/check', 'page/skip']);
    expect(sent[1]?.payload).toEqual({ url: PAGE, reason: 'too-large' });
  });

  it('are never measured when the background refuses the page (private, paused)', async () => {
    let measured = 0;
    const { capture } = setup(ARTICLE, {
      isTooLarge: () => (measured++, true),
      send: (async (type: MessageType) => (type === 'page/check' ? { capture: false, reason: 'private' } : { ok: true })) as CaptureDeps['send'],
    });
    expect(await capture(PAGE)).toBe('private');
    expect(measured).toBe(0);
  });
});
