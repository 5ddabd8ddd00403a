/**
 * `@motcua/core`: procedures, dossiers and their legal lifecycle, dossier codes, receipts and
 * letters, reports and the service index.
 *
 * @packageDocumentation
 */
export {};
