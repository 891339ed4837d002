import { describe, expect, it } from 'vitest';
import { figureOverlap, figures } from './numbers.ts';

describe('figures', () => {
  it('keeps distinct figures, canonical and sorted, without single digits or years', () => {
    expect(figures('3 dead and 1,800 jobs cut; rate at 4.25%. Again 1800 in 2024, 12 since 1998.')).toEqual(['12', '1800', '4.25']);
  });

  it('reads one figure however many decimal zeros a page prints', () => {
    expect(figures('Sales were $22.10 billion, up from $6.05 billion; 5.00 and 10.0 are round.')).toEqual(['10', '22.1', '6.05']);
    expect(figures('Sales of $22.1 billion')).toEqual(figures('Sales of $22.10 billion'));
  });

  it('keeps a time of day as one figure, not its hour and minutes', () => {
    expect(figures('The quake struck at 11:11 pm (2211 GMT), 06:05 in Rome.')).toEqual(['11:11', '2211', '6:05']);
    expect(figures('A 6.8 quake at 11:11 p.m.')).toEqual(figures('At 11:11 pm a 6.8 quake hit.'));
  });
});

describe('figureOverlap', () => {
  it('is the share of the smaller set found in the other', () => {
    expect(figureOverlap(['12', '140', '45000'], ['12', '140', '70', '2024'], 3)).toBeCloseTo(2 / 3);
  });

  it('is no evidence when a text states too few figures', () => {
    expect(figureOverlap(['12'], ['12', '140', '70'], 3)).toBeNull();
  });
});
