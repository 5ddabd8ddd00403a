/**
 * Pausable SLA clocks: a pure, JSON-native value driven by events (start, pause, resume, extend,
 * restart, stop), answering for any instant the due instant, the working time elapsed and left, the
 * status, the instants at which it crosses its thresholds (computed, not polled) and, once stopped,
 * early / on time / late.
 *
 * @module
 */

import { expectArray, expectObject } from '../_lib/guard';
import { instantMs } from '../_lib/instant';
import { show as describeValue } from '../_lib/show';
import type { WorkingCalendar } from '../calendar/calendar';
import { describeDay } from '../calendar/days';
import {
  classifyTimeliness,
  type DueDateConvention,
  dueDate,
  type ProcessingTime,
  type Timeliness,
} from '../deadline/deadline';
import { readProcessingTime, workingMinutesOf } from '../deadline/value';
import { SlaError } from '../errors';
import type { Instant, LocalizedText } from '../types';
import { addWorkingTime, workingTimeBetween } from '../worktime/worktime';

/**
 * Why a clock is paused.
 *
 * @example
 * ```ts
 * import type { PauseReason } from '@motcua/sla';
 * const r: PauseReason = 'awaiting-supplement';
 * ```
 * @category SLA clocks
 */
export type PauseReason =
  | 'awaiting-supplement'
  | 'awaiting-other-agency'
  | 'force-majeure'
  | 'other';

/**
 * An event of a clock; `at` is an instant (a `Date` or an ISO string with offset).
 *
 * @example
 * ```ts
 * import type { ClockEvent } from '@motcua/sla';
 * const e: ClockEvent = { type: 'pause', at: '2026-02-13T09:00:00+07:00', reason: 'awaiting-supplement' };
 * ```
 * @category SLA clocks
 */
export type ClockEvent = (
  | { readonly type: 'start' }
  | { readonly type: 'pause'; readonly reason: PauseReason }
  | { readonly type: 'resume' }
  | {
      readonly type: 'extend';
      readonly by: { readonly workingDays: number } | { readonly workingHours: number };
    }
  | { readonly type: 'restart' }
  | { readonly type: 'stop' }
) & { readonly at: Date | string };

/**
 * A clock: its limit, policy and events (instants as ISO strings). Plain data: store it as JSON.
 *
 * @example
 * ```ts
 * import { applyClockEvent, createClock, type SlaClock } from '@motcua/sla';
 * const clock = applyClockEvent(createClock({ limit: { workingDays: 5 } }), { type: 'start', at: '2026-02-13T10:00:00+07:00' });
 * const stored = JSON.stringify(clock); // e.g. into a jsonb column of the dossier
 * const back: SlaClock = JSON.parse(stored);
 * back; //=> { kind: 'motcua.sla-clock/1', limit: { workingDays: 5 }, thresholds: [0.5, 0.75, 1], maxExtensions: 1, … }
 * back.events; //=> [{ type: 'start', at: '2026-02-13T03:00:00.000Z' }]
 * ```
 * @category SLA clocks
 */
export interface SlaClock {
  /** Marks the value and its format version. */
  readonly kind: 'motcua.sla-clock/1';
  /** The limit. */
  readonly limit: ProcessingTime;
  /** Fractions of the limit whose crossing instants are computed (default 0.5, 0.75, 1). */
  readonly thresholds: readonly number[];
  /** How many extensions the policy allows (default 1). */
  readonly maxExtensions: number;
  /** How working days and hours are counted. */
  readonly convention: DueDateConvention;
  /** The events applied, in order. */
  readonly events: readonly (Omit<ClockEvent, 'at'> & { readonly at: string })[];
}

/**
 * Options of {@link createClock}.
 *
 * @example
 * ```ts
 * import type { CreateClockOptions } from '@motcua/sla';
 * const o: CreateClockOptions = { limit: { workingHours: 8 }, thresholds: [0.8, 1], maxExtensions: 0 };
 * ```
 * @category SLA clocks
 */
export interface CreateClockOptions {
  /** The limit. */
  readonly limit: ProcessingTime;
  /** Threshold fractions, each in (0, 1] (default `[0.5, 0.75, 1]`). */
  readonly thresholds?: readonly number[] | undefined;
  /** Extensions allowed (default 1: "gia hạn" once). */
  readonly maxExtensions?: number | undefined;
  /** How working days and hours are counted (see `dueDate`; default `'working-hours'`). */
  readonly convention?: DueDateConvention | undefined;
}

