import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../analysis.ts';
import { combine, relate, storyEvidence } from './relation.ts';

const article = (published: string | null, title = 'Kestrel Bridge shut after crack found') =>
  analyzeArticle({
    url: `https://example.test/${published ?? 'undated'}/${title.length}`,
    title,
    source: null,
    byline: null,
    published,
    lang: 'en',
    text: 'Engineers closed the Kestrel Bridge in Carrowmore on Tuesday after finding a crack in a pier.',
  });
const date = (a: ReturnType<typeof article>, b: ReturnType<typeof article>) => storyEvidence(a, b).find((e) => e.name === 'date')?.value;

describe('storyEvidence', () => {
  it('counts publication within a day as full date evidence, fading to none at the window, and no evidence undated', () => {
    expect(date(article('2025-02-18T08:00:00Z'), article('2025-02-19T08:00:00Z'))).toBe(1);
    expect(date(article('2025-02-18T08:00:00Z'), article('2025-02-22T08:00:00Z'))).toBe(0);
    expect(date(article('2025-02-18T08:00:00Z'), article('2025-02-20T20:00:00Z'))).toBeCloseTo(0.5);
    expect(date(article('2025-02-18T08:00:00Z'), article(null))).toBeNull();
  });

  it('takes no headline evidence from a title made of the first sentence (a page that printed no headline) that repeats a headline word', () => {
    const title = (a: string, b: string) => storyEvidence(article('2025-02-18T08:00:00Z', a), article('2025-02-18T09:00:00Z', b)).find((e) => e.name === 'title')?.value;
    expect(title('Kestrel Bridge shut after crack found', 'Crack found in Kestrel Bridge pier, bridge shut')).toBeGreaterThan(0.5);
    const lead = 'Engineers closed the Kestrel Bridge in Carrowmore on Tuesday after finding a crack in a pier during a routine inspection of…';
    expect(title('Kestrel Bridge shut after crack found', lead)).toBeNull();
    expect(title('Kestrel Bridge shut after crack found', 'Engineers closed the Kestrel Bridge in Carrowmore on Tuesday after finding a crack in a pier.')).toBeNull();
    expect(title(lead, lead)).toBeNull();
    // A short headline may still end with a full stop.
    expect(title('Kestrel Bridge shut after crack found', 'Kestrel Bridge shut after crack found.')).toBe(1);
  });

  it('counts a headline none of whose words the other page\'s lead repeats as weak evidence against one event', () => {
    const evidence = (headline: string, lead: string) => storyEvidence(article(null, headline), article(null, lead)).find((e) => e.name === 'title');
    // "Varn would go to Belarus, says Kremlin" against a lead about a plane crash: another event of the same people.
    const crash = 'The private plane crashed in the Tver region, north of the capital, during a domestic flight to the coast.';
    expect(evidence('Yevgeny Varn would go to Belarus, says Kremlin spokesman', crash)).toMatchObject({ value: 0, weight: 0.15 });
    expect(storyEvidence(article(null, crash), article(null, 'Yevgeny Varn would go to Belarus, says Kremlin spokesman')).find((e) => e.name === 'title')?.value).toBe(0);
  });

  it('leaves out what a pair cannot give and averages the rest by weight', () => {
    expect(combine([{ name: 'char', weight: 1, value: 0.2 }, { name: 'title', weight: 3, value: 0.6 }, { name: 'quotes', weight: 5, value: null }])).toBeCloseTo(0.5);
    expect(combine([])).toBe(0);
  });
});

