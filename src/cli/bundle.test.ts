import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'bin/crosscheck.js');
const inputs = ['election-copy.txt', 'election-rewrite.txt', 'election-wire.txt'].map((f) => join(root, 'tests/fixtures/relations', f));

async function run(env: Record<string, string>): Promise<{ stdout: string; stderr: string }> {
  return promisify(execFile)(process.execPath, [bin, 'analyze', '--json', ...inputs], { cwd: root, env: { ...process.env, ...env } });
}

describe('the bundled CLI (bin/bundle.js)', () => {
  it('prints exactly what the tsx-run sources print', async () => {
    const fromSources = await run({ CROSSCHECK_NO_BUNDLE: '1' });
    const bundled = await run({});
    const cache = join(root, 'node_modules/.cache/crosscheck');
    expect(readdirSync(cache).some((dir) => existsSync(join(cache, dir, 'manifest.json')))).toBe(true);
    expect(bundled).toEqual(fromSources);
    expect(JSON.parse(bundled.stdout).articles).toHaveLength(3);
  }, 120_000);
});
