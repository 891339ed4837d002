// Our own labelled fixture set (tests/fixtures/relations): every labelled pair
// must get its relation, through the same CLI path the evaluation uses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePaths } from '../../src/cli/analyze-command.ts';

const DIR = 'tests/fixtures/relations';
const labels = JSON.parse(readFileSync(join(DIR, 'labels.json'), 'utf8')) as { pairs: { a: string; b: string; relation: string }[] };

describe('labelled relations', async () => {
  const { report, errors } = await analyzePaths([DIR]);
  const found = new Map(report.matches.map((m) => [[m.a, m.b].sort().join('|'), m]));

  it('reads every fixture', () => {
    expect(errors).toEqual([]);
  });

  it.each(labels.pairs.map((p) => [`${p.a} ~ ${p.b}`, p] as const))('%s', (_name, pair) => {
    const match = found.get([join(DIR, pair.a), join(DIR, pair.b)].sort().join('|'));
    expect({ pair: `${pair.a} ~ ${pair.b}`, relation: match?.relation ?? 'none', similarity: match?.similarity })
      .toMatchObject({ relation: pair.relation });
  });
});