/**
 * Creates a clock, not yet started.
 *
 * @param options - Limit, thresholds, extension policy.
 * @returns The clock.
 * @throws {SlaError} `INVALID_ARGUMENT` for thresholds outside (0, 1] or a negative policy.
 * @example
 * ```ts
 * import { createClock } from '@motcua/sla';
 * const clock = createClock({ limit: { workingDays: 5 } });
 * [clock.thresholds, clock.maxExtensions, clock.convention]; //=> [[0.5, 0.75, 1], 1, 'working-hours']
 * clock.events; //=> [] (not started: apply a 'start' event)
 * createClock({ limit: { workingDays: 5 }, thresholds: [1.5] }); //=> throws SlaError INVALID_ARGUMENT
 * ```
 * @category SLA clocks
 */
export function createClock(options: CreateClockOptions): SlaClock {
  expectObject(options, 'createClock', 'options');
  const thresholds = [...(options.thresholds ?? [0.5, 0.75, 1])].sort((a, b) => a - b);
  if (thresholds.some((t) => typeof t !== 'number' || !(t > 0 && t <= 1))) {
    throw new SlaError(
      'INVALID_ARGUMENT',
      {
        en: 'createClock: thresholds must be in (0, 1]',
        vi: 'createClock: ngưỡng phải nằm trong (0, 1]',
      },
      { thresholds },
    );
  }
  const maxExtensions = options.maxExtensions ?? 1;
  if (!Number.isInteger(maxExtensions) || maxExtensions < 0) {
    throw new SlaError('INVALID_ARGUMENT', {
      en: 'createClock: maxExtensions must be a whole number ≥ 0',
      vi: 'createClock: maxExtensions phải là số nguyên ≥ 0',
    });
  }
  const convention = options.convention ?? 'working-hours';
  if (convention !== 'working-hours' && convention !== 'end-of-day') {
    throw new SlaError('INVALID_ARGUMENT', {
      en: `createClock: unknown convention ${describeValue(convention)}`,
      vi: `createClock: quy ước không hợp lệ ${describeValue(convention)}`,
    });
  }
  return sealed({
    kind: 'motcua.sla-clock/1',
    limit: copyLimit(options.limit),
    thresholds,
    maxExtensions,
    convention,
    events: [],
  });
}

/** Clocks this module made (frozen all through): what needs no second check. */
const MADE = new WeakSet<SlaClock>();

function sealed(clock: SlaClock): SlaClock {
  Object.freeze(clock.limit);
  for (const v of Object.values(clock.limit)) if (typeof v === 'object') Object.freeze(v);
  Object.freeze(clock.thresholds);
  for (const e of clock.events) {
    if (Object.isFrozen(e)) continue;
    if ('by' in e) Object.freeze(e.by);
    Object.freeze(e);
  }
  Object.freeze(clock.events);
  MADE.add(Object.freeze(clock));
  return clock;
}

/**
 * A clock as given (a stored JSON copy, say), checked all through and copied: its kind, limit,
 * policy, and every event replayed under the rules of {@link applyClockEvent}. A malformed clock
 * is an `SlaError('INVALID_ARGUMENT')` (or the event's own error), never a `TypeError`.
 */
function readClock(clock: unknown, fn: string): SlaClock {
  if (MADE.has(clock as SlaClock)) return clock as SlaClock;
  expectObject(clock, fn, 'the clock');
  const c = clock as Record<string, unknown>;
  if (c['kind'] !== 'motcua.sla-clock/1')
    throw new SlaError(
      'INVALID_ARGUMENT',
      {
        en: `${fn}: not a clock (kind must be 'motcua.sla-clock/1', got ${describeValue(c['kind'])})`,
        vi: `${fn}: không phải đồng hồ thời hạn (kind phải là 'motcua.sla-clock/1', nhận được ${describeValue(c['kind'])})`,
      },
      { kind: c['kind'] },
    );
  expectArray(c['thresholds'], fn, 'clock.thresholds');
  expectArray(c['events'], fn, 'clock.events');
  const fresh = createClock({
    limit: c['limit'] as ProcessingTime,
    thresholds: c['thresholds'] as number[],
    maxExtensions: c['maxExtensions'] as number,
    convention: (c['convention'] ?? 'working-hours') as DueDateConvention,
  });
  // One pass: each event checked against the run so far, the clock sealed once.
  const run: Run = { phase: 'not-started', last: undefined, extensions: 0 };
  const events = (c['events'] as unknown[]).map((e) =>
    checkEvent(run, fresh.maxExtensions, e as ClockEvent, fn),
  );
  return sealed({ ...fresh, events });
}

