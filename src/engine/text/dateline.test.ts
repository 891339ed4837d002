import { describe, expect, it } from 'vitest';
import { isDateOnlyLine, parseDateline } from './dateline.ts';

describe('parseDateline', () => {
  it.each([
    [' date 2022-03-30', '2022-03-30T00:00:00.000Z', ''],
    ['Wednesday 30 March 2022 - 21:50', '2022-03-30T21:50:00.000Z', ''],
    ['30 March 2022', '2022-03-30T00:00:00.000Z', ''],
    ['March 30, 2022', '2022-03-30T00:00:00.000Z', ''],
    ['Mar. 30, 2022 9:50 pm', '2022-03-30T21:50:00.000Z', ''],
    ['2022-03-30T21:50:00+03:00', '2022-03-30T18:50:00.000Z', ''],
    ['2022-03-30 21:50', '2022-03-30T21:50:00.000Z', ''],
    ['Published: Tuesday, 14 May 2024, 09:30 GMT', '2024-05-14T09:30:00.000Z', ''],
    ['Updated 9:50 PM ET, Wed March 30, 2022', '2022-03-30T21:50:00.000Z', ''],
    ['1st of June 2023', '2023-06-01T00:00:00.000Z', ''],
    ['30.03.2022', '2022-03-30T00:00:00.000Z', ''],
  ])('%j', (line, iso, rest) => {
    expect(parseDateline(line)).toEqual({ iso, rest });
  });

  it('returns what follows the date on the same line', () => {
    expect(parseDateline(' date 2022-03-30 AFP')).toEqual({ iso: '2022-03-30T00:00:00.000Z', rest: 'AFP' });
    expect(parseDateline(" date 2022-03-30 Russia-Ukraine war: Moscow plays down hopes")?.rest).toBe('Russia-Ukraine war: Moscow plays down hopes');
    expect(parseDateline('30 March 2022 21:50 AFP')).toEqual({ iso: '2022-03-30T21:50:00.000Z', rest: 'AFP' });
  });

  it('says no to lines that do not open with a date', () => {
    for (const line of ['The talks resumed on 30 March 2022.', 'Kremlin says no', '0', '2022 was a hard year', '31 February 2022', '12 March 1850', 'May the talks go on, 2022']) {
      expect(parseDateline(line), line).toBeNull();
    }
  });
});

describe('isDateOnlyLine', () => {
  it('accepts bare dates and relative timestamps', () => {
    expect(isDateOnlyLine('27 March 2022')).toBe(true);
    expect(isDateOnlyLine('Updated 3 hours ago')).toBe(true);
  });

  it('rejects a date followed by prose', () => {
    expect(isDateOnlyLine('30 March 2022 Talks resume in Istanbul')).toBe(false);
    expect(isDateOnlyLine('Talks resume')).toBe(false);
  });
});
