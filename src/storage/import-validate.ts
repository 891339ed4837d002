import type { Conflict, DiffOp } from '../engine/conflicts/index.ts';
import type { MatchRecord, StoryGroup } from '../engine/match/store.ts';
import type { DismissedRecord } from './db.ts';
import { EXPORT_FORMAT, EXPORT_VERSION, IMPORT_LIMITS as L, ImportError, type ExportFile, type ExportedArticle } from './export-format.ts';

type Obj = Record<string, unknown>;
const bad = (path: string, why: string): never => {
  throw new ImportError('invalid', `${path}: ${why}`);
};

function obj(value: unknown, path: string): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) bad(path, 'must be an object');
  return value as Obj;
}
function list(value: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(value)) return bad(path, 'must be a list');
  if (value.length > max) throw new ImportError('too-many', `${path}: more than ${max} entries`);
  return value;
}
function str(o: Obj, key: string, path: string, max: number): string {
  const v = o[key];
  if (typeof v !== 'string') return bad(`${path}.${key}`, 'must be text');
  if (v.length > max) bad(`${path}.${key}`, `longer than ${max} characters`);
  return v;
}
const optStr = (o: Obj, key: string, path: string, max: number): string | null => (o[key] === null || o[key] === undefined ? null : str(o, key, path, max));
function num(o: Obj, key: string, path: string, min: number, max: number): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) return bad(`${path}.${key}`, `must be a number from ${min} to ${max}`);
  return v;
}
function oneOf<T extends string>(o: Obj, key: string, path: string, values: readonly T[]): T {
  const v = o[key];
  if (!values.includes(v as T)) bad(`${path}.${key}`, `must be one of ${values.join(', ')}`);
  return v as T;
}
function url(o: Obj, key: string, path: string): string {
  const v = str(o, key, path, L.url);
  let parsed: URL | undefined;
  try {
    parsed = new URL(v);
  } catch {
    bad(`${path}.${key}`, 'not a URL');
  }
  // Only http(s), and written as the browser writes it: a javascript: or data:
  // link must never reach a "open in a tab" button.
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.href !== v) bad(`${path}.${key}`, 'not a normalised http(s) URL');
  return v;
}
const MAX_TIME = 8.64e15; // the largest valid Date
function date(o: Obj, key: string, path: string): string | null {
  const v = optStr(o, key, path, 64);
  if (v !== null && Number.isNaN(Date.parse(v))) bad(`${path}.${key}`, 'not a date');
  return v;
}

function article(value: unknown, path: string): ExportedArticle {
  const o = obj(value, path);
  const text = str(o, 'text', path, L.text);
  if (!text.trim()) bad(`${path}.text`, 'is empty');
  const firstSeen = num(o, 'firstSeen', path, 0, MAX_TIME);
  const lastSeen = num(o, 'lastSeen', path, firstSeen, MAX_TIME);
  return {
    url: url(o, 'url', path), title: str(o, 'title', path, L.title), source: optStr(o, 'source', path, L.source),
    byline: optStr(o, 'byline', path, L.byline), published: date(o, 'published', path), lang: optStr(o, 'lang', path, L.lang),
    text, firstSeen, lastSeen, groupId: str(o, 'groupId', path, L.url),
  };
}

function group(value: unknown, path: string): StoryGroup {
  const o = obj(value, path);
  const articleIds = list(o.articleIds, `${path}.articleIds`, L.articles).map((id, i) => str({ id }, 'id', `${path}.articleIds[${i}]`, L.url));
  if (!articleIds.length) bad(`${path}.articleIds`, 'is empty');
  const createdAt = num(o, 'createdAt', path, 0, MAX_TIME);
  return { id: str(o, 'id', path, L.url), articleIds, createdAt, updatedAt: num(o, 'updatedAt', path, 0, MAX_TIME) };
}

function match(value: unknown, path: string): MatchRecord {
  const o = obj(value, path);
  return {
    a: str(o, 'a', path, L.url), b: str(o, 'b', path, L.url), relation: oneOf(o, 'relation', path, ['copy', 'same-story']),
    similarity: num(o, 'similarity', path, 0, 1), reusedA: num(o, 'reusedA', path, 0, 1), reusedB: num(o, 'reusedB', path, 0, 1),
  };
}

function side(value: unknown, path: string): Conflict['a'] {
  const o = obj(value, path);
  return { id: str(o, 'id', path, L.url), text: str(o, 'text', path, L.sentence), value: str(o, 'value', path, L.short) };
}

