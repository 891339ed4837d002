import { describe, expect, it } from 'vitest';
import { dropBylineEchoes, dropTitleEchoes } from './metadata-echoes.ts';

const BODY = ['The council said the bridge would stay closed until June.', 'Engineers will replace the deck.', 'Buses will be free.', 'The work will cost £2m.'];

describe('dropTitleEchoes', () => {
  it('drops the title and a cut-short copy of it near the top', () => {
    expect(dropTitleEchoes(['Bridge stays shut', 'Bridge stays', ...BODY], 'Bridge stays shut until June')).toEqual(BODY);
  });
});

describe('dropBylineEchoes', () => {
  it('drops the byline near the top and the author box name among the last lines', () => {
    expect(dropBylineEchoes(['By Ann Lee', ...BODY, 'Ann Lee'], 'Ann Lee')).toEqual(BODY);
    expect(dropBylineEchoes(['Ann Lee, transport correspondent', ...BODY], 'Ann Lee')).toEqual(BODY);
  });

  it('keeps a sentence about the author, and lines in the middle of the body', () => {
    const long = 'Ann Lee asked the council on Tuesday why the bridge had been allowed to decay for so long before anyone acted.';
    expect(dropBylineEchoes([...BODY, long], 'Ann Lee')).toEqual([...BODY, long]);
    const middle = [...BODY, 'Officials declined to comment.', 'Ann Lee', ...BODY];
    expect(dropBylineEchoes(middle, 'Ann Lee')).toEqual(middle);
  });
});
