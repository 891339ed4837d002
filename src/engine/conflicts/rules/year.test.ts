import { describe, expect, it } from 'vitest';
import { article } from '../../claims/__fixtures__/article.ts';
import { findConflicts, findInternalConflicts } from '../find-conflicts.ts';

const years = (a: string, b: string) => findConflicts(article('a', a), article('b', b)).filter((c) => c.type === 'year');

describe('year rule', () => {
  it('finds the same event put in different years, both directions', () => {
    const a = 'The Kerch bridge, opened by Moscow in 2018, was hit again on Saturday.';
    const b = 'Ukraine struck the Kerch bridge, which Moscow opened in 2019, on Saturday.';
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const [conflict, ...rest] = years(x, y);
      expect(rest).toEqual([]);
      expect(conflict).toMatchObject({ kind: 'conflict', severity: 'high', a: { id: 'a', text: x }, b: { id: 'b', text: y } });
      expect([conflict?.a.value, conflict?.b.value].sort()).toEqual(['2018', '2019']);
    }
  });

  it('matches a verb with its noun ("annexed" / "annexation")', () => {
    const found = years('The 2014 annexation of Crimea was condemned by the UN.', 'Crimea, which Russia annexed in 2015, was discussed.');
    expect(found.map((c) => [c.a.value, c.b.value])).toEqual([['2014', '2015']]);
  });

  it('does not flag the same year stated twice', () => {
    expect(years('The bridge was opened by Moscow in 2018.', 'Moscow opened the bridge in 2018, officials recalled.')).toEqual([]);
  });

  it('does not flag years of different events of the same story', () => {
    expect(years('The plant, built by engineers in 1984, was shelled.', 'The city of Enerhodar was founded by engineers in 1970.')).toEqual([]);
  });

  it('does not compare a start ("since") with a point in time ("in")', () => {
    expect(years('Rebels have held the airport since 2014.', 'Rebels seized the airport in 2015.')).toEqual([]);
  });

  it('does not flag one occurrence of a repeated event against another ("first elected")', () => {
    expect(years('Donald Trump, who was first elected president in 2016, spoke in Ohio.', 'Donald Trump, elected president in 2024, spoke in Ohio.')).toEqual([]);
  });

  it('does not flag deadlines ("by 2030")', () => {
    expect(years('The EU will stop buying Russian gas by 2030.', 'The EU will stop buying Russian gas by 2027.')).toEqual([]);
  });

  it('does not flag two named parties dating a disputed event differently', () => {
    const a = 'Moscow said the treaty on the fleet was signed in 1997.';
    const b = 'Kyiv said the treaty on the fleet was signed in 1995.';
    expect(years(a, b)).toEqual([]);
  });

  it('does not read the title (not body text)', () => {
    const a = article('a', 'The bridge, opened by Moscow in 2018, was hit.', null, 'Bridge opened in 2016 hit again');
    const b = article('b', 'The bridge, opened by Moscow in 2018, was struck.', null, 'Bridge opened in 2018 hit');
    expect(findConflicts(a, b)).toEqual([]);
  });

  it('reads one article giving one event three years as a list of its parts, two as a contradiction', () => {
    const parts = ['The judge said Hale would have to pay interest dating to March 2019 for those gains.',
      'On those profits, he said Hale would have to pay interest dating to May 2022.',
      'On the last part, Hale would have to pay interest dating to June 2023.'];
    const internal = (text: string) => findInternalConflicts(article('a', text)).filter((c) => c.type === 'year').map((c) => [c.a.value, c.b.value]);
    expect(internal(parts.join(' '))).toEqual([]);
    expect(internal(parts.slice(0, 2).join(' '))).toEqual([['2019', '2022']]);
  });
});
