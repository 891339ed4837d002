import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { manifestFor, type TargetBrowser } from './manifest.config.ts';
import { readabilitySafeDom } from './build/readability-safe-dom.ts';

export default defineConfig(({ mode }) => {
  const browser: TargetBrowser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      readabilitySafeDom(),
      crx({
        manifest: manifestFor(browser) as unknown as ManifestV3Export,
        browser,
        // The content script runs on every page: one classic script, not an ES-module loader plus its chunks.
        contentScripts: { standaloneFiles: ['content/index.ts'] },
      }),
    ],
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: 'es2022',
      // Extension code is loaded from disk, never over a network: no preload polyfill.
      modulePreload: false,
      // The manage page is also the options page (manifest options_ui), which CRXJS already
      // follows; named here too so it is built even where no manifest key points at it.
      // The offscreen document is Chrome's DOM for the service worker (src/platform/read-page.ts).
      rollupOptions: { input: { manage: 'manage/index.html', offscreen: 'src/platform/offscreen/index.html' } },
    },
    legacy: { skipWebSocketTokenCheck: true },
  };
});
