import { calendarOfIso, daysBetween } from '../claims/times/calendar.ts';
import type { ArticleClaims, Claim } from '../claims/types.ts';
import { ENTITY_MARK, sameKey } from '../nlp/keys.ts';
import { stem } from '../nlp/stem.ts';

type Of<K extends Claim['kind']> = Extract<Claim, { kind: K }>;

/**
 * Claim pairs of one kind to compare: every a-claim with every b-claim, or,
 * inside one article, every two claims of different sentences (a sentence
 * never contradicts itself in a way a reader needs shown). With `key`, only
 * pairs whose keys are equal: the same pairs a rule would keep by testing
 * that equality first, in the same order, without forming the others (two
 * long articles have thousands of claim pairs, most of them unrelated).
 */
export function claimPairs<K extends Claim['kind']>(
  a: ArticleClaims, b: ArticleClaims, kind: K, internal: boolean, key?: (claim: Of<K>) => string,
): [Of<K>, Of<K>][] {
  const xs = a.claims.filter((c): c is Of<K> => c.kind === kind);
  const ys = internal ? xs : b.claims.filter((c): c is Of<K> => c.kind === kind);
  const pairs: [Of<K>, Of<K>][] = [];
  const keep = (x: Of<K>, i: number, y: Of<K>, j: number): void => {
    if (!internal || (j > i && x.s !== y.s)) pairs.push([x, y]);
  };
  if (!key) {
    xs.forEach((x, i) => ys.forEach((y, j) => keep(x, i, y, j)));
    return pairs;
  }
  const byKey = new Map<string, number[]>();
  ys.forEach((y, j) => {
    const k = key(y);
    const list = byKey.get(k);
    if (list) list.push(j);
    else byKey.set(k, [j]);
  });
  xs.forEach((x, i) => {
    for (const j of byKey.get(key(x)) ?? []) keep(x, i, ys[j] as Of<K>, j);
  });
  return pairs;
}

/** Two claims may disagree only if they come from the same speaker or one is the article's own voice. */
export function holdersCompatible(x: string | undefined, y: string | undefined, same: (p: string, q: string) => boolean): boolean {
  return x === undefined || y === undefined || same(x, y);
}

/**
 * One holder named two ways: the same key, or the same head word with no
 * clashing qualifier. "^ministry" ("the Health Ministry") and "gaza ministry"
 * ("the Gaza health ministry") are one; "ardelian offici" and "korvanese
 * offici" are two, and so are a person and a body.
 */
export function sameHolder(x: string, y: string): boolean {
  if (sameKey(x, y)) return true;
  const [hx, mx] = holderParts(x);
  const [hy, my] = holderParts(y);
  return hx === hy && (mx.length === 0 || my.length === 0 || mx.some((m) => my.includes(m)));
}

/**
 * A holder key's head stem and its qualifiers: "gaza ministry" -> ["ministry", ["gaza"]], "^ministry" -> ["ministry", []].
 * A document holds what its author says: "faa record" -> ["faa", []].
 */
function holderParts(key: string): [string, string[]] {
  const words = (key.startsWith(ENTITY_MARK) ? key.slice(ENTITY_MARK.length) : key).split(' ');
  const head = stem(words[words.length - 1] ?? '');
  if (words.length > 1 && DOCUMENTS.has(head)) return [stem(words[words.length - 2] ?? ''), words.slice(0, -2)];
  return [head, words.slice(0, -1)];
}

/** Stems of what an author publishes: "the FAA record", "the ministry's statement", "police data". */
const DOCUMENTS: ReadonlySet<string> = new Set(['record', 'report', 'statement', 'data', 'document', 'filing', 'websit', 'releas', 'figur', 'databas', 'post', 'tweet'].map((w) => stem(w)));

/** True when both articles are dated and more than `days` apart. */
export function publishedApart(a: ArticleClaims, b: ArticleClaims, days: number): boolean {
  const pa = calendarOfIso(a.published);
  const pb = calendarOfIso(b.published);
  return pa !== null && pb !== null && Math.abs(daysBetween(pa, pb)) > days;
}
