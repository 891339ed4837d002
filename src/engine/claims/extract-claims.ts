import { analyseParagraph } from '../nlp/analyse.ts';
import { attributeParagraph } from './attribution.ts';
import { splitDateline } from './dateline.ts';
import { EvidenceTable } from './evidence.ts';
import { dropChrome, splitParagraphs } from './paragraphs.ts';
import { quoteClaims } from './quote-claims.ts';
import { findQuotes } from './quotes/find-quotes.ts';
import { sentenceClaims } from './sentence-claims.ts';
import { type Speaker, SpeakerMemory } from './speakers.ts';
import { calendarOfIso } from './times/calendar.ts';
import { type ArticleClaims, CLAIMS_VERSION, type Claim, type ClaimInput } from './types.ts';

// Bodies longer than this (~30,000 words) are cut: no news article is that
// long, and the cap bounds the work a hostile or broken page can cause.
export const MAX_BODY_CHARS = 200_000;

/**
 * Extracts the comparable claims of one article: attributed quotes, counts,
 * dated events and negated or affirmed predicates, each pointing at the
 * sentence that states it. The title is not read: headlines compress and
 * would produce claims no body sentence supports. Only English is read
 * (`lang` null or "en…"); other languages give no claims.
 *
 * @example
 * const claims = extractClaims({
 *   id: 'a', title: 'Talks end', lang: 'en', published: '2022-03-30T10:00:00Z',
 *   text: 'Moscow’s negotiator described talks in Istanbul on Monday as “meaningful”.',
 * });
 * claims.claims[0] // { kind: 'time', raw: 'Monday', gran: 'weekday', value: { wd: 1, y: 2022, m: 3, d: 28 }, … }
 */
export function extractClaims(input: ClaimInput): ArticleClaims {
  const empty: ArticleClaims = { version: CLAIMS_VERSION, id: input.id, published: input.published, lang: input.lang, sentences: [], keys: [], claims: [] };
  // The model and word lists are English; on other languages they would
  // produce noise, and noise would become false flags.
  if (input.lang !== null && !/^en\b/i.test(input.lang)) return empty;
  const published = calendarOfIso(input.published);
  const split = splitDateline(splitParagraphs(input.text.slice(0, MAX_BODY_CHARS)), published);
  const reference = split.reference;
  const paragraphs = dropChrome(split.paragraphs);
  const memory = new SpeakerMemory();
  const evidence = new EvidenceTable();
  const claims: Claim[] = [];
  let previousSpeaker: Speaker | null = null;
  paragraphs.forEach((text, p) => {
    const sentences = analyseParagraph(text, p);
    const quotes = findQuotes(text);
    const attribution = attributeParagraph(text, sentences, quotes, memory, previousSpeaker);
    sentences.forEach((sentence, si) => {
      claims.push(...sentenceClaims({
        sentence, quoteOf: attribution.quoteOf[si] ?? [], quoteSpeakers: attribution.quoteSpeakers,
        holder: attribution.holders[si] ?? null, reference, memory, evidence,
      }));
    });
    claims.push(...quoteClaims(text, sentences, quotes, attribution, evidence));
    // Only a paragraph that ends inside a quotation hands its speaker on.
    previousSpeaker = quotes.length > 0 ? attribution.quoteSpeakers[quotes.length - 1] ?? null : null;
  });
  // A sentence repeated in the body (a pull quote, a repeated paragraph)
  // states its claims once.
  const unique = dropRepeatedClaims(claims).sort((a, b) => a.s - b.s);
  return { version: CLAIMS_VERSION, id: input.id, published: input.published, lang: input.lang, sentences: evidence.sentences, keys: evidence.keys, claims: unique };
}

/**
 * Claims without JSON-equal repeats, each at its first position holding its
 * last instance (what a Map keyed by JSON gives). Equal claims share their
 * sentence index `s`, so only claims of one sentence are compared, and a claim
 * is serialised only when its sentence already stated another.
 */
function dropRepeatedClaims(claims: readonly Claim[]): Claim[] {
  const bySentence = new Map<number, { at: number; json?: string }[]>();
  const out: Claim[] = [];
  for (const claim of claims) {
    const earlier = bySentence.get(claim.s);
    if (!earlier) {
      bySentence.set(claim.s, [{ at: out.push(claim) - 1 }]);
      continue;
    }
    const json = JSON.stringify(claim);
    const same = earlier.find((e) => (e.json ??= JSON.stringify(out[e.at])) === json);
    if (same) out[same.at] = claim;
    else earlier.push({ at: out.push(claim) - 1, json });
  }
  return out;
}
