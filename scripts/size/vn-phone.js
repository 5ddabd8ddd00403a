// size-limit fixture: one `vn.phone()` zod schema through the contract's `import { vn }` (zod
// included). esbuild keeps every factory of a re-exported namespace (evanw/esbuild#1420), so under
// esbuild this carries the units data; Rollup (Vite) and webpack keep only `phone`, which
// scripts/smoke-consumer.mjs checks on the packed packages.
import { vn } from '../../packages/forms/dist/index.js';

export const phone = vn.phone();
