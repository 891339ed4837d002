import { describe, expect, it } from 'vitest';
import { article } from './__fixtures__/article.ts';
import type { PredicateClaim } from './types.ts';

const predicates = (text: string): Pick<PredicateClaim, 'verb' | 'negated' | 'tense' | 'by'>[] =>
  article('a', text).claims.filter((c): c is PredicateClaim => c.kind === 'predicate').map(({ verb, negated, tense, by }) => ({ verb, negated, tense, ...(by ? { by } : {}) }));

describe('predicate claims', () => {
  it('marks explicit negation: not, n’t, never, no longer', () => {
    expect(predicates('Russian troops did not shell the centre of Kharkiv.')).toEqual([{ verb: 'shell', negated: true, tense: 'past' }]);
    expect(predicates('Russian troops didn’t shell the centre of Kharkiv.')[0]?.negated).toBe(true);
    expect(predicates('Russian troops have never shelled the centre of Kharkiv.')[0]?.negated).toBe(true);
    expect(predicates('Russian forces no longer control the city of Kherson.')[0]?.negated).toBe(true);
    expect(predicates('Russian troops shelled the centre of Kharkiv.')).toEqual([{ verb: 'shell', negated: false, tense: 'past' }]);
  });

  it('reads a denial or refusal as a negated claim held by the denier', () => {
    expect(predicates('The Russian defence ministry denied shelling the centre of Kharkiv.')).toEqual([
      { verb: 'shell', negated: true, tense: 'present', by: 'russian ministry' },
    ]);
    expect(predicates('Moscow refused to withdraw troops from the Zaporizhzhia plant.')[0]).toMatchObject({ verb: 'withdraw', negated: true, by: '^moscow' });
  });

  it('gives reported clauses to their speaker', () => {
    expect(predicates('Governor Oleh Synehubov said Russian troops shelled the centre of Kharkiv.')[0]?.by).toBe('^synehubov');
  });

  it('leaves out conditions, questions and wishes', () => {
    expect(predicates('If Russian troops do not shell the centre of Kharkiv, talks may resume.')).toEqual([]);
    expect(predicates('Did Russian troops shell the centre of Kharkiv?')).toEqual([]);
    expect(predicates('Kyiv wants Russian troops to leave the Zaporizhzhia plant.')).toEqual([]);
  });
});
