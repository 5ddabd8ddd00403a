import {
  applyClockEvent,
  type ClockState,
  clockState,
  createClock,
  type SlaClock,
  type WorkingCalendar,
  workingTimeBetween,
} from '@motcua/sla';
import { defaultCalendar } from '../_lib/defaultCalendar';
import type { Dossier } from './dossier';

/**
 * Options of {@link dossierClock} and {@link dossierClockState}.
 *
 * @example
 * ```ts
 * import type { DossierClockOptions } from '@motcua/core';
 * const o: DossierClockOptions = { thresholds: [0.75, 1], appointment: 'new' };
 * ```
 * @category Dossiers
 */
export interface DossierClockOptions {
  /** The working calendar (default `vietnamCalendar()`); use the one the dossier was processed with. */
  readonly calendar?: WorkingCalendar | undefined;
  /** Fractions of the processing time whose crossing instants are computed (default 0.5, 0.75, 1). */
  readonly thresholds?: readonly number[] | undefined;
  /**
   * Which appointment the clock runs to once an apology set a new one: `'legal'` (default, the
   * appointment the law gives, as the 766 statistics count) or `'new'` (the apology's new
   * appointment, recorded as one extension).
   */
  readonly appointment?: 'legal' | 'new' | undefined;
}

/**
 * The SLA clock of a dossier, rebuilt from its history: started at receipt with the procedure's
 * processing time, paused by each supplement request (`awaiting-supplement`) and resumed when the
 * supplement arrives, stopped when processing ends (result ready, refusal, stop, withdrawal).
 * Interlinked steps at other agencies do not pause it (their time is part of the processing time).
 * The clock is plain data; {@link dossierClockState} reads it at an instant.
 *
 * Its due instant is the dossier's `dueAt` (a property test checks them equal on random lives of
 * every sample procedure), so the threshold instants (50 %, 75 %, 100 % of the processing time by
 * default) are the ones a desk warns on. One difference, by design: when a supplement is requested
 * at or after the appointment, the dossier moves its appointment by the pause, while the clock
 * keeps the instant the processing time ran out; both give the same verdict (`'met'` /
 * `'breached'` and {@link timeliness} agree).
 *
 * @param dossier - The dossier (not modified).
 * @param options - Calendar, thresholds, and which appointment after an apology.
 * @returns The clock, not started while the dossier awaits receipt; `null` for a procedure settled
 *   on the spot (no appointment) or a dossier that ended without being received (refused at
 *   reception, or withdrawn before receipt).
 * @example
 * ```ts
 * import { dossierClock, receiveDossier, sampleCatalog } from '@motcua/core';
 * const c = sampleCatalog();
 * const d = receiveDossier({ procedure: c.get('1.000894')!, channel: 'direct',
 *   receivedAt: new Date('2026-02-12T10:00:00+07:00'), agencyId: '000.00.01.H26', sequence: 1,
 *   applicant: { name: 'Lê Văn Cường' }, data: c.sampleData('1.000894') });
 * dossierClock(d)?.events; //=> [{ type: 'start', at: '2026-02-12T03:00:00.000Z' }]
 * ```
 * @category Dossiers
 */
export function dossierClock(dossier: Dossier, options?: DossierClockOptions): SlaClock | null {
  if (dossier.procedure.onTheSpot) return null;
  const useNew = options?.appointment === 'new';
  let clock = createClock({
    limit: dossier.procedure.processingTime,
    thresholds: options?.thresholds,
    maxExtensions: useNew ? 1 : 0,
  });
  if (dossier.receivedAt === null) {
    return dossier.status === 'awaiting-receipt' || dossier.status === 'incomplete' ? clock : null;
  }
  clock = applyClockEvent(clock, { type: 'start', at: dossier.receivedAt });
  for (const e of dossier.history) {
    if (e.at < dossier.receivedAt) continue;
    switch (e.type) {
      case 'request-supplement':
        clock = applyClockEvent(clock, { type: 'pause', at: e.at, reason: 'awaiting-supplement' });
        break;
      case 'supplement-received':
        clock = applyClockEvent(clock, { type: 'resume', at: e.at });
        break;
      case 'apologize': {
        // The apology's new appointment and the legal one move together with later pauses, so
        // the working time between them, as they stand now, is the extension.
        if (!useNew || dossier.apology === null || dossier.dueAt === null) break;
        const cal = options?.calendar ?? defaultCalendar();
        const minutes = workingTimeBetween(cal, dossier.dueAt, new Date(dossier.apology.newDueAt));
        if (minutes > 0)
          clock = applyClockEvent(clock, {
            type: 'extend',
            at: e.at,
            by: { workingHours: minutes / 60 },
          });
        break;
      }
      case 'complete':
      case 'refuse':
      case 'stop':
      case 'withdraw':
        clock = applyClockEvent(clock, { type: 'stop', at: e.at });
        break;
      default:
        break;
    }
  }
  return clock;
}

/**
 * The state of a dossier's SLA clock at an instant (see {@link dossierClock}): `'running'`,
 * `'paused'` (awaiting a supplement), `'met'` or `'breached'`, the due instant, the working
 * minutes used and left, and when each threshold is (or was) crossed. While paused, the due
 * instant is the one the dossier would get if the supplement arrived at `at`. Time is passed in:
 * the function never reads the clock.
 *
 * @param dossier - The dossier (not modified).
 * @param at - The instant to read the clock at.
 * @param options - Calendar, thresholds, and which appointment after an apology.
 * @returns The state, or `null` where {@link dossierClock} gives no clock.
 * @throws {SlaError} `INVALID_DATE` for an invalid `at`.
 * @example
 * ```ts
 * import { dossierClockState } from '@motcua/core';
 * // d: marriage registration (5 working days) received Thu 12/2/2026 10:00, across Tết
 * const s = dossierClockState(d, new Date('2026-02-24T09:00:00+07:00'));
 * s?.status; //=> 'running'
 * s?.remainingMinutes; //=> 1020
 * s?.thresholds.map((t) => [t.fraction, t.at?.toISOString()]);
 * //=> [[0.5, '2026-02-23T08:00:00.000Z'], [0.75, '2026-02-24T10:00:00.000Z'], [1, '2026-02-26T03:00:00.000Z']]
 * ```
 * @category Dossiers
 */
export function dossierClockState(
  dossier: Dossier,
  at: Date,
  options?: DossierClockOptions,
): ClockState | null {
  const clock = dossierClock(dossier, options);
  return clock === null ? null : clockState(options?.calendar ?? defaultCalendar(), clock, at);
}
