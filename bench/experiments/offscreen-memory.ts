// What keeping Chrome's offscreen document open costs: the JS heap of each of
// the extension's contexts (service worker, offscreen document with the NLP
// model, bench page) after a few captures. Evidence for keeping the document
// open between captures; not run by `bench`.
//   npx tsx bench/experiments/offscreen-memory.ts
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { buildBenchExtension } from '../browser/build.ts';
import { launchBench } from '../browser/chromium.ts';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const ext = join(ROOT, 'bench/out/ext');
const PORT = 9339;
buildBenchExtension(ROOT, ext);
const b = await launchBench(ext, join(ROOT, 'bench/out/profile-memory'), true, [`--remote-debugging-port=${PORT}`]);
try {
  await b.call('prepare', 50);
  for (let rep = 0; rep < 5; rep++) await b.call('sendCapture', rep);
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${PORT}` });
  for (const target of browser.targets().filter((t) => t.url().startsWith(b.origin))) {
    const session = await target.createCDPSession();
    const { usedSize, totalSize } = await session.send('Runtime.getHeapUsage');
    console.log(`${target.type().padEnd(15)} ${target.url().slice(b.origin.length).padEnd(40)} heap used ${(usedSize / 2 ** 20).toFixed(1)} MB of ${(totalSize / 2 ** 20).toFixed(1)} MB`);
  }
  await browser.disconnect();
} finally {
  await b.close();
}
