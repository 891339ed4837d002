import { editDistance } from './edit-distance.ts';
import { foldAscii } from './fold.ts';
import { skeleton } from './skeleton.ts';

// Below this skeleton length a shared skeleton is weak evidence ("Kyiv" and
// "Kova" both reduce to "kv"), so the spelled forms must also be close.
const SHORT_SKELETON = 3;
// Spelled forms of one short name differ by at most a vowel swap (Kyiv/Kiev).
const SHORT_SPELLING_DISTANCE = 2;
// One consonant of slack for long skeletons absorbs a transliteration that
// keeps a letter the other drops (Zelenskyy/Zelenskiy are equal already;
// Artemivsk/Artyomovsk, Mykolaiv/Mykolayiv).
const LONG_SKELETON = 5;

/**
 * True when two written names are spelling or transliteration variants of one
 * entity. Never true for two different surnames of the same length pattern
 * unless their skeletons are (nearly) identical.
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
  if (sa === sb) {
    return sa.length >= SHORT_SKELETON || editDistance(fa, fb, SHORT_SPELLING_DISTANCE) <= SHORT_SPELLING_DISTANCE;
  }
  return sa.length >= LONG_SKELETON && sb.length >= LONG_SKELETON && sa[0] === sb[0] && editDistance(sa, sb, 1) <= 1;
}
