import { describe, expect, it } from 'vitest';
import messages from '../../public/_locales/en/messages.json' with { type: 'json' };
import { createTranslator, getMessageFrom } from '../ui/i18n-core.ts';
import { badgeFor } from './badge-text.ts';

const en = createTranslator(getMessageFrom(messages), 'en');

describe('badgeFor', () => {
  it('shows conflicts first, then other sources, then a check mark, with a tooltip in words', () => {
    expect(badgeFor(3, 2, en)).toEqual({ text: '!2', title: 'Crosscheck: 2 conflicting claims · 3 other sources', tone: 'conflict' });
    expect(badgeFor(1, 0, en)).toEqual({ text: '1', title: 'Crosscheck: 1 other source', tone: 'sources' });
    expect(badgeFor(0, 1, en).title).toBe('Crosscheck: 1 conflicting claim');
    expect(badgeFor(0, 0, en)).toMatchObject({ text: '✓', title: 'Crosscheck: captured, no other sources yet' });
  });
});
