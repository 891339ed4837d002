// results.json (the keys of issue 6) and the table printed after a run, with
// pass/fail per budget line. A budget compares the median unless it says p95.
import type { Summary } from './lib/stats.ts';

export interface Results {
  meta: Record<string, unknown>;
  content?: {
    nonArticleMs: Summary;
    articleMs: Record<string, Summary>;
    /** Of the task time above, what the profiler sampled in the extension's own code. */
    scriptMs: Record<string, Summary>;
    longTasks: Summary;
    longTasksBySize: Record<string, Summary>;
    pageObservedLongTasks: Record<string, Summary>;
    longestTaskMs: Record<string, Summary>;
    injectedKbGz: number;
    injectedFiles: Record<string, number>;
  };
  engine?: { analyzeMs: { node?: Record<string, Summary>; chromium?: Record<string, Summary> } };
  match?: {
    ms: Record<string, Summary>;
    naiveMs: Record<string, Summary>;
    msByKind: Record<string, Record<string, Summary>>;
    popupReadMs: Record<string, Summary>;
    /** Per store size: time in each store method of a capture (and candidates read), from separately timed captures. */
    breakdown: Record<string, Record<string, { ms: Summary; candidates?: Summary }>>;
    /** Per store size: findCandidates' index lookups against its record reads (bench/page/lookups.ts). */
    lookups: Record<string, Record<string, Summary>>;
    found: Record<string, Record<string, string>>;
  };
  store?: { bytesPerStory: Record<string, Summary>; totalBytes: Record<string, number>; totalBytes100k?: number; fillSeconds: Record<string, number> };
  cli?: { articlesPerSecond: Summary; pages: number };
  sw?: {
    /** story/capture sent straight to a stopped worker (the worst case: nothing woke it before). */
    restartMs: Record<string, Summary>;
    /** story/capture sent 250 ms after the page/check that woke the worker (a page load's order). */
    restartAfterCheckMs: Record<string, Summary>;
    /** The first restart after the bulk fill (LevelDB compaction of the fill; not a steady state). */
    firstRestartAfterFillMs: Record<string, number>;
  };
  budgets?: BudgetLine[];
}

export interface BudgetLine {
  line: string;
  value: number | null;
  limit: string;
  pass: boolean | null;
}

const med = (s: Summary | undefined): number | null => (s ? s.median : null);

function line(name: string, value: number | null, limit: string, ok: (v: number) => boolean): BudgetLine {
  return { line: name, value, limit, pass: value === null ? null : ok(value) };
}

export function budgets(r: Results): BudgetLine[] {
  const c = r.content;
  const a = r.engine?.analyzeMs;
  const m = r.match;
  const perWord = (x: Record<string, Summary> | undefined): number | null =>
    x?.long && x.typical ? (x.long.median / 10) / x.typical.median : null;
  const worstLongTasks = c ? Math.max(...Object.values(c.longTasksBySize).map((s) => s.max)) : null;
  const ms100k = med(m?.ms['100000']);
  const ms1k = med(m?.ms['1000']);
  const naive100k = med(m?.naiveMs['100000']);
  return [
    line('content long tasks, every size (max over runs)', worstLongTasks, '= 0', (v) => v === 0),
    line('content.nonArticleMs', med(c?.nonArticleMs), '≤ 2 ms', (v) => v <= 2),
    line('content.injectedKbGz', c ? c.injectedKbGz : null, '≤ 20 KB', (v) => v <= 20),
    line('engine.analyzeMs.node.typical', med(a?.node?.typical), '≤ 20 ms', (v) => v <= 20),
    line('engine.analyzeMs.chromium.typical', med(a?.chromium?.typical), '≤ 20 ms', (v) => v <= 20),
    line('engine.analyzeMs linear (node: ms/word long ÷ typical)', perWord(a?.node), '≤ 1.5', (v) => v <= 1.5),
    line('engine.analyzeMs linear (chromium: ms/word long ÷ typical)', perWord(a?.chromium), '≤ 1.5', (v) => v <= 1.5),
    line('match.ms.100000', ms100k, '≤ 15 ms', (v) => v <= 15),
    line('match.ms.100000 ÷ match.ms.1000', ms100k !== null && ms1k ? ms100k / ms1k : null, '≤ 2', (v) => v <= 2),
    line('match.naiveMs.100000 ÷ match.ms.100000', naive100k !== null && ms100k ? naive100k / ms100k : null, '≥ 50', (v) => v >= 50),
    line('store.bytesPerStory (at 100k)', med(r.store?.bytesPerStory['100000']), '≤ 6144 B', (v) => v <= 6144),
    line('cli.articlesPerSecond', med(r.cli?.articlesPerSecond), '≥ 200', (v) => v >= 200),
    line('sw.restartMs.10000', med(r.sw?.restartMs['10000']), '≤ 300 ms', (v) => v <= 300),
    line('sw.restartMs.100000', med(r.sw?.restartMs['100000']), '≤ 1000 ms', (v) => v <= 1000),
  ];
}

const fmt = (v: number | null | undefined): string => (v === null || v === undefined ? '—' : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));

