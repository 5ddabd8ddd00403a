/**
 * `@motcua/core`: procedures, dossiers and their legal lifecycle, dossier codes, receipts and
 * letters, reports and the service index.
 *
 * @packageDocumentation
 */
export type { Issue, IssuePath, Result } from '@motcua/errors';
export { isMotcuaError, MotcuaError } from '@motcua/errors';
export type { DossierClockOptions } from './dossier/clock';
export { dossierClock, dossierClockState } from './dossier/clock';
export type { DossierCodeParts, ParseDossierCodeOptions } from './dossier/code';
export {
  formatDossierCode,
  isDossierCode,
  parseDossierCode,
  safeParseDossierCode,
} from './dossier/code';
export { dossierStateDiagram } from './dossier/diagram';
export type {
  DossierDocument,
  DossierDocumentFields,
  DossierDocumentKind,
} from './dossier/documents';
export { dossierDocuments } from './dossier/documents';
export { receiveDossier, submitOnline } from './dossier/receive';
export { applyDossierEvent } from './dossier/reducer';
export { dossierFromJSON, replayDossier } from './dossier/replay';
export type { Transition } from './dossier/transitions';
export { allowedEvents, dossierTransitions } from './dossier/transitions';
export type {
  Dossier,
  DossierEvent,
  DossierEventType,
  DossierOptions,
  DossierStatus,
  ReceiveDossierInput,
  RefusalReasonCode,
  StoredEvent,
} from './dossier/types';
export { REFUSAL_REASONS } from './dossier/types';
export type { CoreErrorCode } from './errors';
export { CoreError, isCoreError } from './errors';
export type { Catalog, CatalogFilter } from './procedure/catalog';
export { createCatalog } from './procedure/catalog';
export { toCpsvAp } from './procedure/cpsv';
export type { ProcedureIssue } from './procedure/parse';
export {
  catalogJsonSchema,
  parseCatalog,
  parseProcedure,
  safeParseCatalog,
  safeParseProcedure,
} from './procedure/parse';
export type {
  ChannelTerms,
  Procedure,
  ProcedureFee,
  ProcedureResult,
  ProcedureSource,
  ProcedureSpec,
  ProcessStep,
  Role,
} from './procedure/procedure';
export { defineProcedure } from './procedure/procedure';
// --- reports (lead) ---
export type { AggregateDossiersOptions } from './report/aggregate';
export { aggregateDossiers, aggregateDossiersAsync } from './report/aggregate';
export type {
  DossierAggregate,
  ReportCounts,
  ReportDimension,
  ReportGranularity,
} from './report/counts';
export { emptyReportCounts } from './report/counts';
export type { ReportHtmlInput, ReportHtmlOptions } from './report/html';
export { reportHtml } from './report/html';
export { mergeDossierAggregates } from './report/merge';
export type { Channel, DossierOutcome, DossierRecord } from './report/record';
export { DOSSIER_OUTCOMES, dossierRecord } from './report/record';
export type { RegroupedRecords } from './report/regroup';
export { regroupUnits } from './report/regroup';
export type { RecordIssue } from './report/schema';
export {
  DossierRecordSchema,
  dossierRecordJsonSchema,
  parseDossierRecord,
  safeParseDossierRecord,
} from './report/schema';
export { serviceIndex } from './report/serviceIndex/serviceIndex';
export type {
  IndexBand,
  IndexIndicator,
  IndexProcedure,
  ServiceIndex,
  ServiceIndexInput,
} from './report/serviceIndex/types';
export type { DossierReport, DossierSummary, SummarizeDossiersOptions } from './report/summary';
export { summarizeCounts, summarizeDossiers } from './report/summary';
export type { Judged766, TimelinessOptions } from './report/timeliness';
export { judge766, timeliness } from './report/timeliness';
export {
  dossierAggregateJsonSchema,
  parseDossierAggregate,
  safeParseDossierAggregate,
} from './report/validate';
export { sampleCatalog } from './samples/sampleCatalog';
// --- end reports ---
export type { PostgresSqlOptions } from './sql/postgres';
export { postgresReportSql, postgresSql } from './sql/postgres';
