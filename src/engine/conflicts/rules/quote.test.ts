import { describe, expect, it } from 'vitest';
import { article } from '../../claims/__fixtures__/article.ts';
import { findConflicts } from '../find-conflicts.ts';
import { quoteWords } from '../quote/quote-words.ts';
import { wordDiff } from '../quote/word-diff.ts';
import { pairableWords } from './quote.ts';

const quotes = (a: string, b: string) => findConflicts(article('a', a), article('b', b)).filter((c) => c.type === 'quote');

describe('quote rule', () => {
  it('finds one speaker’s words quoted differently, low severity for wording, both directions', () => {
    const a = '“We see no real progress in these negotiations so far,” Jens Stoltenberg told reporters.';
    const b = '"We see no genuine progress in these talks so far," NATO chief Jens Stoltenberg said.';
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const found = quotes(x, y);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ severity: 'low', subject: 'Stoltenberg quote', a: { text: x }, b: { text: y } });
    }
    const [found] = quotes(a, b);
    expect(found?.diff).toEqual([
      { op: 'same', text: 'We see no' }, { op: 'added', text: 'genuine' }, { op: 'removed', text: 'real' },
      { op: 'same', text: 'progress in these' }, { op: 'added', text: 'talks' }, { op: 'removed', text: 'negotiations' },
      { op: 'same', text: 'so far' },
    ]);
  });

  it('rates a changed negation or number high, an antonym medium', () => {
    const said = (q: string) => `“${q},” Olaf Scholz said on Friday.`;
    expect(quotes(said('Germany will not send more tanks to Ukraine this year'), said('Germany will send more tanks to Ukraine this year'))[0]?.severity).toBe('high');
    expect(quotes(said('Germany will send 14 tanks to Ukraine this year'), said('Germany will send 40 tanks to Ukraine this year'))[0]?.severity).toBe('high');
    expect(quotes(said('Germany will send more tanks to Ukraine this year'), said('Germany will send fewer tanks to Ukraine this year'))[0]?.severity).toBe('medium');
  });

  it('resolves "he said" and "said X" to the same speaker', () => {
    const a = 'Chancellor Olaf Scholz spoke in Berlin. “We stand with Ukraine for as long as it takes,” he said.';
    const b = '“We will stand with Ukraine as long as it takes,” said Scholz.';
    expect(quotes(a, b)).toHaveLength(1);
  });

  it('does not flag partial quotes, identical quotes or an ellipsis', () => {
    const full = '“We stand with Ukraine for as long as it takes, whatever the cost,” Olaf Scholz said.';
    expect(quotes(full, 'Olaf Scholz said Germany would stand “with Ukraine for as long as it takes”.')).toEqual([]);
    expect(quotes(full, full)).toEqual([]);
    expect(quotes(full, '“We stand with Ukraine … whatever the cost,” Olaf Scholz said.')).toEqual([]);
  });

  it('does not flag spelling variants of a name inside a quote', () => {
    expect(quotes(
      '“Our troops have left the area around Chernihiv and Kyiv,” Igor Konashenkov said.',
      '“Our troops have left the area around Chernigiv and Kiev,” Igor Konashenkov said.',
    )).toEqual([]);
  });

  it('does not flag two statements that only share an opening', () => {
    expect(quotes(
      '“We will continue to support Ukraine,” Olaf Scholz said.',
      '“We will continue to support our allies in the Baltic states,” Olaf Scholz said.',
    )).toEqual([]);
  });

  it('does not compare quotes of different speakers', () => {
    expect(quotes(
      '“We see no real progress in these negotiations so far,” Jens Stoltenberg said.',
      '“We see real progress in these negotiations so far,” Sergei Lavrov said.',
    )).toEqual([]);
  });

  it('skips the diff only when it could not find enough common words: pairableWords bounds the common words', () => {
    const said = [
      'We see no real progress in these negotiations so far',
      'We see no genuine progress in these talks so far',
      'Zelenskyy met Erdogan in Ankara and Kyiv will not give up Crimea',
      'Zelensky met Erdoğan in Ankara, and Kiev won’t give up the Crimea',
      'The talks in Istanbul on Tuesday brought nothing',
      'Nothing came of Tuesday’s talks in Istanbul, the the the',
      'we cannot say when the next round will be',
      'We can not say when the next round of talks will take place',
    ].map(quoteWords);
    for (const x of said) {
      for (const y of said) {
        const { common } = wordDiff(x, y);
        const bound = pairableWords(x, y);
        expect(bound).toBeGreaterThanOrEqual(common);
        expect(bound).toBeLessThanOrEqual(Math.min(x.length, y.length));
      }
    }
    // Different statements of one speaker share few words: no diff is needed to rule them out.
    const [progress, talks] = [quoteWords('We see no real progress in these negotiations so far'), quoteWords('The talks in Istanbul on Tuesday brought nothing')];
    expect(pairableWords(progress, talks) / talks.length).toBeLessThan(0.6);
  });

  it('reads a name abbreviated in one quotation and spelled out in the other as the same words', () => {
    const said = (q: string) => `“${q},” Rear Admiral Ellen Vasko said on Thursday.`;
    const spelled = said('On behalf of the United States Coast Guard I offer my deepest condolences to the families');
    expect(quotes(said('On behalf of the US Coast Guard I offer my deepest condolences to the families'), spelled)).toEqual([]);
    expect(quotes(said('On behalf of the U.S. Coast Guard I offer my deepest condolences to the families'), spelled)).toEqual([]);
    expect(quotes(said('The Food and Drug Administration will review the data next month'), said('The FDA will review the data next month'))).toEqual([]);
    // A real change beside the abbreviation is still one.
    expect(quotes(said('The United States will support the resolution at the vote'), said('The US will oppose the resolution at the vote'))).toMatchObject([{ severity: 'medium' }]);
  });

  it('reads spoken contractions as the words they stand for', () => {
    const said = (q: string) => `“${q},” Governor Lena Marsh said at a press conference on Wednesday.`;
    expect(quotes(said('This is gonna be a nasty, nasty day – two days'), said('This is going to be a nasty nasty day, two days'))).toEqual([]);
  });

  it('expands only acronyms the other quotation uses, and only over capitalised words that spell them', () => {
    const keys = (a: string, b: string) => wordDiff(quoteWords(a), quoteWords(b)).ops;
    expect(keys('the EU said', 'the European Union said')).toEqual([{ op: 'same', text: 'the EU said' }]);
    expect(keys('the EU said', 'the eastern union said')).toContainEqual({ op: 'removed', text: 'EU' });
    expect(keys('the EU said', 'the European Commission said')).toContainEqual({ op: 'removed', text: 'EU' });
  });

  it('does not flag a fragment quoted word for word inside the other quotation', () => {
    const said = (q: string) => `“${q},” the judge, Anne Whitcombe, said in her ruling on Monday.`;
    const whole = said('A driver who cannot set his price or refuse work without penalty is not in business on his own account');
    expect(quotes(whole, said('not in business on his own account'))).toEqual([]);
    const coach = (q: string) => `“${q},” coach Dana Strachan said after the match.`;
    expect(quotes(coach('The result is not a reflection of their work - it is a reflection of decisions I made'), coach('It\'s a reflection of decisions I made'))).toEqual([]);
  });

  it('reads "rather than" as the "not" it replaces', () => {
    const said = (q: string) => `“${q},” the judge, Anne Whitcombe, said in her ruling on Monday.`;
    expect(quotes(said('The reality of the relationship is one of control, not partnership'), said('The reality of this relationship is one of control rather than partnership')))
      .toMatchObject([{ severity: 'low' }]);
  });

  it('reads "7:35" and "7.35" as one time, and a figure moved within the quotation as no change of figure', () => {
    const said = (q: string) => `“${q},” Cardinal Ennio Basso said on Vatican television.`;
    expect(quotes(said('At 7:35 this morning the bishop returned to the house of the Father'), said('At 7.35 this morning the bishop returned to the house of the Father'))).toEqual([]);
    expect(quotes(said('This morning at 7.35 the bishop returned to the house of the Father'), said('At 7:35 this morning the bishop returned to the house of the Father')))
      .toMatchObject([{ severity: 'low' }]);
    expect(quotes(said('At 7:35 this morning the bishop returned to the house of the Father'), said('At 8:35 this morning the bishop returned to the house of the Father')))
      .toMatchObject([{ severity: 'high' }]);
  });
});

