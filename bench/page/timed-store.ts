import type { ArticleStore } from '../../src/engine/match/store.ts';

/** Where a capture's time goes: wall ms per ArticleStore method (ingest calls them one at a time). */
export type Breakdown = Record<string, { calls: number; ms: number; items?: number }>;

/** Wraps a store so every method call is timed into `breakdown`; transaction() is left alone (it spans the rest). */
export function timed<T extends ArticleStore>(store: T, breakdown: Breakdown): T {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function' || prop === 'transaction' || typeof prop !== 'string') return value;
      // Not an async wrapper: a store method's promise may be Dexie's, and chaining
      // on it with then() keeps the capture inside its transaction (see DexieArticleStore).
      return (...args: unknown[]) => {
        const t0 = performance.now();
        return ((value as (...a: unknown[]) => Promise<unknown>).apply(target, args)).then((result) => {
          const entry = (breakdown[prop] ??= { calls: 0, ms: 0 });
          entry.calls++;
          entry.ms += performance.now() - t0;
          if (Array.isArray(result)) entry.items = (entry.items ?? 0) + result.length;
          return result;
        });
      };
    },
  });
}
