// Import files are untrusted: a reader may be handed one. Mutated, truncated and
// hostile versions of a real export either import cleanly, leaving a
// consistent store, or are refused with an ImportError and change nothing. No
// other outcome (a crash, a half-written store, a polluted prototype) is
// allowed. The hand-picked cases are in src/storage/import-validate.test.ts;
// this covers what nobody thought to pick.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { dump, fillLibrary, freshDb, LIBRARY } from '../../src/storage/__fixtures__/library.ts';
import type { CrosscheckDb } from '../../src/storage/db.ts';
import { exportData } from '../../src/storage/export-data.ts';
import { IMPORT_LIMITS, ImportError } from '../../src/storage/export-format.ts';
import { importJson } from '../../src/storage/import-merge.ts';
import { storeProblems, type StoreRows } from './reliability-invariants.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path into a JSON value, e.g. ['articles', 0, 'url']. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (value !== null && typeof value === 'object') return [...here, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return here;
}

type Mutation = 'replace' | 'delete' | 'duplicate' | 'swap-type';

function mutate(file: Json, pick: number, how: Mutation, replacement: Json): Json {
  const copy = structuredClone(file);
  const all = paths(copy).filter((p) => p.length > 0);
  const path = all[pick % all.length]!;
  const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string, Json>)[key as string] as Json, copy) as Record<string | number, Json> | Json[];
  const key = path.at(-1)!;
  const current = (parent as Record<string | number, Json>)[key];
  if (how === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete (parent as Record<string, Json>)[key];
  } else if (how === 'duplicate' && Array.isArray(parent)) {
    parent.push(structuredClone(current) as Json);
  } else if (how === 'swap-type') {
    (parent as Record<string | number, Json>)[key] = typeof current === 'string' ? current.length : typeof current === 'number' ? String(current) : [current as Json];
  } else {
    (parent as Record<string | number, Json>)[key] = replacement;
  }
  return copy;
}

describe('import fuzzing', () => {
  let rows: Awaited<ReturnType<typeof dump>>;
  let valid: Json;
  let json: string;

  beforeAll(async () => {
    const db = freshDb();
    await fillLibrary(db, [LIBRARY[0], LIBRARY[1], LIBRARY[2]]);
    rows = await dump(db);
    valid = JSON.parse(JSON.stringify(await exportData(db, 1))) as Json;
    json = JSON.stringify(valid);
  });

  /** A store holding the library, from its rows (no re-analysis). */
  async function library(): Promise<CrosscheckDb> {
    const db = freshDb();
    for (const [table, list] of Object.entries(rows)) await db.table(table).bulkAdd(list as object[]);
    return db;
  }

  async function expectCleanOutcome(db: CrosscheckDb, text: string): Promise<void> {
    const before = await dump(db);
    const outcome = await importJson(db, text).then(() => 'imported', (error: unknown) => error);
    const after = await dump(db);
    if (outcome === 'imported') {
      expect(storeProblems(after as unknown as StoreRows), 'an accepted file leaves a consistent store').toEqual([]);
      // Import only adds: nothing the reader had is lost.
      for (const s of before.stories as { url: string }[]) expect((after.stories as { url: string }[]).some((x) => x.url === s.url)).toBe(true);
    } else {
      expect(outcome, `refusal of ${text.slice(0, 200)}`).toBeInstanceOf(ImportError);
      expect((outcome as ImportError).message.length).toBeGreaterThan(0);
      expect(after).toEqual(before);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }

  it('a mutated export is either imported into a consistent store or refused with the store unchanged', async () => {
    const db = await library();
    const mutation = fc.tuple(fc.nat(), fc.constantFrom<Mutation>('replace', 'delete', 'duplicate', 'swap-type'), fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>);
    await fc.assert(fc.asyncProperty(mutation, async ([pick, how, replacement]) => {
      await expectCleanOutcome(db, JSON.stringify(mutate(valid, pick, how, replacement)));
    }), { numRuns: RUNS * 3 });
  }, 120_000);

  it('a truncated or byte-damaged export is refused with the store unchanged (or, still valid, imported cleanly)', async () => {
    const db = await library();
    await fc.assert(fc.asyncProperty(fc.nat(), fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }), async (at, junk) => {
      const cut = at % json.length;
      await expectCleanOutcome(db, json.slice(0, cut));
      await expectCleanOutcome(db, json.slice(0, cut) + junk + json.slice(cut + junk.length));
    }), { numRuns: RUNS });
  }, 120_000);

  it.each([
    ['deeply nested JSON', () => `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
    ['a number beyond double range as a time', () => json.replace(/"firstSeen":\d+/u, '"firstSeen":1e400')],
    ['a byte-order mark', () => `\uFEFF${json}`],
    ['a lone surrogate in a URL', () => json.replace('https://', 'https://\\ud800')],
    ['prototype keys everywhere', () => json.replaceAll('{"', '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"')],
    ['a million-entry list of nothing', () => json.replace('"matches":[', `"matches":[${'null,'.repeat(1_000_000)}`)],
    ['exactly the size limit of spaces', () => ' '.repeat(IMPORT_LIMITS.chars)],
    ['duplicate keys (last one wins in JSON.parse)', () => json.replace('{"format":"crosscheck-export"', '{"format":"crosscheck-export","format":"other"')],
  ])('%s: a clean outcome', async (_name, make) => {
    await expectCleanOutcome(await library(), make());
  }, 60_000);
});
