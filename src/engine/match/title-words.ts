import { entityKey } from './entity-key.ts';

/** Words that say nothing about which event a headline reports. */
const FILLER = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'is', 'are',
  'was', 'were', 'be', 'been', 'has', 'have', 'had', 'it', 'its', 'this', 'that', 'he', 'she', 'they', 'we', 'his',
  'her', 'their', 'not', 'no', 'after', 'over', 'about', 'into', 'out', 'up', 'also', 'says', 'said', 'say', 'will',
  'would', 'could', 'more', 'than', 'new', 'how', 'what', 'why', 'who', 'live', 'update', 'updates', 'breaking', 'news',
  'video', 'watch', 'report', 'latest',
]);

/** Recent headlines' words: an article is related to many candidates in a row, and candidates recur. */
const cache = new Map<string, string[]>();
const CACHE_SIZE = 256;

/**
 * The words of a headline that name its event, as spelling-insensitive keys
 * (see entityKey), sorted and distinct. Reports of one event are headlined
 * with its actors and what happened ("Truss resigns", "7.1 quake hits
 * Mexico"), while another event on the same subject gets another verb.
 *
 * @example titleWords('Liz Truss resigns as UK prime minister') // ['liz', 'minister', 'prime', 'resigns', 'trus', 'uk']
 */
export function titleWords(title: string): readonly string[] {
  const cached = cache.get(title);
  if (cached) return cached;
  const figures: string[] = [];
  const names: string[] = [];
  for (const match of title.toLowerCase().matchAll(/[\p{L}\p{N}](?:[\p{L}\p{N}.'’-]*[\p{L}\p{N}])?/gu)) {
    const word = match[0].replace(/['’]s$/, '');
    if (word.length < 2 || FILLER.has(word)) continue;
    (/\p{L}/u.test(word) ? names : figures).push(word);
  }
  // One entityKey pass over all the words (it never joins across a space): several times cheaper than one per word.
  const keys = names.length ? entityKey(names.join(' ')).split(' ') : [];
  const words = [...new Set([...keys, ...figures])].sort();
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(title, words);
  return words;
}

/**
 * A headline's event words without the outlet's own name, which pages often
 * append ("... | Westbury Courier") and which two reports from one outlet
 * would otherwise share whatever they report.
 *
 * @example headlineWords('Bridge shut | The Courier', 'courier.example') // ['bridge', 'shut']
 */
export function headlineWords(title: string, source: string | null): readonly string[] {
  const words = titleWords(title);
  if (!source) return words;
  const outlet = new Set(titleWords(source.replace(/[^\p{L}\p{N}]+/gu, ' ')));
  return words.some((w) => outlet.has(w)) ? words.filter((w) => !outlet.has(w)) : words;
}

/** Share of the shorter headline's words found in the other, or null when either says too little to judge. */
export function titleOverlap(a: readonly string[], b: readonly string[], minWords: number): number | null {
  if (a.length < minWords || b.length < minWords) return null;
  const inB = new Set(b);
  return a.filter((w) => inB.has(w)).length / Math.min(a.length, b.length);
}
