import type { ImportResult, RequestOf } from '../../messaging/protocol.ts';
import { ImportError } from '../../storage/export-format.ts';
import { analyzeOffPage } from '../../platform/read-page.ts';
import { importJson } from '../../storage/import-merge.ts';
import { database } from '../context.ts';

/**
 * Merges an export file into the store. Validation, then one transaction: a
 * bad file, or a failure halfway, leaves the store exactly as it was, and the
 * reply says why in terms the manage page can word.
 */
export async function dataImport({ json }: RequestOf<'data/import'>): Promise<ImportResult> {
  try {
    return { ok: true, ...(await importJson(database(), json, analyzeOffPage)) };
  } catch (error) {
    if (error instanceof ImportError) return { ok: false, error: error.message, code: error.code, detail: error.detail };
    return { ok: false, error: error instanceof Error ? error.message : String(error), code: 'failed', detail: '' };
  }
}
