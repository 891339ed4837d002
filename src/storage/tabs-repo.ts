import type { CrosscheckDb, TabRecord, TabStatus } from './db.ts';

export async function setTabStatus(db: CrosscheckDb, tabId: number, url: string, status: TabStatus, storyUrl: string | null, now: number): Promise<TabRecord> {
  const record: TabRecord = { tabId, url, status, storyUrl, updatedAt: now };
  await db.tabs.put(record);
  return record;
}

export function getTab(db: CrosscheckDb, tabId: number): Promise<TabRecord | undefined> {
  return db.tabs.get(tabId);
}

export function forgetTab(db: CrosscheckDb, tabId: number): Promise<void> {
  return db.tabs.delete(tabId);
}