/** Every measured key as `key  median  p95  n`, then the budget lines. */
export function formatTable(r: Results): string {
  const rows: [string, Summary | number][] = [];
  const add = (prefix: string, value: unknown): void => {
    if (value === undefined || value === null) return;
    if (typeof value === 'number') rows.push([prefix, value]);
    else if (typeof value === 'object' && 'median' in (value as object)) rows.push([prefix, value as Summary]);
    else if (typeof value === 'object') for (const [k, v] of Object.entries(value as object)) add(`${prefix}.${k}`, v);
  };
  const c = r.content;
  if (c) {
    add('content.nonArticleMs', c.nonArticleMs);
    add('content.articleMs', c.articleMs);
    add('content.scriptMs', c.scriptMs);
    add('content.longTasks', c.longTasks);
    add('content.longTasksBySize', c.longTasksBySize);
    add('content.injectedKbGz', c.injectedKbGz);
  }
  add('engine.analyzeMs', r.engine?.analyzeMs);
  add('match.ms', r.match?.ms);
  add('match.naiveMs', r.match?.naiveMs);
  add('match.popupReadMs', r.match?.popupReadMs);
  add('store.bytesPerStory', r.store?.bytesPerStory);
  add('store.totalBytes100k', r.store?.totalBytes100k);
  add('cli.articlesPerSecond', r.cli?.articlesPerSecond);
  add('sw.restartMs', r.sw?.restartMs);
  add('sw.restartAfterCheckMs', r.sw?.restartAfterCheckMs);
  add('sw.firstRestartAfterFillMs', r.sw?.firstRestartAfterFillMs);
  const width = Math.max(...rows.map(([k]) => k.length), 10);
  const out = [`${'key'.padEnd(width)}  ${'median'.padStart(9)}  ${'p95'.padStart(9)}  ${'n'.padStart(4)}`];
  for (const [key, v] of rows) {
    out.push(typeof v === 'number'
      ? `${key.padEnd(width)}  ${fmt(v).padStart(9)}  ${''.padStart(9)}  ${''.padStart(4)}`
      : `${key.padEnd(width)}  ${fmt(v.median).padStart(9)}  ${fmt(v.p95).padStart(9)}  ${String(v.n).padStart(4)}`);
  }
  const lines = r.budgets ?? [];
  const bw = Math.max(...lines.map((b) => b.line.length), 10);
  out.push('', `${'budget'.padEnd(bw)}  ${'value'.padStart(9)}  ${'limit'.padEnd(10)}  result`);
  for (const b of lines) out.push(`${b.line.padEnd(bw)}  ${fmt(b.value).padStart(9)}  ${b.limit.padEnd(10)}  ${b.pass === null ? 'not measured' : b.pass ? 'PASS' : 'FAIL'}`);
  return out.join('\n');
}

/** The budget lines and the main keys as a Markdown table, for the README's Performance section. */
export function formatMarkdown(r: Results): string {
  const cell = (s: Summary | undefined): string => (s ? `${fmt(s.median)} / ${fmt(s.p95)}` : '—');
  const rows: string[] = ['| key | median / p95 | n |', '|---|---|---|'];
  const add = (key: string, s: Summary | number | undefined): void => {
    if (s === undefined) return;
    rows.push(typeof s === 'number' ? `| ${key} | ${fmt(s)} | 1 |` : `| ${key} | ${cell(s)} | ${s.n} |`);
  };
  const c = r.content;
  add('content.nonArticleMs', c?.nonArticleMs);
  for (const [k, v] of Object.entries(c?.articleMs ?? {})) add(`content.articleMs.${k}`, v);
  add('content.longTasks (10,000 words)', c?.longTasks);
  add('content.injectedKbGz', c?.injectedKbGz);
  for (const where of ['node', 'chromium'] as const) for (const [k, v] of Object.entries(r.engine?.analyzeMs[where] ?? {})) add(`engine.analyzeMs.${where}.${k}`, v);
  for (const [k, v] of Object.entries(r.match?.ms ?? {})) add(`match.ms.${k}`, v);
  for (const [k, v] of Object.entries(r.match?.naiveMs ?? {})) add(`match.naiveMs.${k}`, v);
  for (const [k, v] of Object.entries(r.store?.bytesPerStory ?? {})) add(`store.bytesPerStory.${k}`, v.median);
  add('store.totalBytes100k', r.store?.totalBytes100k);
  add('cli.articlesPerSecond', r.cli?.articlesPerSecond);
  for (const [k, v] of Object.entries(r.sw?.restartMs ?? {})) add(`sw.restartMs.${k}`, v);
  for (const [k, v] of Object.entries(r.sw?.restartAfterCheckMs ?? {})) add(`sw.restartAfterCheckMs.${k}`, v);
  rows.push('', '| budget | value | limit | result |', '|---|---|---|---|');
  for (const b of r.budgets ?? []) rows.push(`| ${b.line} | ${fmt(b.value)} | ${b.limit} | ${b.pass === null ? 'not measured' : b.pass ? 'pass' : '**fail**'} |`);
  return rows.join('\n');
}
