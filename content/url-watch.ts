// Single-page apps change the URL without a page load, and a content script
// cannot see history.pushState calls made in the page's own world. The
// Navigation API reports them where it exists (Chromium); elsewhere a cheap
// periodic comparison of location.href does.

/** The part of the Navigation API used here (not yet in TypeScript's DOM types). */
interface NavigationLike {
  addEventListener(type: 'currententrychange', listener: () => void): void;
  removeEventListener(type: 'currententrychange', listener: () => void): void;
}

export type WatchedWindow = Pick<Window, 'addEventListener' | 'removeEventListener' | 'setTimeout' | 'clearTimeout' | 'setInterval' | 'clearInterval'> & {
  location: { href: string };
  navigation?: NavigationLike;
};

export const URL_WATCH = Object.freeze({
  /** New content renders after the URL changes; wait for the app to settle (and for the last of several quick changes). */
  settleMs: 1500,
  /** href comparison period where the Navigation API is missing: a string compare, nothing more. */
  pollMs: 1000,
});

/** Calls onChange(url) once the URL has changed and stayed put for settleMs. Returns a stop function. */
export function watchUrl(win: WatchedWindow, onChange: (url: string) => void): () => void {
  let last = win.location.href;
  let timer: ReturnType<Window['setTimeout']> | undefined;
  const check = (): void => {
    const href = win.location.href;
    if (href === last) return;
    last = href;
    if (timer !== undefined) win.clearTimeout(timer);
    timer = win.setTimeout(() => onChange(win.location.href), URL_WATCH.settleMs);
  };
  win.addEventListener('popstate', check);
  win.addEventListener('hashchange', check);
  win.navigation?.addEventListener('currententrychange', check);
  const poll = win.navigation ? undefined : win.setInterval(check, URL_WATCH.pollMs);
  return () => {
    win.removeEventListener('popstate', check);
    win.removeEventListener('hashchange', check);
    win.navigation?.removeEventListener('currententrychange', check);
    if (poll !== undefined) win.clearInterval(poll);
    if (timer !== undefined) win.clearTimeout(timer);
  };
}
