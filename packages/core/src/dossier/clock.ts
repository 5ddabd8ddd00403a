import {
  applyClockEvent,
  type ClockState,
  clockState,
  createClock,
  type Instant,
  type ProcessingTime,
  type SlaClock,
  type WorkingCalendar,
  workingTimeBetween,
} from '@motcua/sla';
import { defaultCalendar } from '../_lib/defaultCalendar';
import { expectDossier } from '../_lib/guard';
import { instantOf } from '../_lib/instant';
import type { Dossier, StoredEvent } from './types';

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
 * It is the one pause engine of a dossier: the dossier's `dueAt` (and an apology's `newDueAt`) are
 * read from this clock after every event, so they agree to the millisecond, and the threshold
 * instants (50 %, 75 %, 100 % of the processing time by default) are the ones a desk warns on. A
 * supplement requested after the appointment had passed does not move it: the time had already run
 * out.
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
  expectDossier(dossier, 'dossierClock');
  if (dossier.procedure.onTheSpot) return null;
  // No statutory limit ("Không quy định"): no appointment, no clock.
  if ('noLimit' in limitInForce(dossier.procedure.processingTime, dossier.history)) return null;
  if (
    dossier.receivedAt === null &&
    dossier.status !== 'awaiting-receipt' &&
    dossier.status !== 'incomplete'
  )
    return null;
  return clockOf(
    limitInForce(dossier.procedure.processingTime, dossier.history),
    dossier.history,
    options?.appointment === 'new' ? 'new' : 'legal',
    options?.calendar ?? defaultCalendar(),
    options?.thresholds,
  );
}

/**
 * The limit a dossier is held to: the procedure's standard limit, or the alternative an
 * `apply-alternative` event switched to (counted from the receipt, like the standard). @internal
 */
export function limitInForce(pt: ProcessingTime, history: readonly StoredEvent[]): ProcessingTime {
  const e = history.find((x) => x.type === 'apply-alternative');
  const i = e?.['alternative'];
  const alt = typeof i === 'number' ? pt.alternatives?.[i] : undefined;
  return alt === undefined ? pt : alt.limit;
}

const STOPS: ReadonlySet<string> = new Set(['complete', 'refuse', 'stop', 'withdraw']);

/**
 * The one pause engine of a dossier: its SLA clock folded from the history. Started by `receive`,
 * paused by `request-supplement`, resumed by `supplement-received`, stopped when processing ends;
 * with `mode: 'new'`, an apology's new appointment is one extension (the working time between the
 * legal appointment at the apology and the new one). @internal
 */
export function clockOf(
  limit: ProcessingTime,
  history: readonly StoredEvent[],
  mode: 'legal' | 'new',
  cal: WorkingCalendar,
  thresholds?: readonly number[] | undefined,
): SlaClock {
  let clock = createClock({ limit, thresholds, maxExtensions: mode === 'new' ? 1 : 0 });
  let started = false;
  for (const e of history) {
    if (e.type === 'receive') {
      clock = applyClockEvent(clock, { type: 'start', at: e.at });
      started = true;
    } else if (!started) {
    } else if (e.type === 'request-supplement') {
      clock = applyClockEvent(clock, { type: 'pause', at: e.at, reason: 'awaiting-supplement' });
    } else if (e.type === 'supplement-received' || e.type === 'exclusion-ended') {
      clock = applyClockEvent(clock, { type: 'resume', at: e.at });
    } else if (e.type === 'exclusion-started') {
      // A period the procedure does not count ("không kể thời gian niêm yết"): the clock pauses.
      clock = applyClockEvent(clock, { type: 'pause', at: e.at, reason: 'other' });
    } else if (e.type === 'apologize' && mode === 'new') {
      const legal = clockState(cal, clock, e.at).dueAt;
      const wanted = e['newDueAt'];
      const minutes =
        legal === null || typeof wanted !== 'string' ? 0 : workingTimeBetween(cal, legal, wanted);
      if (minutes > 0)
        clock = applyClockEvent(clock, {
          type: 'extend',
          at: e.at,
          by: { workingHours: minutes / 60 },
        });
    } else if (STOPS.has(e.type)) {
      clock = applyClockEvent(clock, { type: 'stop', at: e.at });
    }
  }
  return clock;
}

/**
 * What a dossier keeps from its clock after an event at `at`: the appointment in force, the working
 * minutes paused, and an apology's new appointment. The dossier's `dueAt` is never computed any other
 * way. @internal
 */
export function clockFigures(
  procedure: Dossier['procedure'],
  history: readonly StoredEvent[],
  at: string,
  cal: WorkingCalendar,
): { dueAt: Date | null; pausedMinutes: number; newDueAt: Date | null } {
  const limit = limitInForce(procedure.processingTime, history);
  if (procedure.onTheSpot || 'noLimit' in limit || !history.some((e) => e.type === 'receive'))
    return { dueAt: null, pausedMinutes: 0, newDueAt: null };
  const legal = clockState(cal, clockOf(limit, history, 'legal', cal), at);
  const apologized = history.some((e) => e.type === 'apologize');
  return {
    dueAt: legal.dueAt,
    pausedMinutes: legal.pausedMinutes,
    newDueAt: apologized ? clockState(cal, clockOf(limit, history, 'new', cal), at).dueAt : null,
  };
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
 * @throws {CoreError} `INVALID_DATE` for an invalid `at`.
 * @example
 * ```ts
 * import { applyDossierEvent, dossierClockState, receiveDossier, sampleCatalog } from '@motcua/core';
 * const c = sampleCatalog();
 * // Marriage registration received Thu 12/2/2026 10:00, switched to its 5-working-day alternative
 * // (verification needed); the clock runs across Tết (16–20/2)
 * const received = receiveDossier({ procedure: c.get('1.000894')!, channel: 'direct',
 *   receivedAt: '2026-02-12T10:00:00+07:00', agencyId: '000.00.01.H26', sequence: 1,
 *   applicant: { name: 'Lê Văn Cường' }, data: c.sampleData('1.000894') });
 * const d = applyDossierEvent(received, { type: 'apply-alternative', alternative: 0,
 *   reason: 'Cần xác minh tình trạng hôn nhân', at: '2026-02-12T14:00:00+07:00', role: 'specialist' });
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
  at: Instant,
  options?: DossierClockOptions,
): ClockState | null {
  const when = instantOf(at, 'dossierClockState: at');
  const clock = dossierClock(dossier, options);
  return clock === null ? null : clockState(options?.calendar ?? defaultCalendar(), clock, when);
}
