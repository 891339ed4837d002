import { describe, expect, it } from 'vitest';
import { article } from '../../claims/__fixtures__/article.ts';
import { findConflicts } from '../find-conflicts.ts';

const numbers = (a: string, b: string, pa: string | null = null, pb: string | null = null) =>
  findConflicts(article('a', a, pa), article('b', b, pb)).filter((c) => c.type === 'number');

const KILLED_20 = 'Twenty people were killed in the missile strike on the station in Kramatorsk.';
const KILLED_50 = '50 people were killed in the missile strike on the station in Kramatorsk.';

describe('number rule', () => {
  it('finds the same count with different figures, both directions', () => {
    for (const [x, y] of [[KILLED_20, KILLED_50], [KILLED_50, KILLED_20]] as const) {
      const found = numbers(x, y);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ kind: 'conflict', severity: 'high', a: { text: x }, b: { text: y } });
      expect([found[0]?.a.value, found[0]?.b.value].sort()).toEqual(['50 people', 'Twenty people']);
    }
  });

  it('respects qualifier ranges: "at least 20" and "25" agree, "about 300" and "310" agree', () => {
    expect(numbers('At least 20 people were killed in the strike on Kramatorsk station.', '25 people were killed in the strike on Kramatorsk station.')).toEqual([]);
    expect(numbers('About 300 soldiers were captured near Bakhmut.', 'Some 310 soldiers were captured near Bakhmut.')).toEqual([]);
    expect(numbers('More than 1,000 civilians fled the city of Bakhmut.', 'Nearly 900 civilians fled the city of Bakhmut.')).toHaveLength(1);
  });

  it('does not flag the same figure for a different noun or verb', () => {
    expect(numbers('20 soldiers were killed in the strike on Kramatorsk station.', '25 civilians were killed in the strike on Kramatorsk station.')).toEqual([]);
    expect(numbers('20 people were injured in the strike on Kramatorsk station.', '50 people were killed in the strike on Kramatorsk station.')).toEqual([]);
  });

  it('does not flag the same count in different places', () => {
    expect(numbers('20 people were killed in the missile strike on Kramatorsk.', '50 people were killed in the missile strike on Kharkiv.')).toEqual([]);
  });

  it('compares lengths only when they measure the same thing from the same reference', () => {
    const epicentre = 'The epicentre of the quake was 23 kilometres east of Nurdagi, the USGS said.';
    expect(numbers(epicentre, 'The epicentre of the quake was 26 kilometres east of Nurdagi, the USGS said.')).toHaveLength(1);
    expect(numbers('Its centre was at a depth of 24.1 kilometres, the USGS said.', 'The centre of the quake was at a depth of 18 kilometres.')).toHaveLength(1);
    // Different references, or different things placed against one reference.
    expect(numbers(epicentre, 'The epicentre of the quake was 60 kilometres from the coast, officials said.')).toEqual([]);
    expect(numbers('The epicentre of the quake was 76 miles southeast of the capital, the USGS said.',
      'The quake was felt in the capital, Mexico City, more than 600 miles from the epicentre.')).toEqual([]);
    expect(numbers('The town of Cuernavaca, about 35 miles south of Mexico City, was hit.',
      'The epicentre of the quake, 76 miles south of Mexico City, was near Raboso.')).toEqual([]);
    // A depth is not a distance.
    expect(numbers('The epicentre of the quake was at a depth of 10 kilometres, the USGS said.', 'The epicentre of the quake was 23 kilometres east of Nurdagi.')).toEqual([]);
  });

  it('does not compare counts of "others", which depend on who the article counted before', () => {
    expect(numbers('Two others died in the state of Puebla after a school collapsed.', 'At least 26 others died in the state of Puebla.')).toEqual([]);
    expect(numbers('Two people died in the state of Puebla after a school collapsed.', 'At least 26 people died in the state of Puebla.')).toHaveLength(1);
  });

  it('does not flag different units ("$" and percent)', () => {
    expect(numbers('Aid to Kyiv rose by 20 percent this year.', 'Aid to Kyiv rose by $25 billion this year.')).toEqual([]);
  });

  it('does not flag the same count stated twice', () => {
    expect(numbers(KILLED_50, 'In Kramatorsk, 50 people were killed in the missile strike on the station.')).toEqual([]);
  });

  it('labels a later, larger figure as an update, earlier article first', () => {
    const morning = '2022-04-08T08:00:00Z';
    const evening = '2022-04-08T20:00:00Z';
    for (const [x, y, px, py] of [[KILLED_20, KILLED_50, morning, evening], [KILLED_50, KILLED_20, evening, morning]] as const) {
      const found = numbers(x, y, px, py);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ kind: 'update', a: { text: KILLED_20 }, b: { text: KILLED_50 } });
    }
  });

  it('reads a toll that "rose to" a figure as moving: an update when ordered, nothing otherwise', () => {
    const early = 'The death toll from the quake in Herat rose to 31 on Sunday.';
    const late = 'The death toll from the quake in Herat climbed to 45 on Sunday.';
    expect(numbers(early, late)).toEqual([]);
    expect(numbers(early, late, '2023-10-08T06:00:00Z', '2023-10-08T18:00:00Z')).toEqual([
      expect.objectContaining({ kind: 'update', a: expect.objectContaining({ value: '31' }), b: expect.objectContaining({ value: '45' }) }),
    ]);
    // Worded with a qualifier, an auxiliary, at the end of the sentence.
    const qualified = 'The death toll from the quake in Herat rose to about 31 on Sunday.';
    const perfect = 'By the evening, the death toll from the quake in Herat had climbed to 45.';
    expect(numbers(qualified, perfect, '2023-10-08T06:00:00Z', '2023-10-08T18:00:00Z')).toEqual([
      expect.objectContaining({ kind: 'update', a: expect.objectContaining({ value: 'about 31' }), b: expect.objectContaining({ value: '45' }) }),
    ]);
  });

  it('does not flag two named parties giving their own figures', () => {
    const a = 'Ukraine said 300 Russian soldiers were killed in the battle for Bakhmut.';
    const b = 'Russia said 30 Russian soldiers were killed in the battle for Bakhmut.';
    expect(numbers(a, b)).toEqual([]);
    // Two groups of one kind, told apart by whose they are.
    expect(numbers('After the battle, Ardelian officials said 300 soldiers were killed near Bakhmut.', 'After the battle, Korvanese officials said 30 soldiers were killed near Bakhmut.')).toEqual([]);
  });

  it('takes one body named two ways for one holder ("the Health Ministry in the Varna Strip", "the Varna health ministry")', () => {
    const a = 'The Health Ministry in the Varna Strip says at least 500 people have been killed in the blast at the Tamsin hospital.';
    const b = 'On Wednesday the Varna health ministry said 431 people were killed in the blast at the Tamsin hospital.';
    for (const [x, y] of [[a, b], [b, a]] as const) expect(numbers(x, y)).toMatchObject([{ kind: 'conflict' }]);
    // A person is not the ministry.
    expect(numbers(a, 'On Wednesday the spokesman Ashraf Qadri said 431 people were killed in the blast at the Tamsin hospital.')).toEqual([]);
  });

  it('does not take an open figure of another count ("at least 28 people" in critical condition) for the article giving every figure above it', () => {
    const a = 'At least 500 people were killed in the blast at the Tamsin hospital.';
    const b = 'The ministry said 431 people were killed in the blast at the Tamsin hospital.\n\nAt least 28 people are in critical condition.';
    expect(numbers(a, b)).toMatchObject([{ kind: 'conflict' }]);
    // An open figure near the other's still tells two moments apart.
    expect(numbers(a, `${b}\n\nEarlier, at least 450 people were feared dead.`)).toEqual([]);
  });

  it('counts the people of a nationality killed as people killed, and two nationalities\' counts apart', () => {
    const people = 'At least 500 people were killed in the blast at the Tamsin hospital in Ardel City.';
    const nationals = 'The ministry said 431 Ardelians were killed in the blast at the Tamsin hospital.';
    for (const [x, y] of [[people, nationals], [nationals, people]] as const) {
      expect(numbers(x, y)).toMatchObject([{ kind: 'conflict', severity: 'medium' }]);
    }
    // One nationality's dead is not another's.
    expect(numbers('In the raid 31 Ardelians were killed near the Tamsin hospital.', 'In the raid 12 Korvanese were killed near the Tamsin hospital.')).toEqual([]);
    // Not casualties: a party's members voting are not people killed.
    expect(numbers(people, 'Some 431 Republicans voted for the measure on the Tamsin hospital.')).toEqual([]);
  });

  it('does not count identifiers, ages or durations', () => {
    expect(numbers('NATO Article 5 covers Poland, the alliance said.', 'NATO Article 6 covers Poland, the alliance said.')).toEqual([]);
    expect(numbers('A 25-year-old soldier was killed in Bakhmut.', 'A 31-year-old soldier was killed in Bakhmut.')).toEqual([]);
    expect(numbers('The siege of Bakhmut lasted 10 months.', 'The siege of Bakhmut lasted 11 months.')).toEqual([]);
  });

  it('compares the magnitudes of one quake, and not a quake\'s with an aftershock\'s', () => {
    const usgs = 'A 6.8-magnitude earthquake struck the Atlas mountains southwest of Marrakesh late on Friday.';
    const wrong = 'The earthquake that struck the Atlas mountains southwest of Marrakesh on Friday had a magnitude of 8.6.';
    const revised = 'A magnitude 6.9 earthquake struck the Atlas mountains southwest of Marrakesh late on Friday.';
    expect(numbers(usgs, wrong)).toMatchObject([{ kind: 'conflict', severity: 'high', subject: 'quake magnitude' }]);
    // A tenth apart is a revised reading: still a difference, not a gross one.
    expect(numbers(usgs, revised)).toMatchObject([{ severity: 'medium' }]);
    expect(numbers(usgs, 'A magnitude-4.9 aftershock struck the Atlas mountains southwest of Marrakesh late on Friday.')).toEqual([]);
  });

  it('does not compare the magnitudes of aftershocks, however they are named', () => {
    const first = 'A 7.2 magnitude earthquake struck Velmar province early on Monday. It was followed by a magnitude 6.1 quake that hit Velmar province.';
    const second = 'A 7.2 magnitude earthquake struck Velmar province early on Monday. A third earthquake with a 5.8 magnitude also hit Velmar province.';
    expect(numbers(first, second)).toEqual([]);
    // The main shock is still compared.
    expect(numbers(first, 'An 8.1 magnitude earthquake struck Velmar province early on Monday.')).toMatchObject([{ a: { value: '7.2 magnitude' }, b: { value: '8.1 magnitude' } }]);
  });

  it('does not hold an article that gives two sources\' readings to either one; one source giving two readings still counts', () => {
    const bothAgencies = 'A 7.8 magnitude earthquake struck Velmar province early on Monday. '
      + 'Velmar’s Disaster Management Authority (VDMA) said the quake had a magnitude of 7.4 and was centred near Corvane.';
    const agency = 'The 7.4 magnitude earthquake struck Velmar province early on Monday, near Corvane.';
    expect(numbers(bothAgencies, agency)).toEqual([]);
    const oneSource = 'The Geological Survey said a 7.8 magnitude earthquake struck Velmar province early on Monday. '
      + 'The Geological Survey located the epicentre near Corvane and reported its magnitude as 7.4.';
    expect(numbers(oneSource, agency).length).toBeGreaterThan(0);
  });

  it('holds an article that gives two readings of a quake to neither, however it words them ("put it at 7.4", "recorded 7.4", "a reading of 7.7")', () => {
    const one = 'A powerful 7.4 magnitude earthquake struck Velmar early on Wednesday, killing four people.';
    const both = [
      'Velmar’s earthquake monitoring agency gave the magnitude as 7.2 while the Geological Survey put it at 7.4.',
      'The Geological Survey rated the earthquake at a magnitude of 7.4. Velmar’s monitoring agency, however, gave it a magnitude of 7.2.',
      'Velmar officials said the quake was magnitude 7.2, while the Geological Survey recorded 7.4 and Korvan seismologists reported an even stronger reading of 7.7.',
    ];
    for (const text of both) expect(numbers(one, text)).toEqual([]);
    // A reading given once, against another report's, is still compared.
    expect(numbers(one, 'Velmar’s earthquake monitoring agency gave the magnitude as 7.2.')).toHaveLength(1);
  });

  it('reads counts of people trapped, stranded or missing as one moment of them: an update when ordered, nothing otherwise', () => {
    const early = 'At least 26 buildings collapsed in Corvane with 20 people trapped inside, the fire department said.';
    const later = 'The quake led to the collapse of at least 26 buildings in Corvane, trapping nearly 80 people.';
    expect(numbers(early, later)).toEqual([]);
    expect(numbers(early, later, '2024-04-03T02:00:00Z', '2024-04-03T12:00:00Z')).toMatchObject([{ kind: 'update' }]);
  });

  it('reads a count "with 545 results declared" or "so far" as one moment of it: an update when ordered, nothing otherwise', () => {
    const partial = 'With 545 results declared, the Civic Party won 372 seats in the Valmora parliament.';
    const final = 'The Civic Party won 412 seats in the Valmora parliament.';
    expect(numbers(partial, final, '2024-07-05T00:00:00Z', '2024-07-05T00:00:00Z')).toEqual([]);
    expect(numbers(partial, final, '2024-07-05T03:00:00Z', '2024-07-05T12:00:00Z')).toMatchObject([{ kind: 'update' }]);
    // Without such words the same pair is a contradiction.
    expect(numbers('The Civic Party won 372 seats in the Valmora parliament.', final, '2024-07-05T00:00:00Z', '2024-07-05T00:00:00Z')).toMatchObject([{ kind: 'conflict' }]);
  });

  it('does not compare two parties\' counts in one sentence with each other', () => {
    const a = 'The Liberal Party made significant gains in Valmora, winning 61 seats, while the Farmers\' League is set to enter parliament.';
    const b = 'The Liberal Party won 50 districts in Valmora, while the Farmers League won 14.5% of the vote, winning four seats.';
    expect(numbers(a, b)).toEqual([]);
    // A dateline before a colon is where the report was filed, not whose count it is.
    expect(numbers(`Kyiv: ${KILLED_20}`, `Warsaw: ${KILLED_50}`)).toHaveLength(1);
    // The same party's two counts still compare.
    expect(numbers(a, 'The Liberal Party made gains in Valmora, winning 57 seats, while the Farmers\' League is set to enter parliament.')).toHaveLength(1);
  });

  it('does not hold an article that tells two figures apart to the other one', () => {
    const both = 'Hurricane Mara made landfall near Port Selby on Wednesday with maximum sustained winds of 150 mph. '
      + 'Fed by the warm gulf, Mara grew overnight into a Category 4 storm with top winds of 155 mph.';
    const landfall = (mph: number) => `Hurricane Mara made landfall near Port Selby on Wednesday with maximum winds of ${mph} mph.`;
    expect(numbers(both, landfall(150))).toEqual([]);
    expect(numbers(landfall(155), landfall(150))).toMatchObject([{ a: { value: '155 mph' }, b: { value: '150 mph' } }]);
  });

  it('orders two reports of one day by a later one saying it revises an earlier figure', () => {
    const early = 'Nearly 300 people were killed in the earthquake in the Atlas mountains, the interior ministry said.';
    const later = 'At least 820 people were killed in the earthquake in the Atlas mountains, the interior ministry said.';
    const revising = 'At least 820 people were killed in the earthquake in the Atlas mountains, the interior ministry said, updating an earlier toll of more than 600.';
    const day = '2023-09-09T00:00:00.000Z';
    for (const [x, y] of [[early, revising], [revising, early]] as const) {
      expect(numbers(x, y, day, day)).toMatchObject([{ kind: 'update', a: { text: early }, b: { text: revising } }]);
    }
    // Without that, a report of the same day cannot be placed before the other.
    expect(numbers(early, later, day, day)).toMatchObject([{ kind: 'conflict' }]);
  });

  it('compares a range with the figures inside it as agreeing', () => {
    expect(numbers('Marsh is projected to get 57 percent to 58.5 percent of the vote in the runoff in Valmora.', 'Marsh got 58 percent of the vote in the runoff in Valmora.')).toEqual([]);
  });

  it('does not compare figures of different years or different stages', () => {
    const day = '2022-04-25T00:00:00.000Z';
    const now = 'Marsh won 58.5% of the vote in the Valmora presidential election on Sunday.';
    expect(numbers(now, 'Marsh first won the Valmora presidential election on May 7, 2017, with 66.1% of the vote.', day, day)).toEqual([]);
    expect(numbers(now, 'In the first round of the Valmora presidential election, Marsh won 27.8% of the vote.', day, day)).toEqual([]);
    // "that year" refers back to a year named before: not this story's.
    expect(numbers(now, 'In October that year, Marsh won 66.1% of the vote in the Valmora presidential election.', day, day)).toEqual([]);
    // An undated report's figure is its own time's; a dated sentence's ("in 1999") is history.
    expect(numbers('Marsh won 58.5% of the vote in the Valmora presidential election on Sunday.', 'Marsh won 66.1% of the vote in the Valmora presidential election in 1999.', null, day)).toEqual([]);
    expect(numbers('Marsh won 58.5% of the vote in the Valmora presidential election on Sunday.', 'Marsh won 66.1% of the vote in the Valmora presidential election in 1999.', day, null)).toEqual([]);
    // The same year and stage, or none named, still compare.
    expect(numbers(now, 'Marsh won 52.5% of the vote in the Valmora presidential election on Sunday.', day, day)).toHaveLength(1);
  });

  it('compares a share or a sum with no verb only by what it measures', () => {
    const increase = (pct: string, price: string) =>
      `Shares of Corvex were suspended before the announcement and closed the session on the exchange with an increase of ${pct} to ${price} per share.`;
    const premium = 'Holders will receive $54.20 for each common share, which is 38% more than their value on April 1, when the Corvex stake became known.';
    // 5.66% measures the day's increase; 38% nothing the words name; $51.70 and $54.20 different prices.
    expect(numbers(increase('5.66%', '$51.70'), premium)).toEqual([]);
    expect(numbers(increase('5.66%', '$51.70'), increase('6.2%', '$51.90'))).toMatchObject([{ a: { value: '5.66%' }, b: { value: '6.2%' } }]);
  });

  it('finds one person given two ages, never a father and son, nor an update', () => {
    const found = numbers('Actor Owen Hale, 54, was found dead at his home in Morwen on Saturday.',
      'Actor Owen Hale, 56, was found dead at his home in Morwen on Saturday.', '2025-03-08T10:00:00Z', '2025-03-09T10:00:00Z');
    expect(found.map((c) => [c.kind, c.a.value, c.b.value, c.subject])).toEqual([['conflict', '54', '56', "Owen Hale's age"]]);
    expect(numbers('Police named the suspect as Ruth Calder, a 40-year-old reservist.', 'Police named the suspect as 41-year-old Ruth M. Calder.')).toHaveLength(1);
    expect(numbers('Owen Hale, 54, was found dead at his home.', 'His father, Ralph Hale, 81, was found at the same home.')).toEqual([]);
    expect(numbers('Owen Hale, 54, was found dead at his home.', 'Owen Hale, 54, was found dead at his home in Morwen.')).toEqual([]);
  });

  it('holds a figure of "last year" to no figure of the report\'s own time', () => {
    expect(numbers('Hale had already been ordered to pay Calder $5 million last year.', 'The brothers were ordered to each pay $4 million.')).toEqual([]);
    expect(numbers('Hale was ordered to pay Calder $5 million last year.', 'Hale was ordered to pay Calder $4 million last year.')).toHaveLength(1);
  });
});
