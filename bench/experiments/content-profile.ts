// Where the content script's time on a page goes, by function: the bench's
// traced loads (bench/browser/content.ts) of one page kind, with the CPU
// samples that hold an extension frame summed per innermost extension function
// and the frame it was running. Evidence behind content.nonArticleMs in the
// README (Performance); not run by `bench`.
//   npx tsx bench/experiments/content-profile.ts [kind] [reps] [--unprofiled]
//   (default nonArticle 12; builds an unminified copy in bench/out/ext-profile, or with --unprofiled the
//   bench's own minified build in bench/out/ext, traced without the CPU profiler: task time only)
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sizedArticles } from '../fixtures/corpus.ts';
import { renderNewsPage, renderSectionFront } from '../fixtures/pages.ts';
import { buildBenchExtension } from '../browser/build.ts';
import { launchBench } from '../browser/chromium.ts';
import { PATHS, traceLoad, UNPROFILED, type PageKind } from '../browser/content.ts';
import { contentCost, ourFrames, ourTaskParts, unprofiledTaskMs } from '../browser/trace.ts';
import { startServer } from '../../tests/e2e/server.ts';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const unprofiled = process.argv.includes('--unprofiled');
const [kindArg, repsArg] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const kind = (kindArg ?? 'nonArticle') as PageKind;
const reps = Number(repsArg ?? 12);
const ext = join(ROOT, unprofiled ? 'bench/out/ext' : 'bench/out/ext-profile');
// Unminified for the profile, so that it names functions (its task times are those of that build); minified, as the bench builds it, for --unprofiled.
buildBenchExtension(ROOT, ext, { minify: unprofiled });

const html = kind === 'nonArticle' ? renderSectionFront() : renderNewsPage(sizedArticles()[kind]);
const server = await startServer([{ path: PATHS[kind], html }]);
const b = await launchBench(ext, join(ROOT, 'bench/out/profile-content'));
try {
  const url = server.url(PATHS[kind]);
  await traceLoad(b, b.context, url); // warm-up, as in the bench
  if (unprofiled) {
    const runs = [];
    for (let rep = 0; rep < reps; rep++) runs.push(unprofiledTaskMs((await traceLoad(b, b.context, url, UNPROFILED)).events, url, b.origin));
    const sorted = runs.map((r) => r.ms).sort((x, y) => x - y);
    console.log(`${kind}: ${reps} loads traced without the CPU profiler; task time median ${sorted[Math.floor(reps / 2)]!.toFixed(2)} ms, min ${sorted[0]!.toFixed(2)}, max ${sorted.at(-1)!.toFixed(2)}; tasks per load ${runs.map((r) => r.tasks).join(' ')}`);
  } else {
    await profiled(url);
  }
} finally {
  await b.close();
  await server.close();
}

async function profiled(url: string): Promise<void> {
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
}
