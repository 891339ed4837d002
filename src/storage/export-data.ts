import type { CrosscheckDb } from './db.ts';
import { bodyText } from './story-body.ts';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from './export-format.ts';

/** Everything saved, as one export file (see export-format.ts), read in one consistent snapshot. */
export async function exportData(db: CrosscheckDb, now: number): Promise<ExportFile> {
  return db.transaction('r', [db.stories, db.bodies, db.groups, db.matches, db.conflicts, db.dismissed], async () => {
    const [stories, bodies, groups, matches, conflicts, dismissed] = await Promise.all([
      db.stories.toArray(), db.bodies.toArray(), db.groups.toArray(), db.matches.toArray(), db.conflicts.toArray(), db.dismissed.toArray(),
    ]);
    const texts = new Map(bodies.map((b) => [b.url, b]));
    const textOf = (url: string): string => {
      const body = texts.get(url);
      return body ? bodyText(body) : '';
    };
    return {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: new Date(now).toISOString(),
      articles: stories.map(({ url, title, source, byline, published, lang, firstSeen, lastSeen, groupId }) =>
        ({ url, title, source, byline, published, lang, text: textOf(url), firstSeen, lastSeen, groupId })),
      groups,
      matches,
      conflicts: conflicts.map(({ key: _key, ids: _ids, ...conflict }) => conflict),
      dismissed,
    };
  });
}
