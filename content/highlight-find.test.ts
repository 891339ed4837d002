import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findSentence, foldText } from './highlight-find.ts';

const page = (body: string): Document => parseHTML(`<!doctype html><html><body>${body}</body></html>`).document as unknown as Document;

/** The text between the found points, read back from the page's own nodes. */
function textOf(doc: Document, sentence: string): string | null {
  const found = findSentence(doc, sentence);
  if (!found) return null;
  const walker = doc.createTreeWalker(doc.body, 4);
  let out = '';
  let on = false;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const from = n === found.start.node ? found.start.offset : 0;
    if (n === found.start.node) on = true;
    if (!on) continue;
    const to = n === found.end.node ? found.end.offset : n.data.length;
    out += n.data.slice(from, to);
    if (n === found.end.node) break;
  }
  return out;
}

describe('findSentence', () => {
  it('finds a sentence across inline elements, curly quotes and odd whitespace', () => {
    const doc = page('<p>Intro.</p><p>“We cannot say,” <a href="/p">Dmitry&nbsp;Peskov</a>\n   told <b>reporters</b> on Monday. Later text.</p>');
    expect(textOf(doc, '"We cannot say," Dmitry Peskov told reporters on Monday.')).toBe('“We cannot say,” Dmitry\u00a0Peskov\n   told reporters on Monday.');
  });

  it('does not run two paragraphs together, and skips scripts', () => {
    const doc = page('<script>var s = "Crimea was annexed in 2014.";</script><p>Crimea was annexed</p><p>in 2014.</p><p>Crimea was annexed in 2014.</p>');
    const found = findSentence(doc, 'Crimea was annexed in 2014.');
    expect(found?.start.node.parentElement?.outerHTML).toBe('<p>Crimea was annexed in 2014.</p>');
  });

  it('falls back to the opening words when the middle differs', () => {
    const long = 'The regional fire service said residents within two kilometres were told to keep their windows closed while the smoke cleared over the port.';
    const doc = page(`<p>${long.replace('keep their windows', 'keep windows')}</p>`);
    expect(textOf(doc, long)).toBe(long.replace('keep their windows', 'keep windows').slice(0, 60));
  });

  it('answers null when the page does not have it', () => {
    expect(findSentence(page('<p>Other words.</p>'), 'Not here at all.')).toBeNull();
    expect(foldText('  A\u00adB  “c”  ')).toBe('ab "c"');
  });
});
