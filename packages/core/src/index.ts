/**
 * `@motcua/core`: procedures, dossiers and their legal lifecycle, dossier codes, receipts and
 * letters, reports and the service index.
 *
 * @packageDocumentation
 */
export type { CoreErrorCode } from './core-errors';
export { CoreError, isCoreError } from './core-errors';

// --- reports (lead) ---
export type {
  AggregateDossiersOptions,
  DossierAggregate,
  ReportCounts,
  ReportDimension,
  ReportGranularity,
} from './report/aggregate';
export {
  aggregateDossiers,
  aggregateDossiersAsync,
  emptyReportCounts,
  mergeDossierAggregates,
} from './report/aggregate';
export type { Channel, DossierOutcome, DossierRecord } from './report/record';
export type { RecordIssue } from './report/schema';
export { DossierRecordSchema, parseDossierRecord } from './report/schema';
export type {
  IndexBand,
  IndexIndicator,
  IndexProcedure,
  ServiceIndex,
  ServiceIndexInput,
} from './report/serviceIndex';
export { serviceIndex } from './report/serviceIndex';
export type { DossierReport, DossierSummary, SummarizeDossiersOptions } from './report/summary';
export { summarizeCounts, summarizeDossiers } from './report/summary';
// --- end reports ---
