import { describe, expect, it } from 'vitest';
import { cleanByline, isNameLine, readBylineLine } from './byline.ts';

describe('readBylineLine', () => {
  it('reads the names and the date printed beside them', () => {
    expect(readBylineLine('by Dan Hale - Apr 16, 2015 8:02 pm UTC')).toEqual({ names: 'Dan Hale', published: '2015-04-16T20:02:00.000Z' });
    expect(readBylineLine('by: Laura Okoro')).toEqual({ names: 'Laura Okoro', published: null });
    expect(readBylineLine('By Jane Doe, Europe correspondent')).toEqual({ names: 'Jane Doe, Europe correspondent', published: null });
    expect(readBylineLine('Par Martin Untel')).toEqual({ names: 'Martin Untel', published: null });
  });

  it('says no to prose that opens with the same word', () => {
    for (const line of ['By Tuesday evening, the convoy had reached the city.', 'by the river', 'Par ailleurs, le texte sera examiné', 'Von Montag an gilt die neue Regel']) {
      expect(readBylineLine(line), line).toBeNull();
    }
  });
});

describe('cleanByline', () => {
  it('drops the prefix, a date and a label beside the names', () => {
    expect(cleanByline('By Ann Lee')).toBe('Ann Lee');
    expect(cleanByline('Ann Lee | Updated 14 May 2024')).toBe('Ann Lee');
    expect(cleanByline('Ann Lee, Bo Chan')).toBe('Ann Lee, Bo Chan');
    expect(cleanByline('  ')).toBeNull();
    expect(cleanByline('By 14 May 2024')).toBeNull();
  });
});

describe('isNameLine', () => {
  it('accepts capitalised names with their particles', () => {
    expect(isNameLine('Nathan Johns')).toBe(true);
    expect(isNameLine('Ana de la Cruz')).toBe(true);
    expect(isNameLine('Analysis')).toBe(false);
    expect(isNameLine('Talks stall in Istanbul')).toBe(false);
  });
});
