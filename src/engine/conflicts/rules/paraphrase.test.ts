import { describe, expect, it } from 'vitest';
import { article } from '../../claims/__fixtures__/article.ts';
import { findConflicts } from '../find-conflicts.ts';

const NAMED = 'Kremlin spokesman Dmitry Peskov spoke to reporters in Moscow on Wednesday.\n\n';
const QUOTED = `${NAMED}Peskov said, "Moscow considered it positive that Kyiv had started outlining its demands in writing."`;
const REPORTED = `${NAMED}He added that Moscow considered it positive that Kyiv had started outlining its demands in writing.`;
const paraphrases = (a: string, b: string) =>
  findConflicts(article('a', a), article('b', b)).filter((c) => c.subject.endsWith('quote or paraphrase'));

describe('paraphrase rule', () => {
  it('finds words quoted by one article and reported unquoted by the other, both directions', () => {
    const [found, ...rest] = paraphrases(QUOTED, REPORTED);
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ type: 'quote', severity: 'low', a: { id: 'a', value: expect.stringContaining('Moscow considered') }, b: { id: 'b', value: '(same words, not quoted)' } });
    const [reversed] = paraphrases(REPORTED, QUOTED);
    expect(reversed).toMatchObject({ a: { id: 'a', value: '(same words, not quoted)' }, b: { id: 'b' } });
  });

  it('does not flag when both quote, or when the paraphrase is another speaker’s', () => {
    expect(paraphrases(QUOTED, QUOTED)).toEqual([]);
    const other = 'Ukrainian negotiator David Arakhamia spoke in Kyiv.\n\nArakhamia said Moscow considered it positive that Kyiv had started outlining its demands in writing.';
    expect(paraphrases(QUOTED, other)).toEqual([]);
  });

  it('does not flag a short phrase repeated in a paraphrase', () => {
    const a = `${NAMED}Peskov said the talks were "very meaningful indeed".`;
    const b = `${NAMED}He said the talks were very meaningful indeed and productive.`;
    expect(paraphrases(a, b)).toEqual([]);
  });

  it('does not flag a statement in the speaker’s own voice that one outlet quotes and another reprints', () => {
    const intro = 'The Federal Deposit Insurance Corporation took control of the bank on Friday.\n\n';
    const a = `${intro}"To protect insured depositors, the FDIC created the Deposit Insurance National Bank of Santa Clara," the FDIC said.`;
    const b = `${intro}The FDIC said that to protect insured depositors, the FDIC created the Deposit Insurance National Bank of Santa Clara.`;
    expect(paraphrases(a, b)).toEqual([]);
    const own = `${NAMED}Peskov said, "We consider it positive that Kyiv has started outlining its demands in writing."`;
    expect(paraphrases(own, `${NAMED}He added that we consider it positive that Kyiv has started outlining its demands in writing.`)).toEqual([]);
  });
});
