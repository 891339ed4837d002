import { describe, expect, it } from 'vitest';
import { parsePlainText } from './parse-plain-text.ts';

const P1 = 'Kremlin spokesman Dmitry Peskov told reporters on Wednesday that the talks had been useful.';
const P2 = 'He said a lot of work was still to be done before any agreement could be signed.';

describe('parsePlainText', () => {
  it('reads a dateline with time, the title, and drops a cut-short copy of the title', () => {
    const raw = `0\r\nWednesday 30 March 2022 - 21:50\r\n\r\nKremlin says no 'breakthrough' in talks\r\n\r\nStory Code : 986527\r\nKremlin says no\r\n${P1}\r\n\u00a0\r\n${P2}`;
    expect(parsePlainText(raw, 'a.txt')).toEqual({
      url: 'a.txt',
      title: "Kremlin says no 'breakthrough' in talks",
      source: null,
      byline: null,
      published: '2022-03-30T21:50:00.000Z',
      lang: 'en',
      text: `${P1}\n\n${P2}`,
    });
  });

  it('reads a dateline sharing its line with the title, and drops the repeated title', () => {
    const a = parsePlainText(` date 2022-03-30 Russia-Ukraine war: Moscow plays down hopes\nRussia-Ukraine war: Moscow plays down hopes\n${P1}\n${P2}`, 'b');
    expect(a.title).toBe('Russia-Ukraine war: Moscow plays down hopes');
    expect(a.published).toBe('2022-03-30T00:00:00.000Z');
    expect(a.text).toBe(`${P1}\n\n${P2}`);
  });

  it('reads an agency after the dateline as the source', () => {
    const a = parsePlainText(`\ufeff date 2022-03-30 AFP\n\n${P1}\n\n${P2}`, 'c');
    expect(a.source).toBe('AFP');
    expect(a.text).toBe(`${P1}\n\n${P2}`);
  });

  it('reads an agency on its own line and a byline', () => {
    const a = parsePlainText(`30 March 2022\nReuters\nTalks stall in Istanbul\nBy Jane Doe\n${P1}\n${P2}`, 'd');
    expect([a.source, a.title, a.byline]).toEqual(['Reuters', 'Talks stall in Istanbul', 'Jane Doe']);
    expect(a.text).toBe(`${P1}\n\n${P2}`);
  });

  it('without a headline line, titles the article with its first sentence and keeps it as body', () => {
    const a = parsePlainText(`${P1}\n${P2}`, 'e');
    expect(a.title).toBe(P1);
    expect(a.published).toBeNull();
    expect(a.text).toBe(`${P1}\n\n${P2}`);
  });

  it('drops trailing chrome shared with HTML pages', () => {
    const a = parsePlainText(`Talks stall\n${P1}\nThis video is no longer available.\n${P2}\nFor more news your way\nDownload our app and read this and other great stories on the move.`, 'f');
    expect(a.text).toBe(`${P1}\n\n${P2}`);
  });
});

