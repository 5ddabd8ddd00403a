/**
 * The one statement of the years motcua supports. Lunar conversion covers 1900-01-31 (Tết 1900) to
 * 2199-12-31; working calendars and deadlines cover 1990-01-01 to 2199-12-31.
 *
 * @internal
 * @module
 */

/** The first lunar year of the lunar table (Tết 1900 is 1900-01-31). @internal */
export const FIRST_LUNAR_YEAR = 1900;
/** The first year of working calendars and deadlines. @internal */
export const FIRST_CALENDAR_YEAR = 1990;
/** The last year of both (the lunar table's last year). @internal */
export const LAST_YEAR = 2199;
