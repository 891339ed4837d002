import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'content/**/*.test.ts', 'popup/**/*.test.ts', 'manage/**/*.test.ts', 'tests/unit/**/*.test.ts', 'build/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
