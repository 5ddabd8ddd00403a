/**
 * `@motcua/sla`: the Vietnamese lunar calendar, public holidays and official days off, working-time
 * calendars, legal deadlines in working days and hours, pausable SLA clocks, and early / on-time /
 * late classification.
 *
 * @packageDocumentation
 */
export { isSlaError, SlaError } from './errors';
export type { SlaErrorCode } from './errors';
export type { CivilDate, DateInput, LocalizedText, Locale } from './types';

// --- lunar calendar ---

// --- end lunar calendar ---

// --- holidays, working calendars and working-time arithmetic ---

// --- end holidays, working calendars and working-time arithmetic ---

// --- deadlines and SLA clocks ---

// --- end deadlines and SLA clocks ---
