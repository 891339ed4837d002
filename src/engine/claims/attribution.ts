import { REPORTING_VERBS, SPEECH_VERBS } from '../nlp/lexicon/reporting.ts';
import { TIME_NAMES } from '../nlp/lexicon/time-words.ts';
import type { Sentence, Token } from '../nlp/tokens.ts';
import { phraseAfter, phrasesBefore } from './noun-phrase.ts';
import type { QuoteSpan } from './quotes/find-quotes.ts';
import type { Speaker, SpeakerMemory } from './speakers.ts';

export interface ParagraphAttribution {
  /** Speaker of each quote span of the paragraph (null: unattributed). */
  quoteSpeakers: (Speaker | null)[];
  /** Per sentence: who the sentence reports ("Ukrainian authorities said …"), or null. */
  holders: (Speaker | null)[];
  /** Per sentence, per token: index of the quote span holding it, or -1. */
  quoteOf: number[][];
}


// wink tags "quotes" in "BNR quotes Volodymyr Zelensky" as a noun.
const isSpeechVerb = (t: Token): boolean => (t.pos === 'VERB' || /^quote[sd]$/.test(t.norm)) && SPEECH_VERBS.has(t.lemma);

// How far after a closing mark the speech verb may be: "…,” another Ukrainian
// negotiator at the talks, Oleksandr Chaly said" needs about ten tokens.
const AFTER_WINDOW = 12;

/**
 * Attributes the quotes and reported clauses of one paragraph. Quotes without
 * a speech verb of their own take the sentence's source ("according to X"),
 * else the speaker of another quote in the same sentence, then of the previous quote in the paragraph, then (for a paragraph
 * that opens with a quote) of the previous paragraph's last quote.
 */
export function attributeParagraph(
  text: string,
  sentences: readonly Sentence[],
  quotes: readonly QuoteSpan[],
  memory: SpeakerMemory,
  previousSpeaker: Speaker | null,
): ParagraphAttribution {
  const quoteOf = sentences.map((s) => s.tokens.map((t) => quotes.findIndex((q) => t.start >= q.start && t.end <= q.end)));
  const quoteSpeakers: (Speaker | null)[] = quotes.map(() => null);
  const resolved = new Map<string, Speaker | null>();
  // Each speech verb is resolved once, in reading order, so that "he" means
  // the last person named before it.
  const speakerIn = (si: number, verb: number): Speaker | null => {
    const key = `${si}:${verb}`;
    if (!resolved.has(key)) resolved.set(key, speakerForVerb(sentences[si]?.tokens ?? [], verb, quoteOf[si] ?? [], memory));
    return resolved.get(key) ?? null;
  };
  const sentenceOf = (offset: number): number => sentences.findIndex((s) => offset >= s.start - 1 && offset <= s.end);
  const holders: (Speaker | null)[] = [];
  sentences.forEach((sentence, si) => {
    holders.push(findHolder(sentence.tokens, quoteOf[si] ?? [], (verb) => speakerIn(si, verb), memory));
    quotes.forEach((q, qi) => {
      if (sentenceOf(q.start) === si) quoteSpeakers[qi] = quoteSpeaker(text, sentences, si, q, quoteOf, speakerIn);
    });
    noteSubjects(sentence.tokens, quoteOf[si] ?? [], memory);
  });
  // Continued quotes: same sentence first, then running order.
  quotes.forEach((q, qi) => {
    if (quoteSpeakers[qi]) return;
    const si = sentenceOf(q.start);
    const sibling = quotes.findIndex((o, oi) => oi !== qi && quoteSpeakers[oi] && sentenceOf(o.start) === si);
    const opensParagraph = /^\s*$/.test(text.slice(0, Math.max(0, q.start - 1)));
    // "… “working again”, according to Erdogan": the sentence's own source.
    const holder = holders[si] ?? null;
    quoteSpeakers[qi] = holder ? holder
      : sibling >= 0 ? quoteSpeakers[sibling] ?? null
      : qi > 0 ? quoteSpeakers[qi - 1] ?? null
      : opensParagraph ? previousSpeaker : null;
  });
  return { quoteSpeakers, holders, quoteOf };
}

function quoteSpeaker(
  text: string, sentences: readonly Sentence[], openSentence: number, q: QuoteSpan,
  quoteOf: number[][], speakerIn: (si: number, verb: number) => Speaker | null,
): Speaker | null {
  let after: Speaker | null = null;
  const closeSentence = sentences.findIndex((s) => q.end >= s.start && q.end < s.end);
  const closer = sentences[closeSentence];
  const lastChar = text.slice(q.start, q.end).trim().slice(-1);
  if (closer && !q.open) {
    const tokens = closer.tokens;
    const first = tokens.findIndex((t) => t.start > q.end && t.pos !== 'PUNCT');
    // A quote ending its own sentence ("…goal.”") has no attribution after it
    // unless the next word continues the sentence in lower case ("he said").
    const continues = !/[.!?]/.test(lastChar) || /^\p{Ll}/u.test(tokens[first]?.text ?? '');
    for (let i = first; continues && first >= 0 && i < first + AFTER_WINDOW && i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if ((quoteOf[closeSentence]?.[i] ?? -1) >= 0) break;
      if (t.pos === 'VERB' || t.pos === 'AUX' || isSpeechVerb(t)) {
        if (isSpeechVerb(t)) after = speakerIn(closeSentence, i);
        break;
      }
    }
  }
  if (after && !after.relay) return after;
  const opener = sentences[openSentence];
  if (opener) {
    const inQuote = quoteOf[openSentence] ?? [];
    for (let i = opener.tokens.length - 1; i >= 0; i--) {
      const t = opener.tokens[i] as Token;
      if (t.end > q.start || (inQuote[i] ?? -1) >= 0) continue;
      if (isSpeechVerb(t)) {
        const before = speakerIn(openSentence, i);
        if (before) return before;
        break;
      }
    }
  }
  return after;
}

