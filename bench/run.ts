// `npm run bench` (full) and `npm run bench:smoke` (CI): measures Crosscheck
// against the budgets of issue 6, prints a table with pass/fail per budget
// line and writes bench/results.json (smoke and partial runs: bench/out/).
// Exit status 0 when everything was measured, whatever the budgets say; 1 when
// the harness itself failed. Needs Chromium (CHROMIUM_PATH, /usr/bin/chromium).
//
// Options, for working on one area: --sizes=1000,10000 (store sizes),
// --skip=cli,content,engine,store (sections), --quiet-wait=SECONDS (first wait
// until the machine's 1-minute load is below its core count).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM } from '../tests/e2e/chromium.ts';
import { buildBenchExtension, injectedBytes } from './browser/build.ts';
import { launchBench } from './browser/chromium.ts';
import { measureContent } from './browser/content.ts';
import { measureStore } from './browser/store.ts';
import { FULL, SMOKE, type BenchConfig } from './config.ts';
import type { Size } from './fixtures/corpus.ts';
import { currentLoad, describeMachine, waitForQuiet } from './lib/machine.ts';
import { summarize, type Summary } from './lib/stats.ts';
import { cliRun, writeCliPages } from './node/cli.ts';
import { analyzeTimes } from './node/engine.ts';
import { budgets, formatMarkdown, formatTable, type Results } from './report.ts';
import { contentResults, storeResults } from './summaries.ts';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const OUT = join(ROOT, 'bench/out');
const started = performance.now();
const log = (line: string): void => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

interface RunOptions extends BenchConfig {
  skip: Set<string>;
  partial: boolean;
  quietWait: number;
}

function options(argv: readonly string[]): RunOptions {
  const base = argv.includes('--smoke') ? SMOKE : FULL;
  const value = (name: string): string | undefined => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const sizes = value('sizes')?.split(',').map(Number).filter((n) => n > 0);
  const skip = new Set(value('skip')?.split(',') ?? []);
  return {
    ...base,
    ...(sizes ? { storeSizes: sizes, restartSizes: base.restartSizes.filter((n) => sizes.includes(n)) } : {}),
    skip,
    partial: skip.size > 0 || sizes !== undefined,
    quietWait: Number(value('quiet-wait') ?? 0),
  };
}

const bySize = (times: Record<Size, number[]>): Record<string, Summary> =>
  Object.fromEntries(Object.entries(times).map(([k, v]) => [k, summarize(v)]));

function gitCommit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${head}+uncommitted` : head;
  } catch {
    return 'unknown';
  }
}

async function main(o: RunOptions): Promise<Results> {
  if (o.quietWait > 0) log(`waited ${await waitForQuiet(o.quietWait)} s for a quiet machine`);
  const { skip: _skip, ...config } = o;
  const r: Results = { meta: { mode: o.mode, date: new Date().toISOString(), commit: gitCommit(), machine: describeMachine(CHROMIUM), config: { ...config, skip: [...o.skip] } }, engine: { analyzeMs: {} } };
  const run = (section: string): boolean => !o.skip.has(section);
  mkdirSync(OUT, { recursive: true });

  if (run('engine')) {
    log('engine (Node)');
    r.engine!.analyzeMs.node = bySize(analyzeTimes(o.analyzeReps));
  }
  if (run('cli')) {
    log(`cli over ${o.cliPages} generated pages`);
    const pages = join(OUT, 'cli-pages');
    writeCliPages(pages, o.cliPages);
    const rates: number[] = [];
    for (let i = 0; i < o.cliRuns; i++) rates.push(await cliRun(ROOT, pages, o.cliPages));
    r.cli = { articlesPerSecond: summarize(rates), pages: o.cliPages };
  }

  log('build the extension and the bench page');
  const ext = join(OUT, 'ext');
  buildBenchExtension(ROOT, ext);
  log('launch Chromium');
  const b = await launchBench(ext, join(OUT, 'profile'));
  try {
    if (run('content')) {
      log(`content script: ${o.contentReps} traced loads per page kind`);
      r.content = contentResults(await measureContent(b, o.contentReps), injectedBytes(ext));
    }
    if (run('engine')) {
      log('engine (Chromium)');
      r.engine!.analyzeMs.chromium = bySize(await b.call('analyze', o.analyzeReps));
    }
    if (run('store')) {
      log('store: fill, capture, naive scan, size, worker restarts');
      const stages = await measureStore(b, o, log);
      const { counts, ...store } = storeResults(stages.map((s, i) => ({ ...s, size: o.storeSizes[i]! })));
      Object.assign(r, store);
      r.meta.counts = counts;
    }
  } finally {
    await b.close();
  }
  (r.meta.machine as { load: { end?: number } }).load.end = currentLoad();
  r.meta.wallSeconds = Math.round((performance.now() - started) / 1000);
  r.budgets = budgets(r);
  return r;
}

const o = options(process.argv.slice(2));
try {
  const results = await main(o);
  // Only a complete full run replaces the published results.
  const file = o.mode === 'full' && !o.partial ? join(ROOT, 'bench/results.json') : join(OUT, `results-${o.partial ? 'partial' : 'smoke'}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(OUT, 'results.md'), `${formatMarkdown(results)}\n`);
  console.log(`\n${formatTable(results)}\n`);
  const over = (results.budgets ?? []).filter((b) => b.pass === false).length;
  log(`${o.mode} run done in ${results.meta.wallSeconds} s; ${over} budget line(s) over; results in ${file}`);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
}
