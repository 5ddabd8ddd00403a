import * as z from 'zod';

/** The draft every published schema declares. @internal */
export const JSON_SCHEMA_DRAFT = 'https://json-schema.org/draft/2020-12/schema';

/**
 * A zod schema's JSON Schema as the documents are written (its input side), without `$schema`:
 * what zod cannot represent (a custom check) becomes `{}` plus the `.meta()` that names it.
 * @internal
 */
export function jsonSchemaOf(schema: z.ZodType): { readonly [key: string]: unknown } {
  const { $schema: _draft, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  });
  return rest;
}
