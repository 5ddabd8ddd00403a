import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@motcua/source'] },
  ssr: { resolve: { conditions: ['@motcua/source'] } },
  test: {
    name: 'forms',
    environment: 'node',
    include: ['src/**/*.test.ts'],
    // A hang guard, not a speed bound (speed is measured in bench/): generated-input tests took up
    // to 15 s on a busy 2-core machine, past vitest's 5 s default.
    testTimeout: 60_000,
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
