import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { wrapText } from './highlight.ts';
import { findSentence } from './highlight-find.ts';

describe('the <mark> fallback', () => {
  it('marks exactly the sentence across inline elements, and removing it restores the page byte for byte', () => {
    const html = '<p>Before. “We cannot say,” <a href="/p">Dmitry Peskov</a> told <b>reporters</b> on Monday. After.</p><p>Next.</p>';
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    const doc = document as unknown as Document;
    const found = findSentence(doc, '"We cannot say," Dmitry Peskov told reporters on Monday.');
    if (!found) throw new Error('not found');
    const shown = wrapText(doc, found.start, found.end);
    const marks = [...doc.querySelectorAll('mark[data-crosscheck-highlight]')].map((m) => m.textContent).join('');
    expect(marks).toBe('“We cannot say,” Dmitry Peskov told reporters on Monday.');
    shown.remove();
    expect(doc.body.innerHTML).toBe(html);
    expect(doc.body.querySelector('p')?.childNodes.length).toBe(5); // the page's own text nodes, not merged
  });
});
