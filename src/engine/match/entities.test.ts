import { describe, expect, it } from 'vitest';
import { salientEntities } from './entities.ts';

const text = [
  'The Kremlin on Wednesday played down hopes of a breakthrough after talks in Istanbul.',
  'Kremlin spokesman Dmitry Peskov told reporters that talks would continue. Peskov said work remained.',
  'However, officials in Kyiv said shelling went on near Chernihiv.',
].join('\n\n');

describe('salientEntities', () => {
  it('ranks repeated names first and keeps names found mid-sentence', () => {
    const keys = salientEntities('Kremlin plays down talks', text, 10).map((e) => e.key);
    expect(keys[0]).toBe('kremlin');
    expect(keys).toEqual(expect.arrayContaining(['peskov', 'istanbul', 'kiv', 'chernigiv', 'dmitri']));
  });

  it('ignores sentence-initial capitals, weekdays and stop words', () => {
    const keys = salientEntities('', text, 20).map((e) => e.key);
    expect(keys).not.toContain('however');
    expect(keys).not.toContain('the');
    expect(keys).not.toContain('wednesday');
  });

  it('ignores month abbreviations, currency codes and the capitals of roles and accounts', () => {
    const results = 'The quarter ended on Jan. 28, and revenue at Corvex reached USD 22.1 billion. The CEO of Corvex said EPS and GAAP income rose.';
    expect(salientEntities('', results, 20).map((e) => e.key)).toEqual(['corvex']);
  });

  it('does not treat Title Case headline words as names', () => {
    const keys = salientEntities('Hopes Fade For Quick Deal', 'Talks went on. Nothing was agreed.', 10).map((e) => e.key);
    expect(keys).toEqual([]);
  });

  it('respects the limit', () => {
    expect(salientEntities('', text, 2)).toHaveLength(2);
  });
});
