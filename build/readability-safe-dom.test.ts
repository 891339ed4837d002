import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { rewriteReadability } from './readability-safe-dom.ts';

const source = readFileSync(createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'), 'utf8');

describe('readability-safe-dom', () => {
  it('leaves no innerHTML assignment in the installed Readability', () => {
    expect(rewriteReadability(source)).not.toMatch(/\.innerHTML\s*=[^=]/);
  });

  it('still extracts an article, including a retry after a failed first attempt', () => {
    type Parser = new (doc: Document, opts?: object) => { parse(): { textContent: string } | null };
    const module = { exports: undefined as unknown as Parser };
    new Function('module', rewriteReadability(source))(module);
    const Readability = module.exports;
    const paragraph = 'The harbour bridge closed to cars on Tuesday after engineers found cracks in two of its supports, the council said.';
    const { document } = parseHTML(`<html><body><div class="comment"><p>${paragraph}</p><p>${paragraph}</p></div></body></html>`);
    // A high threshold forces Readability through its restore-and-retry path.
    const article = new Readability(document as unknown as Document, { charThreshold: 5000 }).parse();
    expect(article?.textContent).toContain('engineers found cracks');
  });

  it('fails loudly when a pattern is missing', () => {
    expect(() => rewriteReadability('nothing here')).toThrow(/not found/);
  });
});
