import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileOutcome } from './analyze-file.ts';
import type { InputFile } from './inputs.ts';

export interface PoolRequest {
  index: number;
  file: InputFile;
}

export interface PoolResponse {
  index: number;
  outcome: FileOutcome;
}

export const POOL = Object.freeze({
  // A worker costs ~0.3 s to start (tsx, linkedom, the wink model); a page
  // costs ~30 ms. Below this many files one thread finishes first.
  minFiles: 24,
  // Files sent ahead to each worker, so that none waits on the main thread
  // between two files.
  aheadPerWorker: 2,
  // Finished analyses held for in-order use at most; bounds memory when one
  // file is slow and the others run on.
  window: 64,
});

// The worker's script: by default the TypeScript through tsx; bin/crosscheck.js
// points it at the bundled worker when it runs the bundled CLI.
let workerEntry = new URL('../../bin/analyze-worker.js', import.meta.url);

export function useWorkerEntry(url: URL): void {
  workerEntry = url;
}

/** Worker threads worth starting for `files` inputs: 0 means analyse them on the main thread. */
export function poolSize(files: number, cores: number = availableParallelism()): number {
  if (cores < 2 || files < POOL.minFiles) return 0;
  return Math.min(cores, Math.ceil(files / POOL.minFiles));
}

/**
 * Analyses files in `size` worker threads and yields the outcomes in input
 * order, so that whatever consumes them (ingest) sees exactly the sequence a
 * single thread would produce.
 */
export async function* analyzeInPool(files: readonly InputFile[], size: number): AsyncGenerator<FileOutcome> {
  const workers = Array.from({ length: size }, () => new Worker(workerEntry));
  const inFlight = new Map<Worker, number>(workers.map((w) => [w, 0]));
  const done = new Map<number, FileOutcome>();
  let sent = 0;
  let consumed = 0;
  let failure: Error | null = null;
  let closing = false;
  let wake: (() => void) | null = null;
  const notify = (): void => {
    const resume = wake;
    wake = null;
    resume?.();
  };
  const dispatch = (): void => {
    for (const worker of workers) {
      while ((inFlight.get(worker) ?? 0) < POOL.aheadPerWorker && sent < files.length && sent < consumed + POOL.window) {
        worker.postMessage({ index: sent, file: files[sent] as InputFile } satisfies PoolRequest);
        inFlight.set(worker, (inFlight.get(worker) ?? 0) + 1);
        sent++;
      }
    }
  };
  for (const worker of workers) {
    worker.on('message', (response: PoolResponse) => {
      inFlight.set(worker, (inFlight.get(worker) ?? 1) - 1);
      done.set(response.index, response.outcome);
      dispatch();
      notify();
    });
    worker.on('error', (error: Error) => {
      failure ??= error;
      notify();
    });
    worker.on('exit', (code) => {
      if (!closing) failure ??= new Error(`a worker thread stopped (exit code ${code})`);
      notify();
    });
  }
  try {
    dispatch();
    for (; consumed < files.length; consumed++) {
      while (!done.has(consumed)) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
      }
      const outcome = done.get(consumed) as FileOutcome;
      done.delete(consumed);
      dispatch();
      yield outcome;
    }
  } finally {
    closing = true;
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
