import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { URL_WATCH, watchUrl, type WatchedWindow } from './url-watch.ts';

function fakeWindow(withNavigation: boolean) {
  const events = new EventTarget();
  const navigation = new EventTarget();
  const win = {
    location: { href: 'https://news.example/a' },
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
    setTimeout: globalThis.setTimeout.bind(globalThis),
    clearTimeout: globalThis.clearTimeout.bind(globalThis),
    setInterval: globalThis.setInterval.bind(globalThis),
    clearInterval: globalThis.clearInterval.bind(globalThis),
    ...(withNavigation ? { navigation } : {}),
  } as unknown as WatchedWindow;
  return { win, fire: (type: string) => events.dispatchEvent(new Event(type)), navigate: () => navigation.dispatchEvent(new Event('currententrychange')) };
}

describe('watchUrl', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reports a pushState-style change found by polling, once it settles', () => {
    const { win } = fakeWindow(false);
    const seen: string[] = [];
    const stop = watchUrl(win, (url) => seen.push(url));
    win.location.href = 'https://news.example/b';
    vi.advanceTimersByTime(URL_WATCH.pollMs);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(URL_WATCH.settleMs);
    expect(seen).toEqual(['https://news.example/b']);
    stop();
  });

  it('debounces quick successive changes into one report of the last URL', () => {
    const { win, fire } = fakeWindow(false);
    const seen: string[] = [];
    const stop = watchUrl(win, (url) => seen.push(url));
    win.location.href = 'https://news.example/b';
    fire('popstate');
    vi.advanceTimersByTime(URL_WATCH.settleMs / 2);
    win.location.href = 'https://news.example/c';
    fire('hashchange');
    vi.advanceTimersByTime(URL_WATCH.settleMs * 2);
    expect(seen).toEqual(['https://news.example/c']);
    stop();
  });

  it('uses the Navigation API instead of polling where present', () => {
    const { win, navigate } = fakeWindow(true);
    const seen: string[] = [];
    const stop = watchUrl(win, (url) => seen.push(url));
    win.location.href = 'https://news.example/b';
    vi.advanceTimersByTime(URL_WATCH.pollMs * 5);
    expect(seen).toEqual([]);
    navigate();
    vi.advanceTimersByTime(URL_WATCH.settleMs);
    expect(seen).toEqual(['https://news.example/b']);
    stop();
  });

  it('stops watching when asked', () => {
    const { win } = fakeWindow(false);
    const seen: string[] = [];
    watchUrl(win, (url) => seen.push(url))();
    win.location.href = 'https://news.example/b';
    vi.advanceTimersByTime(URL_WATCH.settleMs * 3);
    expect(seen).toEqual([]);
  });
});
