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

  it('reads past the dots of abbreviations in a wire dateline', () => {
    expect(titleFromText('ST. PETERSBURG, Fla. — The storm made landfall on Wednesday. It weakened later.'))
      .toBe('ST. PETERSBURG, Fla. — The storm made landfall on Wednesday.');
    expect(titleFromText('WASHINGTON (AP) — The U.S. Senate passed the bill on Friday. The House votes next.'))
      .toBe('WASHINGTON (AP) — The U.S. Senate passed the bill on Friday.');
    expect(titleFromText('Dr. Ana Ruiz won. She thanked voters.')).toBe('Dr. Ana Ruiz won.');
    expect(titleFromText('Sales came out at $22.10 billion (vs. 20.55 expected). Shares rose.')).toBe('Sales came out at $22.10 billion (vs. 20.55 expected).');
    expect(titleFromText('The prize went to Ana Ruiz. She thanked voters.')).toBe('The prize went to Ana Ruiz.');
    expect(titleFromText('VALMORA, August 25. /TASS/. Claims of a deal are lies, the spokesman told the media. More follows.'))
      .toBe('VALMORA, August 25. /TASS/. Claims of a deal are lies, the spokesman told the media.');
  });
});

