// How long a reader updating from schema 3 waits for the 3 -> 5 upgrade
// (stories re-keyed by integers, every record copied twice), in Chromium's
// IndexedDB, at the store sizes given: each store is filled as the bench fills
// it, copied into a schema 3 database and opened under today's schema (see
// bench/page/upgrade.ts). Evidence for the issue note; not run by `bench`.
//   npx tsx bench/experiments/upgrade-time.ts [N ...]   (default 1000 5000 10000; builds bench/out/ext)
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBenchExtension } from '../browser/build.ts';
import { launchBench } from '../browser/chromium.ts';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const ext = join(ROOT, 'bench/out/ext');
const sizes = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [1000, 5000, 10_000];

buildBenchExtension(ROOT, ext);
const b = await launchBench(ext, join(ROOT, 'bench/out/profile-upgrade'));
const rows: string[] = [];
try {
  await b.call('prepare', 300);
  for (const n of sizes) {
    await b.call('fill', n);
    const { stories, copyMs, upgradeMs } = await b.call('upgrade');
    rows.push(`| ${stories} | ${(upgradeMs / 1000).toFixed(1)} | ${((upgradeMs / stories) * 1000).toFixed(0)} | ${(copyMs / 1000).toFixed(1)} |`);
    console.log(rows.at(-1));
  }
} finally {
  await b.close();
}
console.log(`\nSchema 3 -> 5 upgrade in Chromium\n| stories | upgrade s | µs per story | writing the schema 3 copy s |\n|---|---|---|---|\n${rows.join('\n')}`);
