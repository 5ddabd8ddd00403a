/**
 * `@motcua/sla`: the Vietnamese lunar calendar, public holidays and official days off, working-time
 * calendars, legal deadlines in working days and hours, pausable SLA clocks, and early / on-time /
 * late classification.
 *
 * @packageDocumentation
 */

export type { SlaErrorCode } from './errors';
export { isSlaError, SlaError } from './errors';
// --- lunar calendar ---
export type { CanChi, LunarDate, LunarMonth, LunarYear, ToLunarOptions } from './lunar-hnd/lunar';
export {
  canChi,
  formatLunarDate,
  fromLunar,
  lunarMonthName,
  lunarYear,
  toLunar,
} from './lunar-hnd/lunar';
export type { CivilDate, DateInput, Locale, LocalizedText } from './types';

// --- end lunar calendar ---

// --- holidays, working calendars and working-time arithmetic ---
export type {
  ClockInterval,
  DayDescription,
  DayEntry,
  DayKind,
  DayOverride,
  DaySource,
  ScheduleDocument,
  VietnamCalendarOptions,
  WorkingCalendar,
} from './engine/calendar';
export {
  daysOff,
  describeDay,
  makeUpDays,
  vietnamCalendar,
  withOverrides,
} from './engine/calendar';
export type { CalendarChange } from './engine/diff';
export { diffCalendars } from './engine/diff';
export type { ScheduleIssue } from './engine/schedule';
export { parseSchedule, ScheduleDocumentSchema } from './engine/schedule';
export type { WorkingDuration } from './engine/worktime';
export {
  addWorkingDays,
  addWorkingTime,
  isWorkingDay,
  isWorkingTime,
  nextOpening,
  nextWorkingDay,
  previousWorkingDay,
  workingDaysBetween,
  workingIntervals,
  workingTimeBetween,
} from './engine/worktime';

// --- end holidays, working calendars and working-time arithmetic ---

export type {
  ClockEvent,
  ClockState,
  CreateClockOptions,
  PauseReason,
  SlaClock,
} from './clock/clock';
export { applyClockEvent, clockState, createClock, explainClock, replayClock } from './clock/clock';
export type { AllotmentCheck, RolledUpClocks } from './clock/rollup';
export { checkAllotments, rollUpClocks } from './clock/rollup';
// --- deadlines and SLA clocks ---
export type {
  ClassifyTimelinessOptions,
  DueDateConvention,
  DueDateExplanation,
  DueDateOptions,
  ProcessingTime,
  Timeliness,
  TraceEntry,
} from './engine/deadline';
export { classifyTimeliness, dueDate, explainDueDate } from './engine/deadline';
export { formatProcessingTime, parseProcessingTime, safeParseProcessingTime } from './engine/parse';
// --- end deadlines and SLA clocks ---
