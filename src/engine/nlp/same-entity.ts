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
  const na = shapeOf(a);
  const nb = shapeOf(b);
  if (na.folded === nb.folded) return na.folded.length > 0;
  if (na.folded.length < 3 || nb.folded.length < 3) return false;
  const sa = na.skeleton;
  const sb = nb.skeleton;
  if (sa === sb) return na.consonants >= SHORT_SKELETON || vowelsOf(na) === vowelsOf(nb);
  return na.consonants >= LONG_SKELETON && nb.consonants >= LONG_SKELETON && sa[0] === sb[0] && editDistance(sa, sb, 1) <= 1;
}

interface NameShape {
  folded: string;
  /** Skeleton of the folded name (empty below three letters, where it is never read). */
  skeleton: string;
  consonants: number;
  vowels?: string;
}

// Conflict finding compares every key of one article with every key of the
// others, so the same few hundred names are folded and skeletonised again and
// again; their shapes are kept. Pure functions of the name: the cache changes
// no result, and it is emptied when full so that it stays small.
const SHAPE_CACHE_MAX = 20_000;
const shapes = new Map<string, NameShape>();

function shapeOf(name: string): NameShape {
  let shape = shapes.get(name);
  if (shape === undefined) {
    if (shapes.size >= SHAPE_CACHE_MAX) shapes.clear();
    const folded = foldAscii(name);
    const sk = folded.length < 3 ? '' : skeleton(folded);
    shape = { folded, skeleton: sk, consonants: consonants(sk) };
    shapes.set(name, shape);
  }
  return shape;
}

function vowelsOf(shape: NameShape): string {
  shape.vowels ??= vowelShape(shape.folded);
  return shape.vowels;
}
