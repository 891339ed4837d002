import { describe, expect, it } from 'vitest';
import { headlineWords, titleOverlap, titleWords } from './title-words.ts';

describe('titleWords', () => {
  it('keeps the words that name the event, spelling-insensitive, without filler', () => {
    expect(titleWords('Liz Truss resigns as UK prime minister')).toEqual(['liz', 'minister', 'prime', 'resigns', 'trus', 'uk']);
    expect(titleWords("Zelenskyy's visit: live updates")).toEqual(titleWords('Zelensky visit'));
  });

  it('keeps figures as written', () => {
    expect(titleWords('Powerful 7.1 quake hits Mexico')).toContain('7.1');
  });
});

describe('headlineWords', () => {
  it("drops the outlet's own name, which two reports from one outlet share whatever they report", () => {
    expect(headlineWords('Kestrel Bridge shut | Carrowmore Courier', 'Carrowmore Courier')).toEqual(['bridge', 'kestrel', 'shut']);
    expect(headlineWords('Kestrel Bridge shut - Courier', 'www.courier.example')).toEqual(['bridge', 'kestrel', 'shut']);
    expect(headlineWords('Kestrel Bridge shut', null)).toEqual(['bridge', 'kestrel', 'shut']);
  });
});

describe('titleOverlap', () => {
  it('is the share of the shorter headline found in the other', () => {
    expect(titleOverlap(titleWords('Truss resigns'), titleWords('Liz Truss resigns after 45 days in office'), 2)).toBe(1);
    expect(titleOverlap(titleWords('Fed raises rates by half a point'), titleWords('Fed holds rates steady'), 2)).toBe(2 / 4);
  });

  it('is no evidence when a headline is a one-word label', () => {
    expect(titleOverlap(titleWords('Markets'), titleWords('Markets fall as rates rise'), 2)).toBeNull();
  });
});
