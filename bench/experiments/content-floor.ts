// The floor under content.nonArticleMs: what a content script costs the page
// before it does anything of ours. The bench's build is copied with its
// content script replaced, and the same non-article page is traced with each:
//   empty:       `void 0` (injection and evaluation only; reports nothing)
//   one message: sends the "not an article" report and nothing else (the least
//                a script that tells the popup why a page was skipped can do)
//   no messages: Crosscheck's script with the extension API replaced by a stub
//                that answers at once (evaluation, idle wait, gate and size
//                check: everything but the messages; reports nothing)
//   crosscheck:  the real script (asks the background, waits for idle, gates, reports)
// and, to split the script's own work, four that use no extension API at all,
// bundled here from the real modules (content/idle.ts, the size check and the
// gate in src/engine/extract/):
//   idle wait:   waits for an idle moment, then does nothing
//   + size:      waits, then runs the size check
//   + gate:      waits, then runs the size check and the gate (the real script's DOM work)
//   gate now:    the size check and the gate when the script is injected, without the idle wait
// Each is measured as the bench measures it (task time with the CPU profiler
// on) and without the profiler. Not run by `bench`.
//   npx tsx bench/experiments/content-floor.ts [reps]   (default 12)
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { renderSectionFront } from '../fixtures/pages.ts';
import { buildBenchExtension } from '../browser/build.ts';
import { launchBench } from '../browser/chromium.ts';
import { PATHS, traceLoad, UNPROFILED } from '../browser/content.ts';
import { contentCost, unprofiledTaskMs } from '../browser/trace.ts';
import { summarize } from '../lib/stats.ts';
import { startServer } from '../../tests/e2e/server.ts';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const reps = Number(process.argv[2] ?? 12);
const base = join(ROOT, 'bench/out/ext-floor/build');
buildBenchExtension(ROOT, base);

// src/platform/runtime.ts takes `browser.runtime` before `chrome.runtime`: a stub under that name stands in for the API.
const STUB = "globalThis.browser = { runtime: { sendMessage: (m) => Promise.resolve(m.type === 'page/check' ? { capture: true } : { ok: true }), onMessage: { addListener() {} } } };\n";
const VARIANTS: Record<string, { script: (real: string) => string; reports: boolean }> = {
  empty: { script: () => 'void 0;\n', reports: false },
  'one message': {
    script: () => "chrome.runtime.sendMessage({ type: 'page/skip', payload: { url: location.href, reason: 'not-article' } });\n",
    reports: true,
  },
  'idle wait': { script: () => domOnly('void whenIdle(window).then(() => undefined);'), reports: false },
  '+ size': { script: () => domOnly('void whenIdle(window).then(() => keep(isTooLargeToRead(document)));'), reports: false },
  '+ gate': { script: () => domOnly(`void whenIdle(window).then(() => keep(${GATE}));`), reports: false },
  'gate now': { script: () => domOnly(`keep(${GATE});`), reports: false },
  'no messages': { script: (real) => STUB + real, reports: false },
  crosscheck: { script: (real) => real, reports: true },
};
const GATE = '!isTooLargeToRead(document) && isProbablyArticle(document, location.href)';

/** A classic script, minified as the bench's build is, that runs `body` with the content script's own idle wait, size check and gate. */
function domOnly(body: string): string {
  const contents = [
    "import { whenIdle } from './content/idle.ts';",
    "import { isTooLargeToRead } from './src/engine/extract/page-size.ts';",
    "import { isProbablyArticle } from './src/engine/extract/gate.ts';",
    // Kept where the page cannot see it, so that the minifier cannot drop the work.
    'const keep = (value: boolean): void => void ((globalThis as { __ccFloor?: boolean }).__ccFloor = value);',
    body,
  ].join('\n');
  const out = esbuild.buildSync({ stdin: { contents, resolveDir: ROOT, loader: 'ts' }, bundle: true, minify: true, format: 'iife', write: false });
  return out.outputFiles[0]!.text;
}

// Without a report there is no outcome to wait for: the page is given as long as the real script needs.
const QUIET_MS = 1500;

const server = await startServer([{ path: PATHS.nonArticle, html: renderSectionFront() }]);
const rows: string[] = [];
try {
  const real = readFileSync(join(base, 'content/index.js'), 'utf8');
  for (const [name, variant] of Object.entries(VARIANTS)) {
    const ext = join(ROOT, 'bench/out/ext-floor', name.replace(/\s+/g, '-'));
    cpSync(base, ext, { recursive: true });
    writeFileSync(join(ext, 'content/index.js'), variant.script(real));
    const b = await launchBench(ext, join(ROOT, 'bench/out/profile-floor'));
    try {
      const url = server.url(PATHS.nonArticle);
      const until = variant.reports ? undefined : async (): Promise<void> => {
        await new Promise((r) => setTimeout(r, QUIET_MS));
        // While the tab is open (its record goes with it): a variant that reports nothing must have sent nothing.
        if ((await b.call('tabStatus', url, 0)) !== null) throw new Error(`${name}: the content script reached the background`);
      };
      await traceLoad(b, b.context, url, undefined, until); // warm-up, as in the bench
      const profiled: number[] = [];
      const bare: number[] = [];
      for (let rep = 0; rep < reps; rep++) {
        profiled.push(contentCost((await traceLoad(b, b.context, url, undefined, until)).events, url, b.origin).taskMs);
        bare.push(unprofiledTaskMs((await traceLoad(b, b.context, url, UNPROFILED, until)).events, url, b.origin).ms);
      }
      const [p, u] = [summarize(profiled), summarize(bare)];
      rows.push(`| ${name} | ${p.median.toFixed(2)} (p95 ${p.p95.toFixed(2)}) | ${u.median.toFixed(2)} (p95 ${u.p95.toFixed(2)}) |`);
    } finally {
      await b.close();
    }
  }
} finally {
  await server.close();
}
console.log(`non-article page, ${reps} loads each; main-thread task time in ms\n`);
console.log('| content script | as the bench measures (profiler on) | without the profiler |\n|---|---|---|');
for (const row of rows) console.log(row);
