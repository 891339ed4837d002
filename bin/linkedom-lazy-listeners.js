// linkedom (the CLI's DOM) gives every node it makes a Map for event listeners,
// filed in a module-wide WeakMap: some 10,000 nodes a page, and Readability's
// copy of it, none of which ever gets a listener. Creating them, and the
// collector's work on that WeakMap, cost ~6% of a CLI run over 1,000 pages
// (8.2 s against 7.7 s; the output byte-identical). The bundle (bundle.js)
// makes the Map lazy: created by the first addEventListener. linkedom is pinned
// in package.json; if its source ever differs from what this expects, the file
// is bundled as it is (and bundle.test.ts fails, so that it is looked at).
import { readFile } from 'node:fs/promises';

const EAGER = [
  ['  constructor() {\n    wm.set(this, new Map);\n  }', '  constructor() {\n  }'],
  ['  addEventListener(type, listener, options) {\n    const map = wm.get(this);',
    '  addEventListener(type, listener, options) {\n    let map = wm.get(this);\n    if (!map) wm.set(this, map = new Map);'],
  ['  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map.has(type)) {',
    '  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map && map.has(type)) {'],
];

/** linkedom's event-target.js with lazy listener maps; null when the source is not the one expected. */
export function lazyListeners(source) {
  let patched = source;
  for (const [from, to] of EAGER) {
    if (patched.split(from).length !== 2) return null;
    patched = patched.replace(from, to);
  }
  return patched;
}

/** The esbuild plugin that applies it. */
export const lazyListenersPlugin = {
  name: 'linkedom-lazy-listeners',
  setup(build) {
    build.onLoad({ filter: /[\\/]linkedom[\\/]esm[\\/]interface[\\/]event-target\.js$/ }, async (args) => {
      const patched = lazyListeners(await readFile(args.path, 'utf8'));
      return patched === null ? undefined : { contents: patched, loader: 'js' };
    });
  },
};
