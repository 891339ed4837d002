// A worker thread of the CLI's pool (see pool.ts): analyses the files the
// main thread sends, one message per file, and answers each in turn.
import { parentPort } from 'node:worker_threads';
import { analyzeFile } from './analyze-file.ts';
import type { PoolRequest, PoolResponse } from './pool.ts';

const port = parentPort;
if (!port) throw new Error('analyze-worker.ts runs only as a worker thread');
port.on('message', (request: PoolRequest) => {
  void analyzeFile(request.file).then((outcome) => port.postMessage({ index: request.index, outcome } satisfies PoolResponse));
});
