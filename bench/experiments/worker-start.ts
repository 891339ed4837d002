// Where a service-worker restart's time goes: the cheapest message (page/check)
// against a capture, each right after the worker was stopped, at N stories.
// Evidence for the sw.restartMs budget line; not run by `bench`.
//   npx tsx bench/experiments/worker-start.ts [N]   (default 10000; builds bench/out/ext)
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBenchExtension } from '../browser/build.ts';
import { launchBench } from '../browser/chromium.ts';
import { summarize } from '../lib/stats.ts';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const ext = join(ROOT, 'bench/out/ext');
const n = Number(process.argv[2] ?? 10_000);
const REPS = 7;
const GRACE_MS = 3000;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

buildBenchExtension(ROOT, ext);
const b = await launchBench(ext, join(ROOT, 'bench/out/profile-worker'));
try {
  await b.call('prepare', 300);
  await b.call('fill', n);
  await b.call('close');
  const ping: number[] = [];
  const capture: number[] = [];
  const pingThenCapture: number[] = [];
  for (let rep = 0; rep <= REPS; rep++) {
    await b.stopWorker();
    await sleep(GRACE_MS);
    const p = await b.call('ping');
    await b.stopWorker();
    await sleep(GRACE_MS);
    const c = (await b.call('sendCapture', rep)).ms;
    const c2 = (await b.call('sendCapture', 100 + rep)).ms;
    if (rep > 0) { ping.push(p); capture.push(c); pingThenCapture.push(c2); }
  }
  console.log(JSON.stringify({ n, ping: summarize(ping), capture: summarize(capture), warmCapture: summarize(pingThenCapture) }, null, 1));
} finally {
  await b.close();
}
