// manifest.json is the one source; this derives each browser's manifest from it.
// Chrome MV3 wants a service worker, Firefox refuses one and wants background
// scripts plus a gecko id (see ../shared/TOOLCHAIN.md).
import base from './manifest.json' with { type: 'json' };

export type TargetBrowser = 'chrome' | 'firefox';

export const GECKO_ID = 'crosscheck@crosscheck.invalid';

export function manifestFor(browser: TargetBrowser): Record<string, unknown> {
  const manifest: Record<string, unknown> = structuredClone(base);
  // Chrome's worker has no DOM: pages are read in an offscreen document (src/platform/read-page.ts).
  if (browser === 'chrome') return { ...manifest, permissions: ['offscreen'] };
  const { service_worker: worker, type } = base.background;
  return {
    ...manifest,
    background: { scripts: [worker], type },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        // Crosscheck collects nothing and sends nothing anywhere.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}
