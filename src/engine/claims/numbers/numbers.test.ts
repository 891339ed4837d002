import { describe, expect, it } from 'vitest';
import { article } from '../__fixtures__/article.ts';
import type { NumberClaim } from '../types.ts';

const numbers = (text: string): Pick<NumberClaim, 'raw' | 'lo' | 'hi' | 'unit'>[] =>
  article('a', text).claims.filter((c): c is NumberClaim => c.kind === 'number').map(({ raw, lo, hi, unit }) => ({ raw, lo, hi, unit }));

describe('number claims', () => {
  it('turns qualifiers into ranges', () => {
    expect(numbers('At least 20 people were killed.')).toEqual([{ raw: 'At least 20 people', lo: 20, hi: null, unit: 'peopl' }]);
    expect(numbers('More than 1,000 civilians fled.')[0]).toMatchObject({ lo: 1000, hi: null, unit: 'civilian' });
    expect(numbers('Up to 5 ships left the port.')[0]).toMatchObject({ lo: 0, hi: 5, unit: 'ship' });
    expect(numbers('Nearly 140 groups signed the letter.')[0]).toMatchObject({ lo: 119, hi: 140 });
    expect(numbers('About 300 soldiers surrendered.')[0]).toMatchObject({ lo: 255, hi: 345 });
  });

  it('gives an exact figure no slack, a round figure 5%', () => {
    expect(numbers('Exactly 312 soldiers surrendered.')[0]).toMatchObject({ lo: 312, hi: 312 });
    expect(numbers('1.5 million people fled the country.')[0]).toMatchObject({ lo: 1_425_000, hi: 1_575_000, unit: 'peopl' });
  });

  it('knows what is counted, past modifiers, and percentages and money', () => {
    expect(numbers('Twenty Ukrainian soldiers were captured.')[0]).toMatchObject({ lo: 20, unit: 'soldier' });
    expect(numbers('Prices rose 40% in March.')[0]).toMatchObject({ lo: 40, unit: '%' });
    expect(numbers('The EU pledged $5 billion in aid.')[0]).toMatchObject({ lo: 4.75e9, unit: '$' });
  });

  it('ties a count to its verb', () => {
    const [claim] = article('a', 'At least 20 people were killed in the strike.').claims.filter((c): c is NumberClaim => c.kind === 'number');
    expect(claim?.event.heads).toEqual(['peopl', 'kill']);
  });

  it('reads a toll a level verb reaches, past a qualifier, an auxiliary or the end of the sentence', () => {
    const level = (text: string) => article('a', text).claims.filter((c): c is NumberClaim => c.kind === 'number')
      .map(({ raw, lo, hi, unit, event }) => ({ raw, lo, hi, unit, heads: event.heads }));
    expect(level('The death toll rose to at least 53 on Thursday.')).toEqual([{ raw: 'at least 53', lo: 53, hi: null, unit: 'death', heads: ['death', 'level'] }]);
    expect(level('The death toll stands at 67.')).toEqual([{ raw: '67', lo: 67, hi: 67, unit: 'death', heads: ['death', 'level'] }]);
    expect(level('The number of deaths from the fires has risen to 80, according to the county.'))
      .toEqual([{ raw: '80', lo: 80, hi: 80, unit: 'death', heads: ['death', 'level'] }]);
    // A placing verb states its object's level: "put the toll at", "placed the current death toll at".
    expect(level('The ambulance authority put the current death toll at 2,300.'))
      .toEqual([{ raw: '2,300', lo: 2185, hi: 2415, unit: 'death', heads: ['death', 'level'] }]);
    expect(level('Officials in Varna placed the death toll in the city at more than 5,000 on Tuesday.'))
      .toEqual([{ raw: 'more than 5,000', lo: 5000, hi: null, unit: 'death', heads: ['death', 'level'] }]);
    // A toll counts the dead. A revising verb moves its object, or in the passive its subject, to a figure.
    expect(level('The government on Sunday revised the death toll in the three-train crash on Friday to 275 from 288.'))
      .toEqual([{ raw: '275', lo: 275, hi: 275, unit: 'death', heads: ['death', 'level'] }]);
    expect(level('The number of deaths in the incident has been revised to 275.'))
      .toEqual([{ raw: '275', lo: 275, hi: 275, unit: 'death', heads: ['death', 'level'] }]);
    expect(level('The firm revised its forecast to 275.').map((c) => c.unit)).toEqual(['forecast']);
    expect(level('The council revised to 275 the list.')).toEqual([]);
    // A figure the article says was superseded is not its claim; a place "at" a noun is no level.
    expect(level('Health authorities previously had put the death toll at 5,500.')).toEqual([]);
    expect(level('Rescuers worked at the port at 5,000 degrees.').filter((c) => c.heads[1] === 'level')).toEqual([]);
    // A bare count of people, told by what happened to them.
    expect(level('At least 3,000 people died and 10,000 are missing.').map((c) => [c.raw, c.unit, c.heads[1]]))
      .toEqual([['At least 3,000 people', 'peopl', 'die'], ['10,000', 'peopl', 'miss']]);
    expect(level('Officials said 2,300 have been killed.').map((c) => [c.raw, c.unit, c.heads[1]])).toEqual([['2,300', 'peopl', 'kill']]);
    expect(level('The results show 2,300 are eligible.')).toEqual([]);
    // An event named by a noun before "of" is the count's verb.
    expect(level('Officials reported the death of 238 people and more than 900 injured.').map((c) => [c.raw, c.heads]))
      .toEqual([['238 people', ['peopl', 'die']]]);
    // A participle after a comma opens a clause of its own: "fining" is not what the $168 million did.
    expect(level('The fraud saved them about $168 million in interest, fining the firm that amount.').map((c) => c.heads)).toEqual([['$', 'sav']]);
    // Out of a whole, the verb is the part's: 278 bodies were not all identified.
    expect(level('Of the 278 bodies, 177 have been identified so far.').map((c) => [c.raw, c.heads])).toEqual([['278 bodies', ['body']]]);
    expect(level('Out of the 1,100 injured, 200 are still in hospital.').filter((c) => c.heads[1] === 'hospit')).toEqual([]);
    expect(level('Derna, a city of 100,000 people, was flooded.').map((c) => c.heads)).toEqual([['peopl', 'flood']]);
    // After "with", the verb before is another figure's.
    expect(level('The crush killed at least 154 and injured 149, with 33 people in serious condition.').find((c) => c.raw === '33 people')?.heads)
      .toEqual(['peopl']);
    expect(level('The ship sank on Monday, with 33 people missing.').find((c) => c.raw === '33 people')?.heads).toEqual(['peopl', 'miss']);
    // A time of day is no count, even before a noun.
    expect(level('The 9 p.m. announcement said 80 people died.').map((c) => c.raw)).toEqual(['80 people']);
  });

  it('skips years, dates, identifiers, ages, durations and references', () => {
    expect(numbers('In 2014, on March 18, Article 5 was cited; a 25-year-old man waited 10 days while the two sides met.')).toEqual([]);
  });

  it('reads an earthquake magnitude however it is written, with the shock it measures', () => {
    const magnitude = (text: string) => {
      const [claim] = article('a', text).claims.filter((c): c is NumberClaim => c.kind === 'number' && c.unit === 'magnitud');
      return claim && { raw: claim.raw, lo: claim.lo, shock: claim.event.heads[1] };
    };
    expect(magnitude('The 6.8-magnitude quake struck a mountain area.')).toEqual({ raw: '6.8-magnitude', lo: 6.8, shock: 'quake' });
    expect(magnitude('A magnitude 7.1 earthquake struck the coast.')).toEqual({ raw: 'magnitude 7.1', lo: 7.1, shock: 'quake' });
    expect(magnitude('The quake had a preliminary magnitude of 6.8 when it hit.')).toEqual({ raw: 'magnitude of 6.8', lo: 6.8, shock: 'quake' });
    expect(magnitude('The agency reported its magnitude as 8.6 on the Richter scale.')).toEqual({ raw: 'magnitude as 8.6', lo: 8.6, shock: 'quake' });
    expect(magnitude('The national network measured it at 7 on the Richter scale.')).toEqual({ raw: '7 on the Richter scale', lo: 7, shock: 'quake' });
    expect(magnitude('A 5.2 magnitude aftershock followed an hour later.')).toEqual({ raw: '5.2 magnitude', lo: 5.2, shock: 'aftershock' });
    expect(magnitude('The magnitude of the crisis grew as 12 more towns flooded.')).toBeUndefined();
    // A shock after the first, however the sentence names it.
    expect(magnitude('It was followed by a magnitude 6.4 quake that struck Corvane province.')?.shock).toBe('aftershock');
    expect(magnitude('A third earthquake with a 6.5 magnitude also hit Corvane.')?.shock).toBe('aftershock');
    expect(magnitude('Aftershocks shook the region, including a 7.5 magnitude earthquake at 1:24 p.m. local time.')?.shock).toBe('aftershock');
  });

  it('does not count a time of day ("4.17 a.m.", "11 pm")', () => {
    expect(numbers('The quake struck at 4.17 a.m. and a second one at 11 pm, killing 40 people.')).toEqual([{ raw: '40 people', lo: 40, hi: 40, unit: 'peopl' }]);
  });

  it('scales a currency figure by its short suffix, and only a currency figure', () => {
    expect(numbers('The firm expects charges of $140m this year.')[0]).toMatchObject({ raw: '$140m', lo: 133e6, hi: 147e6, unit: '$' });
    const [stadium] = numbers('The club paid £4.2bn for the stadium.');
    expect(stadium?.raw).toBe('£4.2bn');
    expect(stadium?.lo).toBeCloseTo(3.99e9, -3);
    expect(numbers('Builders finished 300m of new track.').every((n) => (n.hi ?? n.lo) < 1000)).toBe(true);
  });

  it('reads a range as one figure: "57.6-58.2 percent", "57 percent to 58.5 percent", "between 4.25% and 4.5%"', () => {
    expect(numbers('Macron was set to win 57.6-58.2 percent of the vote.')).toEqual([{ raw: '57.6-58.2 percent', lo: 57.6, hi: 58.2, unit: '%' }]);
    expect(numbers('Macron is projected to get 57 percent to 58.5 percent of the vote.')).toEqual([{ raw: '57 percent to 58.5 percent', lo: 57, hi: 58.5, unit: '%' }]);
    expect(numbers('The rate will rise to between 4.25% and 4.5% by December.')[0]).toMatchObject({ lo: 4.25, hi: 4.5 });
    expect(numbers('It expects charges of $140m to $160m.')).toEqual([{ raw: '$140m to $160m', lo: 133e6, hi: 168e6, unit: '$' }]);
    // A period or a score is no range of figures.
    expect(numbers('Scores of 3-1 were common in the 2019-2020 season.')).toEqual([]);
  });

  it('reads ages given beside a full name, and no age for a surname, a title or a country', () => {
    const ages = (text: string) => article('a', text).claims.filter((c): c is NumberClaim => c.kind === 'number' && c.unit === 'age')
      .map((c) => [c.raw, c.lo, c.event.agents]);
    expect(ages('Mara Vey, 54, was found at her home on Saturday.')).toEqual([['54', 54, ['^mara', '^vey']]]);
    expect(ages('Explorer Owen Hale (58) and businessman Ines Tolland (48) were aboard.'))
      .toEqual([['58', 58, ['^owen', '^hale']], ['48', 48, ['^ines', '^tolland']]]);
    expect(ages('Ruth Calder, a 40-year-old reservist, fled.')).toEqual([['40-year-old', 40, ['^ruth', '^calder']]]);
    expect(ages('Police named 41-year-old Ruth Calder as the suspect.')).toEqual([['41-year-old', 41, ['^ruth', '^calder']]]);
    expect(ages('The archive was run by Ruth Calder, aged 61, until May.')).toEqual([['61', 61, ['^ruth', '^calder']]]);
    expect(ages('Calder, 54, was found at her home. Mr. Calder, 81, said little.')).toEqual([]);
    expect(ages('Westland, 40, Valmora, 38, and the United States, 20, led the medal table.')).toEqual([]);
    expect(ages('The ship was moored in Port Selby, Westland, 35 miles from the coast.')).toEqual([]);
    expect(ages('Most cases were in Port Selby, 10, and Valley Cross, 7.')).toEqual([]);
  });
});
