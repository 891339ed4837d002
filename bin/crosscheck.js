#!/usr/bin/env node
// Runs the TypeScript CLI straight from source, so `npx crosscheck` works right
// after `npm install` with no build step: bundled once into a cache when
// possible (see bundle.js), else through tsx.
import { bundled } from './bundle.js';

const bundle = await bundled();
let main;
if (bundle) {
  const cli = await import(bundle.cli.href);
  cli.useWorkerEntry(bundle.worker);
  main = cli.main;
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2), { out: process.stdout, err: process.stderr });
