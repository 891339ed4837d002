// Helpers of the interface e2e tests (ui-journey, ui-dark, ui-pause): small functions
// that run inside a popup, manage or news page (serialised, so no closures),
// and the browsers to launch.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launchChromium } from './chromium.ts';
import { launchFirefox } from './firefox.ts';
import { waitFor, type BrowserName, type Harness, type LaunchOptions, type TabPage } from './harness.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const launchers: Record<BrowserName, (o?: LaunchOptions) => Promise<Harness>> = { chromium: launchChromium, firefox: launchFirefox };

// ---- helpers that run inside a page (serialised: no closures) ----

export function clickIn([selector, index]: [string, number]): void {
  const el = document.querySelectorAll<HTMLElement>(selector)[index];
  if (!el) throw new Error(`nothing matches ${selector} [${index}]`);
  el.click();
}
export const click = (page: TabPage, selector: string, index = 0): Promise<void> => page.evaluate(clickIn, [selector, index] as [string, number]);
export const textOf = (page: TabPage, selector: string): Promise<string | null> =>
  page.evaluate((sel) => document.querySelector(sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? null, selector);
export const count = (page: TabPage, selector: string): Promise<number> => page.evaluate((sel) => document.querySelectorAll(sel).length, selector);
export const attr = (page: TabPage, selector: string, name: string): Promise<string | null> =>
  page.evaluate(([sel, n]) => document.querySelector(sel)?.getAttribute(n) ?? null, [selector, name] as [string, string]);
/** Polls a page until check returns something other than undefined/false. */
export const until = <A, T>(page: TabPage, what: string, check: (arg: A) => T | undefined | false, arg: A, timeoutMs?: number): Promise<T> =>
  waitFor(what, async () => {
    const value = await page.evaluate(check as (arg: A) => T | undefined, arg);
    return value === false ? undefined : value;
  }, timeoutMs);

interface BadgeApi {
  action: { getBadgeText(d: { tabId: number }): Promise<string>; getTitle(d: { tabId: number }): Promise<string> };
}
export function badgeOf(tabId: number): Promise<{ text: string; title: string }> {
  const g = globalThis as unknown as { browser?: BadgeApi; chrome?: BadgeApi };
  const api = (g.browser ?? g.chrome) as BadgeApi;
  return Promise.all([api.action.getBadgeText({ tabId }), api.action.getTitle({ tabId })]).then(([text, title]) => ({ text, title }));
}

/** The text the content script highlighted in the page (the Custom Highlight API's ranges, or its <mark>s); undefined for none. */
export function highlightedText(): string | undefined {
  const registry = (globalThis as unknown as { CSS?: { highlights?: Map<string, Set<Range>> } }).CSS?.highlights;
  const ranges = registry?.get('crosscheck');
  const text = ranges && ranges.size
    ? [...ranges].map((r) => r.toString()).join('')
    : [...document.querySelectorAll('mark[data-crosscheck-highlight]')].map((m) => m.textContent).join('');
  return text || undefined;
}
/** True once no highlight of ours is left in the page. */
export function noHighlight(): boolean {
  const registry = (globalThis as unknown as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  return !registry?.has('crosscheck') && !document.querySelector('mark[data-crosscheck-highlight]');
}

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}
export async function axeViolations(page: TabPage): Promise<string[]> {
  await page.evaluateScript(AXE_SOURCE);
  const result = (await page.evaluateScript('axe.run(document, { resultTypes: ["violations"] })')) as AxeResult;
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

/** Replaces URL.createObjectURL to keep the next exported Blob for the test to read (no download dialog involved). */
export function captureExports(): void {
  const w = window as unknown as { __exports: Blob[] };
  w.__exports = [];
  const original = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (obj: Blob | MediaSource) => {
    if (obj instanceof Blob) w.__exports.push(obj);
    return original(obj);
  };
}
export const lastExport = (page: TabPage): Promise<string | undefined> =>
  page.evaluate(() => (window as unknown as { __exports: Blob[] }).__exports.at(-1)?.text(), null);

/** Hands a file to the manage page's import input as a file picker would. */
export function chooseFile([name, text]: [string, string]): void {
  const input = document.querySelector<HTMLInputElement>('[data-testid="import-file"]');
  if (!input) throw new Error('no import input');
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Tab through the page, recording what gets focus and whether it shows a focus ring and has a name. */
export async function tabOrder(page: TabPage, presses: number): Promise<{ id: string; ring: boolean; named: boolean }[]> {
  const seen: { id: string; ring: boolean; named: boolean }[] = [];
  for (let i = 0; i < presses; i++) {
    await page.press('Tab');
    seen.push(await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return { id: 'body', ring: true, named: true };
      const style = getComputedStyle(el);
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() || (el as HTMLInputElement).labels?.[0]?.textContent || el.getAttribute('placeholder');
      return { id: el.getAttribute('data-testid') ?? el.id ?? el.tagName, ring: style.outlineStyle !== 'none' && style.outlineWidth !== '0px', named: Boolean(name) };
    }, null));
  }
  return seen;
}

export const normalise = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
