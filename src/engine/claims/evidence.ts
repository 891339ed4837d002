import { keysOf } from '../nlp/keys.ts';
import type { Token } from '../nlp/tokens.ts';

/**
 * The sentences claims point to. Only sentences that carry a claim are kept,
 * each once. Sentences with a dated or counted claim also keep their content
 * keys (the context that tells whether two claims are about the same event);
 * the others keep an empty list, as nothing reads it.
 */
export class EvidenceTable {
  readonly sentences: string[] = [];
  readonly keys: string[][] = [];
  private readonly index = new Map<string, number>();

  /** Index of `text`, added on first use; `withKeys` records its context keys. */
  add(text: string, tokens: readonly Token[], withKeys = false): number {
    let at = this.index.get(text);
    if (at === undefined) {
      at = this.sentences.length;
      this.sentences.push(text);
      this.keys.push([]);
      this.index.set(text, at);
    }
    if (withKeys && this.keys[at]?.length === 0) this.keys[at] = keysOf(tokens);
    return at;
  }
}
