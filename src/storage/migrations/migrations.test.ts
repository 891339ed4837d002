// Every schema version after the first has its upgrade test here, named
// NNN-*.test.ts after the version (and a data migration, when it moves data,
// in NNN-*.ts beside it). Declaring version(n) in db.ts without one fails.
import 'fake-indexeddb/auto';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDb } from '../db.ts';

describe('schema versions', () => {
  it('each version after 1 has an upgrade test over a fixture of the version before', () => {
    const declared = openDb({ name: `versions-${Math.random()}` }).verno;
    const files = readdirSync(new URL('.', import.meta.url));
    const missing = Array.from({ length: declared - 1 }, (_, i) => i + 2)
      .filter((v) => !files.some((f) => f.startsWith(`${String(v).padStart(3, '0')}-`) && f.endsWith('.test.ts')));
    expect(declared).toBeGreaterThanOrEqual(2);
    expect(missing, 'versions without an NNN-*.test.ts upgrade test').toEqual([]);
  });
});
