// What a short primary key would save the candidate lookups: the same N
// stories filled under their URLs ('current') and under short ids
// ('short-ids', see bench/page/layouts.ts), each in a fresh Chromium profile,
// then the band-key and entity-pair lookups of findCandidates timed as the
// bench times them (bench/page/lookups.ts). Evidence for the next step named
// under match.ms in the README (Performance); not run by `bench`.
//   npx tsx bench/experiments/lookup-layout.ts [N]   (default 100000: ~15 min; builds bench/out/ext first if missing)
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBenchExtension } from '../browser/build.ts';
import { launchBench } from '../browser/chromium.ts';
import { summarize, type Summary } from '../lib/stats.ts';
import type { LookupCost } from '../page/lookups.ts';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const ext = join(ROOT, 'bench/out/ext');
const n = Number(process.argv[2] ?? 100_000);
const REPS = 3;
if (!existsSync(join(ext, 'bench/index.html'))) buildBenchExtension(ROOT, ext);

const ms = (s: Summary): string => `${s.median.toFixed(2)} / ${s.p95.toFixed(2)}`;
const rows: string[] = [];
for (const layout of ['current', 'short-ids'] as const) {
  const b = await launchBench(ext, join(ROOT, 'bench/out/profile-lookup'));
  try {
    await b.call('prepare', 300);
    const fill = await b.call('fill', n, layout);
    const costs: LookupCost[] = [];
    for (let rep = 0; rep < REPS; rep++) costs.push(...(await b.call('lookups', 8, rep * 10 + 3)));
    const band = summarize(costs.map((c) => c.bandLookupsMs));
    const pair = summarize(costs.map((c) => c.pairLookupsMs));
    rows.push(`| ${layout} | ${fill.stories} | ${ms(band)} | ${ms(pair)} | ${Math.round(fill.ms / 1000)} |`);
    console.log(rows.at(-1));
  } finally {
    await b.close();
  }
}
console.log(`\nCandidate lookups at ${n} stories (ms, median / p95 over ${REPS * 8} probes)\n| layout | stories | band keys | entity pairs | fill s |\n|---|---|---|---|---|\n${rows.join('\n')}`);
