// size-limit fixture: what an app pays for one `vn.phone()` zod schema (zod included).
import { vn } from '../../packages/forms/dist/index.js';

export const phone = vn.phone();
