// Which words of a conflict's sentence to highlight: for a quote, the words
// the diff says differ; for a value (a year, a figure, a weekday), the value.
import type { DiffOp } from '../engine/conflicts/types.ts';

export interface Segment {
  text: string;
  marked: boolean;
}

interface Token {
  key: string;
  start: number;
  end: number;
}

const CONTRACTIONS: [RegExp, string][] = [[/^cannot$/u, 'can not'], [/^can't$/u, 'can not'], [/^won't$/u, 'will not'], [/^(.+)n't$/u, '$1 not']];

/** Words of a sentence with their character ranges, keyed as the quote diff keys them (see engine quote-words). */
function tokens(sentence: string): Token[] {
  const out: Token[] = [];
  for (const m of sentence.matchAll(/\S+/gu)) {
    const lead = /^[^\p{L}\p{N}]*/u.exec(m[0])?.[0].length ?? 0;
    const core = m[0].slice(lead).replace(/[^\p{L}\p{N}]+$/u, '');
    if (!core) continue;
    const start = (m.index ?? 0) + lead;
    let key = core.toLowerCase().replace(/[’‘`]/gu, "'");
    for (const [re, rep] of CONTRACTIONS) key = key.replace(re, rep);
    // A contraction counts as two words of the diff, on one span of text.
    for (const part of key.split(' ')) out.push({ key: part, start, end: start + core.length });
  }
  return out;
}

const plain = (w: string): string => (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

/** Cuts the sentence at the marked ranges (merged when only spaces or punctuation separate them). */
function cut(sentence: string, ranges: [number, number][]): Segment[] {
  const merged: [number, number][] = [];
  for (const [s, e] of ranges.sort((x, y) => x[0] - y[0])) {
    const last = merged[merged.length - 1];
    if (last && /^[\s\p{P}]*$/u.test(sentence.slice(last[1], s))) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const out: Segment[] = [];
  let at = 0;
  for (const [s, e] of merged) {
    if (s > at) out.push({ text: sentence.slice(at, s), marked: false });
    out.push({ text: sentence.slice(s, e), marked: true });
    at = e;
  }
  if (at < sentence.length) out.push({ text: sentence.slice(at), marked: false });
  return out;
}

/**
 * Marks the words of one side of a quote diff in its sentence: side "a" shows
 * what only a says (removed), side "b" what only b says (added). Diff words
 * are found in order; a word the sentence does not have is skipped.
 */
export function diffSegments(sentence: string, diff: readonly DiffOp[], side: 'a' | 'b'): Segment[] {
  const own = side === 'a' ? 'removed' : 'added';
  const words = diff.filter((op) => op.op === 'same' || op.op === own)
    .flatMap((op) => op.text.toLowerCase().split(/\s+/u).filter(Boolean).map((w) => ({ key: w.replace(/[’‘`]/gu, "'"), marked: op.op === own })));
  const toks = tokens(sentence);
  const ranges: [number, number][] = [];
  let at = 0;
  for (const word of words) {
    const i = toks.findIndex((t, j) => j >= at && plain(t.key) === plain(word.key));
    if (i < 0) continue;
    const tok = toks[i] as Token;
    if (word.marked) ranges.push([tok.start, tok.end]);
    at = i + 1;
  }
  return cut(sentence, ranges);
}

/** Marks a claimed value in its sentence: the whole value, else the words of it that the sentence has ("Tuesday (a day earlier)"). */
export function valueSegments(sentence: string, value: string): Segment[] {
  // Same-length folding, so positions in the folded text are positions in the sentence.
  const fold = (s: string): string => s.split('').map((ch) => {
    const lower = ch.toLowerCase();
    return lower.length === 1 ? lower : ch;
  }).join('').replace(/[‘’‛′`]/gu, "'").replace(/[“”„‟″]/gu, '"');
  const lower = fold(sentence);
  const find = (needle: string): [number, number] | null => {
    const n = fold(needle.trim());
    const i = n ? lower.indexOf(n) : -1;
    return i < 0 ? null : [i, i + n.length];
  };
  const whole = find(value);
  if (whole) return cut(sentence, [whole]);
  const parts = value.split(/[()]/u).map((p) => p.trim()).filter(Boolean);
  const found = parts.map(find).filter((r): r is [number, number] => r !== null);
  return cut(sentence, found);
}
