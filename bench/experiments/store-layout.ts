// What storing a story differently would save on disk: one fresh Chromium
// profile per layout (bench/page/layouts.ts), filled with the same N stories
// as `npm run bench` fills, measured as store.bytesPerStory is. Evidence for
// the store-size fix proposed in the README (Performance); not run by `bench`.
//   npx tsx bench/experiments/store-layout.ts [N]   (default 5000; builds bench/out/ext first if missing)
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBenchExtension } from '../browser/build.ts';
import { launchBench } from '../browser/chromium.ts';
import { indexedDbBytes } from '../browser/store.ts';
import { LAYOUTS } from '../page/layouts.ts';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const ext = join(ROOT, 'bench/out/ext');
const n = Number(process.argv[2] ?? 5000);
if (!existsSync(join(ext, 'bench/index.html'))) buildBenchExtension(ROOT, ext);

const rows: string[] = [];
for (const layout of LAYOUTS) {
  const b = await launchBench(ext, join(ROOT, 'bench/out/profile-layout'));
  try {
    await b.call('prepare', 300);
    const fill = await b.call('fill', n, layout);
    await new Promise((r) => setTimeout(r, 3000));
    const bytes = indexedDbBytes(b.profile, b.extensionId);
    rows.push(`| ${layout} | ${Math.round(bytes / fill.stories)} | ${Math.round(fill.ms / 1000)} |`);
    console.log(rows.at(-1));
  } finally {
    await b.close();
  }
}
console.log(`\n${n} stories per layout\n| layout | bytes per story | fill s |\n|---|---|---|\n${rows.join('\n')}`);
