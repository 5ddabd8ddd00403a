// size-limit fixture: one `vn.phone()` zod schema imported the way esbuild tree-shakes
// (`import * as vn from '@motcua/forms/vn'`), zod included.
import * as vn from '../../packages/forms/dist/vn/schemas.js';

export const phone = vn.phone();
