import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDb } from './db.ts';
import { DEFAULT_SETTINGS, getSettings, isPaused, updateSettings } from './settings-repo.ts';

describe('settings', () => {
  it('defaults, then persists a patch', async () => {
    const db = openDb({ name: `settings-${Math.random()}` });
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
    expect((await updateSettings(db, { pausedSites: ['example.com'] })).pausedSites).toEqual(['example.com']);
    expect((await getSettings(db)).autoCapture).toBe(true);
  });

  it('pauses a site and its subdomains only', () => {
    const s = { ...DEFAULT_SETTINGS, pausedSites: ['example.com'] };
    expect(isPaused(s, 'https://example.com/a')).toBe(true);
    expect(isPaused(s, 'https://news.example.com/a')).toBe(true);
    expect(isPaused(s, 'https://notexample.com/a')).toBe(false);
    expect(isPaused(s, 'not a url')).toBe(false);
  });
});
