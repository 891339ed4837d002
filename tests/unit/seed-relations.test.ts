// The user's five real reports of one event (../shared/seeds): 001 and 003 are
// the same AFP text, all five are one story, no other pair is a copy, and an
// unrelated article of ours joins none of them.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePaths } from '../../src/cli/analyze-command.ts';
import { SEEDS_DIR, loadSeeds } from '../fixtures/seeds.ts';

const seeds = loadSeeds();
if (!seeds) console.warn(`seed relation tests skipped: ${SEEDS_DIR} is absent`);

describe.skipIf(!seeds)('seed relations', async () => {
  const unrelated = 'tests/fixtures/relations/unrelated-library.txt';
  const { report, errors } = await analyzePaths([SEEDS_DIR, unrelated]);
  const ids = (seeds ?? []).map((s) => join(SEEDS_DIR, s.name));
  const relationOf = (a: string, b: string): string =>
    report.matches.find((m) => (m.a === a && m.b === b) || (m.a === b && m.b === a))?.relation ?? 'none';

  it('reads all five', () => {
    expect(errors).toEqual([]);
    expect(ids).toHaveLength(5);
  });

  it('001 and 003 are copies; no other pair is', () => {
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const isAfpPair = ids[i]!.includes('001_') && ids[j]!.includes('003_');
        expect({ pair: [i, j], copy: relationOf(ids[i]!, ids[j]!) === 'copy' }).toEqual({ pair: [i, j], copy: isAfpPair });
      }
    }
  });

  it('all five form one story, without the unrelated article', () => {
    const storyOf = new Map(report.articles.map((a) => [a.id, a.story]));
    expect(new Set(ids.map((id) => storyOf.get(id))).size).toBe(1);
    expect(storyOf.get(unrelated)).not.toBe(storyOf.get(ids[0]!));
    expect(report.matches.filter((m) => m.a === unrelated || m.b === unrelated)).toEqual([]);
  });
});