/** A validated copy of a limit, never an alias of the caller's object. */
function copyLimit(limit: ProcessingTime): ProcessingTime {
  const copy = readProcessingTime(limit, 'createClock');
  if ('noLimit' in copy)
    throw new SlaError(
      'NO_LIMIT',
      {
        en: 'createClock: a procedure with no statutory limit ("Không quy định") has no clock to run',
        vi: 'createClock: thủ tục không quy định thời hạn giải quyết nên không có đồng hồ thời hạn',
      },
      { limit },
    );
  return copy;
}

type Phase = 'not-started' | 'running' | 'paused' | 'stopped';
const ALLOWED: Record<ClockEvent['type'], readonly Phase[]> = {
  start: ['not-started'],
  pause: ['running'],
  resume: ['paused'],
  extend: ['running', 'paused'],
  restart: ['running', 'paused'],
  stop: ['running', 'paused'],
};

function phaseOf(events: SlaClock['events'], from: Phase = 'not-started'): Phase {
  let p: Phase = from;
  for (const e of events) {
    if (e.type === 'start' || e.type === 'resume' || e.type === 'restart') p = 'running';
    else if (e.type === 'pause') p = 'paused';
    else if (e.type === 'stop') p = 'stopped';
  }
  return p;
}

const PAUSE_REASONS: readonly PauseReason[] = [
  'awaiting-supplement',
  'awaiting-other-agency',
  'force-majeure',
  'other',
];

function isoOf(at: Date | string): string {
  return new Date(instantMs(at, 'clock event: at')).toISOString();
}

/**
 * Applies an event and returns the new clock; the input is not modified. An event not allowed in
 * the clock's state (resume while running, a second start, an extension beyond the policy…) or dated
 * before the previous event is an `SlaError('INVALID_CLOCK_EVENT')` that says why.
 *
 * @param clock - The clock.
 * @param event - The event.
 * @returns The new clock.
 * @throws {SlaError} `INVALID_CLOCK_EVENT`, `INVALID_DATE`.
 * @example
 * ```ts
 * import { applyClockEvent, createClock } from '@motcua/sla';
 * const started = applyClockEvent(createClock({ limit: { workingDays: 5 } }), { type: 'start', at: '2026-02-13T10:00:00+07:00' });
 * const paused = applyClockEvent(started, { type: 'pause', at: '2026-02-23T09:00:00+07:00', reason: 'awaiting-supplement' });
 * paused.events.at(-1); //=> { type: 'pause', at: '2026-02-23T02:00:00.000Z', reason: 'awaiting-supplement' }
 * started.events.length; //=> 1 (the input clock is not modified)
 * applyClockEvent(paused, { type: 'resume', at: '2026-02-20T10:00:00+07:00' }); //=> throws SlaError INVALID_CLOCK_EVENT (before the pause)
 * applyClockEvent(paused, { type: 'pause', at: '2026-02-23T10:00:00+07:00', reason: 'other' }); //=> throws SlaError INVALID_CLOCK_EVENT
 * ```
 * @category SLA clocks
 */
export function applyClockEvent(clock: SlaClock, event: ClockEvent): SlaClock {
  return applyEvent(readClock(clock, 'applyClockEvent'), event);
}

/** {@link applyClockEvent} on a clock already checked. */
function applyEvent(clock: SlaClock, event: ClockEvent): SlaClock {
  const stored = checkEvent(runOf(clock), clock.maxExtensions, event, 'applyClockEvent');
  return sealed({ ...clock, events: [...clock.events, stored] });
}

/** Where a clock's events have brought it: what the next event is checked against. */
interface Run {
  phase: Phase;
  last: string | undefined;
  extensions: number;
}

function runOf(clock: SlaClock): Run {
  return {
    phase: phaseOf(clock.events),
    last: clock.events.at(-1)?.at,
    extensions: clock.events.filter((e) => e.type === 'extend').length,
  };
}

/**
 * Checks one event against the run so far (its type allowed in the phase, its instant not before
 * the previous one, the extension policy, the pause reason), advances the run, and returns the
 * event as stored. Every message prints the type through `describeValue`.
 */
