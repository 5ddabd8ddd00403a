/**
 * The one instant reader of motcua: a `Date`, or an ISO 8601 string that states its offset.
 *
 * @module
 */
import { SlaError } from '../errors';
import { daysInMonth } from './civil';
import { show } from './show';

/** `YYYY-MM-DDTHH:mm[:ss[.fff]]`, then optionally `Z` or `±hh:mm` (captured to tell what is missing). */
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(Z|z|[+-]\d{2}:\d{2})?$/;
/** The same, with the offset required: what is accepted. */
const WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|z|[+-]\d{2}:\d{2})$/;

/** The number written by the `n` digits of `s` at `i` (the pattern was checked). */
function digits(s: string, i: number, n: number): number {
  let x = 0;
  for (let k = i; k < i + n; k++) x = x * 10 + s.charCodeAt(k) - 48;
  return x;
}

/** Reads an instant as epoch milliseconds, or `NaN` when it is not one (no offset included). @internal */
export function tryInstantMs(value: unknown): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value !== 'string' || value.length > 40 || !WITH_OFFSET.test(value)) return Number.NaN;
  // A date that does not exist (2026-02-30) or an hour past 23 is not an instant; the engine's
  // ISO reader (exact for this pattern, with its offset) refuses minutes or seconds of 60 and
  // offsets past 23:59 but not those.
  const mo = digits(value, 5, 2);
  const d = digits(value, 8, 2);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(digits(value, 0, 4), mo)) return Number.NaN;
  if (digits(value, 11, 2) > 23) return Number.NaN;
  return Date.parse(value);
}

/**
 * Reads an instant: a valid `Date`, or an ISO 8601 string with its offset (`Z` or `±hh:mm`). A
 * string without an offset would mean one instant on a UTC server and another in Hà Nội, so it is
 * refused with the fix in the message.
 *
 * @param value - The instant.
 * @param what - What it is, for the message (`'receivedAt'`, `'clockState: at'`).
 * @returns Epoch milliseconds.
 * @throws {SlaError} `INVALID_DATE`.
 * @internal
 */
export function instantMs(value: unknown, what: string): number {
  const ms = tryInstantMs(value);
  if (!Number.isNaN(ms)) return ms;
  throw instantError(value, what);
}

/** The error for a value that is not an instant, with the fix when only the offset is missing. @internal */
export function instantError(value: unknown, what: string): SlaError {
  const m = typeof value === 'string' && value.length <= 40 ? ISO.exec(value) : null;
  const noOffset = m !== null && m[1] === undefined;
  return new SlaError(
    'INVALID_DATE',
    noOffset
      ? {
          en: `${what}: ${show(value)} has no UTC offset, so it would be read in the host's time zone; add one, e.g. '${value as string}+07:00' (Việt Nam) or 'Z' (UTC)`,
          vi: `${what}: ${show(value)} thiếu độ lệch múi giờ nên sẽ bị đọc theo múi giờ của máy chủ; hãy thêm, ví dụ '${value as string}+07:00' (giờ Việt Nam) hoặc 'Z' (UTC)`,
        }
      : {
          en: `${what}: expected a valid Date or an ISO 8601 instant with its offset ('2026-02-13T09:00:00+07:00'), got ${show(value)}`,
          vi: `${what}: cần một Date hợp lệ hoặc thời điểm ISO 8601 có độ lệch múi giờ ('2026-02-13T09:00:00+07:00'), nhận được ${show(value)}`,
        },
    { value: typeof value === 'string' ? value.slice(0, 80) : value },
  );
}

/**
 * Reads an instant the way every motcua function does: a valid `Date`, or an ISO 8601 string that
 * states its offset (`'2026-02-13T09:00:00+07:00'`, `'2026-02-13T02:00:00Z'`). A string without an
 * offset is refused, since it would be read one way on a UTC server and another in Hà Nội.
 *
 * @param value - A `Date` or an ISO 8601 string with an offset.
 * @param options - `name`: what the value is, for the message (`'receivedAt'`).
 * @returns A new `Date` (never the caller's object).
 * @throws {SlaError} `INVALID_DATE`, whose message shows the fix ("add +07:00").
 * @example
 * ```ts
 * import { parseInstant } from '@motcua/sla';
 * parseInstant('2026-02-13T09:00:00+07:00').toISOString(); //=> '2026-02-13T02:00:00.000Z'
 * parseInstant('2026-02-13T02:00:00Z').toISOString(); //=> '2026-02-13T02:00:00.000Z'
 * parseInstant('2026-02-13T09:00:00'); //=> throws SlaError INVALID_DATE (no offset: add '+07:00')
 * ```
 * @category Dates
 */
export function parseInstant(value: Date | string, options?: { readonly name?: string }): Date {
  return new Date(instantMs(value, options?.name ?? 'parseInstant'));
}
