// Dated name keys: short reports of one event that share their leading name
// and their day, but no pair of names, must still meet as candidates.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../analysis.ts';
import { parsePlainText } from '../text/parse-plain-text.ts';
import { ingest } from './ingest.ts';
import { datedEntityKeys, entityPairKeys, lookupKeys } from './keys.ts';
import { MemoryArticleStore } from './memory-store.ts';
import { LANDSLIDE_REWRITE as REWRITE, LANDSLIDE_WIRE as WIRE } from './__fixtures__/landslide.ts';

const analyse = (raw: string, id: string) => analyzeArticle(parsePlainText(raw, id), id);
const undated = (raw: string): string => raw.slice(raw.indexOf('\n') + 1);
const named = (keys: readonly string[]): string[] => keys.filter((k) => k.startsWith('e:'));

describe('datedEntityKeys', () => {
  const entities = [{ key: 'moroco', weight: 5 }, { key: 'marakesh', weight: 3 }, { key: 'rabat', weight: 1 }];

  it('keys the first names with the UTC day of publication', () => {
    expect(datedEntityKeys(entities, '2023-09-09T08:00:00Z', 2)).toEqual(['e:moroco|@19609', 'e:marakesh|@19609']);
    expect(datedEntityKeys(entities, '2023-09-09T23:59:00Z', 1)).toEqual(['e:moroco|@19609']);
  });

  it('gives an undated or unparseable date no keys', () => {
    expect(datedEntityKeys(entities, null, 2)).toEqual([]);
    expect(datedEntityKeys(entities, 'last Tuesday', 2)).toEqual([]);
  });
});

describe('lookupKeys', () => {
  it('adds the days either side of each dated key and leaves other keys alone', () => {
    expect(lookupKeys(['b:1f', 'e:a|b', 'e:moroco|@19609'], 1)).toEqual(['b:1f', 'e:a|b', 'e:moroco|@19609', 'e:moroco|@19608', 'e:moroco|@19610']);
    expect(lookupKeys(['e:moroco|@19609'], 0)).toEqual(['e:moroco|@19609']);
  });
});

describe('candidates by name and day', () => {
  const wire = analyse(WIRE, 'wire');
  const rewrite = analyse(REWRITE, 'rewrite');

  it('the fixtures share no band key and no pair of names', () => {
    const pairs = (a: typeof wire) => new Set(entityPairKeys(a.entities, 6));
    expect([...pairs(rewrite)].filter((k) => pairs(wire).has(k))).toEqual([]);
    expect(wire.matchKeys.filter((k) => rewrite.matchKeys.includes(k))).toEqual([]);
  });

  it('files a rewrite published the next day into the story of the wire', async () => {
    const store = new MemoryArticleStore();
    const first = await ingest(store, wire, 1);
    const second = await ingest(store, rewrite, 2);
    expect(second.matches).toMatchObject([{ a: 'wire', b: 'rewrite', relation: 'same-story' }]);
    expect(second.groupId).toBe(first.groupId);
  });

  it('without the dated keys the two never meet', async () => {
    const store = new MemoryArticleStore();
    const strip = (a: typeof wire) => ({ ...a, matchKeys: a.matchKeys.filter((k) => !k.includes('|@')) });
    await ingest(store, strip(wire), 1);
    expect((await ingest(store, strip(rewrite), 2)).matches).toEqual([]);
  });

  it('undated copies of the reports get no dated keys', () => {
    expect(named(analyse(undated(WIRE), 'w').matchKeys).some((k) => k.includes('|@'))).toBe(false);
  });
});