function findHolder(
  tokens: readonly Token[], inQuote: readonly number[], speakerOf: (verb: number) => Speaker | null, memory: SpeakerMemory,
): Speaker | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if ((inQuote[i] ?? -1) >= 0) continue;
    if (t.norm === 'according' && tokens[i + 1]?.norm === 'to') {
      const range = phraseAfter(tokens, i + 2);
      return range ? memory.resolve(tokens, range) : null;
    }
    if ((t.pos === 'VERB' && REPORTING_VERBS.has(t.lemma)) || isSpeechVerb(t)) return speakerOf(i);
  }
  return null;
}

/**
 * The speaker of a speech verb: its subject, or its object for "X quotes Y" and
 * "reported Y as saying", or the name after it in an inverted "said Peskov".
 */
function speakerForVerb(tokens: readonly Token[], verb: number, inQuote: readonly number[], memory: SpeakerMemory): Speaker | null {
  const t = tokens[verb] as Token;
  const prev = tokens[verb - 1];
  const passive = prev?.pos === 'AUX' && /^(was|were|is|are|been|be)$/.test(prev.norm);
  const objectRange = phraseAfter(tokens, verb + 1);
  const asSaying = objectRange && tokens[objectRange.to + 1]?.norm === 'as' && /^say/.test(tokens[objectRange.to + 2]?.norm ?? '');
  if (objectRange && !passive && (t.lemma === 'quote' || asSaying)) return memory.resolve(tokens, objectRange);
  // "5,000 deaths had been reported": a passive report has no speaker in
  // sight (its subject is what was reported), unless "X was quoted as saying".
  if (passive && t.lemma !== 'quote') return null;
  // Inverted order only right after a quotation ("…,” said Peskov") or at the
  // start; a comma alone usually closes an appositive ("Medinsky, described").
  const afterQuote = (k: number): boolean => (inQuote[k] ?? -1) >= 0 || /^["“”'‘’»]$/.test(tokens[k]?.text ?? '');
  const inverted = verb === 0 || afterQuote(verb - 1) || (prev?.text === ',' && afterQuote(verb - 2));
  if (inverted) return objectRange && tokens[objectRange.from]?.pos !== 'PRON' ? withAppositive(tokens, objectRange, memory) : null;
  // "The Survey located the epicentre 72 km from the city and reported its
  // magnitude as 8.6": a verb joined by "and" to an earlier one shares its subject.
  const subjectVerb = prev?.norm === 'and' ? sharedSubjectVerb(tokens, verb, inQuote) : verb;
  const candidates = phrasesBefore(tokens, subjectVerb).filter((r) => !TIME_NAMES.has(tokens[r.to]?.norm ?? ''));
  // The name nearest the verb wins: "Moscow’s lead negotiator, Vladimir
  // Medinsky, described" and "Peskov, the Kremlin spokesman, said" both give the name.
  const named = [...candidates].reverse().find((r) => tokens[r.to]?.pos === 'PROPN') ?? candidates[0];
  if (!named) return null;
  const speaker = memory.resolve(tokens, named);
  for (const other of candidates) if (other !== named && speaker) memory.describe(speaker, tokens, other);
  return speaker;
}

/**
 * For "and <verb>", the first verb of the clause when the words before "and"
 * are its object (no verb of their own, no comma): its subject is this verb's.
 * Otherwise the verb itself ("Kyiv and Moscow said").
 */
function sharedSubjectVerb(tokens: readonly Token[], verb: number, inQuote: readonly number[]): number {
  for (let k = verb - 2; k >= 0; k--) {
    const t = tokens[k] as Token;
    if ((inQuote[k] ?? -1) >= 0 || t.text === ',' || t.text === ';' || t.pos === 'SCONJ') return verb;
    if (t.pos === 'VERB') return k > 0 && tokens[k - 1]?.pos !== 'CCONJ' ? k : verb;
  }
  return verb;
}

/** "said David Arakhamia, a Ukrainian negotiator": remember the description too. */
function withAppositive(tokens: readonly Token[], range: { from: number; to: number }, memory: SpeakerMemory): Speaker | null {
  const speaker = memory.resolve(tokens, range);
  if (speaker && tokens[range.to + 1]?.text === ',') {
    const description = phraseAfter(tokens, range.to + 2);
    if (description) memory.describe(speaker, tokens, description);
  }
  return speaker;
}

/** Full names directly before a verb, outside quotes: antecedents for a later "he". */
function noteSubjects(tokens: readonly Token[], inQuote: readonly number[], memory: SpeakerMemory): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if ((t.pos !== 'VERB' && t.pos !== 'AUX') || (inQuote[i] ?? -1) >= 0 || tokens[i - 1]?.pos !== 'PROPN') continue;
    let from = i - 1;
    while (from > 0 && tokens[from - 1]?.pos === 'PROPN') from--;
    memory.mention(tokens, { from, to: i - 1 });
  }
}
