/**
 * Interlinked (liên thông) procedures: each step at each agency has its own clock and allotment;
 * the allotments must fit the legal limit, and the steps roll up into the dossier's clock.
 *
 * @module
 */

import { expectArray, expectObject } from '../_lib/guard';
import { show as describeValue } from '../_lib/show';
import type { WorkingCalendar } from '../calendar/calendar';
import { stateOf } from '../calendar/state';
import type { ProcessingTime } from '../deadline/deadline';
import { formatProcessingTime } from '../deadline/processingTime';
import { readProcessingTime, workingMinutesOf } from '../deadline/value';
import { SlaError } from '../errors';
import type { Instant } from '../types';
import { type ClockState, clockState, type SlaClock } from './clock';

/**
 * The result of {@link checkAllotments}.
 *
 * @example
 * ```ts
 * import { checkAllotments, vietnamCalendar } from '@motcua/sla';
 * // 5 working days (2,400 working minutes) shared between the police (3 days) and social insurance (2 days).
 * checkAllotments(vietnamCalendar(), { workingDays: 5 }, [{ step: 'Công an', minutes: 1440 }, { step: 'BHXH', minutes: 960 }]);
 * //=> { ok: true, allotted: 2400, limit: 2400, excess: 0, message: null }
 * checkAllotments(vietnamCalendar(), { days: 15 }, [{ step: 'Công an', minutes: 1440 }]).limit; //=> null (calendar days)
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
 * const check = checkAllotments(vietnamCalendar(), { workingDays: 2 }, [{ step: 'UBND xã', minutes: 600 }, { step: 'Công an', minutes: 600 }]);
 * [check.ok, check.allotted, check.limit, check.excess]; //=> [false, 1200, 960, 240]
 * check.message?.vi; //=> 'Tổng thời gian các bước (1200 phút làm việc) vượt thời hạn 02 ngày làm việc 240 phút'
 * ```
 * @category SLA clocks
 */
export function checkAllotments(
  cal: WorkingCalendar,
  limit: ProcessingTime,
  steps: readonly { readonly step: string; readonly minutes: number }[],
): AllotmentCheck {
  stateOf(cal, 'checkAllotments'); // a calendar made by vietnamCalendar, not a look-alike
  expectArray(steps, 'checkAllotments', 'the steps');
  let allotted = 0;
  for (const s of steps) {
    expectObject(s, 'checkAllotments', 'a step');
    const m: unknown = s.minutes;
    if (typeof s.step !== 'string' || !(typeof m === 'number' && Number.isFinite(m) && m >= 0))
      throw new SlaError(
        'INVALID_ARGUMENT',
        {
          en: `checkAllotments: a step is { step: string, minutes: a finite number ≥ 0 }, got ${describeValue(s)}`,
          vi: `checkAllotments: mỗi bước là { step: chuỗi, minutes: số hữu hạn ≥ 0 }, nhận được ${describeValue(s)}`,
        },
        { step: s },
      );
    allotted += m;
  }
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
 * import { replayClock, rollUpClocks, vietnamCalendar } from '@motcua/sla';
 * const received = { type: 'start', at: '2026-02-13T10:00:00+07:00' } as const;
 * const dossierClock = replayClock({ limit: { workingDays: 5 } }, [received]);
 * const policeClock = replayClock({ limit: { workingDays: 1 } }, [received]);
 * const r = rollUpClocks(vietnamCalendar(), dossierClock, [{ step: 'Công an phường', clock: policeClock }], '2026-02-24T10:00:00+07:00');
 * r.dossier.status; //=> 'running'
 * r.steps[0]?.state.dueAt; //=> '2026-02-23T03:00:00.000Z' (the police's one day ended Mon 23/2 10:00)
 * r.breachedSteps; //=> ['Công an phường']
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
 * import { replayClock, rollUpClocks, vietnamCalendar } from '@motcua/sla';
 * const cal = vietnamCalendar();
 * const received = { type: 'start', at: '2026-02-13T10:00:00+07:00' } as const;
 * const dossierClock = replayClock({ limit: { workingDays: 5 } }, [received]); // due Fri 27/2 10:00
 * const steps = [
 *   { step: 'Công an phường', clock: replayClock({ limit: { workingDays: 1 } }, [received]) }, // due Mon 23/2 10:00
 *   { step: 'Chi cục Thuế', clock: replayClock({ limit: { workingDays: 3 } }, [received]) }, // due Wed 25/2 10:00
 * ];
 * rollUpClocks(cal, dossierClock, steps, new Date('2026-02-23T09:00:00+07:00')).status; //=> 'running'
 * rollUpClocks(cal, dossierClock, steps, new Date('2026-02-24T10:00:00+07:00')).status; //=> 'at-risk' (the police step is late)
 * rollUpClocks(cal, dossierClock, steps, new Date('2026-02-27T11:00:00+07:00')).status; //=> 'breached'
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
  expectArray(steps, 'rollUpClocks', 'the steps');
  const states = steps.map((s) => {
    expectObject(s, 'rollUpClocks', 'a step');
    if (typeof s.step !== 'string')
      throw new SlaError(
        'INVALID_ARGUMENT',
        {
          en: `rollUpClocks: a step is { step: string, clock }, got step ${describeValue(s.step)}`,
          vi: `rollUpClocks: mỗi bước là { step: chuỗi, clock }, nhận được step ${describeValue(s.step)}`,
        },
        { step: s.step },
      );
    return { step: s.step, state: clockState(cal, s.clock, at) };
  });
  const breachedSteps = states.filter((s) => s.state.status === 'breached').map((s) => s.step);
  return {
    dossier: d,
    steps: states,
    breachedSteps,
    status: d.status !== 'breached' && breachedSteps.length > 0 ? 'at-risk' : d.status,
  };
}
