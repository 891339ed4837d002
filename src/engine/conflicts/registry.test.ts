import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from './registry.ts';

// Like refined-github's build/features.test.ts: a rule file that is not in the
// registry never runs, so its existence alone must fail the build.
const dir = new URL('./rules/', import.meta.url);
const ruleFiles = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

describe('rule registry', () => {
  it('registers every rule file exactly once', () => {
    const names = RULES.map((r) => r.name).sort();
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(ruleFiles.map((f) => f.replace(/\.ts$/, '')).sort());
  });

  it.each(ruleFiles)('%s exports one rule named after its file, and has a test file', (file) => {
    const source = readFileSync(new URL(file, dir), 'utf8');
    const name = file.replace(/\.ts$/, '');
    expect(source).toMatch(new RegExp(`name: '${name}'`));
    expect(readdirSync(dir)).toContain(`${name}.test.ts`);
  });
});
