/**
 * Interlinked (liên thông) procedures: each step at each agency has its own clock and allotment;
 * the allotments must fit the legal limit, and the steps roll up into the dossier's clock.
 *
 * @module
 */

import { expectArray, expectObject } from '../_lib/guard';
import type { WorkingCalendar } from '../calendar/calendar';
import type { ProcessingTime } from '../deadline/deadline';
import { formatProcessingTime } from '../deadline/processingTime';
import { readProcessingTime, workingMinutesOf } from '../deadline/value';
import type { Instant } from '../types';
import { type ClockState, clockState, type SlaClock } from './clock';

/**
 * The result of {@link checkAllotments}.
 *
 * @example
 * ```ts
 * import { checkAllotments, vietnamCalendar } from '@motcua/sla';
 * checkAllotments(vietnamCalendar(), { workingDays: 5 }, [{ step: 'Công an', minutes: 1440 }, { step: 'BHXH', minutes: 960 }]).ok; //=> true
 * ```
 * @category SLA clocks
 */
export interface AllotmentCheck {
  /** Whether the allotments fit the limit. */
  readonly ok: boolean;
  /** Working minutes allotted in total. */
  readonly allotted: number;
  /** Working minutes the limit allows (`null` for calendar-day limits, which have no fixed working time). */
  readonly limit: number | null;
  /** Minutes over the limit (0 when it fits). */
  readonly excess: number;
  /** The explanation when it does not fit. */
  readonly message: { readonly vi: string; readonly en: string } | null;
}

/**
 * Checks that the steps' allotments (working minutes) fit a processing time.
 *
 * @param cal - The calendar (its standard day converts working days to minutes).
 * @param limit - The procedure's processing time.
 * @param steps - Each step and its allotment in working minutes.
 * @returns Whether it fits, and by how much it does not.
 * @example
 * ```ts
 * import { checkAllotments, vietnamCalendar } from '@motcua/sla';
 * checkAllotments(vietnamCalendar(), { workingDays: 2 }, [{ step: 'A', minutes: 600 }, { step: 'B', minutes: 600 }]).excess; //=> 240
 * ```
 * @category SLA clocks
 */
export function checkAllotments(
  cal: WorkingCalendar,
  limit: ProcessingTime,
  steps: readonly { readonly step: string; readonly minutes: number }[],
): AllotmentCheck {
  expectArray(steps, 'checkAllotments', 'the steps');
  for (const s of steps) expectObject(s, 'checkAllotments', 'a step');
  const allotted = steps.reduce((a, s) => a + s.minutes, 0);
  const cap = workingMinutesOf(
    readProcessingTime(limit, 'checkAllotments'),
    cal.standardDayMinutes,
  );
  const excess = cap === null ? 0 : Math.max(0, allotted - cap);
  return {
    ok: excess === 0,
    allotted,
    limit: cap,
    excess,
    message:
      excess === 0
        ? null
        : {
            vi: `Tổng thời gian các bước (${allotted} phút làm việc) vượt thời hạn ${formatProcessingTime(limit, 'vi')} ${excess} phút`,
            en: `The steps' allotments (${allotted} working minutes) exceed ${formatProcessingTime(limit, 'en')} by ${excess} minutes`,
          },
  };
}

/**
 * The dossier's clock and its steps' clocks at an instant, rolled up.
 *
 * @example
 * ```ts
 * import { rollUpClocks } from '@motcua/sla';
 * rollUpClocks(cal, dossierClock, [{ step: 'Công an phường', clock: policeClock }], new Date()).breachedSteps;
 * ```
 * @category SLA clocks
 */
export interface RolledUpClocks {
  /** The dossier's clock. */
  readonly dossier: ClockState;
  /** Each step's clock. */
  readonly steps: readonly { readonly step: string; readonly state: ClockState }[];
  /** Steps past their own allotment (the agency responsible for a delay). */
  readonly breachedSteps: readonly string[];
  /** `'breached'` if the dossier's clock is; `'at-risk'` if a step is but the dossier is not yet; else the dossier's status. */
  readonly status: ClockState['status'] | 'at-risk';
}

/**
 * Reads the dossier's clock and each interlinked step's clock at an instant, and names the steps
 * past their own allotment, so a late dossier can be traced to the agency that held it.
 *
 * @param cal - The calendar.
 * @param dossier - The dossier's clock.
 * @param steps - Each step's clock.
 * @param at - The instant.
 * @returns The roll-up.
 * @example
 * ```ts
 * import { rollUpClocks } from '@motcua/sla';
 * rollUpClocks(cal, dossierClock, [{ step: 'Công an phường', clock: policeClock }], new Date('2026-02-24T10:00:00+07:00')).status;
 * ```
 * @category SLA clocks
 */
export function rollUpClocks(
  cal: WorkingCalendar,
  dossier: SlaClock,
  steps: readonly { readonly step: string; readonly clock: SlaClock }[],
  at: Instant,
): RolledUpClocks {
  const d = clockState(cal, dossier, at);
  const states = steps.map((s) => ({ step: s.step, state: clockState(cal, s.clock, at) }));
  const breachedSteps = states.filter((s) => s.state.status === 'breached').map((s) => s.step);
  return {
    dossier: d,
    steps: states,
    breachedSteps,
    status: d.status !== 'breached' && breachedSteps.length > 0 ? 'at-risk' : d.status,
  };
}
