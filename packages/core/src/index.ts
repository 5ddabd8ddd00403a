/**
 * `@motcua/core`: procedures, dossiers and their legal lifecycle, dossier codes, receipts and
 * letters, reports and the service index.
 *
 * @packageDocumentation
 */
export type { CoreErrorCode } from './core-errors';
export { CoreError, isCoreError } from './core-errors';

export type { DossierClockOptions } from './lifecycle/clock';
export { dossierClock, dossierClockState } from './lifecycle/clock';
export type { DossierCodeParts } from './lifecycle/code';
export {
  formatDossierCode,
  isDossierCode,
  parseDossierCode,
  safeParseDossierCode,
} from './lifecycle/code';
export { dossierStateDiagram } from './lifecycle/diagram';
export type { DossierDocument, DossierDocumentKind } from './lifecycle/documents';
export { dossierDocuments } from './lifecycle/documents';
export type {
  Dossier,
  DossierEvent,
  DossierEventType,
  DossierOptions,
  DossierStatus,
  ReceiveDossierInput,
  StoredEvent,
  TimelinessOptions,
  Transition,
} from './lifecycle/dossier';
export {
  allowedEvents,
  applyDossierEvent,
  dossierFromJSON,
  dossierRecord,
  dossierTransitions,
  receiveDossier,
  replayDossier,
  submitOnline,
  timeliness,
} from './lifecycle/dossier';
export type { Catalog, CatalogFilter } from './model/catalog';
export { createCatalog } from './model/catalog';
export { toCpsvAp } from './model/cpsv';
export type { ProcedureIssue } from './model/parse';
export { parseCatalog, parseProcedure } from './model/parse';
export type {
  ChannelTerms,
  Procedure,
  ProcedureFee,
  ProcedureSource,
  ProcedureSpec,
  ProcessStep,
  Role,
} from './model/procedure';
export { defineProcedure } from './model/procedure';
export { sampleCatalog } from './model/sampleCatalog';

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
