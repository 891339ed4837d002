import { defineConfig } from 'vitest/config';

// Real browsers: one file at a time (2 cores), generous timeouts for browser start.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // The JSON file is what .ci/run summarises ("e2e: N passed, N failed").
    reporters: ['default', 'json'],
    outputFile: { json: 'test-artifacts/e2e-results.json' },
  },
});
