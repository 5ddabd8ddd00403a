import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@motcua/source'] },
  ssr: { resolve: { conditions: ['@motcua/source'] } },
  test: {
    name: 'cli',
    environment: 'node',
    include: ['src/**/*.test.ts'],
    // The CLI tests run the BUILT binary; build it once before them.
    globalSetup: ['./test/build-once.ts'],
    testTimeout: 30_000,
  },
});
