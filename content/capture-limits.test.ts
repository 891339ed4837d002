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
