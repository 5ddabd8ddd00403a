/**
 * The last year the calendar engine covers (the lunar calendar's last year). @internal
 * @module
 */
/** @internal */
export const LAST_YEAR = 2199;
