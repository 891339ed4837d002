import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { WinkMethods } from 'wink-nlp';

// Loading the model takes ~60 ms; do it once per realm, on first use, so that
// importing the engine (e.g. in the popup, which never extracts) stays free.
let instance: WinkMethods | null = null;

export function getNlp(): WinkMethods {
  instance ??= winkNLP(model);
  return instance;
}