function checkEvent(
  run: Run,
  maxExtensions: number,
  event: ClockEvent,
  fn: string,
): SlaClock['events'][number] {
  expectObject(event, fn, 'the event');
  const type: unknown = event.type;
  const shown = typeof type === 'string' ? type : describeValue(type);
  const refuse = (en: string, vi: string) =>
    new SlaError(
      'INVALID_CLOCK_EVENT',
      { en: `${fn}: ${shown}: ${en}`, vi: `${fn}: ${shown}: ${vi}` },
      { phase: run.phase, event: shown },
    );
  if (
    typeof type !== 'string' ||
    !Object.hasOwn(ALLOWED, type) ||
    !ALLOWED[type as ClockEvent['type']].includes(run.phase)
  )
    throw refuse(
      `not allowed while the clock is ${run.phase}`,
      `không được phép khi đồng hồ đang ${run.phase}`,
    );
  const at = isoOf(event.at);
  if (run.last !== undefined && at < run.last)
    throw refuse(
      `${at} is before the previous event (${run.last})`,
      `${at} trước sự kiện trước đó (${run.last})`,
    );
  let stored: Record<string, unknown> = { type, at };
  if (event.type === 'extend') {
    if (run.extensions >= maxExtensions)
      throw refuse(
        `the policy allows ${maxExtensions} extension(s)`,
        `chính sách chỉ cho gia hạn ${maxExtensions} lần`,
      );
    const by = (event.by ?? {}) as { workingDays?: unknown; workingHours?: unknown };
    const parts = [by.workingDays, by.workingHours].filter((n) => n !== undefined);
    if (
      parts.length !== 1 ||
      !parts.every((n) => typeof n === 'number' && Number.isFinite(n) && n > 0)
    ) {
      throw refuse(
        'the extension must be one positive, finite working duration ({ workingDays } or { workingHours })',
        'thời gian gia hạn phải là một thời lượng dương, hữu hạn',
      );
    }
    stored = {
      ...stored,
      by:
        by.workingDays !== undefined
          ? { workingDays: by.workingDays }
          : { workingHours: by.workingHours },
    };
    run.extensions++;
  }
  if (event.type === 'pause') {
    if (!PAUSE_REASONS.includes(event.reason)) {
      throw refuse(
        `unknown reason ${describeValue(event.reason)} (${PAUSE_REASONS.join(', ')})`,
        `lý do tạm dừng không hợp lệ ${describeValue(event.reason)}`,
      );
    }
    stored = { ...stored, reason: event.reason };
  }
  run.phase = phaseOf([stored as SlaClock['events'][number]], run.phase);
  run.last = at;
  return stored as SlaClock['events'][number];
}

/**
 * Rebuilds a clock from its options and events: the same events always give the same clock.
 *
 * @param options - As {@link createClock}.
 * @param events - The events, in order.
 * @returns The clock.
 * @throws {SlaError} As {@link applyClockEvent}.
 * @example
 * ```ts
 * import { replayClock } from '@motcua/sla';
 * // The events as stored in the dossier's history:
 * const clock = replayClock({ limit: { workingDays: 5 } }, [
 *   { type: 'start', at: '2026-02-13T10:00:00+07:00' },
 *   { type: 'pause', at: '2026-02-23T09:00:00+07:00', reason: 'awaiting-supplement' },
 *   { type: 'resume', at: '2026-02-24T10:00:00+07:00' },
 * ]);
 * clock.events.map((e) => `${e.type} ${e.at}`);
 * //=> ['start 2026-02-13T03:00:00.000Z', 'pause 2026-02-23T02:00:00.000Z', 'resume 2026-02-24T03:00:00.000Z']
 * ```
 * @category SLA clocks
 */
export function replayClock(options: CreateClockOptions, events: readonly ClockEvent[]): SlaClock {
  expectArray(events, 'replayClock', 'events');
  const fresh = createClock(options);
  // One pass, as a stored clock is read: linear in the events.
  const run: Run = { phase: 'not-started', last: undefined, extensions: 0 };
  const stored = events.map((e) => checkEvent(run, fresh.maxExtensions, e, 'replayClock'));
  return sealed({ ...fresh, events: stored });
}

