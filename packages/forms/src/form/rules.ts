/**
 * The cross-field rules of a form definition.
 *
 * @module
 */
import type { LocalizedText } from '../types';

/**
 * A cross-field rule, as data. Checked only when both fields have valid values; an issue goes on
 * `field`, with code `snake_case(rule)` (`'date_not_before'`…) and, if given, `message`.
 *
 * - `dateNotBefore`, `dateNotAfter`, `dateBefore`, `dateAfter`: two date fields;
 * - `lessOrEqual`, `lessThan`, `greaterOrEqual`, `greaterThan`: two number or money fields;
 * - `sameAs`, `differentFrom`: two fields of the same type.
 *
 * @example
 * ```ts
 * import type { ComparisonRule } from '@motcua/forms';
 * const rule: ComparisonRule = { rule: 'dateNotBefore', field: 'deathDate', other: 'birthDate' };
 * ```
 * @category Forms
 */
export interface ComparisonRule {
  /** The comparison. */
  readonly rule:
    | 'dateNotBefore'
    | 'dateNotAfter'
    | 'dateBefore'
    | 'dateAfter'
    | 'lessOrEqual'
    | 'lessThan'
    | 'greaterOrEqual'
    | 'greaterThan'
    | 'sameAs'
    | 'differentFrom';
  /** The field checked (the issue goes here). */
  readonly field: string;
  /** The field it is compared with. */
  readonly other: string;
  /** A message replacing the standard one. */
  readonly message?: LocalizedText | undefined;
}

/**
 * Checks a personal identification number field against a date-of-birth field (same year) and/or
 * a sex field (a choice whose options include `'male'` and `'female'`). Issues:
 * `citizen_id_birth_year_mismatch`, `citizen_id_sex_mismatch`.
 *
 * @example
 * ```ts
 * import type { CitizenIdRule } from '@motcua/forms';
 * const rule: CitizenIdRule = { rule: 'citizenIdMatches', field: 'mother.citizenId', birthDate: 'mother.birthDate' };
 * ```
 * @category Forms
 */
export interface CitizenIdRule {
  /** Discriminant. */
  readonly rule: 'citizenIdMatches';
  /** The `citizenId` field checked. */
  readonly field: string;
  /** A `date` field with the holder's date of birth. */
  readonly birthDate?: string | undefined;
  /** A `choice` field with the holder's sex (`'male'` / `'female'`). */
  readonly sex?: string | undefined;
  /** A message replacing the standard one. */
  readonly message?: LocalizedText | undefined;
}

/**
 * A cross-field rule of a form or group.
 *
 * @example
 * ```ts
 * import type { FormRule } from '@motcua/forms';
 * const rules: FormRule[] = [
 *   { rule: 'dateAfter', field: 'child.birthDate', other: 'mother.birthDate' },
 *   { rule: 'citizenIdMatches', field: 'mother.citizenId', birthDate: 'mother.birthDate' },
 * ];
 * ```
 * @category Forms
 */
export type FormRule = ComparisonRule | CitizenIdRule;
