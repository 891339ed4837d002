import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeArticle } from '../engine/analysis.ts';

describe('scheduleWarmUp', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.resetModules();
  });

  it('warms once per worker lifetime, after the waking message', async () => {
    vi.useFakeTimers();
    const { scheduleWarmUp } = await import('./context.ts');
    const warm = vi.fn();
    scheduleWarmUp(warm, 20);
    scheduleWarmUp(warm, 20);
    vi.advanceTimersByTime(19);
    expect(warm).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(warm).toHaveBeenCalledTimes(1);
  });

  it('swallows a failed warm-up: nothing depends on it', async () => {
    vi.useFakeTimers();
    const { scheduleWarmUp } = await import('./context.ts');
    scheduleWarmUp(() => {
      throw new Error('model failed to load');
    }, 0);
    expect(() => vi.advanceTimersByTime(1)).not.toThrow();
  });

  it('swallows a warm-up that fails later (the offscreen document could not analyse)', async () => {
    vi.useFakeTimers();
    const { scheduleWarmUp } = await import('./context.ts');
    let rejected = false;
    scheduleWarmUp(() => Promise.reject(new Error('no offscreen document')).finally(() => (rejected = true)), 0);
    await vi.advanceTimersByTimeAsync(1);
    // An unhandled rejection would fail this test run.
    expect(rejected).toBe(true);
  });

  it('uses a sample that runs every kind of claim extraction', async () => {
    const { WARM_UP } = await import('./context.ts');
    const kinds = new Set(analyzeArticle(WARM_UP.article).claims.claims.map((c) => c.kind));
    expect([...kinds]).toEqual(expect.arrayContaining(['quote', 'number', 'time']));
  });
});
