import { describe, expect, it } from 'vitest';
import { titleFromText } from './fallback-title.ts';

describe('titleFromText', () => {
  it('takes the first sentence', () => {
    expect(titleFromText('The bridge is closed. Drivers must detour.')).toBe('The bridge is closed.');
  });

  it('stays within the first paragraph', () => {
    expect(titleFromText('Bridge closed\n\nDrivers must detour.')).toBe('Bridge closed');
  });

  it('cuts a long sentence at a word boundary', () => {
    const title = titleFromText(`${'word '.repeat(40)}end.`);
    expect(title.length).toBeLessThanOrEqual(121);
    expect(title.endsWith('word…')).toBe(true);
  });
});