/**
 * What a clock says at an instant.
 *
 * @example
 * ```ts
 * import { applyClockEvent, clockState, createClock, vietnamCalendar } from '@motcua/sla';
 * const cal = vietnamCalendar();
 * const clock = applyClockEvent(createClock({ limit: { workingDays: 5 } }), { type: 'start', at: '2026-02-13T10:00:00+07:00' });
 * const s = clockState(cal, clock, new Date('2026-02-24T10:00:00+07:00'));
 * s.status; //=> 'running'
 * [s.elapsedMinutes, s.remainingMinutes, s.fractionUsed]; //=> [960, 1440, 0.4]
 * s.dueAt; //=> '2026-02-27T03:00:00.000Z' (Fri 27/2 10:00 in Hà Nội)
 * // 50 %: Tue 24/2 15:00, 75 %: Wed 25/2 17:00, 100 %: the due instant.
 * s.thresholds.map((t) => t.at); //=> ['2026-02-24T08:00:00.000Z', '2026-02-25T10:00:00.000Z', '2026-02-27T03:00:00.000Z']
 * ```
 * @category SLA clocks
 */
export interface ClockState {
  /** `'not-started'`, `'running'`, `'paused'`, or after the due instant / at stop: `'breached'` / `'met'`. */
  readonly status: 'not-started' | 'running' | 'paused' | 'met' | 'breached';
  /** The due instant (moved later by pauses and extensions); `null` before the start. */
  readonly dueAt: Date | null;
  /** Working minutes counted (pauses excluded). */
  readonly elapsedMinutes: number;
  /** Working minutes left (negative once breached). */
  readonly remainingMinutes: number;
  /** `elapsed ÷ allowed`. */
  readonly fractionUsed: number;
  /** Working minutes allowed: the limit plus extensions. */
  readonly allowedMinutes: number;
  /** Working minutes paused so far. */
  readonly pausedMinutes: number;
  /** Extensions used. */
  readonly extensions: number;
  /**
   * When each threshold is (or was) crossed; while paused before reaching it, when it would be if
   * the clock resumed now (a projection that moves as the pause lasts); `null` before the start.
   */
  readonly thresholds: readonly { readonly fraction: number; readonly at: Date | null }[];
  /** After a stop: early, on time or late against the due instant. */
  readonly timeliness: Timeliness | null;
}

interface Folded {
  readonly start: number | null;
  readonly segments: readonly [number, number][]; // running spans [from, to) up to `at`
  readonly open: number | null; // start of the current running span, if running
  readonly allowed: number;
  readonly paused: number;
  readonly extensions: number;
  readonly stoppedAt: number | null;
  readonly phase: Phase;
}

function budgetOf(
  cal: WorkingCalendar,
  limit: ProcessingTime,
  start: number,
  convention: DueDateConvention,
): number {
  if (convention === 'working-hours' && ('workingDays' in limit || 'workingHours' in limit))
    return workingMinutesOf(limit, cal.standardDayMinutes) as number;
  // Calendar periods, clock time, same-day and immediate limits and the end-of-day convention: the working time between the
  // start and the due instant.
  return workingTimeBetween(
    cal,
    new Date(start),
    dueDate(cal, new Date(start), limit, { convention }),
  );
}

function fold(cal: WorkingCalendar, clock: SlaClock, at: number): Folded {
  let start: number | null = null;
  let open: number | null = null;
  let segments: [number, number][] = [];
  let allowed = 0;
  let paused = 0;
  let pauseFrom: number | null = null;
  let extensions = 0;
  let stoppedAt: number | null = null;
  let phase: Phase = 'not-started';
  for (const e of clock.events) {
    const t = Date.parse(e.at);
    if (t > at) break;
    switch (e.type) {
      case 'start':
      case 'restart':
        start = t;
        open = t;
        segments = [];
        paused = 0;
        pauseFrom = null;
        allowed =
          budgetOf(cal, clock.limit, t, clock.convention ?? 'working-hours') +
          (e.type === 'restart' ? extensionMinutes(cal, clock, t) : 0);
        phase = 'running';
        break;
      case 'pause':
        if (open !== null) segments.push([open, t]);
        open = null;
        pauseFrom = t;
        phase = 'paused';
        break;
      case 'resume':
        if (pauseFrom !== null) paused += workingTimeBetween(cal, new Date(pauseFrom), new Date(t));
        pauseFrom = null;
        open = t;
        phase = 'running';
        break;
      case 'extend': {
        const by = (e as unknown as { by: { workingDays?: number; workingHours?: number } }).by;
        allowed += (by.workingDays ?? 0) * cal.standardDayMinutes + (by.workingHours ?? 0) * 60;
        extensions++;
        break;
      }
      case 'stop':
        if (open !== null) segments.push([open, t]);
        if (pauseFrom !== null) paused += workingTimeBetween(cal, new Date(pauseFrom), new Date(t));
        open = null;
        pauseFrom = null;
        stoppedAt = t;
        phase = 'stopped';
        break;
    }
  }
  if (pauseFrom !== null)
    paused += Math.max(0, workingTimeBetween(cal, new Date(pauseFrom), new Date(at)));
  return { start, segments, open, allowed, paused, extensions, stoppedAt, phase };
}

