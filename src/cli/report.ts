import type { ArticleAnalysis } from '../engine/analysis.ts';
import type { Conflict } from '../engine/conflicts/index.ts';
import type { MatchRecord } from '../engine/match/store.ts';

/**
 * The `--json` document: a contract other tools read. Keep every field; add
 * new ones only alongside (see the README).
 */
export interface JsonReport {
  articles: { id: string; title: string; source: string | null; published: string | null; words: number; story: string }[];
  matches: { a: string; b: string; relation: MatchRecord['relation']; similarity: number; reusedA: number; reusedB: number }[];
  conflicts: JsonConflict[];
  /** Later articles revising a figure: not contradictions, listed apart. */
  updates: JsonConflict[];
  stories: { id: string; articles: string[]; independentTexts: string[][] }[];
}

export interface JsonConflict {
  type: string;
  a: { id: string; text: string; value: string };
  b: { id: string; text: string; value: string };
  subject: string;
  severity: Conflict['severity'];
  confidence: number;
  diff?: Conflict['diff'];
}

export function conflictEntry(c: Conflict): JsonConflict {
  const side = ({ id, text, value }: Conflict['a']) => ({ id, text, value });
  return { type: c.type, a: side(c.a), b: side(c.b), subject: c.subject, severity: c.severity, confidence: round(c.confidence), ...(c.diff ? { diff: c.diff } : {}) };
}

export function articleEntry(analysis: ArticleAnalysis, story: string): JsonReport['articles'][number] {
  return { id: analysis.id, title: analysis.title, source: analysis.source, published: analysis.published, words: analysis.words, story };
}

export function matchEntry(m: MatchRecord): JsonReport['matches'][number] {
  return { a: m.a, b: m.b, relation: m.relation, similarity: m.similarity, reusedA: round(m.reusedA), reusedB: round(m.reusedB) };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** The readable report printed without --json. */
export function formatText(report: JsonReport): string {
  const index = new Map(report.articles.map((a, i) => [a.id, i + 1]));
  const lines: string[] = [`${report.articles.length} articles, ${report.stories.length} stories`, ''];
  for (const story of report.stories) {
    const texts = story.independentTexts.length;
    lines.push(`Story: ${story.articles.length} source${story.articles.length === 1 ? '' : 's'}, ${texts} independent text${texts === 1 ? '' : 's'}`);
    for (const id of story.articles) {
      const a = report.articles[(index.get(id) ?? 0) - 1];
      if (!a) continue;
      const meta = [a.source, a.published?.slice(0, 10), `${a.words} words`].filter(Boolean).join(', ');
      lines.push(`  [${index.get(id)}] ${a.title || '(untitled)'} (${meta})`, `      ${id}`);
    }
    const inStory = new Set(story.articles);
    for (const m of report.matches.filter((x) => inStory.has(x.b))) {
      const detail = m.relation === 'copy' ? `copy: ${pct(m.reusedB)} of [${index.get(m.b)}] reused, ${pct(m.reusedA)} of [${index.get(m.a)}]` : `same story (score ${m.similarity.toFixed(2)})`;
      lines.push(`    [${index.get(m.b)}] ~ [${index.get(m.a)}]: ${detail}`);
    }
    lines.push('');
  }
  lines.push(...formatConflicts('Conflicting claims', report.conflicts, index));
  if (report.updates.length) lines.push('', ...formatConflicts('Updates (a later report revises a figure)', report.updates, index));
  return lines.join('\n');
}

function formatConflicts(heading: string, conflicts: readonly JsonConflict[], index: Map<string, number>): string[] {
  if (!conflicts.length) return [`${heading}: none found.`];
  const lines = [`${heading}: ${conflicts.length}`];
  for (const c of conflicts) {
    const where = c.a.id === c.b.id ? `inside [${index.get(c.a.id)}]` : `[${index.get(c.a.id)}] vs [${index.get(c.b.id)}]`;
    lines.push(`  ${c.type} (${c.severity}), ${c.subject}: "${c.a.value}" vs "${c.b.value}", ${where}`, `    [${index.get(c.a.id)}] ${c.a.text}`, `    [${index.get(c.b.id)}] ${c.b.text}`);
  }
  return lines;
}
