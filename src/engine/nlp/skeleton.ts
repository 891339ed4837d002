import { foldAscii } from './fold.ts';

// Romanisations of Cyrillic names disagree mostly on digraphs and vowels:
// Ukrainian г is "h" where Russian uses "g" (Chernihiv/Chernigov), х is "kh"
// or "h", ц is "ts"/"tz"/"c", and и/ы/й come out as i, y, yy or iy. Mapping
// the digraphs to one letter and then dropping vowels and doubled letters
// leaves a consonant skeleton that those systems share.
const DIGRAPHS: readonly [RegExp, string][] = [
  [/tch/g, 'ch'],
  [/sch|sh/g, 'S'],
  [/ch/g, 'C'],
  [/kh|gh/g, 'h'],
  [/zh/g, 'J'],
  [/ts|tz/g, 'c'],
  [/ph/g, 'f'],
  [/ck|q/g, 'k'],
  [/x/g, 'ks'],
  [/w/g, 'v'],
  [/g/g, 'h'],
];

/**
 * Consonant skeleton of a name: digraphs unified, vowels (a e i o u y j)
 * dropped after the first letter, repeated letters collapsed.
 *
 * @example skeleton('Chernihiv') === skeleton('Chernigiv') // 'Crnhv'
 */
export function skeleton(word: string): string {
  let s = foldAscii(word);
  for (const [pattern, to] of DIGRAPHS) s = s.replace(pattern, to);
  const head = s.slice(0, 1);
  const rest = s.slice(1).replace(/[aeiouyj]/g, '');
  return (head + rest).replace(/(.)\1+/g, '$1');
}
