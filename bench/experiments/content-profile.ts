// Where the content script's time on a page goes, by function: the bench's
// traced loads (bench/browser/content.ts) of one page kind, with the CPU
// samples that hold an extension frame summed per innermost extension function
// and the frame it was running. Evidence behind content.nonArticleMs in the
// README (Performance); not run by `bench`.
//   npx tsx bench/experiments/content-profile.ts [kind] [reps]   (default nonArticle 12; builds an unminified copy in bench/out/ext-profile)
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sizedArticles } from '../fixtures/corpus.ts';
import { renderNewsPage, renderSectionFront } from '../fixtures/pages.ts';
import { buildBenchExtension } from '../browser/build.ts';
import { launchBench } from '../browser/chromium.ts';
import { PATHS, traceLoad, type PageKind } from '../browser/content.ts';
import { contentCost, ourFrames, ourTaskParts } from '../browser/trace.ts';
import { startServer } from '../../tests/e2e/server.ts';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const ext = join(ROOT, 'bench/out/ext-profile');
const kind = (process.argv[2] ?? 'nonArticle') as PageKind;
const reps = Number(process.argv[3] ?? 12);
// Unminified, so that the profile names functions; the task times are those of this build, not the bench's.
buildBenchExtension(ROOT, ext, { minify: false });

const html = kind === 'nonArticle' ? renderSectionFront() : renderNewsPage(sizedArticles()[kind]);
const server = await startServer([{ path: PATHS[kind], html }]);
const b = await launchBench(ext, join(ROOT, 'bench/out/profile-content'));
try {
  const url = server.url(PATHS[kind]);
  await traceLoad(b, b.context, url); // warm-up, as in the bench
  const totals = new Map<string, number>();
  const task: number[] = [];
  const script: number[] = [];
  for (let rep = 0; rep < reps; rep++) {
    const { events } = await traceLoad(b, b.context, url);
    const cost = contentCost(events, url, b.origin);
    task.push(cost.taskMs);
    script.push(cost.scriptMs);
    for (const [label, ms] of ourFrames(events, url, b.origin)) totals.set(label, (totals.get(label) ?? 0) + ms);
    if (rep < 3) {
      // A few loads in full: each of our tasks and what the trace says it was made of.
      console.log(`load ${rep + 1}: ${ourTaskParts(events, url, b.origin).map(({ ms, scriptMs, parts }) =>
        `task ${ms.toFixed(2)} ms (our code ${scriptMs.toFixed(2)}): ${[...parts].sort((x, y) => y[1] - x[1]).map(([n, v]) => `${n} ${v.toFixed(2)}`).join(', ')}`).join('\n        ')}`);
    }
  }
  const mean = (xs: number[]): string => (xs.reduce((a, x) => a + x, 0) / xs.length).toFixed(2);
  console.log(`${kind}: ${reps} loads; mean task time ${mean(task)} ms, of which sampled in extension code ${mean(script)} ms\n`);
  console.log('| innermost extension function > running frame | mean ms per load |\n|---|---|');
  for (const [label, ms] of [...totals].sort((x, y) => y[1] - x[1]).slice(0, 30)) console.log(`| ${label} | ${(ms / reps).toFixed(3)} |`);
} finally {
  await b.close();
  await server.close();
}
