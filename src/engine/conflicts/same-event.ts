import type { EventRef } from '../claims/types.ts';
import { ENTITY_MARK, sameKey, sharedKeys } from '../nlp/keys.ts';
import { stem } from '../nlp/stem.ts';
import { CONFLICT_CONFIG } from './config.ts';

/**
 * Verbs that report one outcome in other words: "Madrid beat Dortmund" and
 * "Madrid blanked Dortmund" are one match. Each family is keyed by its first
 * word's stem; a head outside every family is its own.
 */
const FAMILIES: readonly (readonly string[])[] = [
  ['defeat', 'beat', 'blank', 'thrash', 'rout', 'edge', 'overcome', 'trounce', 'crush', 'outclass', 'stun', 'upset', 'down'],
];
const FAMILY_OF: ReadonlyMap<string, string> = new Map(FAMILIES.flatMap((words) => words.map((w) => [stem(w), stem(words[0] ?? w)] as const)));
const family = (head: string): string => FAMILY_OF.get(head) ?? head;

/**
 * How sure we are that two claims are about the same event, or null when
 * they are not. A shared head word is required ("talks", "annex"); then either
 * a shared word next to the claim ("in Istanbul") or two shared words in the
 * sentences ("Medinsky … described … meaningful"), and no clash of names
 * next to them. Same-story articles share many words, so a head alone is
 * never enough.
 *
 * @example sameEvent({ heads: ['talk'], keys: ['^istanbul'] }, ['…'], { heads: ['talk'], keys: ['peac', '^istanbul'] }, ['…']) // 0.6
 */
export function sameEvent(x: EventRef, xContext: readonly string[], y: EventRef, yContext: readonly string[]): number | null {
  const yFamilies = y.heads.map(family);
  const heads = x.heads.filter((h) => y.heads.includes(h) || yFamilies.includes(family(h)));
  if (heads.length === 0) return null;
  const notHead = (k: string): boolean => !x.heads.includes(k) && !y.heads.includes(k);
  // Names near each claim that have nothing in common mean different places
  // or parties: "killed in Kramatorsk" is not "killed in Kharkiv".
  if (x.names.length > 0 && y.names.length > 0 && sharedKeys(x.names, y.names).length === 0) return null;
  // What did it, named in neither sentence: "the earthquake that hit" is not "when the storm hit".
  if (x.subject && y.subject && !mentions(yContext, x.subject) && !mentions(xContext, y.subject)) return null;
  const local = sharedKeys(x.keys.filter(notHead), y.keys.filter(notHead));
  const context = sharedKeys(xContext.filter(notHead), yContext.filter(notHead));
  if (local.length === 0 && context.length < CONFLICT_CONFIG.minSharedContext) return null;
  return Math.min(0.95, 0.5 + 0.1 * Math.min(local.length, 3) + 0.05 * Math.min(context.length, 4) + 0.05 * (heads.length - 1));
}

/** Some subject key is in the sentence's keys, or one word is the other's ending ("quake" of "earthquake"). */
function mentions(sentence: readonly string[], subject: readonly string[]): boolean {
  const bare = (k: string): string => (k.startsWith(ENTITY_MARK) ? k.slice(1) : k);
  return subject.some((k) => sentence.some((s) => {
    if (sameKey(k, s)) return true;
    const [a, b] = [bare(k), bare(s)];
    return a === b || (Math.min(a.length, b.length) >= 4 && (a.endsWith(b) || b.endsWith(a)));
  }));
}
