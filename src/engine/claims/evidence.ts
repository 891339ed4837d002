import { keysOf } from '../nlp/keys.ts';
import type { Token } from '../nlp/tokens.ts';

/**
 * The sentences claims point to. Only sentences that carry a claim are kept,
 * each once, with their content keys (the context that tells whether two
 * claims are about the same event).
 */
export class EvidenceTable {
  readonly sentences: string[] = [];
  readonly keys: string[][] = [];
  private readonly index = new Map<string, number>();

  /** Index of `text`, added on first use. */
  add(text: string, tokens: readonly Token[]): number {
    const known = this.index.get(text);
    if (known !== undefined) return known;
    const at = this.sentences.length;
    this.sentences.push(text);
    this.keys.push(keysOf(tokens));
    this.index.set(text, at);
    return at;
  }
}
