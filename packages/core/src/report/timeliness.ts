/**
 * The one Decision 766 on-time rule: {@link timeliness} judges a dossier with it and the aggregates
 * count with it.
 *
 * @module
 */

import { classifyTimeliness, type WorkingCalendar } from '@motcua/sla';
import { defaultCalendar } from '../_lib/defaultCalendar';
import { expectDossier, expectObject } from '../_lib/guard';
import { optionalInstantOf } from '../_lib/instant';
import { limitInForce } from '../dossier/clock';
import type { Dossier } from '../dossier/types';
import { CoreError } from '../errors';

/**
 * What the 766 rule reads of a dossier, instants as epoch milliseconds (`NaN`: no appointment, or
 * still in progress).
 *
 * @example
 * ```ts
 * import type { Judged766 } from '@motcua/core';
 * const j: Judged766 = { due: Date.parse('2026-02-27T03:00:00Z'), end: Number.NaN, supplements: 0 };
 * ```
 * @category Reports
 */
export interface Judged766 {
  /** The appointment in force (moved by supplement pauses), `NaN` for results on the spot. */
  readonly due: number;
  /** The end of processing, `NaN` while in progress. */
  readonly end: number;
  /** How many supplement requests during processing. */
  readonly supplements: number;
}

/**
 * The end of processing as the 766 statistics count it (formula 2.1): the end, or, for a dossier
 * with a single supplement request the citizen never answered (and a statutory limit), the
 * request's instant. `NaN` while in progress. The one place the rule is written. @internal
 */
export function end766(
  finished: number,
  supplements: number,
  openSupplement: number,
  timelinessApplies: boolean,
): { readonly end: number; readonly bySupplement: boolean } {
  const bySupplement =
    timelinessApplies &&
    Number.isNaN(finished) &&
    supplements === 1 &&
    !Number.isNaN(openSupplement);
  return { end: bySupplement ? openSupplement : finished, bySupplement };
}

/**
 * The Decision 766 verdict (indicator 2.1) on one dossier: more than one supplement request is late
 * whatever the dates; a dossier with no appointment (on the spot) is on time; a finished dossier is
 * early when it ended on a civil day before its appointment's (or, with `granularity: 'instant'`,
 * any time before it), on time up to the appointment, late after; a dossier still in progress is
 * late (overdue) once `asOf` is past its appointment, on time before.
 *
 * @param d - The dossier's appointment, end and supplement requests.
 * @param asOf - For a dossier in progress: the instant to judge at (epoch ms).
 * @param options - `granularity` of "early" and the calendar whose zone decides the civil day.
 * @returns The verdict, and whether a second supplement request decided it.
 * @example
 * ```ts
 * import { judge766 } from '@motcua/core';
 * judge766({ due: Date.parse('2026-02-27T03:00:00Z'), end: Date.parse('2026-02-26T09:00:00Z'), supplements: 0 }, 0).verdict; //=> 'early'
 * judge766({ due: Date.parse('2026-02-27T03:00:00Z'), end: Number.NaN, supplements: 2 }, 0).verdict; //=> 'late'
 * ```
 * @category Reports
 */
export function judge766(
  d: Judged766,
  asOf: number,
  options?: {
    readonly granularity?: 'day' | 'instant' | undefined;
    readonly calendar?: WorkingCalendar | undefined;
  },
): { readonly verdict: 'early' | 'on-time' | 'late'; readonly bySupplements: boolean } {
  expectObject(d, 'judge766', 'the dossier figures');
  if (d.supplements > 1) return { verdict: 'late', bySupplements: true };
  if (Number.isNaN(d.end))
    return {
      verdict: !Number.isNaN(d.due) && asOf > d.due ? 'late' : 'on-time',
      bySupplements: false,
    };
  if (Number.isNaN(d.due)) return { verdict: 'on-time', bySupplements: false };
  return {
    verdict: classifyTimeliness(new Date(d.end), new Date(d.due), {
      granularity: options?.granularity ?? 'day',
      calendar: options?.calendar ?? defaultCalendar(),
    }),
    bySupplements: false,
  };
}

