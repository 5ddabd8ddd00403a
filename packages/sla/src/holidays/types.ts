/**
 * The shape of a calendar's special dates: what kind of day, from which document, estimated or not.
 *
 * @module
 */
import type { CivilDate, LocalizedText } from '../types';

/**
 * Why a date is special in the calendar:
 * - `'holiday'`: a public holiday (Labour Code Art. 112);
 * - `'tet'`: one of the Lunar New Year days;
 * - `'compensatory'`: the next working day off for a holiday on a weekly rest day (Art. 111 cl. 3);
 * - `'swapped'`: a weekday off swapped with a make-up Saturday (hoán đổi);
 * - `'make-up'`: a rest day worked instead (làm bù): a working day;
 * - `'local'`: a day off or special hours a province or unit adds.
 *
 * @example
 * ```ts
 * import { daysOff, vietnamCalendar } from '@motcua/sla';
 * daysOff(vietnamCalendar(), 2025).find((d) => d.date === '2025-05-02')?.kind; //=> 'swapped'
 * ```
 * @category Calendar
 */
export type DayKind = 'holiday' | 'tet' | 'compensatory' | 'swapped' | 'make-up' | 'local';

/**
 * Where a calendar entry comes from.
 *
 * @example
 * ```ts
 * import type { DaySource } from '@motcua/sla';
 * const s: DaySource = { document: 'MoHA Notice 9441/TB-BNV (16/10/2025)', confidence: 'high' };
 * ```
 * @category Calendar
 */
export interface DaySource {
  /** The announcing or approving document(s), or the rule applied. */
  readonly document: string;
  /** Confidence of the fact: `'high'` (official text or two sources), `'medium'`, or `'rule'` (derived). */
  readonly confidence: 'high' | 'medium' | 'rule';
}

/**
 * One special date of the calendar: a day off, or a make-up working day.
 *
 * @example
 * ```ts
 * import { daysOff, vietnamCalendar } from '@motcua/sla';
 * const newYear = daysOff(vietnamCalendar(), 2026)[0];
 * newYear; //=> { date: '2026-01-01', kind: 'holiday', name: { vi: 'Tết Dương lịch', en: "New Year's Day" }, … }
 * newYear?.source; //=> { document: 'VPCP 12729/VPCP-KGVX …', confidence: 'high' }
 * [newYear?.estimated, newYear?.onRestDay]; //=> [false, false]
 * // No schedule is published for 2030 yet: its days off come from the Labour Code's rules.
 * daysOff(vietnamCalendar(), 2030)[0]; //=> { date: '2030-01-01', source: { confidence: 'rule', … }, estimated: true, … }
 * ```
 * @category Calendar
 */
export interface DayEntry {
  /** The civil date. */
  readonly date: CivilDate;
  /** Why it is special. */
  readonly kind: DayKind;
  /** The holiday it belongs to, in Vietnamese and English. */
  readonly name: LocalizedText;
  /** Where it comes from (`null` for an app's own override without a source). */
  readonly source: DaySource | null;
  /** `true` when derived from the rules because no official schedule was published (or shipped). */
  readonly estimated: boolean;
  /** `true` for a holiday that falls on a weekly rest day (it is what yields a compensatory day). */
  readonly onRestDay: boolean;
}
