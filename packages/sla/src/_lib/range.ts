/**
 * The one statement of the years motcua supports. Lunar conversion covers 1900-01-31 (Tết 1900) to
 * 2199-12-31; working calendars and deadlines cover 1990-01-01 to 2199-12-31.
 *
 * @internal
 * @module
 */
import { SlaError } from '../errors';
import { show } from './show';

/** The first lunar year of the lunar table (Tết 1900 is 1900-01-31). @internal */
export const FIRST_LUNAR_YEAR = 1900;
/** The first year of working calendars and deadlines. @internal */
export const FIRST_CALENDAR_YEAR = 1990;
/** The last year of both (the lunar table's last year). @internal */
export const LAST_YEAR = 2199;

/**
 * `value` if it is a whole year of working calendars (1990–2199); else `OUT_OF_RANGE` for a whole
 * number outside them, `INVALID_ARGUMENT` for anything else, naming `fn` and the option. @internal
 */
export function calendarYear(value: unknown, fn: string, what: string): number {
  if (typeof value === 'number' && Number.isInteger(value)) {
    if (value >= FIRST_CALENDAR_YEAR && value <= LAST_YEAR) return value;
  }
  throw new SlaError(
    typeof value === 'number' && Number.isInteger(value) ? 'OUT_OF_RANGE' : 'INVALID_ARGUMENT',
    {
      en: `${fn}: ${what} must be a whole year from ${FIRST_CALENDAR_YEAR} to ${LAST_YEAR}, got ${show(value)}`,
      vi: `${fn}: ${what} phải là một năm (số nguyên) từ ${FIRST_CALENDAR_YEAR} đến ${LAST_YEAR}, nhận được ${show(value)}`,
    },
    { value },
  );
}