/**
 * Options of {@link timeliness}.
 *
 * @example
 * ```ts
 * import type { TimelinessOptions } from '@motcua/core';
 * const o: TimelinessOptions = { asOf: new Date('2026-03-31T17:00:00+07:00') };
 * ```
 * @category Dossiers
 */
export interface TimelinessOptions {
  /** For a dossier still in progress: judge it at this instant (the period's end). */
  readonly asOf?: Date | string | undefined;
  /** The calendar whose zone decides "early" (a day before the appointment; default `vietnamCalendar()`). */
  readonly calendar?: WorkingCalendar | undefined;
  /** After an apology, compare with the `'original'` appointment (default, the 766 rule) or the `'new'` one. */
  readonly appointment?: 'original' | 'new' | undefined;
}

/**
 * Early, on time or late, as the national statistics define it (Decision 766, indicator 2.1): the
 * end of processing against the appointment (already moved by supplement pauses); more than one
 * supplement request is late; a dossier returned on the spot is on time; a dossier awaiting the
 * answer to its single supplement request ended at the request (766 formula 2.1); a dossier still in
 * progress is judged at `options.asOf`; a procedure with no statutory limit is `'not-applicable'`. The same rule ({@link judge766}) counts the aggregates.
 *
 * @param dossier - The dossier.
 * @param options - `asOf` for unfinished dossiers; which appointment after an apology.
 * @returns `'early'`, `'on-time'`, `'late'`, or `'not-applicable'` (no statutory limit).
 * @throws {CoreError} `INVALID_ARGUMENT` for an unfinished dossier without `asOf`.
 * @example
 * ```ts
 * import { applyDossierEvent, receiveDossier, sampleCatalog, timeliness } from '@motcua/core';
 * const c = sampleCatalog();
 * let d = receiveDossier({ procedure: c.get('1.000894')!, channel: 'direct', receivedAt: '2026-02-12T10:00:00+07:00',
 *   agencyId: '000.00.01.H26', sequence: 1, applicant: { name: 'Lê Văn Cường' }, data: c.sampleData('1.000894') });
 * // Marriage is due the same day; verification switches it to 5 working days (due Thu 26/2 10:00).
 * d = applyDossierEvent(d, { type: 'apply-alternative', at: '2026-02-12T11:00:00+07:00', alternative: 0, reason: 'Cần xác minh' });
 * d = applyDossierEvent(d, { type: 'complete', at: '2026-02-24T16:00:00+07:00' });
 * timeliness(d); //=> 'early'
 * ```
 * @category Dossiers
 */
export function timeliness(
  dossier: Dossier,
  options?: TimelinessOptions,
): 'early' | 'on-time' | 'late' | 'not-applicable' {
  expectDossier(dossier, 'timeliness');
  // A procedure with no statutory limit ("Không quy định"): timeliness does not apply.
  if ('noLimit' in limitInForce(dossier.procedure.processingTime, dossier.history))
    return 'not-applicable';
  const due =
    options?.appointment === 'new' && dossier.apology ? dossier.apology.newDueAt : dossier.dueAt;
  // 766 formula 2.1: a single supplement request the citizen never answered ends processing at the
  // request's instant.
  const open =
    dossier.status === 'awaiting-supplement' && dossier.supplement.requests === 1
      ? dossier.supplement.since
      : null;
  const end = dossier.finishedAt ?? dossier.returnedAt ?? open;
  const asOf = optionalInstantOf(options?.asOf, 'timeliness: asOf');
  if (end === null && asOf === null && dossier.supplement.requests <= 1) {
    throw new CoreError('INVALID_ARGUMENT', {
      en: `timeliness: dossier ${dossier.code} is still in progress; pass asOf`,
      vi: `timeliness: hồ sơ ${dossier.code} đang giải quyết; cần asOf`,
    });
  }
  return judge766(
    {
      due: due === null ? Number.NaN : due.getTime(),
      end: end === null ? Number.NaN : end.getTime(),
      supplements: dossier.supplement.requests,
    },
    asOf === null ? Number.NaN : asOf.getTime(),
    { calendar: options?.calendar },
  ).verdict;
}