describe('parsePlainText head', () => {
  it('skips chrome and a section kicker before the title, and reads an agency line after it', () => {
    const a = parsePlainText(`Skip to main content\nWorld\nKremlin plays down hopes of a breakthrough\nReuters\nUpdated 2 hours ago\n${P1}\n${P2}`, 'g');
    expect([a.title, a.source]).toEqual(['Kremlin plays down hopes of a breakthrough', 'Reuters']);
    expect(a.text).toBe(`${P1}\n\n${P2}`);
  });

  it('reads a dateline printed under the title, and an "Updated" line under it', () => {
    const a = parsePlainText(`Kremlin plays down hopes\nPublished: 30 March 2022 21:50 GMT\nLast updated: 31 March 2022 08:00\n${P1}\n${P2}`, 'h');
    expect(a.published).toBe('2022-03-30T21:50:00.000Z');
    expect(a.text).toBe(`${P1}\n\n${P2}`);
  });

  it('reads a gallery headline under its media label as the title, and a caption with a credit as chrome', () => {
    const a = parsePlainText(`Photos: Storm floods the Harbour district of Valmora\n2024-10-03\n${P1}`, 'p');
    expect([a.title, a.published, a.text]).toEqual(['Storm floods the Harbour district of Valmora', '2024-10-03T00:00:00.000Z', P1]);
    const b = parsePlainText(`Photo: Ana Ruiz/Valmora Herald\nStorm floods the Harbour district\n${P1}`, 'q');
    expect([b.title, b.text]).toEqual(['Storm floods the Harbour district', P1]);
  });

  it('reads a date field that gives only the month as no date, and keeps it out of the title and text', () => {
    const a = parsePlainText(` date 2022-03 ${P1}\n\n${P2}`, 'm');
    expect(a.published).toBeNull();
    expect(a.text).toBe(`${P1}\n\n${P2}`);
    expect(a.title).not.toMatch(/2022-03/u);
  });

  it('does not take the page\'s own timestamp after a date field for the title', () => {
    const a = parsePlainText(` date 2022-03-30 30 Mar. 21:50\n\n${P1}\n\n${P2}`, 't');
    expect(a.published).toBe('2022-03-30T00:00:00.000Z');
    expect(a.title).not.toMatch(/21:50/u);
    expect(a.text).toBe(`${P1}\n\n${P2}`);
  });

  it('drops what an export leaves around a story: a link after the date field, stamps, a run of tags, markup paths', () => {
    const raw = [
      ' date 2023-02-06 https://news.example/20230206/talks-stall-1106997080.html', '', 'Talks stall in Istanbul', '', 'Talks stall in Istanbul', '', P1, '',
      '2023-02-06T02:14+0000', '', 'world', '', 'russia', '', 'talks', '', "/html/head/meta[@name='og:title']/@content", '', P2,
    ].join('\n');
    const a = parsePlainText(raw, 'x');
    expect([a.title, a.published, a.text]).toEqual(['Talks stall in Istanbul', '2023-02-06T00:00:00.000Z', `${P1}\n\n${P2}`]);
  });

  it('splits a headline from the agency photo caption run into it ("… trophy LONDON, ENGLAND - JULY 16: … (Photo by …)")', () => {
    const caption = 'ISTANBUL, TURKEY - MARCH 29: Delegates arrive for talks at the Dolmabahce palace on March 29, 2022 in Istanbul, Turkey. (Photo by Ana Ruiz/Getty Images) (Ana Ruiz/Getty Images)';
    const a = parsePlainText(` date 2022-03-29 Talks stall in Istanbul as delegations leave ${caption}\n\n${P1}\n\n${P2}`, 'g');
    expect([a.title, a.published, a.text]).toEqual(['Talks stall in Istanbul as delegations leave', '2022-03-29T00:00:00.000Z', `${P1}\n\n${P2}`]);
    // After a date field that gives only the month, or with none.
    for (const field of [' date 2022-03 ', '']) {
      const m = parsePlainText(`${field}Talks stall in Istanbul as delegations leave ${caption}\n\n${P1}\n\n${P2}`, 'm');
      expect([m.title, m.text]).toEqual(['Talks stall in Istanbul as delegations leave', `${P1}\n\n${P2}`]);
    }
    // A long run of capitals after the date field (hostile input) is read in bounded time, as text.
    expect(parsePlainText(` date 2022-03-29 ${'A '.repeat(20_000)}`, 'h').text.length).toBeGreaterThan(0);
  });

  it('reads a one- or two-word label at the head ("Insider", "KEY TAKEAWAYS") as no title', () => {
    const dated = parsePlainText(` date 2023-10-13 Insider\n\n${P1}\n\n${P2}`, 'i');
    expect([dated.published, dated.text]).toEqual(['2023-10-13T00:00:00.000Z', `${P1}\n\n${P2}`]);
    expect(parsePlainText(`KEY TAKEAWAYS\n\n${P1}\n\n${P2}`, 'k').title).not.toBe('KEY TAKEAWAYS');
    expect(dated.title).not.toBe('Insider');
    // Three words make a headline.
    expect(parsePlainText(`Talks stall again\n\n${P1}`, 't').title).toBe('Talks stall again');
  });

  it('reads a wire dateline on a line of its own ("Balasore, June 4") as no title, and its date when it has a year', () => {
    const wire = parsePlainText(` date 2023-06-05 PTI\n\nBalasore, June 4\n\n${P1}\n\n${P2}`, 'w');
    expect([wire.title, wire.source, wire.published]).toEqual([expect.not.stringMatching(/Balasore/u), 'PTI', '2023-06-05T00:00:00.000Z']);
    expect(wire.text).toBe(`${P1}\n\n${P2}`);
    const dated = parsePlainText(`Talks stall in Istanbul as delegations leave\n\nNEW DELHI (India), 3 June 2023 (PTI)\n\n${P1}`, 'n');
    expect([dated.title, dated.published, dated.text]).toEqual(['Talks stall in Istanbul as delegations leave', '2023-06-03T00:00:00.000Z', P1]);
    // A headline with a comma before a date is a headline.
    expect(parsePlainText(`Ukraine, Russia to meet again on March 30\n\n${P1}`, 'h').title).toBe('Ukraine, Russia to meet again on March 30');
  });

  it('cuts an agency credit off the end of the title ("… runoff-Xinhua", "… | Reuters") and a label off its start ("URGENT: …"), and keeps hyphenated words', () => {
    const credited = parsePlainText(`Initial results show Vey wins the Valmora runoff-Xinhua\n\nSource: Xinhua\n\n${P1}`, 'x');
    expect(credited.title).toBe('Initial results show Vey wins the Valmora runoff');
    const piped = parsePlainText(`Talks stall in Istanbul as delegations leave | Reuters\n\n${P1}`, 'r');
    expect([piped.title, piped.source]).toEqual(['Talks stall in Istanbul as delegations leave', 'Reuters']);
    expect(parsePlainText(`Court rules against the Kremlin-backed plan\n\n${P1}`, 'k').title).toBe('Court rules against the Kremlin-backed plan');
    // A label for how new the story is, before the headline.
    expect(parsePlainText(`URGENT: Vey wins the Valmora runoff, Tolland concedes\n\n${P1}`, 'u').title).toBe('Vey wins the Valmora runoff, Tolland concedes');
    expect(parsePlainText(`Breaking News: Valmora shaken by a strong earthquake\n\n${P1}`, 'b').title).toBe('Valmora shaken by a strong earthquake');
    expect(parsePlainText(`Live: Valmora votes\n\n${P1}`, 'l').title).toBe('Live: Valmora votes');
  });

  it('reads a date printed on its own line a few lines into the body, under a standfirst, as the page\'s date', () => {
    const raw = `Talks stall in Istanbul as delegations leave\n\nThe talks ended without a deal, the Kremlin said.\n\nAgencies and Courier World\n\nPublished June 24,2023\n\n${P1}`;
    const a = parsePlainText(raw, 'l');
    expect(a.published).toBe('2023-06-24T00:00:00.000Z');
    expect(a.text).not.toMatch(/Published/u);
    // Deeper in the text, a date on its own line is the text's.
    const deep = parsePlainText(`Talks stall in Istanbul as delegations leave\n\n${P1}\n\n${P2}\n\n${P1}\n\n${P2}\n\nMarch 30, 2022\n\n${P1}`, 'd');
    expect(deep.published).toBeNull();
  });

  it('reads a section kicker after the date field ("date 2024-06-02 Sports") as no title', () => {
    const a = parsePlainText(` date 2024-06-02 Sports\n\nTalks stall in Istanbul as delegations leave\n\n${P1}`, 'k');
    expect([a.title, a.text]).toEqual(['Talks stall in Istanbul as delegations leave', P1]);
  });

  it('reads an author card ("Name" over "By Name") and a date run into its section label ("July 5, 2024UK")', () => {
    const a = parsePlainText(`Talks stall in Istanbul\n\nAna Ruiz\nBy Ana Ruiz\nJuly 5, 2024UK\n\n${P1}\n\n${P2}`, 'n');
    expect([a.title, a.byline, a.published, a.source, a.text]).toEqual(['Talks stall in Istanbul', 'Ana Ruiz', '2024-07-05T00:00:00.000Z', null, `${P1}\n\n${P2}`]);
  });

  it('keeps a short first body line that is not a title when a title is already known', () => {
    const a = parsePlainText(`date 2022-03-30 Talks stall in Istanbul\nAnalysis\n${P1}`, 'i');
    expect(a.title).toBe('Talks stall in Istanbul');
    expect(a.text).toBe(`Analysis\n\n${P1}`);
  });
});

