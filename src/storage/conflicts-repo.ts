import type { ConflictRecord, CrosscheckDb } from './db.ts';

const SEVERITY_RANK = { high: 0, medium: 1, low: 2 } as const;

/** Conflicts an article takes part in (with others, and inside itself), most severe first, updates last. */
export async function conflictsOf(db: CrosscheckDb, url: string): Promise<ConflictRecord[]> {
  const records = await db.conflicts.where('ids').equals(url).toArray();
  return records.sort((x, y) => Number(x.kind === 'update') - Number(y.kind === 'update')
    || SEVERITY_RANK[x.severity] - SEVERITY_RANK[y.severity] || y.confidence - x.confidence);
}
