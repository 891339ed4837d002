import { describe, expect, it } from 'vitest';
import { quoteGrams } from './quote-grams.ts';

const grams = (text: string): number[] => [...quoteGrams(text)];

describe('quoteGrams', () => {
  const words = 'a very bad deal for everyone';
  const inDoubles = grams(`He called it "${words}" on Monday.`);

  it('reads double quotes of any style, guillemets and curly single quotes alike', () => {
    expect(inDoubles.length).toBeGreaterThan(0);
    expect(grams(`He called it «${words}» on Monday.`)).toEqual(inDoubles);
    expect(grams(`He called it ‘${words}’ on Monday.`)).toEqual(inDoubles);
  });

  it('reads straight single quotes, across paragraphs, keeping apostrophes inside', () => {
    expect(grams(`He called it '${words}' on Monday.`)).toEqual(inDoubles);
    const statement = 'The Queen died peacefully this afternoon.\n\nThe King will return tomorrow.';
    expect(grams(`The statement reads: '${statement}'`)).toEqual(grams(`The statement reads: "${statement}"`));
    expect(grams("She said 'the club's offer was poor' after talks.")).toEqual(grams('She said "the club\'s offer was poor" after talks.'));
  });

  it('takes no apostrophe for a quotation mark', () => {
    expect(grams("The players' union said the club's offer was poor and the Queen's guards stood by.")).toEqual([]);
    expect(grams("It's the club's best season since the '90s, fans said.")).toEqual([]);
    expect(grams("The fans' chant, the coaches' plan and the players' hopes all rose.")).toEqual([]);
  });
});
