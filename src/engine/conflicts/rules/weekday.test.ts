import { describe, expect, it } from 'vitest';
import { article } from '../../claims/__fixtures__/article.ts';
import { findConflicts, findInternalConflicts } from '../find-conflicts.ts';

const WEDNESDAY = '2023-06-07T09:00:00Z';
const weekdays = (a: string, b: string, pa: string | null = null, pb: string | null = null) =>
  findConflicts(article('a', a, pa), article('b', b, pb)).filter((c) => c.type === 'weekday');

describe('weekday rule', () => {
  it('finds the same event on different weekdays, both directions', () => {
    const a = 'The Kakhovka dam in Nova Kakhovka was destroyed on Tuesday, officials said.';
    const b = 'The Kakhovka dam in Nova Kakhovka was destroyed on Monday, flooding villages.';
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const found = weekdays(x, y);
      expect(found).toHaveLength(1);
      expect([found[0]?.a.value, found[0]?.b.value].sort()).toEqual(['Monday', 'Tuesday']);
    }
  });

  it('resolves "yesterday" against the publication date', () => {
    const found = weekdays('The Kakhovka dam was destroyed yesterday, flooding villages.', 'The Kakhovka dam was destroyed on Monday in the night.', WEDNESDAY, WEDNESDAY);
    expect(found.map((c) => [c.a.value, c.b.value])).toEqual([['Tuesday (yesterday)', 'Monday']]);
  });

  it('finds "a day earlier" than a Wednesday against "on Monday" inside one article', () => {
    const text = [
      'The mayor on Wednesday criticised the evacuation of Kherson after the flood of the dam a day earlier.',
      'Engineers described the flood of the dam on Monday as a catastrophe for Kherson.',
    ].join('\n\n');
    const found = findInternalConflicts(article('a', text));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ type: 'weekday', a: { value: 'Tuesday (a day earlier)' }, b: { value: 'Monday' } });
  });

  it('does not flag the same weekday, or a day stated two ways', () => {
    expect(weekdays('The dam in Nova Kakhovka was destroyed on Tuesday.', 'The dam in Nova Kakhovka was destroyed on Tuesday night.')).toEqual([]);
    expect(weekdays('The dam in Nova Kakhovka was destroyed yesterday.', 'The dam in Nova Kakhovka was destroyed on Tuesday.', WEDNESDAY, WEDNESDAY)).toEqual([]);
  });

  it('does not flag the days of short statements ("said on Monday the dam was mined"): too few words to tell one statement from another', () => {
    expect(weekdays('Zelensky said on Monday the dam was mined.', 'Zelensky said on Tuesday the dam was mined.')).toEqual([]);
  });

  it('flags one statement, same speaker and nearly the same words, dated on different days (low)', () => {
    const a = 'On Tuesday evening, Dale R. Whitcomb Jr., superintendent for Carver County Police, said that the search for the missing divers was moving to a recovery operation.';
    const b = 'Dale Whitcomb, superintendent for Carver County Police, said on Monday evening that the search for the missing divers was moving to a recovery operation.';
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const found = weekdays(x, y, WEDNESDAY, WEDNESDAY);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ severity: 'low', a: { text: x }, b: { text: y } });
      expect([found[0]?.a.value, found[0]?.b.value].sort()).toEqual(['Monday', 'Tuesday']);
    }
  });

  it('does not flag statements on different days that say different things, or that different people made', () => {
    const monday = 'Dale Whitcomb, superintendent for Carver County Police, said on Monday that the search for the missing divers would continue overnight.';
    // Officials repeat a topic day after day: the same speaker, another statement.
    const searches = 'Dale Whitcomb said on Monday that divers would search the north shore of the lake.';
    expect(weekdays(searches, 'Dale Whitcomb said on Tuesday that divers would search the flooded quarry by the highway.', WEDNESDAY, WEDNESDAY)).toEqual([]);
    // Another speaker saying the same on another day.
    expect(weekdays(monday, 'Mayor Ines Calder said on Tuesday that the search for the missing divers would continue overnight.', WEDNESDAY, WEDNESDAY)).toEqual([]);
    // A statement's day is not an event's day.
    expect(weekdays(monday, 'The search for the missing divers began on Tuesday and would continue overnight.', WEDNESDAY, WEDNESDAY)).toEqual([]);
    // Inside one article, two days of a statement are two statements.
    expect(findInternalConflicts(article('a', `${monday}\n\nDale Whitcomb said on Tuesday that the search for the missing divers would continue overnight.`, WEDNESDAY))).toEqual([]);
  });

  it('reads one result told with different verbs ("beat", "blanked") as one event', () => {
    const beat = 'Real Valmora beat Corvane United 2-0 on Saturday to win the cup final at Harbour Stadium.';
    const blanked = 'Real Valmora blanked Corvane United 2-0 at Harbour Stadium on Sunday to lift the cup.';
    expect(weekdays(beat, blanked)).toMatchObject([{ a: { value: 'Saturday' }, b: { value: 'Sunday' } }]);
    // Another verb is another event: the final was played on Saturday, the parade held on Sunday.
    expect(weekdays(beat, 'Real Valmora paraded the cup through Corvane on Sunday.')).toEqual([]);
  });

  it('does not take what hit on another day for the same event ("the earthquake that hit" against "when the storm hit")', () => {
    const quake = 'The aid chief compared the floods with the deadly earthquake that hit near the city of Tamsout on Friday night.';
    const storm = 'Two dams collapsed in Varna Bay, submerging much of the city when Storm Orla hit on Sunday.';
    for (const [x, y] of [[quake, storm], [storm, quake]] as const) expect(weekdays(x, y)).toEqual([]);
    // The same subject in other words is still one event.
    expect(weekdays('The earthquake hit the city of Tamsout on Friday night.', 'The quake hit the city of Tamsout on Saturday.')).toHaveLength(1);
    expect(weekdays(storm, 'Storm Orla hit the city of Varna Bay on Monday, submerging much of it.')).toHaveLength(1);
  });

  it('does not flag different events of one story', () => {
    expect(weekdays('The dam in Nova Kakhovka was destroyed on Tuesday.', 'The evacuation of Kherson began on Wednesday.')).toEqual([]);
  });

  it('does not compare weekdays of articles published weeks apart', () => {
    const a = 'Talks in Geneva on the dam opened on Monday.';
    const b = 'Talks in Geneva on the dam opened on Thursday.';
    expect(weekdays(a, b, '2023-06-07T09:00:00Z', '2023-06-28T09:00:00Z')).toEqual([]);
  });

  it('does not flag one of a series ("another strike")', () => {
    expect(weekdays('A missile strike hit the power plant in Kyiv on Monday.', 'Another missile strike hit the power plant in Kyiv on Tuesday.')).toEqual([]);
  });

  it('does not take named days for weekdays', () => {
    expect(weekdays('Sales in Berlin fell on Black Friday.', 'Sales in Berlin fell on Cyber Monday.')).toEqual([]);
  });
});
