// Storage quota exhausted (issue 7): after the background evicted the oldest
// stories it leaves a notice, and the manage page tells the reader. The
// eviction itself is proven at unit level (tests/unit/reliability-quota.test.ts);
// this shows the reader is told, in both browsers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium.ts';
import { launchFirefox } from './firefox.ts';
import { waitFor, type BrowserName, type Harness } from './harness.ts';

const launchers: Record<BrowserName, () => Promise<Harness>> = { chromium: launchChromium, firefox: launchFirefox };

describe.each(Object.keys(launchers) as BrowserName[])('%s', (browser) => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchers[browser]();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the manage page says that full storage made room by deleting old stories', async () => {
    const manage = await h.openExtensionPage('manage/index.html');
    const before = await manage.evaluate(() => document.querySelector('[data-testid="storage-notice"]') === null, null);
    expect(before).toBe(true);
    await manage.close();
    // Written with raw IndexedDB, which Dexie's live queries do not observe: open the page afresh.
    await h.putSetting({ key: 'storageNotice', value: { at: Date.UTC(2026, 10, 20), evicted: 12 } });
    const after = await h.openExtensionPage('manage/index.html');
    const text = await waitFor(`${browser} manage page to show the storage notice`, () =>
      after.evaluate(() => document.querySelector('[data-testid="storage-notice"]')?.textContent ?? undefined, null));
    expect(text).toMatch(/Storage was full on .*2026: the 12 least recently read articles were deleted to make room\./);
    await after.close();
  });
});
