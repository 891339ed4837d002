import { describe, expect, it } from 'vitest';
import { entityKey, nameKey } from './entity-key.ts';

describe('entityKey', () => {
  it.each([
    ['Chernihiv', 'Chernigiv'],
    ['Zelensky', 'Zelenskyy'],
    ['Donbas', 'Donbass'],
    ['Kyiv', 'Kiev'],
    ['Peskov', 'PESKOV'],
    ['Erdoğan', 'Erdogan'],
  ])('%s and %s are one name', (a, b) => {
    expect(entityKey(a)).toBe(entityKey(b));
  });

  it.each([
    ['Kyiv', 'Kharkiv'],
    ['Lavrov', 'Lavrentiev'],
    ['Austria', 'Australia'],
  ])('%s and %s stay apart', (a, b) => {
    expect(entityKey(a)).not.toBe(entityKey(b));
  });

  it('reads a plural name as its singular in nameKey only ("Railways", "Americans")', () => {
    expect(nameKey('Indian Railways')).toBe(nameKey('Indian Railway'));
    expect(nameKey('Americans')).toBe(nameKey('American'));
    expect(nameKey('Donbass')).toBe(nameKey('Donbas'));
    expect(entityKey('Railways')).not.toBe(entityKey('Railway'));
  });
});
