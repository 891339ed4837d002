import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePaths } from './analyze-command.ts';
import { POOL, poolSize } from './pool.ts';

const relations = join(import.meta.dirname, '../../tests/fixtures/relations');
const fixedClock = (): number => 1_700_000_000_000;

describe('the CLI worker pool', () => {
  it('starts no threads for a few files or on one core', () => {
    expect(poolSize(POOL.minFiles - 1, 8)).toBe(0);
    expect(poolSize(1000, 1)).toBe(0);
    expect(poolSize(1000, 2)).toBe(2);
    expect(poolSize(POOL.minFiles, 4)).toBe(1);
  });

  it('gives the same report and errors with threads as without', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crosscheck-pool-'));
    writeFileSync(join(dir, 'aa-empty.txt'), '  \n');
    writeFileSync(join(dir, 'mm-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    writeFileSync(join(dir, 'zz-page.html'), '<html><body><nav>Home</nav></body></html>');
    const paths = [relations, dir, join(dir, 'missing.txt')];
    const single = await analyzePaths(paths, fixedClock, 0);
    const pooled = await analyzePaths(paths, fixedClock, 2);
    rmSync(dir, { recursive: true, force: true });
    expect(pooled).toEqual(single);
    expect(single.errors).toHaveLength(4);
    expect(single.report.articles.length).toBeGreaterThan(20);
  }, 60_000);
});
