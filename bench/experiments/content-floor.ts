// The floor under content.nonArticleMs: what a content script costs the page
// before it does anything of ours. The bench's build is copied with its
// content script replaced, and the same non-article page is traced with each:
//   empty:       `void 0` (injection and evaluation only; reports nothing)
//   one message: sends the "not an article" report and nothing else (the least
//                a script that tells the popup why a page was skipped can do)
//   crosscheck:  the real script (asks the background, waits for idle, gates, reports)
// Each is measured as the bench measures it (task time with the CPU profiler
// on) and without the profiler. Not run by `bench`.
//   npx tsx bench/experiments/content-floor.ts [reps]   (default 12)
import { cpSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderSectionFront } from '../fixtures/pages.ts';
import { buildBenchExtension } from '../browser/build.ts';
import { launchBench } from '../browser/chromium.ts';
import { PATHS, traceLoad, UNPROFILED } from '../browser/content.ts';
import { contentCost, unprofiledTaskMs } from '../browser/trace.ts';
import { summarize } from '../lib/stats.ts';
import { startServer } from '../../tests/e2e/server.ts';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const reps = Number(process.argv[2] ?? 12);
const base = join(ROOT, 'bench/out/ext-floor/crosscheck');
buildBenchExtension(ROOT, base);

const VARIANTS: Record<string, string | null> = {
  empty: 'void 0;\n',
  'one message': "chrome.runtime.sendMessage({ type: 'page/skip', payload: { url: location.href, reason: 'not-article' } });\n",
  crosscheck: null,
};
// Without a report there is no outcome to wait for: the page is given as long as the real script needs.
const QUIET_MS = 1500;

const server = await startServer([{ path: PATHS.nonArticle, html: renderSectionFront() }]);
const rows: string[] = [];
try {
  for (const [name, script] of Object.entries(VARIANTS)) {
    const ext = script === null ? base : join(ROOT, 'bench/out/ext-floor', name.replace(/\s+/g, '-'));
    if (script !== null) {
      cpSync(base, ext, { recursive: true });
      writeFileSync(join(ext, 'content/index.js'), script);
    }
    const b = await launchBench(ext, join(ROOT, 'bench/out/profile-floor'));
    try {
      const url = server.url(PATHS.nonArticle);
      const until = script === 'void 0;\n' ? () => new Promise<void>((r) => setTimeout(r, QUIET_MS)) : undefined;
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