/** Extensions granted before a restart carry over (the policy counts them once). */
function extensionMinutes(cal: WorkingCalendar, clock: SlaClock, until: number): number {
  let m = 0;
  for (const e of clock.events) {
    if (Date.parse(e.at) >= until) break;
    if (e.type === 'extend') {
      const by = (e as unknown as { by: { workingDays?: number; workingHours?: number } }).by;
      m += (by.workingDays ?? 0) * cal.standardDayMinutes + (by.workingHours ?? 0) * 60;
    }
  }
  return m;
}

/** The earliest instant at which `target` working minutes are counted, running spans given; null if paused before. */
function crossing(cal: WorkingCalendar, f: Folded, target: number, now: number): number {
  let counted = 0;
  for (const [a, b] of f.segments) {
    const w = workingTimeBetween(cal, new Date(a), new Date(b));
    if (counted + w >= target)
      return addWorkingTime(cal, new Date(a), { minutes: target - counted }).getTime();
    counted += w;
  }
  if (f.open !== null)
    return target - counted === 0
      ? f.open
      : addWorkingTime(cal, new Date(f.open), { minutes: target - counted }).getTime();
  // Stopped or paused before reaching it: projected as if running again from the stop, or from
  // `now` while paused (the paused time up to then already moved the due instant).
  const from = f.phase === 'stopped' ? (f.stoppedAt ?? now) : now;
  return addWorkingTime(cal, new Date(from), { minutes: target - counted }).getTime();
}

/**
 * The state of a clock at an instant: due instant, elapsed and remaining working time, status, the
 * instants at which it crosses its thresholds, and early / on time / late once stopped. The
 * calendar is passed in (a clock stores none), so the clock stays plain JSON.
 *
 * Semantics: the due instant is the start plus the limit (plus extensions) in working time, moved
 * later by every paused working minute; while paused, it keeps moving later, so pausing never brings
 * it earlier. A restart counts again from the restart instant.
 *
 * @param cal - The working calendar.
 * @param clock - The clock.
 * @param at - The instant.
 * @returns The state.
 * @throws {SlaError} `INVALID_DATE`.
 * @example
 * ```ts
 * import { applyClockEvent, clockState, createClock, vietnamCalendar } from '@motcua/sla';
 * const cal = vietnamCalendar();
 * const c = applyClockEvent(createClock({ limit: { workingDays: 5 } }), { type: 'start', at: '2026-02-13T10:00:00+07:00' });
 * clockState(cal, c, new Date('2026-02-23T10:00:00+07:00')).dueAt?.toISOString(); //=> '2026-02-27T03:00:00.000Z'
 * // Paused on Mon 23/2 09:00 for a supplement: on Tue 24/2 10:00, 9 paused working hours move the due instant later.
 * const paused = applyClockEvent(c, { type: 'pause', at: '2026-02-23T09:00:00+07:00', reason: 'awaiting-supplement' });
 * const s = clockState(cal, paused, new Date('2026-02-24T10:00:00+07:00'));
 * [s.status, s.pausedMinutes]; //=> ['paused', 540]
 * s.dueAt; //=> '2026-03-02T04:00:00.000Z' (Mon 2/3 11:00)
 * ```
 * @category SLA clocks
 */
export function clockState(cal: WorkingCalendar, clock: SlaClock, at: Instant): ClockState {
  return stateOfClock(cal, readClock(clock, 'clockState'), at);
}

