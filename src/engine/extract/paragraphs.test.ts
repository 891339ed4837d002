import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectParagraphs } from './paragraphs.ts';

const root = (html: string): Node => parseHTML(`<html><body><div id="r">${html}</div></body></html>`).document.getElementById('r') as unknown as Node;

describe('collectParagraphs', () => {
  it('gives one line per block, whitespace collapsed, inline markup flattened', () => {
    expect(collectParagraphs(root('<h2>Sub  head</h2><p>One <b>bold</b>\n word.</p><ul><li>Item one.</li><li>Item two.</li></ul>'))).toEqual([
      'Sub head', 'One bold word.', 'Item one.', 'Item two.',
    ]);
  });

  it('splits on <br> and keeps text that sits beside nested blocks', () => {
    expect(collectParagraphs(root('<div>Loose text.<br><br>More text.<p>Inner.</p>Tail.</div>'))).toEqual(['Loose text.', 'More text.', 'Inner.', 'Tail.']);
  });

  it('drops short lines that are all link, keeps sentences with a link in them', () => {
    const html = '<p><a href="/x">Antwerp braces for diverted ships</a></p><p>The port <a href="/y">said</a> delays would last a week.</p>';
    expect(collectParagraphs(root(html))).toEqual(['The port said delays would last a week.']);
  });
});
