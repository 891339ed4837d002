import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import messages from '../../public/_locales/en/messages.json' with { type: 'json' };
import { createTranslator, getMessageFrom } from './i18n-core.ts';

const en = createTranslator(getMessageFrom(messages), 'en');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) && !name.endsWith('.test.ts') ? [readFileSync(path, 'utf8')] : [];
  });
}

describe('translations', () => {
  it('substitutes, formats numbers and picks plural forms', () => {
    expect(en.t('statePausedOn', 'example.com')).toBe('Paused on example.com');
    expect(en.tn('sourceCount', 1)).toBe('1 source');
    expect(en.tn('sourceCount', 1200)).toBe('1,200 sources');
    expect(en.t('storySummary', en.tn('sourceCount', 5), en.tn('independentTextCount', 4))).toBe('5 sources, 4 independent texts');
  });

  it('English is complete: every plural has its forms, every message is used, each has a description', () => {
    const keys = Object.keys(messages) as (keyof typeof messages)[];
    for (const key of keys) {
      if (key.endsWith('_one')) expect(keys, key).toContain(key.replace(/_one$/, '_other'));
      expect(messages[key].description, key).toBeTruthy();
    }
    const code = ['popup', 'manage', 'src/ui', 'src/background'].flatMap(sources).join('\n') + readFileSync('manifest.json', 'utf8');
    const unused = keys.map((k) => k.replace(/_(one|other)$/, '')).filter((k) => !code.includes(`'${k}'`) && !code.includes(`__MSG_${k}__`));
    expect(unused).toEqual([]);
  });
});
