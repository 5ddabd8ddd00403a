/**
 * `@motcua/forms`: declarative dossier forms compiled to zod, Vietnamese identifiers and
 * administrative units, bilingual errors, satisfaction surveys and their statistics.
 *
 * @packageDocumentation
 */
export type { LocalizedText, Locale } from './types';

// --- identifiers, administrative units and forms (issue 5) ---

// --- end identifiers, administrative units and forms ---

// --- surveys (issue 6) ---

// --- end surveys ---