describe('relate: copies and quotations', () => {
  // An invented statement, long enough (~75 words) to be a copy by its shared shingles alone.
  const STATEMENT = '“The council was founded to serve every resident of the valley, and it remains committed to that purpose. '
    + 'We are grateful for the years of work the director gave to the archive and to the people who use it. '
    + 'At the same time, we believe that new leadership is necessary as the archive moves into its next chapter, '
    + 'and we have full confidence in the interim director to guide it through this period of transition.”';
  const story = (id: string, lead: string, rest: string) => analyzeArticle({
    url: `https://example.test/${id}`, title: 'Valley archive director dismissed by council', source: null, byline: null,
    published: '2025-03-07T10:00:00Z', lang: 'en', text: `${lead}\n\n${STATEMENT} the council said in a statement.\n\n${rest}`,
  });
  const first = story('one', 'The Valley Archive council dismissed its director, Ruth Calder, on Friday after a closed meeting in Morwen.',
    'Calder had led the archive since 2016 and oversaw the move to its new building on Quay Street. Staff learned of the decision by email, two of them said.');
  const second = story('two', 'Ruth Calder is out as head of the Valley Archive, its governing council announced late on Friday in Morwen.',
    'Deputy director Owen Hale will run the archive until a permanent successor is found. Calder did not respond to a request for comment.');

  it('takes no quotation evidence from two reports that quote only different people, and counts the same speaker in other words against', () => {
    const quoting = (id: string, lead: string, quote: string) => analyzeArticle({
      url: `https://example.test/q/${id}`, title: 'Valley archive director dismissed by council', source: null, byline: null,
      published: '2025-03-07T10:00:00Z', lang: 'en', text: `${lead}\n\n${quote}`,
    });
    const lead = 'The Valley Archive council dismissed its director, Ruth Calder, on Friday after a closed meeting in Morwen.';
    const witness = quoting('w', lead, '“We heard shouting from the hall,” said Mara Vey, who works at the archive.');
    const mayor = quoting('m', lead, '“The council acted within its rules,” said Mayor Ines Tolland.');
    const mayorAgain = quoting('m2', lead, '“Nobody was consulted about any of this,” said Mayor Ines Tolland.');
    const quotes = (a: ReturnType<typeof quoting>, b: ReturnType<typeof quoting>) => storyEvidence(a, b).find((e) => e.name === 'quotes')?.value;
    expect(witness.quoteSpeakers).toEqual(['^vey']);
    expect(quotes(witness, mayor)).toBeNull();
    expect(quotes(mayor, mayorAgain)).toBe(0);
    // A story stored before speakers were kept: no shared quotation counts against, as before.
    expect(quotes({ ...witness, quoteSpeakers: undefined }, mayor)).toBe(0);
    // Two reports of one statement, each quoting some of its sentences, are full evidence.
    const statement = ['“The council acted within its rules and the director was told in person.”', '“We will publish the minutes of the meeting on Monday.”',
      '“Nobody else will lose their post over the archive accounts.”'];
    const oneTwo = quoting('s12', lead, `${statement[0]} said Mayor Ines Tolland.\n\n${statement[1]} she added.`);
    const twoThree = quoting('s23', lead, `${statement[1]} said Mayor Ines Tolland.\n\n${statement[2]} she added.`);
    expect(quotes(oneTwo, twoThree)).toBe(1);
    // A day later, the mayor's next statement is no evidence against: a developing story gets new quotes.
    const nextDay = { ...mayorAgain, published: '2025-03-08T12:00:00Z' };
    expect(quotes(mayor, nextDay)).toBeNull();
    // ... and the same statement quoted again a day later still counts for.
    expect(quotes(mayor, { ...mayor, published: '2025-03-08T12:00:00Z' })).toBe(1);
  });

  it('calls two reports that share only a quoted statement the same story, not a copy', () => {
    expect(relate(second, first)?.relation).toBe('same-story');
  });

  it('still calls a republished text a copy, quotation included', () => {
    const republished = analyzeArticle({
      url: 'https://example.test/three', title: 'Archive head out', source: null, byline: null, published: '2025-03-07T12:00:00Z', lang: 'en',
      text: `${STATEMENT} the council said in a statement.\n\nThe Valley Archive council dismissed its director, Ruth Calder, on Friday after a closed meeting in Morwen.\n\n`
        + 'Calder had led the archive since 2016 and oversaw the move to its new building on Quay Street. Staff learned of the decision by email, two of them said.',
    });
    expect(relate(republished, first)).toMatchObject({ relation: 'copy' });
  });
});

describe('figures of a story', () => {
  it('include the headline\'s: "kills 71" is a figure the report states', () => {
    const analysis = analyzeArticle({
      url: 'https://example.test/crash', title: 'Airliner crash near Velmar kills 71', source: null, byline: null, published: '2025-02-11T10:00:00Z',
      lang: 'en', text: 'An airliner crashed minutes after takeoff from Velmar on Sunday, killing all 65 passengers and six crew members, officials said.',
    });
    expect(analysis.figures).toEqual(expect.arrayContaining(['65', '71']));
  });
});
