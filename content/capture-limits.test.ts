// What the content script sends for pages whose size is out of bounds: always
// something the background accepts, or a stated skip.
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../src/messaging/guards.ts';
import type { MessageType, RequestOf } from '../src/messaging/protocol.ts';
import { createCapture, type CaptureDeps } from './capture.ts';

const PAGE = 'https://news.example/a';
const HTML = '<html><body><p>Body.</p></body></html>';

function setup(overrides: Partial<CaptureDeps> = {}) {
  const sent: { type: MessageType; payload: RequestOf<MessageType> }[] = [];
  const deps: CaptureDeps = {
    doc: {} as Document,
    send: (async (type: MessageType, payload: RequestOf<MessageType>) => {
      sent.push({ type, payload });
      return type === 'page/check' ? { capture: true } : { ok: true, url: PAGE, groupId: 'g', matches: 0 };
    }) as CaptureDeps['send'],
    isArticle: () => true,
    serialize: () => HTML,
    whenIdle: async () => {},
    ...overrides,
  };
  return { capture: createCapture(deps), sent };
}

describe('capture within the protocol limits', () => {
  it('sends a page/read message the background accepts', async () => {
    const { capture, sent } = setup();
    expect(await capture(PAGE)).toBe('captured');
    const message = sent.find((m) => m.type === 'page/read')!;
    expect(parseMessage(message).payload).toEqual({ url: PAGE, html: HTML, claimed: [] });
  });
});

describe('pages too large to read', () => {
  it('are skipped as too large before the gate runs or the page is serialized', async () => {
    let gated = 0;
    let serialized = 0;
    const { capture, sent } = setup({
      isTooLarge: () => true,
      isArticle: () => (gated++, true),
      serialize: () => (serialized++, HTML),
    });
    expect(await capture(PAGE)).toBe('too-large');
    expect(gated + serialized).toBe(0);
    expect(sent.map((m) => m.type)).toEqual(['page/check', 'page/skip']);
    expect(sent[1]?.payload).toEqual({ url: PAGE, reason: 'too-large' });
  });

  it('are never measured when the background refuses the page (private, paused)', async () => {
    let measured = 0;
    const { capture } = setup({
      isTooLarge: () => (measured++, true),
      send: (async (type: MessageType) => (type === 'page/check' ? { capture: false, reason: 'private' } : { ok: true })) as CaptureDeps['send'],
    });
    expect(await capture(PAGE)).toBe('private');
    expect(measured).toBe(0);
  });
});
