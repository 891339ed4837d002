import { describe, expect, it } from 'vitest';
import { analyseParagraph } from './analyse.ts';
import { parseNumberAt } from './parse-number.ts';
import { stem } from './stem.ts';
import { tenseAt } from './tense.ts';

const tokens = (text: string) => analyseParagraph(text, 0)[0]?.tokens ?? [];

describe('stem', () => {
  it.each([['annexation', 'annex'], ['negotiation', 'negotiate'], ['invasion', 'invade'], ['meeting', 'meet'], ['statement', 'state'], ['agreement', 'agree']])(
    '%s and %s share a stem', (a, b) => expect(stem(a)).toBe(stem(b)),
  );
  it('keeps unrelated words apart', () => {
    expect(stem('attack')).not.toBe(stem('attach'));
    expect(stem('president')).not.toBe(stem('present'));
  });
});

describe('parseNumberAt', () => {
  it.each([['1,000 troops', 1000], ['1.5 million people', 1.5e6], ['twenty-five soldiers', 25], ['three hundred tanks', 300], ['12 ships', 12]])(
    'reads %s', (text, value) => expect(parseNumberAt(tokens(text), 0)?.value).toBe(value),
  );
  it('reads nothing from a word', () => expect(parseNumberAt(tokens('many troops'), 0)).toBeNull());
});

describe('tenseAt', () => {
  const at = (text: string, word: string): ReturnType<typeof tenseAt> => {
    const t = tokens(text);
    return tenseAt(t, t.findIndex((x) => x.text === word));
  };
  it('reads past, future and present from the verb group', () => {
    expect(at('Delegations held talks.', 'held')).toBe('past');
    expect(at('Troops had later bombarded the city.', 'bombarded')).toBe('past');
    expect(at('Delegations will hold talks.', 'hold')).toBe('future');
    expect(at('Russia would not negotiate.', 'negotiate')).toBe('future');
    expect(at('Delegations hold talks.', 'hold')).toBe('present');
  });
});

describe('analyseParagraph', () => {
  it('gives sentences with offsets into the paragraph', () => {
    const text = '“We can’t,” he said. Talks ended.';
    const sentences = analyseParagraph(text, 3);
    expect(sentences.map((s) => s.text)).toEqual(['“We can’t,” he said.', 'Talks ended.']);
    for (const s of sentences) for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(sentences[0]?.paragraph).toBe(3);
  });
});

describe('sentence splitting around numbers', () => {
  it('does not end a sentence inside "magnitude-6.4"', () => {
    const text = 'A magnitude-6.4 earthquake hit the province of Hatay on Monday. Buildings collapsed.';
    const sentences = analyseParagraph(text, 0).map((s) => s.text);
    expect(sentences).toEqual(['A magnitude-6.4 earthquake hit the province of Hatay on Monday.', 'Buildings collapsed.']);
  });
});

describe('hyphenated participles', () => {
  it('reads "New York-based" and "Russian-backed" as adjectives, not events', () => {
    const [sentence] = analyseParagraph('Regulators closed New York-based Signature Bank as Russian-backed forces advanced.', 0);
    const pos = Object.fromEntries((sentence?.tokens ?? []).map((t) => [t.norm, t.pos]));
    expect({ based: pos.based, backed: pos.backed, closed: pos.closed }).toEqual({ based: 'ADJ', backed: 'ADJ', closed: 'VERB' });
  });
});