function conflict(value: unknown, path: string): Conflict {
  const o = obj(value, path);
  const type = str(o, 'type', path, 40);
  if (!/^[a-z][a-z-]*$/.test(type)) bad(`${path}.type`, 'not a conflict type');
  const c: Conflict = {
    type, kind: oneOf(o, 'kind', path, ['conflict', 'update']), a: side(o.a, `${path}.a`), b: side(o.b, `${path}.b`),
    subject: str(o, 'subject', path, L.short), severity: oneOf(o, 'severity', path, ['low', 'medium', 'high']), confidence: num(o, 'confidence', path, 0, 1),
  };
  if (o.diff !== undefined) {
    c.diff = list(o.diff, `${path}.diff`, L.diffOps).map((op, i): DiffOp => {
      const p = `${path}.diff[${i}]`;
      const d = obj(op, p);
      return { op: oneOf(d, 'op', p, ['same', 'added', 'removed']), text: str(d, 'text', p, L.short) };
    });
  }
  return c;
}

function dismissal(value: unknown, path: string): DismissedRecord {
  const o = obj(value, path);
  const ids = list(o.ids, `${path}.ids`, 2).map((id, i) => str({ id }, 'id', `${path}.ids[${i}]`, L.url));
  return { key: str(o, 'key', path, 4 * L.sentence), ids, at: num(o, 'at', path, 0, MAX_TIME) };
}

/** Every id a record names must be an article of the same file: a file is imported whole or not at all. */
function checkReferences(file: ExportFile): void {
  const urls = new Set<string>();
  file.articles.forEach((a, i) => {
    if (urls.has(a.url)) bad(`articles[${i}].url`, 'appears twice');
    urls.add(a.url);
  });
  const groups = new Map<string, StoryGroup>();
  file.groups.forEach((g, i) => {
    if (groups.has(g.id)) bad(`groups[${i}].id`, 'appears twice');
    groups.set(g.id, g);
    if (new Set(g.articleIds).size !== g.articleIds.length) bad(`groups[${i}].articleIds`, 'names an article twice');
    g.articleIds.forEach((id, j) => urls.has(id) || bad(`groups[${i}].articleIds[${j}]`, 'names no article in the file'));
  });
  file.articles.forEach((a, i) => groups.get(a.groupId)?.articleIds.includes(a.url) || bad(`articles[${i}].groupId`, 'names no story listing this article'));
  const known = (id: string, path: string): void => void (urls.has(id) || bad(path, 'names no article in the file'));
  file.matches.forEach((m, i) => {
    known(m.a, `matches[${i}].a`);
    known(m.b, `matches[${i}].b`);
  });
  file.conflicts.forEach((c, i) => {
    known(c.a.id, `conflicts[${i}].a.id`);
    known(c.b.id, `conflicts[${i}].b.id`);
  });
  file.dismissed.forEach((d, i) => d.ids.forEach((id, j) => known(id, `dismissed[${i}].ids[${j}]`)));
}

/**
 * Parses and validates an export file, or throws ImportError saying what is
 * wrong. Only known fields are read, into fresh objects, so extra or hostile
 * keys ("__proto__", scripts in text) never travel further than this.
 */
export function parseExport(json: string): ExportFile {
  if (json.length > L.chars) throw new ImportError('too-large', `more than ${L.chars} characters`);
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new ImportError('not-json', error instanceof Error ? error.message : '');
  }
  if (typeof raw !== 'object' || raw === null || (raw as Obj).format !== EXPORT_FORMAT) throw new ImportError('not-export');
  const top = raw as Obj;
  if (top.version !== EXPORT_VERSION) {
    if (typeof top.version === 'number' && top.version > EXPORT_VERSION) throw new ImportError('newer-version', String(top.version));
    bad('version', `must be ${EXPORT_VERSION}`);
  }
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: typeof top.exportedAt === 'string' ? top.exportedAt.slice(0, 64) : '',
    articles: list(top.articles, 'articles', L.articles).map((a, i) => article(a, `articles[${i}]`)),
    groups: list(top.groups, 'groups', L.articles).map((g, i) => group(g, `groups[${i}]`)),
    matches: list(top.matches ?? [], 'matches', L.pairs).map((m, i) => match(m, `matches[${i}]`)),
    conflicts: list(top.conflicts ?? [], 'conflicts', L.pairs).map((c, i) => conflict(c, `conflicts[${i}]`)),
    dismissed: list(top.dismissed ?? [], 'dismissed', L.pairs).map((d, i) => dismissal(d, `dismissed[${i}]`)),
  };
  checkReferences(file);
  return file;
}
