import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance.ts';
import { sameEntity } from './same-entity.ts';
import { skeleton } from './skeleton.ts';

describe('sameEntity', () => {
  it.each([
    ['Chernihiv', 'Chernigiv'], ['Chernihiv', 'Chernigov'], ['Zelensky', 'Zelenskyy'], ['Zelensky', 'Zelenskiy'],
    ['Donbas', 'Donbass'], ['Kiev', 'Kyiv'], ['Kharkiv', 'Kharkov'], ['Odesa', 'Odessa'], ['Mykolaiv', 'Mykolayiv'],
    ['Artemivsk', 'Artyomovsk'], ['Zaporizhzhia', 'Zaporozhye'], ['Luhansk', 'Lugansk'], ['Medinsky', 'Medinskiy'],
  ])('%s and %s are one entity', (a, b) => {
    expect(sameEntity(a, b)).toBe(true);
    expect(sameEntity(b, a)).toBe(true);
  });

  it.each([
    ['Kyiv', 'Kharkiv'], ['Kyiv', 'Kova'], ['Russia', 'Prussia'], ['Lavrov', 'Lviv'], ['Peskov', 'Pskov'],
    ['Donetsk', 'Donbas'], ['Putin', 'Patina'], ['Austria', 'Australia'], ['Iran', 'Iraq'], ['Sumy', 'Sami'],
  ])('%s and %s are different entities', (a, b) => {
    expect(sameEntity(a, b)).toBe(false);
  });

  it('is symmetric and reflexive for any word', () => {
    fc.assert(fc.property(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), (a, b) => {
      expect(sameEntity(a, b)).toBe(sameEntity(b, a));
    }));
    fc.assert(fc.property(fc.stringMatching(/^[A-Za-z]{3,15}$/), (a) => {
      expect(sameEntity(a, a)).toBe(true);
    }));
  });
});

describe('skeleton', () => {
  it('unifies transliteration digraphs and drops vowels', () => {
    expect(skeleton('Chernihiv')).toBe(skeleton('Chernigiv'));
    expect(skeleton('Kharkiv')).toBe('h*rk*v');
    expect(skeleton('Peskov')).not.toBe(skeleton('Pskov'));
  });
});

describe('editDistance', () => {
  it('agrees with the plain Levenshtein distance up to the bound', () => {
    const naive = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) {
        (d[i] as number[])[j] = Math.min((d[i - 1]?.[j] ?? 0) + 1, (d[i]?.[j - 1] ?? 0) + 1, (d[i - 1]?.[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
      }
      return d[a.length]?.[b.length] ?? 0;
    };
    fc.assert(fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), fc.integer({ min: 0, max: 4 }), (a, b, max) => {
      expect(editDistance(a, b, max)).toBe(Math.min(naive(a, b), max + 1));
    }));
  });
});
