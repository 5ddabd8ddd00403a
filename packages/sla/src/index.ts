/**
 * `@motcua/sla`: the Vietnamese lunar calendar, public holidays and official days off, working-time
 * calendars, legal deadlines in working days and hours, pausable SLA clocks, and early / on-time /
 * late classification.
 *
 * @packageDocumentation
 */

export type { Issue, IssuePath, Result } from '@motcua/errors';
export { isMotcuaError, MotcuaError } from '@motcua/errors';
export { parseInstant } from './_lib/instant';
export { civilDateOf, startOfCivilDay } from './_lib/zone';
export type { SlaErrorCode } from './errors';
export { isSlaError, SlaError } from './errors';
// --- lunar calendar ---
export type { CanChi, LunarDate, LunarMonth, LunarYear, ToLunarOptions } from './lunar/lunar';
export {
  canChi,
  formatLunarDate,
  fromLunar,
  lunarMonthName,
  lunarYear,
  toLunar,
} from './lunar/lunar';
export type { CivilDate, DateInput, Instant, Locale, LocalizedText } from './types';

// --- end lunar calendar ---

// --- holidays, working calendars and working-time arithmetic ---
export type {
  ClockInterval,
  DayOverride,
  ScheduleDocument,
  VietnamCalendarOptions,
  WorkingCalendar,
} from './calendar/calendar';
export { vietnamCalendar, withOverrides } from './calendar/calendar';
export type { DayDescription } from './calendar/days';
export { daysOff, describeDay, makeUpDays } from './calendar/days';
export type { CalendarChange } from './calendar/diff';
export { diffCalendars } from './calendar/diff';
export type { DayEntry, DayKind, DaySource } from './holidays/types';
export type { WorkingDuration } from './worktime/worktime';
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
} from './worktime/worktime';

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
  ProcessingAllotment,
  ProcessingAlternative,
  ProcessingChannel,
  ProcessingLimit,
  ProcessingTime,
  ProcessingTimeExtras,
  Timeliness,
  TraceEntry,
} from './deadline/deadline';
export { classifyTimeliness, dueDate, explainDueDate } from './deadline/deadline';
export type { ProcessingTimeIssue } from './deadline/processingTime';
export {
  formatProcessingTime,
  parseProcessingTime,
  safeParseProcessingTime,
} from './deadline/processingTime';
export { allowedWorkingMinutes, isProcessingTime } from './deadline/value';
// --- formatting ---
export type { FormatInstantOptions, InstantStyle } from './format/instant';
export { formatInstant } from './format/instant';
// --- end deadlines and SLA clocks ---

// --- PostgreSQL ---
export type { PostgresCalendarOptions } from './sql/postgres';
export { postgresCalendarSql } from './sql/postgres';
