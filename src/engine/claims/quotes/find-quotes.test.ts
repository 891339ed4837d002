import { describe, expect, it } from 'vitest';
import { findQuotes } from './find-quotes.ts';

const texts = (paragraph: string): string[] => findQuotes(paragraph).map((q) => paragraph.slice(q.start, q.end));

describe('findQuotes', () => {
  it('finds curly and straight double quotes', () => {
    expect(texts('“We will,” he said. "We won\'t," she said.')).toEqual(['We will,', "We won't,"]);
  });

  it('keeps nested quotes inside the outer quote, straight or curly', () => {
    expect(texts('Peskov said, "Moscow considered it "positive" that Kyiv wrote." Then he left.')).toEqual(['Moscow considered it "positive" that Kyiv wrote.']);
    expect(texts('He said: “They called it ‘a farce’ today.”')).toEqual(['They called it ‘a farce’ today.']);
  });

  it('never takes an apostrophe for a quotation mark', () => {
    expect(texts('Moscow’s and Kyiv\'s leaders’ views differ; Ukraine’s army didn’t move.')).toEqual([]);
  });

  it('finds single-quoted words in headline style', () => {
    expect(texts("Russia said it had held 'meaningful' talks with Ukraine's team.")).toEqual(['meaningful']);
  });

  it('runs an unclosed quote to the end of the paragraph', () => {
    expect(findQuotes('“We will continue. We will not stop')).toEqual([{ start: 1, end: 35, open: true }]);
  });

  it('finds several quotes in one sentence', () => {
    expect(texts('“We avoid statements” on talks because “we believe in silence”, he added.')).toEqual(['We avoid statements', 'we believe in silence']);
  });
});
