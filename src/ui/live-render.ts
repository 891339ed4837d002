// Live pages re-render whole sections when the store changes. These keep the
// reader's place: the focused control, by a key that survives a re-render.

const FOCUSABLE = 'button, a[href], input, select, textarea, summary, [tabindex]';

/** A control's identity across renders: its card's data-key and its own test id (or id, or name). */
function focusKey(el: Element): string {
  const own = el.getAttribute('data-testid') ?? (el.id || el.getAttribute('name') || el.tagName);
  return `${el.closest('[data-key]')?.getAttribute('data-key') ?? ''}|${own}`;
}

/** Runs render() and gives focus back to the same control, if it is still there. */
export function keepFocus(root: HTMLElement, render: () => void): void {
  const active = root.ownerDocument.activeElement;
  const key = active && active !== root && root.contains(active) ? focusKey(active) : null;
  render();
  if (key === null) return;
  for (const el of root.querySelectorAll<HTMLElement>(FOCUSABLE)) {
    if (focusKey(el) === key) {
      el.focus();
      return;
    }
  }
}

/** A short stable id for a long key (conflict keys hold whole sentences). FNV-1a, 32 bits. */
export function shortKey(key: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(36);
}

/** Announces a short message in the page's status region (role=status), then clears it. */
export function announce(region: HTMLElement | null, message: string, ms = 4000): void {
  if (!region) return;
  region.textContent = message;
  const stamp = String(Date.now());
  region.dataset.stamp = stamp;
  setTimeout(() => {
    if (region.dataset.stamp === stamp) region.textContent = '';
  }, ms);
}
