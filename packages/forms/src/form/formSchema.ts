import * as z from 'zod';
import type { Locale } from '../types';
import { compileForm, runForm } from './compile';
import type { FormData, FormDefinition } from './types';
import type { ValidateFormOptions } from './validateForm';

let cache: WeakMap<FormDefinition, Partial<Record<Locale, z.ZodType>>> | undefined;

/**
 * The zod schema of a form: `parse`/`safeParse` it like any schema, use it with zod-based tools
 * (form libraries' resolvers, tRPC inputs), `z.infer` it. It validates exactly as
 * {@link validateForm} does (same normalised output, same issues, with the stable code in each
 * issue's `params.code`), because it runs the same compiled plan: the schema is a `z.unknown()`
 * piped into a transform, so it cannot be introspected field by field or turned into a JSON
 * Schema. The schema is built once per definition object and language, and cached.
 *
 * @typeParam F - The definition's type.
 * @param form - The definition.
 * @param options - The language of the messages.
 * @returns A zod schema from `unknown` to {@link FormData}.
 * @throws {FormsError} `INVALID_DEFINITION` if the definition is unsound.
 * @example
 * ```ts
 * import { certifiedCopyForm, formSchema } from '@motcua/forms';
 *
 * const schema = formSchema(certifiedCopyForm, { locale: 'en' });
 * const r = schema.safeParse({ requester: { fullName: 'Lê Văn Cường' } });
 * r.success; //=> false
 * const first = r.error?.issues[0];
 * first?.path; //=> ['requester', 'idType']
 * first?.message; //=> 'Type of identity document is required'
 * first?.code === 'custom' && first.params; //=> { code: 'required' } (the stable code)
 * ```
 * @category Forms
 */
export function formSchema<const F extends FormDefinition>(
  form: F,
  options?: ValidateFormOptions,
): z.ZodType<FormData<F>, unknown> {
  const locale = options?.locale ?? 'vi';
  cache ??= new WeakMap();
  let perLocale = cache.get(form);
  const hit = perLocale?.[locale];
  if (hit !== undefined) return hit as z.ZodType<FormData<F>, unknown>;
  const compiled = compileForm(form);
  const schema = z.unknown().transform((input, ctx) => {
    const r = runForm(compiled, input, locale);
    if (r.ok) return r.value as FormData<F>;
    for (const issue of r.issues) {
      ctx.issues.push({
        code: 'custom',
        message: issue.message,
        path: [...issue.path],
        input,
        params: { code: issue.code },
      });
    }
    return z.NEVER;
  });
  perLocale = { ...perLocale, [locale]: schema };
  cache.set(form, perLocale);
  return schema;
}
