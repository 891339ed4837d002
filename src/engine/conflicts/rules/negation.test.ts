import { describe, expect, it } from 'vitest';
import { article } from '../../claims/__fixtures__/article.ts';
import { findConflicts } from '../find-conflicts.ts';

const negations = (a: string, b: string) => findConflicts(article('a', a), article('b', b)).filter((c) => c.type === 'negation');

const SHELLED = 'Russian troops shelled the centre of Kharkiv overnight.';
const NOT_SHELLED = 'Russian troops did not shell the centre of Kharkiv overnight.';

describe('negation rule', () => {
  it('finds a predicate affirmed in one article and negated in the other, both directions', () => {
    for (const [x, y] of [[SHELLED, NOT_SHELLED], [NOT_SHELLED, SHELLED]] as const) {
      const found = negations(x, y);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ severity: 'high', a: { text: x }, b: { text: y } });
      expect([found[0]?.a.value, found[0]?.b.value].sort()).toEqual(['affirmed', 'negated']);
    }
  });

  it('finds it when the same speaker says both', () => {
    const found = negations(
      'Governor Oleh Synehubov said Russian troops shelled the centre of Kharkiv.',
      'Governor Oleh Synehubov said Russian troops never shelled the centre of Kharkiv.',
    );
    expect(found).toHaveLength(1);
  });

  it('does not flag opposite parties: Kyiv says X, Moscow says not-X', () => {
    expect(negations(
      'Kyiv said Russian troops shelled the centre of Kharkiv.',
      'Moscow said Russian troops did not shell the centre of Kharkiv.',
    )).toEqual([]);
  });

  it('does not flag a reported denial against the article’s own statement', () => {
    expect(negations(SHELLED, 'The Russian defence ministry denied shelling the centre of Kharkiv.')).toEqual([]);
  });

  it('does not flag hypotheticals, questions or a different tense', () => {
    expect(negations(SHELLED, 'If Russian troops do not shell the centre of Kharkiv, talks may resume.')).toEqual([]);
    expect(negations(SHELLED, 'Did Russian troops not shell the centre of Kharkiv overnight?')).toEqual([]);
    expect(negations(SHELLED, 'Russian troops will not shell the centre of Kharkiv, Moscow promised.')).toEqual([]);
  });

  it('does not flag the clause that picks out who is meant ("fighters who did not join …" against "fighters who joined …")', () => {
    const didNot = 'The authorities said that Varn fighters who did not join the armed rebellion in Rostov can sign contracts with the ministry.';
    const did = 'Varn fighters who joined the armed rebellion in Rostov will not face charges, the spokesman said.';
    for (const [x, y] of [[didNot, did], [did, didNot]] as const) expect(negations(x, y)).toEqual([]);
    // Said of them outright, or between commas of people already named, it still counts.
    expect(negations('Varn fighters did not join the armed rebellion in Rostov.', 'Varn fighters joined the armed rebellion in Rostov.')).toHaveLength(1);
    expect(negations('The Varn fighters, who did not join the armed rebellion in Rostov, signed contracts.', 'Varn fighters joined the armed rebellion in Rostov.')).toHaveLength(1);
  });

  it('does not hold articles a week apart to the same state', () => {
    const a = article('a', 'Russian troops did not enter the centre of Kherson.', '2022-11-01T10:00:00Z');
    const b = article('b', 'Russian troops entered the centre of Kherson.', '2022-11-09T10:00:00Z');
    expect(findConflicts(a, b)).toEqual([]);
  });

  it('does not flag the same negation stated twice, or a different object', () => {
    expect(negations(NOT_SHELLED, 'Overnight, Russian troops did not shell the centre of Kharkiv.')).toEqual([]);
    expect(negations(SHELLED, 'Russian troops did not shell the port of Odesa overnight.')).toEqual([]);
  });
});
