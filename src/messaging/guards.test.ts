import { describe, expect, it } from 'vitest';
import { InvalidMessageError, parseMessage } from './guards.ts';

const article = { url: 'https://news.example/a?x=1', title: ' Title ', source: 'Example', byline: null, published: '2022-03-30', lang: 'en', text: 'Body text.' };

describe('parseMessage', () => {
  it('accepts a valid capture and normalises it', () => {
    const msg = parseMessage({ type: 'story/capture', payload: { article } });
    expect(msg.type).toBe('story/capture');
    expect(msg.payload).toEqual({ article: { ...article, title: 'Title', published: '2022-03-30T00:00:00.000Z' } });
  });

  it.each([
    ['not an object', 'x'],
    ['unknown type', { type: 'db/drop', payload: {} }],
    ['inherited type', { type: 'toString', payload: {} }],
    ['missing payload', { type: 'page/check' }],
    ['javascript: url', { type: 'page/check', payload: { url: 'javascript:alert(1)' } }],
    ['bad reason', { type: 'page/skip', payload: { url: 'https://a.example/', reason: 'whatever' } }],
    ['empty text', { type: 'story/capture', payload: { article: { ...article, text: '  ' } } }],
    ['huge title', { type: 'story/capture', payload: { article: { ...article, title: 'x'.repeat(5000) } } }],
    ['javascript: pageUrl', { type: 'story/capture', payload: { article, pageUrl: 'javascript:alert(1)' } }],
    ['bad date', { type: 'story/capture', payload: { article: { ...article, published: 'soon' } } }],
    ['number as title', { type: 'story/capture', payload: { article: { ...article, title: 5 } } }],
  ])('rejects %s', (_name, raw) => {
    expect(() => parseMessage(raw)).toThrow(InvalidMessageError);
  });
});
