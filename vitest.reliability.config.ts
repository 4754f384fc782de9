import { defineConfig } from 'vitest/config';

/** The reliability suite: slow, process-level tests that print their figures (`npm run test:reliability`). */
export default defineConfig({
  test: {
    include: ['test/reliability/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 120_000,
    reporters: ['verbose'],
  },
});
