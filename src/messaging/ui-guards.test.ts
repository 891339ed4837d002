import { describe, expect, it } from 'vitest';
import { InvalidMessageError, parseMessage } from './guards.ts';
import { parseTabMessage } from './tab-protocol.ts';

describe('extension-page messages', () => {
  it.each([
    ['page/capture', { tabId: 4 }],
    ['conflict/dismiss', { key: 'k', dismissed: true }],
    ['article/delete', { urls: ['https://a.example/x'] }],
    ['story/delete', { groupId: 'https://a.example/x' }],
    ['data/clear', {}],
    ['data/import', { json: '{}' }],
    ['settings/update', { patch: { autoCapture: false, retentionDays: null, maxStories: 50, pausedSites: ['News.Example', 'news.example'] } }],
    ['site/pause', { site: '127.0.0.1', paused: true }],
  ])('accepts a valid %s', (type, payload) => {
    expect(parseMessage({ type, payload }).type).toBe(type);
  });

  it('normalises paused sites to lower case, once each', () => {
    const msg = parseMessage({ type: 'settings/update', payload: { patch: { pausedSites: ['News.Example', 'news.example'] } } });
    expect(msg.payload).toEqual({ patch: { pausedSites: ['news.example'] } });
  });

  it.each([
    ['negative tab', { type: 'page/capture', payload: { tabId: -1 } }],
    ['dismiss without flag', { type: 'conflict/dismiss', payload: { key: 'k' } }],
    ['delete nothing', { type: 'article/delete', payload: { urls: [] } }],
    ['delete a number', { type: 'article/delete', payload: { urls: [5] } }],
    ['import an object', { type: 'data/import', payload: { json: {} } }],
    ['retention of 0 days', { type: 'settings/update', payload: { patch: { retentionDays: 0 } } }],
    ['fractional cap', { type: 'settings/update', payload: { patch: { maxStories: 1.5 } } }],
    ['autoCapture as text', { type: 'settings/update', payload: { patch: { autoCapture: 'yes' } } }],
    ['site with a path', { type: 'site/pause', payload: { site: 'a.example/path', paused: true } }],
    ['site with markup', { type: 'site/pause', payload: { site: '<b>', paused: true } }],
  ])('rejects %s', (_name, raw) => {
    expect(() => parseMessage(raw)).toThrow(InvalidMessageError);
  });
});

describe('tab messages', () => {
  it('accepts highlight, unhighlight and extract', () => {
    expect(parseTabMessage({ type: 'tab/highlight', payload: { text: 'A sentence.' } })).toEqual({ type: 'tab/highlight', payload: { text: 'A sentence.' } });
    expect(parseTabMessage({ type: 'tab/unhighlight' }).type).toBe('tab/unhighlight');
    expect(parseTabMessage({ type: 'tab/extract', payload: {} }).type).toBe('tab/extract');
  });

  it.each([
    ['unknown', { type: 'story/capture', payload: {} }],
    ['empty sentence', { type: 'tab/highlight', payload: { text: ' ' } }],
    ['no payload', { type: 'tab/highlight' }],
    ['not an object', 'tab/extract'],
  ])('rejects %s', (_name, raw) => {
    expect(() => parseTabMessage(raw)).toThrow(InvalidMessageError);
  });
});
