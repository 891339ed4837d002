import type { Token } from '../../nlp/tokens.ts';

/** How a qualifier widens a stated figure v into the range the words allow. */
type Widen = (v: number) => [number, number];

const AT_LEAST: Widen = (v) => [v, Infinity];
const AT_MOST: Widen = (v) => [0, v];
// "about 20" is read as 15% either side: wide enough that "about 20" and "23"
// agree, narrow enough that "about 20" and "40" do not.
const ABOUT: Widen = (v) => [v * 0.85, v * 1.15];
const NEARLY: Widen = (v) => [v * 0.85, v];

const QUALIFIERS: readonly [string, Widen][] = [
  ['at least', AT_LEAST], ['no fewer than', AT_LEAST], ['no less than', AT_LEAST], ['a minimum of', AT_LEAST],
  ['more than', AT_LEAST], ['upwards of', AT_LEAST], ['in excess of', AT_LEAST], ['just over', AT_LEAST],
  ['over', AT_LEAST], ['above', AT_LEAST], ['exceeding', AT_LEAST], ['some', ABOUT],
  ['at most', AT_MOST], ['up to', AT_MOST], ['no more than', AT_MOST], ['fewer than', AT_MOST],
  ['less than', AT_MOST], ['as many as', AT_MOST], ['a maximum of', AT_MOST], ['just under', AT_MOST],
  ['under', AT_MOST], ['below', AT_MOST],
  ['an estimated', ABOUT], ['estimated', ABOUT], ['about', ABOUT], ['around', ABOUT], ['approximately', ABOUT],
  ['roughly', ABOUT], ['circa', ABOUT], ['~', ABOUT],
  ['nearly', NEARLY], ['almost', NEARLY], ['close to', NEARLY], ['just shy of', NEARLY],
];

// A bare round figure ("300 troops", "1.5 million people") is itself rounded;
// 5% either side keeps "300" from contradicting "305".
const ROUND_SLACK = 0.05;

export interface Qualified {
  lo: number;
  hi: number;
  /** Index of the first token of the qualifier (or of the number). */
  from: number;
}

/**
 * The range a figure at token `at` stands for, given the words before it.
 *
 * @example qualifiedRange(tokens('at least 20 people'), 2, 20, false) // { lo: 20, hi: Infinity, from: 0 }
 */
export function qualifiedRange(tokens: readonly Token[], at: number, value: number, scaled: boolean): Qualified {
  for (const [phrase, widen] of QUALIFIERS) {
    const words = phrase.split(' ');
    const from = at - words.length;
    if (from >= 0 && words.every((w, k) => tokens[from + k]?.norm === w)) {
      const [lo, hi] = widen(value);
      return { lo, hi, from };
    }
  }
  const round = scaled || (value >= 100 && value % 100 === 0);
  return round ? { lo: value * (1 - ROUND_SLACK), hi: value * (1 + ROUND_SLACK), from: at } : { lo: value, hi: value, from: at };
}
