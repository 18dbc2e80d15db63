import { defineConfig } from 'vitest/config';

const root = new URL('..', import.meta.url).pathname;

/**
 * Two projects: the Node tests, and the tests of the built app (end-to-end in Chromium, and the package layout),
 * whose global setup builds the renderer once.
 */
export default defineConfig({
  test: {
    root,
    reporters: ['default', './test/helpers/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'node',
          root,
          include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
          exclude: ['test/integration/packaging/**'],
          testTimeout: 20_000,
          // Building a bundle in a hook takes seconds alone and much longer on a busy two-core machine.
          hookTimeout: 60_000,
          pool: 'forks',
        },
      },
      {
        test: {
          name: 'e2e',
          root,
          include: ['test/e2e/**/*.test.ts', 'test/integration/packaging/**/*.test.ts'],
          globalSetup: ['./test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
          // One Chromium at a time: on two cores, parallel browsers only trade speed for timeouts.
          fileParallelism: false,
        },
      },
    ],
  },
});
