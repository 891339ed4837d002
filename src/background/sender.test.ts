import { describe, expect, it } from 'vitest';
import { classifySender } from './sender.ts';

const id = 'ext-id';
const origin = 'chrome-extension://ext-id/';

describe('classifySender', () => {
  it('recognises a content script in a web page', () => {
    expect(classifySender({ id, url: 'https://news.example/a', tab: { id: 4, incognito: false } as never }, id, origin))
      .toEqual({ kind: 'content', tabId: 4, url: 'https://news.example/a', incognito: false });
  });

  it('recognises the extension’s own pages', () => {
    expect(classifySender({ id, url: `${origin}popup/index.html` }, id, origin)?.kind).toBe('extension');
  });

  it('rejects other extensions and senders without a web tab', () => {
    expect(classifySender({ id: 'other', url: 'https://news.example/' }, id, origin)).toBeNull();
    expect(classifySender({ id, url: 'file:///etc/passwd', tab: { id: 1 } as never }, id, origin)).toBeNull();
    expect(classifySender({ id, url: 'https://news.example/' }, id, origin)).toBeNull();
  });
});
