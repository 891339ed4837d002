/** Longest wait for an idle moment: a busy page still gets captured, a little later. */
const IDLE_TIMEOUT_MS = 3000;
/** Without requestIdleCallback, yield at least past the current task and paint. */
const FALLBACK_DELAY_MS = 200;

/** Resolves when the page's main thread is idle (or after a timeout), so extraction never delays the page. */
export function whenIdle(win: Pick<Window, 'setTimeout'> & Partial<Pick<Window, 'requestIdleCallback'>>): Promise<void> {
  return new Promise((resolve) => {
    if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    else win.setTimeout(resolve, FALLBACK_DELAY_MS);
  });
}
