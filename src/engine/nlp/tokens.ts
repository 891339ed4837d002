/**
 * Plain token and sentence records. wink-nlp's objects are turned into these
 * once, so the rest of the engine is testable without the model and never
 * depends on wink's API shape.
 */
export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART'
  | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface Token {
  /** The text as written. */
  text: string;
  /** Lower case, contractions expanded by wink ("n't" -> "not"). */
  norm: string;
  /** Dictionary form ("talks" -> "talk", "said" -> "say"); falls back to norm. */
  lemma: string;
  pos: Pos;
  /** Offset of the token in its paragraph (UTF-16 units). */
  start: number;
  end: number;
}

export interface Sentence {
  /** Paragraph number in the article body. */
  paragraph: number;
  /** Offsets of the sentence in its paragraph. */
  start: number;
  end: number;
  text: string;
  tokens: Token[];
}