describe('parsePlainText language', () => {
  it('guesses the language of a file that declares none, so that claims skip non-English text', () => {
    const es = 'La policía dijo el miércoles que el puente de la ciudad permanecerá cerrado hasta el final de junio, mientras los ingenieros sustituyen el tablero. El alcalde pidió paciencia a los vecinos y anunció autobuses gratuitos para los que cruzan el río cada día.';
    expect(parsePlainText(`Cierran el puente hasta junio\n${es}`, 'j').lang).toBe('es');
  });
});

describe('parsePlainText bylines and datelines as saved pages print them', () => {
  it('reads "by Name - date" and "by: Name" lines', () => {
    const a = parsePlainText(`Talks stall in Istanbul\nby Dan Hale - Apr 16, 2015 8:02 pm UTC\n${P1}\n${P2}`, 'k');
    expect([a.byline, a.published, a.text]).toEqual(['Dan Hale', '2015-04-16T20:02:00.000Z', `${P1}\n\n${P2}`]);
    const b = parsePlainText(`Talks stall in Istanbul\nby: Laura Okoro\nMarch 13, 2015 9:00PM\n${P1}\n${P2}`, 'l');
    expect([b.byline, b.published]).toEqual(['Laura Okoro', '2015-03-13T21:00:00.000Z']);
  });

  it('reads a bare name over a dateline as the byline, and drops a date printed without its year', () => {
    const a = parsePlainText(`Talks stall in Istanbul\nNathan Johns\nJanuary 10, 2020 9:00AM (UTC)\n${P1}\n${P2}`, 'm');
    expect([a.byline, a.published, a.text]).toEqual(['Nathan Johns', '2020-01-10T09:00:00.000Z', `${P1}\n\n${P2}`]);
    const b = parsePlainText(`Talks stall in Istanbul\nBy Steven Marsh\nMarch 18 at 12:22 PM\n${P1}\n${P2}`, 'n');
    expect([b.byline, b.published, b.text]).toEqual(['Steven Marsh', null, `${P1}\n\n${P2}`]);
  });

  it('reads French and Spanish heads', () => {
    const fr = parsePlainText(`Le projet de loi approuvé\nPar Martin Untel\nPublié le 04 mai 2015 à 13h36\n${P1}\n${P2}`, 'o');
    expect([fr.byline, fr.published]).toEqual(['Martin Untel', '2015-05-04T13:36:00.000Z']);
    const es = parsePlainText(`Un acuerdo posible para el puerto\n7 de diciembre de 2017\n${P1}`, 'p');
    expect(es.published).toBe('2017-12-07T00:00:00.000Z');
  });
});