/** {@link clockState} of a clock already checked. */
function stateOfClock(cal: WorkingCalendar, clock: SlaClock, at: Instant): ClockState {
  const now = instantMs(at, 'clockState: at');
  const f = fold(cal, clock, now);
  if (f.start === null) {
    return {
      status: 'not-started',
      dueAt: null,
      elapsedMinutes: 0,
      remainingMinutes: 0,
      fractionUsed: 0,
      allowedMinutes: 0,
      pausedMinutes: 0,
      extensions: 0,
      thresholds: clock.thresholds.map((fraction) => ({ fraction, at: null })),
      timeliness: null,
    };
  }
  const end = f.stoppedAt ?? now;
  let elapsed = 0;
  for (const [a, b] of f.segments) elapsed += workingTimeBetween(cal, new Date(a), new Date(b));
  if (f.open !== null)
    elapsed += Math.max(0, workingTimeBetween(cal, new Date(f.open), new Date(end)));
  // The due instant is where the allowed working time is used up, counting only the time the
  // clock ran: a pause before it moves it later by the paused working time; a pause that starts
  // after it (a supplement requested once the time had run out) does not move it. While the
  // allowance is not used up, it is projected from where the clock stands (the stop, or `at`).
  const dueAt = new Date(crossing(cal, f, f.allowed, now));
  const thresholds = clock.thresholds.map((fraction) => {
    const t = fraction === 1 ? dueAt.getTime() : crossing(cal, f, fraction * f.allowed, now);
    return { fraction, at: new Date(t) };
  });
  let status: ClockState['status'];
  if (f.phase === 'stopped') status = (f.stoppedAt ?? 0) <= dueAt.getTime() ? 'met' : 'breached';
  else if (now > dueAt.getTime()) status = 'breached';
  else status = f.phase === 'paused' ? 'paused' : 'running';
  return {
    status,
    dueAt,
    elapsedMinutes: elapsed,
    remainingMinutes: f.allowed - elapsed,
    fractionUsed: f.allowed === 0 ? 1 : elapsed / f.allowed,
    allowedMinutes: f.allowed,
    pausedMinutes: f.paused,
    extensions: f.extensions,
    thresholds,
    timeliness:
      f.stoppedAt === null
        ? null
        : classifyTimeliness(new Date(f.stoppedAt), dueAt, { calendar: cal }),
  };
}

/**
 * A printable explanation of a clock at an instant: its events and the non-working days between the
 * start and the due instant, and why.
 *
 * @param cal - The calendar.
 * @param clock - The clock.
 * @param at - The instant.
 * @returns The lines, in Vietnamese and English.
 * @example
 * ```ts
 * import { applyClockEvent, createClock, explainClock, vietnamCalendar } from '@motcua/sla';
 * const clock = applyClockEvent(createClock({ limit: { workingDays: 5 } }), { type: 'start', at: '2026-02-13T10:00:00+07:00' });
 * explainClock(vietnamCalendar(), clock, new Date('2026-02-24T10:00:00+07:00')).map((l) => l.vi);
 * //=> ['2026-02-13T03:00:00.000Z: start', '2026-02-14: Thứ Bảy', …, 'Hạn: 2026-02-27T03:00:00.000Z, đã dùng 40 %']
 * ```
 * @category SLA clocks
 */
export function explainClock(cal: WorkingCalendar, clock: SlaClock, at: Instant): LocalizedText[] {
  const checked = readClock(clock, 'explainClock');
  const s = stateOfClock(cal, checked, at);
  const atMs = instantMs(at, 'explainClock: at');
  const lines: LocalizedText[] = checked.events
    .filter((e) => Date.parse(e.at) <= atMs)
    .map((e) => ({
      vi: `${e.at}: ${e.type}${'reason' in e ? ` (${describeValue(e.reason)})` : ''}`,
      en: `${e.at}: ${e.type}${'reason' in e ? ` (${describeValue(e.reason)})` : ''}`,
    }));
  const start = checked.events.find((e) => e.type === 'start' || e.type === 'restart');
  if (start && s.dueAt) {
    const from = new Date(start.at);
    for (let d = new Date(from); d <= s.dueAt; d = new Date(d.getTime() + 86_400_000)) {
      const day = describeDay(cal, d);
      if (!day.working)
        lines.push({
          vi: `${day.date}: ${day.name?.vi ?? 'Ngày nghỉ'}`,
          en: `${day.date}: ${day.name?.en ?? 'Day off'}`,
        });
    }
    lines.push({
      vi: `Hạn: ${s.dueAt.toISOString()}, đã dùng ${Math.round(s.fractionUsed * 100)} %`,
      en: `Due: ${s.dueAt.toISOString()}, ${Math.round(s.fractionUsed * 100)} % used`,
    });
  }
  return lines;
}
