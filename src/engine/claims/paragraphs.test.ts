import { describe, expect, it } from 'vitest';
import { splitDateline } from './dateline.ts';
import { dropChrome, splitParagraphs } from './paragraphs.ts';

describe('paragraphs', () => {
  it('splits on blank lines and line breaks, but joins hard-wrapped sentences', () => {
    expect(splitParagraphs('One line.\n\nTwo.\nThree and\nfour.')).toEqual(['One line.', 'Two.', 'Three and four.']);
  });

  it('drops headline-like lines and repeats, keeps prose without a final stop', () => {
    expect(dropChrome([
      'Talks ended in Istanbul.', 'Featured Stories', 'Pentagon Contradicts Biden Ukraine Claim: US Not Training Troops in Poland',
      '- Talks ended in Istanbul.', '"Until now we had not managed to achieve that," he said',
    ].map((p) => splitParagraphs(p)[0] ?? ''))).toEqual(['Talks ended in Istanbul.', '"Until now we had not managed to achieve that," he said']);
  });
});

describe('splitDateline', () => {
  it('takes a date line as the reference and removes it', () => {
    expect(splitDateline(['Wednesday 30 March 2022 - 21:50', 'Body.'], null)).toEqual({ reference: { y: 2022, m: 3, d: 30 }, paragraphs: ['Body.'] });
    expect(splitDateline(['date 2022-03-30', 'Body.'], null).reference).toEqual({ y: 2022, m: 3, d: 30 });
  });

  it('prefers the publication date', () => {
    expect(splitDateline(['March 29, 2022', 'Body.'], { y: 2022, m: 3, d: 30 }).reference).toEqual({ y: 2022, m: 3, d: 30 });
  });

  it('cuts a wire dateline but never an ordinary opening', () => {
    expect(splitDateline(['KYIV, March 30 (Reuters) - The Kremlin said.'], null).paragraphs).toEqual(['The Kremlin said.']);
    expect(splitDateline(['MOSCOW (AP) — Russia said.'], null).paragraphs).toEqual(['Russia said.']);
    expect(splitDateline(['Russia — the largest country — said so.'], null).paragraphs).toEqual(['Russia — the largest country — said so.']);
  });
});
