import type { Token } from './tokens.ts';

const SMALL: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, dozen: 12,
};
const SCALE: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6,
};

// Short scales that only follow a currency figure: "$140m", "£4.2bn", "€500k" ("300m" alone is metres).
const MONEY_SCALE: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, b: 1e9, tn: 1e12 };
const CURRENCY_SIGN = /^[$€£¥₹]$/u;
// "57.6-58.2", "57-58": a range in one token. Two years ("2014-2022") are a period, not a figure.
const RANGE = /^\d+(?:\.\d+)?[-–]\d+(?:\.\d+)?$/u;
const YEARISH = /^(?:19|20)\d\d$/u;

export interface ParsedNumber {
  value: number;
  /** The top of a range written as one token ("57.6-58.2", "57-58"): value is its bottom. */
  upper?: number;
  /** Index after the last token of the number. */
  end: number;
  /** True when a scale word was used ("1.5 million"): the figure is rounded. */
  scaled: boolean;
}

/**
 * Reads a cardinal starting at `index`: digits ("1,000", "1.5"), words
 * ("twenty-five"), optionally scaled ("1.5 million", "three hundred", "$140m").
 *
 * @example parseNumberAt(tokens('about 1.5 million people'), 1) // { value: 1500000, end: 3, scaled: true }
 */
export function parseNumberAt(tokens: readonly Token[], index: number): ParsedNumber | null {
  const first = tokens[index];
  if (!first) return null;
  let value: number;
  let end = index + 1;
  // Called on every token: the digit test spares the regex on words.
  const code = first.text.charCodeAt(0);
  let upper: number | undefined;
  if (code >= 48 && code <= 57 && /^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/.test(first.text)) {
    value = Number(first.text.replace(/,/g, ''));
  } else if (code >= 48 && code <= 57 && RANGE.test(first.text)) {
    const [bottom, top] = first.text.split(/[-–]/u).map(Number) as [number, number];
    if (!(top > bottom) || (YEARISH.test(String(bottom)) && YEARISH.test(String(top)))) return null;
    value = bottom;
    upper = top;
  } else if (SMALL[first.norm] !== undefined) {
    value = SMALL[first.norm] ?? 0;
    // "twenty-five" arrives as three tokens.
    const unit = SMALL[tokens[index + 2]?.norm ?? ''];
    if (value >= 20 && value % 10 === 0 && tokens[index + 1]?.text === '-' && unit !== undefined && unit < 10) {
      value += unit;
      end = index + 3;
    }
  } else {
    return null;
  }
  let scaled = false;
  // "$160m." at the end of a sentence arrives as "160", "m.".
  const money = MONEY_SCALE[(tokens[end]?.norm ?? '').replace(/\.$/u, '')];
  if (money !== undefined && CURRENCY_SIGN.test(tokens[index - 1]?.text ?? '')) {
    value *= money;
    if (upper !== undefined) upper *= money;
    scaled = true;
    end++;
  }
  for (let next = tokens[end]; next && SCALE[next.norm] !== undefined; next = tokens[end]) {
    value *= SCALE[next.norm] ?? 1;
    if (upper !== undefined) upper *= SCALE[next.norm] ?? 1;
    scaled = true;
    end++;
  }
  if (!Number.isFinite(value)) return null;
  return upper === undefined ? { value, end, scaled } : { value, upper, end, scaled };
}
