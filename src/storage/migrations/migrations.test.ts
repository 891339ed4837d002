// Every schema version after the first has its upgrade test here, named
// NNN-*.test.ts after the version, or NNN-MMM-*.test.ts for versions NNN to
// MMM declared together (one change that takes several versions), and a data
// migration, when it moves data, in a .ts file of the same name beside it.
// Declaring version(n) in db.ts without one fails.
import 'fake-indexeddb/auto';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDb } from '../db.ts';

describe('schema versions', () => {
  it('each version after 1 has an upgrade test over a fixture of the version before', () => {
    const declared = openDb({ name: `versions-${Math.random()}` }).verno;
    const files = readdirSync(new URL('.', import.meta.url));
    const covered = (file: string, v: number): boolean => {
      const range = /^(\d{3})-(?:(\d{3})-)?.*\.test\.ts$/u.exec(file);
      return !!range && Number(range[1]) <= v && v <= Number(range[2] ?? range[1]);
    };
    const missing = Array.from({ length: declared - 1 }, (_, i) => i + 2).filter((v) => !files.some((f) => covered(f, v)));
    expect(declared).toBeGreaterThanOrEqual(2);
    expect(missing, 'versions without an NNN-*.test.ts upgrade test').toEqual([]);
  });
});
