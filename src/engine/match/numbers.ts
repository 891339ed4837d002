/** A year says when, not what happened: every story of a topic shares it, so it is no evidence of one event. */
const YEAR = /^(19|20)\d\d$/;

/** Distinct figures kept per article; past this a text is a table, and more figures add no evidence. */
const MAX_NUMBERS = 80;

/**
 * The distinct figures a text states (12, 1800, 4.25, 2016), as canonical
 * strings, sorted. Reports of one event repeat its figures (the death toll,
 * the fee, the rate), while a later event on the same subject has its own.
 * Single digits and years are left out: they are too common to tell events apart.
 *
 * @example figures('3 dead, 1,800 jobs cut at 4.25% in 2024') // ['1800', '4.25']
 * @example figures('struck at 11:11 pm, 06:05 in Rome') // ['11:11', '6:05']
 */
export function figures(text: string): string[] {
  const found = new Set<string>();
  // A time of day ("11:11", "6:05") is one figure, not its hour and minutes.
  for (const match of text.matchAll(/(?<![\d:])\d{1,2}:\d\d(?![\d:])|\d[\d,.]*\d|\d/g)) {
    const figure = match[0].includes(':') ? match[0].replace(/^0(?=\d:)/, '') : canonical(match[0]);
    if (/^\d$/.test(figure) || YEAR.test(figure) || found.size >= MAX_NUMBERS) continue;
    found.add(figure);
  }
  return [...found].sort();
}

/** "1,800" is 1800, "22.10" is 22.1 and "5.00" is 5: one figure however many digits a page prints. */
function canonical(raw: string): string {
  const plain = raw.replace(/,(?=\d{3}\b)/g, '').replace(/\.$/, '');
  return /^\d+\.\d+$/.test(plain) ? plain.replace(/\.?0+$/, '') : plain;
}

/** Share of the smaller figure set found in the other, or null when either states too few figures to judge. */
export function figureOverlap(a: readonly string[], b: readonly string[], minFigures: number): number | null {
  if (a.length < minFigures || b.length < minFigures) return null;
  const inB = new Set(b);
  return a.filter((x) => inB.has(x)).length / Math.min(a.length, b.length);
}
