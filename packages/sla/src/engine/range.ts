/**
 * The last year the calendar engine covers. Rule-based years need the lunar calendar for Tết and
 * Hùng Kings. @internal
 * @module
 */
/** @internal */
export const LAST_YEAR = 2050;
