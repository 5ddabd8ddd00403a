import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@motcua/source'] },
  ssr: { resolve: { conditions: ['@motcua/source'] } },
  test: {
    name: 'errors',
    environment: 'node',
    include: ['src/**/*.test.ts'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
