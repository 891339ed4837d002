import { nameKey } from './entity-key.ts';

/** Capitalised words that start sentences or name times, never the subject of a story. */
const NOT_ENTITIES = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'this', 'that', 'these',
  'those', 'but', 'and', 'or', 'however', 'in', 'on', 'at', 'after', 'before', 'following', 'as', 'with', 'for', 'from',
  'by', 'to', 'of', 'if', 'when', 'while', 'there', 'here', 'what', 'who', 'why', 'how', 'mr', 'mrs', 'ms', 'dr',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'said', 'says',
  'according', 'also', 'some', 'many', 'most', 'all', 'no', 'not', 'one', 'two', 'its', 'until', 'despite', 'during',
  'speaking', 'meanwhile', 'earlier', 'later', 'now', 'today', 'yesterday', 'president', 'minister', 'prime',
  // Month abbreviations ("Jan. 28"), currency codes ("USD 22.1 billion") and the capitals of roles and
  // accounts ("CEO", "EPS", "GAAP"): in every story of their kind, never its subject.
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'usd', 'eur', 'gbp', 'jpy', 'cny', 'rub', 'inr', 'chf', 'cad', 'aud',
  'ceo', 'cfo', 'coo', 'eps', 'gaap', 'yoy', 'qoq',
]);

/** A name in the title is what the story is about: worth this many mentions. */
const TITLE_BONUS = 2;

const WORD = /[\p{Lu}][\p{L}\p{M}'’-]*[\p{L}\p{M}]|[\p{Lu}]{2,}/gu;

export interface SalientEntity {
  key: string;
  /** How prominent the name is: occurrences, with a bonus for the title. */
  weight: number;
}

/**
 * Proper names in a text, ranked by prominence. A cheap heuristic on capitals
 * (no tagger): a capitalised word counts unless it is a stop word, and a word
 * seen only at the start of sentences is ignored (that capital is grammar).
 */
export function salientEntities(title: string, text: string, limit: number): SalientEntity[] {
  const stats = new Map<string, { weight: number; first: number; inside: boolean }>();
  let order = 0;
  const visit = (chunk: string): void => {
    for (const match of chunk.matchAll(WORD)) {
      const word = match[0];
      const lower = word.toLowerCase().replace(/['’]s$/, '');
      if (lower.length < 2 || NOT_ENTITIES.has(lower)) continue;
      const before = chunk.slice(Math.max(0, (match.index ?? 0) - 3), match.index).trim();
      const sentenceStart = before === '' || /[.!?:"“”‘’]$/.test(before);
      const key = nameKey(lower);
      const entry = stats.get(key) ?? { weight: 0, first: order++, inside: false };
      entry.weight += 1;
      entry.inside ||= !sentenceStart;
      stats.set(key, entry);
    }
  };
  for (const line of text.split(/\n+/)) visit(line);
  // Title words get a bonus only when the body already names them: titles are
  // often in Title Case, where a capital says nothing.
  for (const match of title.matchAll(WORD)) {
    const entry = stats.get(nameKey(match[0].toLowerCase().replace(/['’]s$/, '')));
    if (entry) entry.weight += TITLE_BONUS;
  }
  return [...stats.entries()]
    .filter(([, s]) => s.inside)
    .sort((a, b) => b[1].weight - a[1].weight || a[1].first - b[1].first)
    .slice(0, limit)
    .map(([key, s]) => ({ key, weight: s.weight }));
}
