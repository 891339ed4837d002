import { editDistance } from './edit-distance.ts';
import { foldAscii } from './fold.ts';
import { skeleton, vowelShape } from './skeleton.ts';

// With fewer consonants than this a shared skeleton is weak evidence ("Sumy"
// and "Sami" share "s*m*"), so the vowels must match by class too (Kyiv/Kiev).
const SHORT_SKELETON = 3;
// Long skeletons may differ by one letter: a transliteration that keeps a
// consonant the other drops or changes (Zaporizhzhia/Zaporizhia).
const LONG_SKELETON = 5;

const consonants = (s: string): number => s.replace(/\*/g, '').length;

/**
 * True when two written names are spelling or transliteration variants of one
 * entity: the same consonant skeleton with vowels in the same places, or
 * (long names) one letter apart.
 *
 * @example sameEntity('Zelensky', 'Zelenskyy') // true
 * @example sameEntity('Kiev', 'Kyiv')          // true
 * @example sameEntity('Kyiv', 'Kharkiv')       // false
 */
export function sameEntity(a: string, b: string): boolean {
  const fa = foldAscii(a);
  const fb = foldAscii(b);
  if (fa === fb) return fa.length > 0;
  if (fa.length < 3 || fb.length < 3) return false;
  const sa = skeleton(fa);
  const sb = skeleton(fb);
  if (sa === sb) return consonants(sa) >= SHORT_SKELETON || vowelShape(fa) === vowelShape(fb);
  return consonants(sa) >= LONG_SKELETON && consonants(sb) >= LONG_SKELETON && sa[0] === sb[0] && editDistance(sa, sb, 1) <= 1;
}
