// Entry of a CLI worker thread: loader hooks do not reach worker threads on
// Node 20, so each worker registers tsx itself before loading the TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/analyze-worker.ts');
