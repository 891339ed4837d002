#!/usr/bin/env node
// Runs the TypeScript CLI straight from source (tsx), so `npx crosscheck`
// works right after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2), { out: process.stdout, err: process.stderr });
