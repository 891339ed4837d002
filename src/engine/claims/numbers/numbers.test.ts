import { describe, expect, it } from 'vitest';
import { article } from '../__fixtures__/article.ts';
import type { NumberClaim } from '../types.ts';

const numbers = (text: string): Pick<NumberClaim, 'raw' | 'lo' | 'hi' | 'unit'>[] =>
  article('a', text).claims.filter((c): c is NumberClaim => c.kind === 'number').map(({ raw, lo, hi, unit }) => ({ raw, lo, hi, unit }));

describe('number claims', () => {
  it('turns qualifiers into ranges', () => {
    expect(numbers('At least 20 people were killed.')).toEqual([{ raw: 'At least 20 people', lo: 20, hi: null, unit: 'peopl' }]);
    expect(numbers('More than 1,000 civilians fled.')[0]).toMatchObject({ lo: 1000, hi: null, unit: 'civilian' });
    expect(numbers('Up to 5 ships left the port.')[0]).toMatchObject({ lo: 0, hi: 5, unit: 'ship' });
    expect(numbers('Nearly 140 groups signed the letter.')[0]).toMatchObject({ lo: 119, hi: 140 });
    expect(numbers('About 300 soldiers surrendered.')[0]).toMatchObject({ lo: 255, hi: 345 });
  });

  it('gives an exact figure no slack, a round figure 5%', () => {
    expect(numbers('Exactly 312 soldiers surrendered.')[0]).toMatchObject({ lo: 312, hi: 312 });
    expect(numbers('1.5 million people fled the country.')[0]).toMatchObject({ lo: 1_425_000, hi: 1_575_000, unit: 'peopl' });
  });

  it('knows what is counted, past modifiers, and percentages and money', () => {
    expect(numbers('Twenty Ukrainian soldiers were captured.')[0]).toMatchObject({ lo: 20, unit: 'soldier' });
    expect(numbers('Prices rose 40% in March.')[0]).toMatchObject({ lo: 40, unit: '%' });
    expect(numbers('The EU pledged $5 billion in aid.')[0]).toMatchObject({ lo: 4.75e9, unit: '$' });
  });

  it('ties a count to its verb', () => {
    const [claim] = article('a', 'At least 20 people were killed in the strike.').claims.filter((c): c is NumberClaim => c.kind === 'number');
    expect(claim?.event.heads).toEqual(['peopl', 'kill']);
  });

  it('skips years, dates, identifiers, ages, durations and references', () => {
    expect(numbers('In 2014, on March 18, Article 5 was cited; a 25-year-old man waited 10 days while the two sides met.')).toEqual([]);
  });
});
