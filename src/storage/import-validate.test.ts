import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { dump, fillLibrary, freshDb } from './__fixtures__/library.ts';
import { exportData } from './export-data.ts';
import { IMPORT_LIMITS, ImportError, type ExportFile } from './export-format.ts';
import { importJson } from './import-merge.ts';
import { parseExport } from './import-validate.ts';

async function library() {
  const db = freshDb();
  await fillLibrary(db);
  const file = await exportData(db, 1);
  return { db, file, json: JSON.stringify(file) };
}

/** A deep copy of a valid file with one change. */
const mutate = (file: ExportFile, change: (f: Record<string, any>) => void): string => { // eslint-disable-line @typescript-eslint/no-explicit-any -- test edits arbitrary paths
  const copy = JSON.parse(JSON.stringify(file)) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- as above
  change(copy);
  return JSON.stringify(copy);
};

describe('import validation', () => {
  it('accepts its own export', async () => {
    const { file, json } = await library();
    expect(parseExport(json).articles).toHaveLength(file.articles.length);
  });

  const cases: [string, (f: ExportFile, json: string) => string, string][] = [
    ['empty input', () => '', 'not-json'],
    ['not JSON', () => 'hello', 'not-json'],
    ['truncated', (_f, json) => json.slice(0, Math.floor(json.length / 2)), 'not-json'],
    ['oversized', () => ' '.repeat(IMPORT_LIMITS.chars + 1), 'too-large'],
    ['another format', () => JSON.stringify({ format: 'something-else', version: 1 }), 'not-export'],
    ['a JSON array', () => '[1,2,3]', 'not-export'],
    ['a newer version', (f) => mutate(f, (x) => { x.version = 2; }), 'newer-version'],
    ['articles not a list', (f) => mutate(f, (x) => { x.articles = {}; }), 'invalid'],
    ['javascript: URL', (f) => mutate(f, (x) => { x.articles[0].url = 'javascript:alert(1)'; }), 'invalid'],
    ['data: URL', (f) => mutate(f, (x) => { x.articles[0].url = 'data:text/html,<script>alert(1)</script>'; }), 'invalid'],
    ['number as title', (f) => mutate(f, (x) => { x.articles[0].title = 5; }), 'invalid'],
    ['huge title', (f) => mutate(f, (x) => { x.articles[0].title = 'x'.repeat(IMPORT_LIMITS.title + 1); }), 'invalid'],
    ['empty text', (f) => mutate(f, (x) => { x.articles[0].text = '   '; }), 'invalid'],
    ['bad date', (f) => mutate(f, (x) => { x.articles[0].published = 'soon'; }), 'invalid'],
    ['negative time', (f) => mutate(f, (x) => { x.articles[0].firstSeen = -1; }), 'invalid'],
    ['last seen before first seen', (f) => mutate(f, (x) => { x.articles[0].lastSeen = x.articles[0].firstSeen - 1; }), 'invalid'],
    ['duplicate article', (f) => mutate(f, (x) => { x.articles.push(x.articles[0]); }), 'invalid'],
    ['dangling group member', (f) => mutate(f, (x) => { x.groups[0].articleIds.push('https://nowhere.example/'); }), 'invalid'],
    ['article outside its group', (f) => mutate(f, (x) => { x.articles[0].groupId = 'https://nowhere.example/'; }), 'invalid'],
    ['dangling match', (f) => mutate(f, (x) => { x.matches[0].b = 'https://nowhere.example/'; }), 'invalid'],
    ['similarity above 1', (f) => mutate(f, (x) => { x.matches[0].similarity = 7; }), 'invalid'],
    ['unknown relation', (f) => mutate(f, (x) => { x.matches[0].relation = 'cousin'; }), 'invalid'],
    ['conflict naming no article', (f) => mutate(f, (x) => { x.conflicts[0].a.id = 'https://nowhere.example/'; }), 'invalid'],
    ['conflict type with markup', (f) => mutate(f, (x) => { x.conflicts[0].type = '<img src=x onerror=alert(1)>'; }), 'invalid'],
    ['bad severity', (f) => mutate(f, (x) => { x.conflicts[0].severity = 'extreme'; }), 'invalid'],
    ['too many articles', (f) => mutate(f, (x) => { x.articles = new Array(IMPORT_LIMITS.articles + 1).fill(0); }), 'too-many'],
  ];

  it.each(cases)('rejects %s with a clear reason, leaving the database unchanged', async (_name, make, code) => {
    const { db, file, json } = await library();
    const before = await dump(db);
    const bad = make(file, json);
    const error = await importJson(db, bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe(code);
    if (code === 'invalid') expect((error as ImportError).detail).toMatch(/^[a-zA-Z]+(\[\d+\])?/);
    expect(await dump(db)).toEqual(before);
  });

  it('ignores hostile keys: __proto__ and constructor never reach a record or a prototype', async () => {
    const { json } = await library();
    const hostile = json
      .replace('{"url"', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"extra":"<script>","url"')
      .replace('"format"', '"__proto__":{"polluted":true},"format"');
    const parsed = parseExport(hostile);
    expect(Object.keys(parsed.articles[0]!)).toEqual(['url', 'title', 'source', 'byline', 'published', 'lang', 'text', 'firstSeen', 'lastSeen', 'groupId']);
    expect(Object.getPrototypeOf(parsed.articles[0])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps markup in text as text (it is rendered as text, never parsed)', async () => {
    const { db, file } = await library();
    const payload = '<img src=x onerror="window.pwned=1"> \u202Egnp.exe';
    const json = mutate(file, (x) => {
      x.articles[0].title = payload;
      x.articles[0].url = 'https://elsewhere.example/a';
      x.groups = x.groups.map((g: { articleIds: string[] }) => ({ ...g, articleIds: g.articleIds.map((id: string) => (id === file.articles[0]!.url ? 'https://elsewhere.example/a' : id)) }));
      x.matches = []; x.conflicts = []; x.dismissed = [];
    });
    await importJson(db, json);
    expect((await db.stories.get({ url: 'https://elsewhere.example/a' }))?.title).toBe(payload);
  });

  it('rolls back everything when the merge fails midway', async () => {
    const { json } = await library();
    const target = freshDb();
    await fillLibrary(target, []);
    const before = await dump(target);
    // Fail the last write of the merge, after groups and articles were written.
    target.conflicts.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(importJson(target, json)).rejects.toThrow('disk full');
    expect(await dump(target)).toEqual(before);
  });
});
