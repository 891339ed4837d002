import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CrosscheckDb } from './db.ts';
import { openStore, SLOW_OPEN_MS } from './live.ts';

/** A store whose open() settles when the test says so. */
function pendingStore(): { db: CrosscheckDb; resolve: () => void; reject: (error: Error) => void } {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const opened = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { db: { open: () => opened } as unknown as CrosscheckDb, resolve, reject };
}

describe('openStore', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says nothing when the store opens at once', async () => {
    vi.useFakeTimers();
    const store = pendingStore();
    const onSlow = vi.fn();
    const opening = openStore(store.db, onSlow);
    store.resolve();
    await opening;
    await vi.advanceTimersByTimeAsync(SLOW_OPEN_MS * 10);
    expect(onSlow).not.toHaveBeenCalled();
  });

  it('calls onSlow once when opening takes longer than SLOW_OPEN_MS (an upgrade), and resolves when open', async () => {
    vi.useFakeTimers();
    const store = pendingStore();
    const onSlow = vi.fn();
    let done = false;
    const opening = openStore(store.db, onSlow).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(SLOW_OPEN_MS - 1);
    expect(onSlow).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(onSlow).toHaveBeenCalledTimes(1);
    expect(done).toBe(false);
    store.resolve();
    await opening;
    expect(done).toBe(true);
  });

  it('rejects as open() does, and says nothing afterwards', async () => {
    vi.useFakeTimers();
    const store = pendingStore();
    const onSlow = vi.fn();
    const opening = openStore(store.db, onSlow);
    store.reject(new Error('VersionError'));
    await expect(opening).rejects.toThrow('VersionError');
    await vi.advanceTimersByTimeAsync(SLOW_OPEN_MS * 10);
    expect(onSlow).not.toHaveBeenCalled();
  });
});
