import { describe, expect, it } from 'vitest';
import { article } from '../__fixtures__/article.ts';
import type { TimeClaim } from '../types.ts';

const WEDNESDAY = '2022-03-30T09:00:00Z';
const times = (text: string, published: string | null = null): Pick<TimeClaim, 'raw' | 'gran' | 'value' | 'inferred'>[] =>
  article('a', text, published).claims
    .filter((c): c is TimeClaim => c.kind === 'time')
    .map(({ raw, gran, value, inferred }) => ({ raw, gran, value, inferred }));

describe('time claims', () => {
  it('resolves a weekday in a past-tense clause to the previous one', () => {
    expect(times('Delegations held talks in Istanbul on Monday.', WEDNESDAY)).toEqual([
      { raw: 'Monday', gran: 'weekday', value: { wd: 1, y: 2022, m: 3, d: 28 }, inferred: false },
    ]);
  });

  it('resolves a weekday in a future clause to the next one, and "last Wednesday" strictly before', () => {
    expect(times('Delegations will hold talks in Istanbul on Monday.', WEDNESDAY)[0]?.value).toEqual({ wd: 1, y: 2022, m: 4, d: 4 });
    expect(times('Delegations held talks in Istanbul last Wednesday.', WEDNESDAY)[0]?.value).toEqual({ wd: 3, y: 2022, m: 3, d: 23 });
  });

  it('keeps only the weekday when there is no publication date', () => {
    expect(times('Delegations held talks in Istanbul on Monday.')[0]?.value).toEqual({ wd: 1 });
  });

  it('counts "a day earlier" from the other time in the sentence, "yesterday" from publication', () => {
    expect(times('The Kremlin on Wednesday played down the talks in Istanbul a day earlier.').map((t) => [t.raw, t.value.wd, t.inferred]))
      .toEqual([['Wednesday', 3, false], ['a day earlier', 2, true]]);
    expect(times('Negotiators met in Istanbul yesterday for talks.', WEDNESDAY)).toEqual([
      { raw: 'yesterday', gran: 'weekday', value: { y: 2022, m: 3, d: 29, wd: 2 }, inferred: true },
    ]);
    expect(times('Negotiators met in Istanbul yesterday for talks.')).toEqual([]);
  });

  it('reads years, month-name dates and "last month"', () => {
    expect(times('Crimea, annexed by Moscow in 2014, was discussed.')).toEqual([{ raw: '2014', gran: 'year', value: { y: 2014 }, inferred: false }]);
    expect(times('The grain deal was signed in Istanbul on July 22, 2022.')[0]).toMatchObject({ gran: 'date', value: { y: 2022, m: 7, d: 22, wd: 5 } });
    expect(times('Russia invaded Ukraine last month.', WEDNESDAY)[0]).toMatchObject({ gran: 'month', value: { y: 2022, m: 2 }, inferred: true });
  });

  it('ties the time to the event it dates', () => {
    const [talks] = article('a', 'Moscow’s lead negotiator described talks in Istanbul on Monday as “meaningful”.').claims.filter((c): c is TimeClaim => c.kind === 'time');
    expect(talks?.event).toMatchObject({ heads: ['talk'], label: 'talks in Istanbul' });
    const [annexed] = article('a', 'Crimea, annexed by Moscow in 2014, was discussed.').claims.filter((c): c is TimeClaim => c.kind === 'time');
    expect(annexed?.event).toMatchObject({ heads: ['annex'], label: 'Crimea annexed' });
  });

  it('ignores the days statements were made and bounds', () => {
    expect(times('Ukrainian negotiators said on Tuesday they were proposing talks.')).toEqual([]);
    expect(times('Peskov told reporters on Wednesday that talks would resume.')).toEqual([]);
    expect(times('The EU will stop buying Russian gas by 2027.')).toEqual([]);
  });

  it('uses a leading date line or wire dateline as the reference when there is no publication date', () => {
    expect(times('Wednesday 30 March 2022 - 21:50\n\nDelegations held talks in Istanbul yesterday.')[0]?.value).toEqual({ y: 2022, m: 3, d: 29, wd: 2 });
    expect(times('ISTANBUL, March 30 (Reuters) - Delegations held talks on Tuesday.').map((t) => t.raw)).toEqual(['Tuesday']);
  });

  it('does not date "tomorrow" or "this evening" inside a quotation by the day of publication', () => {
    const quoted = '“The King will remain at Balmoral this evening and will return to London tomorrow,” the palace said.';
    expect(times(quoted, WEDNESDAY)).toEqual([]);
    expect(times('The King returned to London yesterday, the palace said.', WEDNESDAY)).toMatchObject([{ raw: 'yesterday', inferred: true }]);
  });
});

