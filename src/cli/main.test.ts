import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from './main.ts';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: { write: (s: string) => (out += s) }, err: { write: (s: string) => (err += s) } });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const body = 'The city council voted on Tuesday to close the old harbour bridge to cars after engineers found deep cracks in two of its supports. '.repeat(6);
writeFileSync(join(dir, 'a.txt'), `date 2024-05-14\nCouncil closes harbour bridge\n\n${body}`);
writeFileSync(join(dir, 'b.txt'), `date 2024-05-14\nHarbour bridge shut to traffic\n\n${body}\n\nRepairs are expected to take a year.`);
writeFileSync(join(dir, 'empty.txt'), '  \n');
writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
writeFileSync(join(dir, 'notes.md'), 'not an input');

describe('crosscheck analyze', () => {
  it('prints exactly one JSON document with the contract fields', async () => {
    const { code, out, err } = await run('analyze', '--json', join(dir, 'a.txt'), join(dir, 'b.txt'));
    expect({ code, err }).toEqual({ code: 0, err: '' });
    const report = JSON.parse(out);
    expect(report.articles).toEqual([
      expect.objectContaining({ id: join(dir, 'a.txt'), title: 'Council closes harbour bridge', published: '2024-05-14T00:00:00.000Z', words: expect.any(Number) }),
      expect.objectContaining({ id: join(dir, 'b.txt') }),
    ]);
    expect(report.matches).toEqual([expect.objectContaining({ a: join(dir, 'a.txt'), b: join(dir, 'b.txt'), relation: 'copy', similarity: expect.any(Number) })]);
    expect(report.conflicts).toEqual(expect.any(Array));
  });

  it('prints a readable report without --json', async () => {
    const { code, out } = await run('analyze', join(dir, 'a.txt'), join(dir, 'b.txt'));
    expect(code).toBe(0);
    expect(out).toMatch(/2 sources, 1 independent text/);
  });

  it.each([
    ['a missing file', [join(dir, 'nope.txt')], /no such file/],
    ['an empty file', [join(dir, 'empty.txt')], /empty file/],
    ['a binary file', [join(dir, 'binary.txt')], /binary file/],
    ['an unsupported file', [join(dir, 'notes.md')], /not a \.html, \.htm or \.txt file/],
  ])('rejects %s with a clear message and no stack trace', async (_name, paths, message) => {
    const { code, err } = await run('analyze', '--json', ...paths);
    expect(code).not.toBe(0);
    expect(err).toMatch(message);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('still reports the good files of a directory holding bad ones', async () => {
    const { code, out, err } = await run('analyze', '--json', dir);
    expect(code).toBe(1);
    expect(err.trim().split('\n')).toHaveLength(2);
    expect(JSON.parse(out).articles).toHaveLength(2);
  });

  it('explains a bad invocation', async () => {
    expect((await run()).code).toBe(2);
    expect((await run('analyse', 'x')).err).toMatch(/unknown command/);
    expect((await run('analyze', '--fast', 'x')).err).toMatch(/unknown option/);
    expect((await run('analyze')).err).toMatch(/no PATH/);
  });
});
