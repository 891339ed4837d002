import type { CrosscheckDb } from './db.ts';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from './export-format.ts';

/** Everything saved, as one export file (see export-format.ts), read in one consistent snapshot. */
export async function exportData(db: CrosscheckDb, now: number): Promise<ExportFile> {
  return db.transaction('r', [db.stories, db.groups, db.matches, db.conflicts, db.dismissed], async () => {
    const [stories, groups, matches, conflicts, dismissed] = await Promise.all([
      db.stories.toArray(), db.groups.toArray(), db.matches.toArray(), db.conflicts.toArray(), db.dismissed.toArray(),
    ]);
    return {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: new Date(now).toISOString(),
      articles: stories.map(({ url, title, source, byline, published, lang, text, firstSeen, lastSeen, groupId }) =>
        ({ url, title, source, byline, published, lang, text, firstSeen, lastSeen, groupId })),
      groups,
      matches,
      conflicts: conflicts.map(({ key: _key, ids: _ids, ...conflict }) => conflict),
      dismissed,
    };
  });
}
