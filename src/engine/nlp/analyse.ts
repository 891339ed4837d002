import { getNlp } from './wink.ts';
import type { ItsFunction } from 'wink-nlp';
import type { Pos, Sentence, Token } from './tokens.ts';

const TITLES: ReadonlySet<string> = new Set([
  'adm.', 'gen.', 'lt.', 'col.', 'sgt.', 'capt.', 'cmdr.', 'maj.', 'cpl.', 'pvt.', 'rep.', 'sen.', 'gov.', 'dr.', 'mr.',
  'mrs.', 'ms.', 'prof.', 'rev.', 'st.', 'hon.', 'pres.', 'supt.', 'insp.', 'det.', 'fr.', 'no.', 'jan.', 'feb.', 'aug.',
  'sept.', 'oct.', 'nov.', 'dec.',
]);

/**
 * Splits one paragraph into sentences of plain tokens (text, lemma, POS and
 * offsets). Paragraphs are analysed one by one so that a sentence never runs
 * across a paragraph break, even when a line lacks final punctuation.
 */
export function analyseParagraph(text: string, paragraph: number): Sentence[] {
  const nlp = getNlp();
  const its = nlp.its;
  // wink reads "magnitude-6.4" as "magnitude-6", ".", "4" and ends a sentence
  // there; a hyphen between a letter and a digit is read as a space instead
  // (same length, so offsets into `text` still hold).
  const doc = nlp.readDoc(text.replace(/(\p{L})-(?=\d)/gu, '$1 '));
  const values = doc.tokens().out(its.value) as string[];
  const norms = doc.tokens().out(its.normal) as string[];
  // wink's d.ts types lemma's third parameter narrower than ItsFunction allows;
  // at run time it is a token helper like the others.
  const lemmas = doc.tokens().out(its.lemma as unknown as ItsFunction<string>) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];

  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    // wink keeps the original text of every token, so a forward search
    // recovers offsets; a miss (should not happen) keeps the cursor.
    const at = text.indexOf(value, cursor);
    const start = at < 0 ? cursor : at;
    cursor = start + value.length;
    const norm = norms[i] ?? value.toLowerCase();
    tokens.push({ text: value, norm, lemma: lemmas[i] || norm, pos: compoundAdjective(tokens, value, start) ? 'ADJ' : (tags[i] ?? 'X') as Pos, start, end: cursor });
  }

  const sentences: Sentence[] = [];
  for (const [from, to] of spans) {
    const own = tokens.slice(from, to + 1).filter((t) => t.pos !== 'SPACE');
    const first = own[0];
    const last = own[own.length - 1];
    if (!first || !last) continue;
    const previous = sentences[sentences.length - 1];
    const cut = previous?.tokens[previous.tokens.length - 1];
    // wink ends a sentence at "Rear Adm." or "Gen.": a title before a name
    // never ends one.
    // Nor does a decimal point ("6." + "4" with nothing between) end one.
    const splitDecimal = previous !== undefined && /\d\.$/.test(previous.text) && first.start === previous.end && /^\d/.test(first.text);
    if (previous && cut && (splitDecimal || (TITLES.has(cut.norm) && /^\p{Lu}/u.test(first.text)))) {
      previous.tokens.push(...own);
      previous.end = last.end;
      previous.text = text.slice(previous.start, last.end);
      continue;
    }
    sentences.push({ paragraph, start: first.start, end: last.end, text: text.slice(first.start, last.end), tokens: own });
  }
  return sentences;
}

/**
 * "New York-based", "Russian-backed", "state-owned": a participle joined by a
 * hyphen to the word before it describes a noun; it is no event of its own
 * (wink tags it a verb, and a rule would then date "based").
 */
function compoundAdjective(previous: readonly Token[], value: string, start: number): boolean {
  const hyphen = previous[previous.length - 1];
  // The regex last: this runs on every token, and few follow a hyphen.
  return hyphen !== undefined && hyphen.text === '-' && hyphen.end === start
    && previous[previous.length - 2]?.end === hyphen.start && /^\p{L}+(ed|en|ing)$/u.test(value);
}
