// Prints the matcher's signals for labelled pairs (a directory with labels.json)
// or for every pair of the given .txt files, to see the margins between
// same-story and same-topic. Run: npx tsx scripts/relation-features.ts [DIR | FILE...]
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyzeArticle } from '../src/engine/analysis.ts';
import { compareFingerprints } from '../src/engine/fingerprint/index.ts';
import { daysApart, entityOverlap } from '../src/engine/match/overlap.ts';
import { relate, storyEvidence } from '../src/engine/match/relation.ts';
import { parsePlainText } from '../src/engine/text/parse-plain-text.ts';

const args = process.argv.slice(2);
const dir = args.length === 1 && existsSync(join(args[0]!, 'labels.json')) ? args[0]! : args.length ? null : 'tests/fixtures/relations';
const pairs: { a: string; b: string; relation: string }[] = dir
  ? (JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as { pairs: { a: string; b: string; relation: string }[] }).pairs.map((p) => ({ ...p, a: join(dir, p.a), b: join(dir, p.b) }))
  : args.flatMap((a, i) => args.slice(i + 1).map((b) => ({ a, b, relation: '?' })));
const load = (f: string) => analyzeArticle(parsePlainText(readFileSync(f, 'utf8'), f), f);
const fmt = (x: number | null) => (x === null ? ' -  ' : x.toFixed(2));
const rows = pairs.map((p) => {
  const a = load(p.a);
  const b = load(p.b);
  const c = compareFingerprints(a.fingerprint, b.fingerprint);
  const e = entityOverlap(a.entities, b.entities);
  const ev = Object.fromEntries(storyEvidence(a, b).map((x) => [x.name, x.value]));
  const r = relate(b, a);
  return { label: p.relation, got: r?.relation ?? 'none', score: r?.similarity ?? 0, char: c.charJaccard, ent: e.weighted, shared: e.shared, q: ev.quotes ?? null, n: ev.figures ?? null, t: ev.title ?? null, d: ev.date ?? null, days: daysApart(a.published, b.published), pair: `${basename(p.a)} ~ ${basename(p.b)}` };
});
rows.sort((x, y) => x.label.localeCompare(y.label) || x.char - y.char);
for (const r of rows) {
  console.log(`${r.label.padEnd(10)} ${r.got.padEnd(10)} char=${r.char.toFixed(3)} ent=${r.ent.toFixed(2)}(${r.shared}) quote=${fmt(r.q)} fig=${fmt(r.n)} title=${fmt(r.t)} date=${fmt(r.d)} days=${fmt(r.days)} score=${r.score.toFixed(2)}  ${r.pair}`);
}
