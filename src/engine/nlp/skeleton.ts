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
 * Consonant skeleton of a name: digraphs unified, each run of vowels (a e i o
 * u y j) kept as one "*" (where a vowel is, not which: "Peskov" and "Pskov"
 * stay apart), repeated letters collapsed.
 *
 * @example skeleton('Chernihiv') === skeleton('Chernigiv') // 'C*rn*h*v'
 */
export function skeleton(word: string): string {
  let s = foldAscii(word);
  for (const [pattern, to] of DIGRAPHS) s = s.replace(pattern, to);
  return s.replace(/[aeiouyj]+/g, '*').replace(/([^*])\1+/g, '$1');
}

/**
 * Vowel classes for short names, whose skeleton says too little: i, y and e
 * are one class (Kyiv/Kiev), a and o another, u its own.
 *
 * @example vowelShape('Kyiv') === vowelShape('Kiev') // 'kIv'
 */
export function vowelShape(word: string): string {
  return foldAscii(word).replace(/[iyje]+/g, 'I').replace(/[ao]+/g, 'A').replace(/u+/g, 'U').replace(/(.)\1+/g, '$1');
}
