import type { DiffOp } from '../types.ts';
import { alignAcronyms, type QuoteWord, sameWord } from './quote-words.ts';

export interface WordDiff {
  ops: DiffOp[];
  /** Number of words in the longest common subsequence. */
  common: number;
}

/**
 * Word-level diff from `x` to `y` by longest common subsequence: "removed"
 * words are only in x, "added" only in y; runs of one op are merged. A name
 * spelled out on one side and abbreviated on the other counts as one word.
 *
 * @example wordDiff(words('we cannot say'), words('we cannot state')).ops
 *   // [{ op: 'same', text: 'we can not' }, { op: 'removed', text: 'say' }, { op: 'added', text: 'state' }]
 */
export function wordDiff(x: readonly QuoteWord[], y: readonly QuoteWord[]): WordDiff {
  // "US" against "United States" is one word, not a change.
  const [a, b] = alignAcronyms(x, y);
  const n = a.length;
  const m = b.length;
  // lcs[i][j]: LCS length of a[i..] and b[j..], in one flat array.
  const lcs = new Uint16Array((n + 1) * (m + 1));
  const at = (i: number, j: number): number => lcs[i * (m + 1) + j] ?? 0;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * (m + 1) + j] = sameWord(a[i] as QuoteWord, b[j] as QuoteWord) ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const ops: DiffOp[] = [];
  const push = (op: DiffOp['op'], text: string): void => {
    const last = ops[ops.length - 1];
    if (last && last.op === op) last.text += ` ${text}`;
    else ops.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && sameWord(a[i] as QuoteWord, b[j] as QuoteWord)) {
      push('same', (a[i] as QuoteWord).text);
      i++;
      j++;
    } else if (j < m && (i >= n || at(i, j + 1) >= at(i + 1, j))) {
      push('added', (b[j] as QuoteWord).text);
      j++;
    } else {
      push('removed', (a[i] as QuoteWord).text);
      i++;
    }
  }
  return { ops, common: at(0, 0) };
}

/**
 * Drops a leading or trailing run where only one side has words: one outlet
 * quoting more of the same sentence is partial quoting, not different wording.
 */
export function trimPartial(ops: readonly DiffOp[]): DiffOp[] {
  const first = ops.findIndex((o) => o.op === 'same');
  if (first < 0) return [...ops];
  let last = ops.length - 1;
  while (ops[last]?.op !== 'same') last--;
  const oneSided = (run: readonly DiffOp[]): boolean => new Set(run.map((o) => o.op)).size <= 1;
  const head = ops.slice(0, first);
  const tail = ops.slice(last + 1);
  return [...(oneSided(head) ? [] : head), ...ops.slice(first, last + 1), ...(oneSided(tail) ? [] : tail)];
}
