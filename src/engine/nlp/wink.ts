import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { WinkMethods } from 'wink-nlp';

// Loading the model takes ~60 ms; do it once per realm, on first use, so that
// importing the engine (e.g. in the popup, which never extracts) stays free.
let instance: WinkMethods | null = null;
// Only sentence boundaries and POS/lemma are read (see analyse.ts). NER,
// negation and sentiment write nothing those read (their own spans and a flag
// slot of each token) and cost about half of readDoc, so they are left out.
const PIPE = ['sbd', 'pos'];

export function getNlp(): WinkMethods {
  instance ??= winkNLP(model, PIPE);
  return instance;
}
