import { isMotcuaError, MotcuaError } from '@motcua/errors';

/**
 * The stable codes of {@link SlaError}. Branch on `error.code`, never on the message.
 *
 * @example
 * ```ts
 * import { isSlaError, type SlaErrorCode, toLunar } from '@motcua/sla';
 * let code: SlaErrorCode | undefined;
 * try {
 *   toLunar('2200-01-01'); // the lunar calendar stops at 2199
 * } catch (e) {
 *   if (isSlaError(e)) code = e.code;
 * }
 * code; //=> 'OUT_OF_RANGE'
 * ```
 * @category Errors
 */
export type SlaErrorCode =
  /** A civil date, instant or time that is malformed or does not exist (`'2026-02-30'`). */
  | 'INVALID_DATE'
  /** A value outside the range a function supports (lunar conversion: 1900–2199). */
  | 'OUT_OF_RANGE'
  /** A lunar date that does not exist (month 13, a leap month the year does not have, day 30 of a 29-day month). */
  | 'INVALID_LUNAR_DATE'
  /** An IANA time zone the runtime does not know. */
  | 'INVALID_TIME_ZONE'
  /** Any other argument of the wrong shape or value (a non-integer amount, an unknown option). */
  | 'INVALID_ARGUMENT'
  /** A calendar or schedule document that does not validate. */
  | 'INVALID_SCHEDULE'
  /** A processing-time text the parser does not understand. */
  | 'UNKNOWN_PROCESSING_TIME'
  /** A processing-time text that states a range ("Từ 05 đến 07 ngày"): no single limit to apply. */
  | 'PROCESSING_TIME_RANGE'
  /** A processing-time text that defers to other rules ("Theo quy định") without a limit. */
  | 'PROCESSING_TIME_UNSPECIFIED'
  /** A per-agency split whose parts are not of the total's kind or do not add up to it. */
  | 'PROCESSING_TIME_SPLIT'
  /** An input beyond a documented size limit (a processing-time text over 1,000 characters…). */
  | 'TOO_LARGE'
  /** A due date asked of a procedure with no statutory limit (`{ noLimit: true }`). */
  | 'NO_LIMIT'
  /** An SLA clock event that is not allowed in the clock's current state. */
  | 'INVALID_CLOCK_EVENT';

/**
 * The one error class of `@motcua/sla`, thrown for bad input. It has the shape of every motcua
 * error (`MotcuaError` from `@motcua/errors`): a stable `code`, an English `message`, the Vietnamese
 * message in `messageVi`, structured `details` and an optional `cause`.
 *
 * Compare with {@link isSlaError} (or `isMotcuaError`) rather than `instanceof`: when both the ESM
 * and CommonJS builds are loaded, `instanceof` fails across the two copies.
 *
 * @example
 * ```ts
 * import { fromLunar, isSlaError } from '@motcua/sla';
 * fromLunar({ year: 2026, month: 13, day: 1 }); //=> throws SlaError INVALID_LUNAR_DATE
 * try {
 *   fromLunar({ year: 2026, month: 13, day: 1 });
 * } catch (e) {
 *   if (isSlaError(e)) {
 *     e.messageVi; //=> 'fromLunar: Tháng âm lịch phải từ 1 đến 12, nhận được 13'
 *     e.message; //=> 'fromLunar: a lunar month must be 1 to 12, got 13'
 *     e.details; //=> { value: { year: 2026, month: 13, day: 1 } }
 *   }
 * }
 * ```
 * @category Errors
 */
export class SlaError extends MotcuaError<SlaErrorCode> {
  override name = 'SlaError';
}

/**
 * Tells whether `value` is an {@link SlaError}, also across duplicated ESM/CJS copies of the package.
 *
 * @param value - Anything caught.
 * @returns `true` for an `SlaError`.
 * @example
 * ```ts
 * import { isSlaError, parseProcessingTime } from '@motcua/sla';
 * let caught: unknown;
 * try {
 *   parseProcessingTime('sớm nhất có thể'); // "as soon as possible": no time limit to read
 * } catch (e) {
 *   caught = e;
 * }
 * isSlaError(caught); //=> true
 * isSlaError(new Error('sớm nhất có thể')); //=> false
 * ```
 * @category Errors
 */
export function isSlaError(value: unknown): value is SlaError {
  return isMotcuaError(value) && value.name === 'SlaError';
}
