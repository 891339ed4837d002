// Builds the benchmark's extension page (bench/page) into the bench copy of
// the extension (bench/out/ext, built from the main config by bench/run.ts),
// so the page runs in the extension's origin, next to its service worker.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: resolve(here, 'page'),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: resolve(here, 'out/ext/bench'),
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    // One bundle with the engine and Dexie, loaded from disk: size is not a concern here.
    chunkSizeWarningLimit: 8000,
  },
});
