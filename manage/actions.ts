import type { ImportResult, SettingsPatch } from '../src/messaging/protocol.ts';
import { browser } from '../src/platform/browser.ts';
import { sendMessage } from '../src/platform/messages.ts';
import type { CrosscheckDb } from '../src/storage/db.ts';
import { exportData } from '../src/storage/export-data.ts';
import { t } from '../src/ui/i18n.ts';
import type { MessageKey } from '../src/ui/i18n-core.ts';
import { announce } from '../src/ui/live-render.ts';

/** Largest file read into memory for an import; the background checks the same bound again. */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

const IMPORT_ERRORS: Record<Exclude<ImportResult, { ok: true }>['code'], MessageKey> = {
  'too-large': 'importTooLarge', 'not-json': 'importNotJson', 'not-export': 'importNotExport', 'newer-version': 'importNewer',
  invalid: 'importInvalid', 'too-many': 'importTooMany', failed: 'importFailed',
};

/** The manage page's changes: each is a message to the background (extension pages only), except export, which only reads. */
export function manageActions(db: CrosscheckDb, status: HTMLElement | null) {
  const say = (message: string): void => announce(status, message, 8000);
  return {
    say,
    async deleteArticle(url: string, title: string): Promise<void> {
      const r = await sendMessage('article/delete', { urls: [url] });
      say(r.ok ? t('deletedArticle', title) : t('actionFailed'));
    },
    async deleteStory(id: string, title: string): Promise<void> {
      const r = await sendMessage('story/delete', { groupId: id });
      say(r.ok ? t('deletedStory', title) : t('actionFailed'));
    },
    async clearAll(): Promise<void> {
      const r = await sendMessage('data/clear', {});
      say(r.ok ? t('clearedAll') : t('actionFailed'));
    },
    async dismiss(keys: string[], dismissed: boolean): Promise<void> {
      const results = await Promise.all(keys.map((key) => sendMessage('conflict/dismiss', { key, dismissed })));
      say(t(!results.every((r) => r.ok) ? 'actionFailed' : dismissed ? 'dismissedDone' : 'restoredDone'));
    },
    async updateSettings(patch: SettingsPatch): Promise<void> {
      const r = await sendMessage('settings/update', { patch });
      say(t(r.ok ? 'settingsSaved' : 'actionFailed'));
    },
    async open(url: string): Promise<void> {
      await browser.tabs.create({ url });
    },
    /** Downloads everything saved as a JSON file (a Blob URL and <a download>: no downloads permission). */
    async exportFile(): Promise<void> {
      const file = await exportData(db, Date.now());
      const blob = new Blob([JSON.stringify(file)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `crosscheck-export-${new Date().toISOString().slice(0, 10)}.json`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      say(t('exported', String(file.articles.length)));
    },
    /** Imports an export file; the outcome in words, for the data panel to show where the reader clicked. */
    async importFile(file: File): Promise<{ ok: boolean; message: string }> {
      const nothing = t('importNothingChanged');
      if (file.size > MAX_IMPORT_BYTES) return { ok: false, message: `${t('importTooLarge')} ${nothing}` };
      const r = await sendMessage('data/import', { json: await file.text() }).catch(() => null);
      if (!r) return { ok: false, message: `${t('importFailed')} ${nothing}` };
      if (r.ok) return { ok: true, message: t('imported', String(r.added), String(r.existing)) };
      return { ok: false, message: `${t(IMPORT_ERRORS[r.code] ?? 'importFailed', r.detail)} ${nothing}` };
    },
  };
}

export type ManageActions = ReturnType<typeof manageActions>;
