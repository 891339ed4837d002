// What storing a story differently would save on disk: one fresh Chromium
// profile per layout (bench/page/layouts.ts), filled with the same N stories
// as `npm run bench` fills, measured as store.bytesPerStory is. Evidence for
// the store-size fix proposed in the README (Performance); not run by `bench`.
//   npx tsx bench/experiments/store-layout.ts [N] [layout,layout]   (default 5000, all layouts; builds bench/out/ext first if missing)
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBenchExtension } from '../browser/build.ts';
import { launchBench } from '../browser/chromium.ts';
import { indexedDbParts, settledBytes } from '../browser/store.ts';
import { LAYOUTS, type Layout } from '../page/layouts.ts';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const ext = join(ROOT, 'bench/out/ext');
const n = Number(process.argv[2] ?? 5000);
const layouts = (process.argv[3]?.split(',') as Layout[] | undefined) ?? LAYOUTS;
if (!existsSync(join(ext, 'bench/index.html'))) buildBenchExtension(ROOT, ext);

const rows: string[] = [];
for (const layout of layouts) {
  const b = await launchBench(ext, join(ROOT, 'bench/out/profile-layout'));
  try {
    await b.call('prepare', 300);
    const fill = await b.call('fill', n, layout);
    await settledBytes(b.profile, b.extensionId);
    const parts = indexedDbParts(b.profile, b.extensionId);
    const per = (x: number): number => Math.round(x / fill.stories);
    const bytes = parts.ldb + parts.log + parts.blob + parts.other;
    rows.push(`| ${layout} | ${per(bytes)} | ${per(parts.ldb)} | ${per(parts.log)} | ${per(parts.blob)} | ${Math.round(fill.ms / 1000)} |`);
    console.log(rows.at(-1));
  } finally {
    await b.close();
  }
}
console.log(`\n${n} stories per layout (bytes per story)\n| layout | total | .ldb | .log | blob files | fill s |\n|---|---|---|---|---|---|\n${rows.join('\n')}`);
