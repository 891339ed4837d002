import { describe, expect, it } from 'vitest';
import { isDateOnlyLine, parseDateline, toIsoDate } from './dateline.ts';

describe('parseDateline', () => {
  it.each([
    [' date 2022-03-30', '2022-03-30T00:00:00.000Z', ''],
    ['Wednesday 30 March 2022 - 21:50', '2022-03-30T21:50:00.000Z', ''],
    ['30 March 2022', '2022-03-30T00:00:00.000Z', ''],
    ['March 30, 2022', '2022-03-30T00:00:00.000Z', ''],
    ['Published June 24,2023', '2023-06-24T00:00:00.000Z', ''],
    ['Mar. 30, 2022 9:50 pm', '2022-03-30T21:50:00.000Z', ''],
    ['2022-03-30T21:50:00+03:00', '2022-03-30T18:50:00.000Z', ''],
    ['2022-03-30 21:50', '2022-03-30T21:50:00.000Z', ''],
    ['Published: Tuesday, 14 May 2024, 09:30 GMT', '2024-05-14T09:30:00.000Z', ''],
    ['Updated 9:50 PM ET, Wed March 30, 2022', '2022-03-30T21:50:00.000Z', ''],
    ['1st of June 2023', '2023-06-01T00:00:00.000Z', ''],
    ['30.03.2022', '2022-03-30T00:00:00.000Z', ''],
    ['January 10, 2020 9:00AM (UTC)', '2020-01-10T09:00:00.000Z', ''],
    ['7 de diciembre de 2017', '2017-12-07T00:00:00.000Z', ''],
    ['Publié le 04 mai 2015 à 13h36', '2015-05-04T13:36:00.000Z', ''],
    ['mardi 5 mai 2015', '2015-05-05T00:00:00.000Z', ''],
    ['4. März 2015, 13:36 Uhr', '2015-03-04T13:36:00.000Z', ''],
    ['Publicado el 12 de marzo de 2024 a las 09:30', '2024-03-12T09:30:00.000Z', ''],
    ['1º de junho de 2023', '2023-06-01T00:00:00.000Z', ''],
  ])('%j', (line, iso, rest) => {
    expect(parseDateline(line)).toEqual({ iso, rest });
  });

  it('returns what follows the date on the same line', () => {
    expect(parseDateline(' date 2022-03-30 AFP')).toEqual({ iso: '2022-03-30T00:00:00.000Z', rest: 'AFP' });
    expect(parseDateline(" date 2022-03-30 Russia-Ukraine war: Moscow plays down hopes")?.rest).toBe('Russia-Ukraine war: Moscow plays down hopes');
    expect(parseDateline('30 March 2022 21:50 AFP')).toEqual({ iso: '2022-03-30T21:50:00.000Z', rest: 'AFP' });
  });

  it('says no to lines that do not open with a date', () => {
    for (const line of ['The talks resumed on 30 March 2022.', 'Kremlin says no', '0', '2022 was a hard year', '31 February 2022', '12 March 1850', 'May the talks go on, 2022', 'Mayor 5, 2020', 'Out 12, 2020 was a year', '5 set 2020']) {
      expect(parseDateline(line), line).toBeNull();
    }
  });
});

describe('isDateOnlyLine', () => {
  it('accepts bare dates and relative timestamps', () => {
    expect(isDateOnlyLine('27 March 2022')).toBe(true);
    expect(isDateOnlyLine('Updated 3 hours ago')).toBe(true);
  });

  it('accepts a date printed without its year', () => {
    expect(isDateOnlyLine('March 18 at 12:22 PM')).toBe(true);
    expect(isDateOnlyLine('Updated 18 March')).toBe(true);
    expect(isDateOnlyLine('March 18 talks stall')).toBe(false);
  });

  it('rejects a date followed by prose', () => {
    expect(isDateOnlyLine('30 March 2022 Talks resume in Istanbul')).toBe(false);
    expect(isDateOnlyLine('Talks resume')).toBe(false);
  });
});

describe('toIsoDate', () => {
  it('reads metadata dates: ISO, RFC 2822, epoch, and the Unix date format with the year last', () => {
    expect(toIsoDate('2022-03-30T21:50:00+03:00')).toBe('2022-03-30T18:50:00.000Z');
    expect(toIsoDate('Wed, 30 Mar 2022 21:50:00 GMT')).toBe('2022-03-30T21:50:00.000Z');
    expect(toIsoDate('1648677000')).toBe('2022-03-30T21:50:00.000Z');
    expect(toIsoDate('Fri Mar 13 21:30:09 EST 2015')).toBe('2015-03-13T21:30:09.000Z');
    expect(toIsoDate('Friday')).toBeNull();
  });
});
