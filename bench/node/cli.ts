// cli.articlesPerSecond: `node bin/crosscheck.js analyze --json DIR` over a
// directory of generated news pages (the store's length mix), timed from
// process start to exit, as a user runs it.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { baseCorpus } from '../fixtures/corpus.ts';
import { renderNewsPage } from '../fixtures/pages.ts';

export function writeCliPages(dir: string, count: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  baseCorpus(count, 7).forEach((a, i) => writeFileSync(join(dir, `${String(i).padStart(5, '0')}.html`), renderNewsPage(a)));
}

/** Articles per second of one CLI run over `dir` (which holds `count` pages). */
export async function cliRun(root: string, dir: string, count: number): Promise<number> {
  const t0 = performance.now();
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin/crosscheck.js'), 'analyze', '--json', dir], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (c) => (c === 0 ? resolve(0) : reject(new Error(`crosscheck exited ${c}: ${err.slice(0, 500)}`))));
  });
  return code === 0 ? count / ((performance.now() - t0) / 1000) : 0;
}
