/**
 * The dossier's types: its states, events, value, stored history, options.
 *
 * @module
 */
import type { FormDefinition } from '@motcua/forms';
import type { LocalizedText, ProcessingTime, WorkingCalendar } from '@motcua/sla';
import type { Procedure, Role } from '../procedure/procedure';
import type { Channel } from '../report/record';

/**
 * The states of a dossier.
 *
 * @example
 * ```ts
 * import type { DossierStatus } from '@motcua/core';
 * const s: DossierStatus = 'awaiting-supplement';
 * ```
 * @category Dossiers
 */
export type DossierStatus =
  | 'awaiting-receipt'
  | 'incomplete'
  | 'refused-at-reception'
  | 'received'
  | 'processing'
  | 'at-other-agency'
  | 'awaiting-supplement'
  | 'result-ready'
  | 'returned'
  | 'stopped'
  | 'withdrawn'
  | 'refused';

/**
 * An event of a dossier's life. Every event carries its instant (`at`, ISO 8601 with offset or a
 * `Date`) and, optionally, who did it (`role`, checked against the transition table when given).
 *
 * @example
 * ```ts
 * import type { DossierEvent } from '@motcua/core';
 * const e: DossierEvent = { type: 'request-supplement', at: '2026-02-23T09:00:00+07:00', reason: 'Thiếu giấy chứng sinh' };
 * ```
 * @category Dossiers
 */
export type DossierEvent = (
  | { readonly type: 'receive' }
  | { readonly type: 'guide-supplement'; readonly reason: string }
  | { readonly type: 'resubmit' }
  | {
      readonly type: 'refuse-reception';
      readonly reason: string;
      /** The reason's code (default `'other'`); see {@link REFUSAL_REASONS}. */
      readonly reasonCode?: RefusalReasonCode | undefined;
    }
  | {
      readonly type: 'transfer';
      /** The unit the dossier is transferred to: it becomes the competent unit. */
      readonly to?: string | undefined;
    }
  | {
      readonly type: 'send-to-agency';
      readonly agency: string;
      /**
       * The step's allotment in working minutes; when absent, the agency's allotment in the
       * procedure's per-agency split of its processing time (`processingTime.allotments`).
       */
      readonly minutes?: number | undefined;
    }
  | {
      readonly type: 'agency-returned';
      /** Which agency returned (required when several steps are open at once). */
      readonly agency?: string | undefined;
    }
  | {
      readonly type: 'request-supplement';
      readonly reason: string;
      /** The agency of an interlinked step that asks (while the dossier is at other agencies). */
      readonly agency?: string | undefined;
    }
  | { readonly type: 'supplement-received' }
  | {
      readonly type: 'exclusion-started';
      /** The excluded period, one of the procedure's `processingTime.excluding` ("thời gian niêm yết"). */
      readonly period: string;
    }
  | { readonly type: 'exclusion-ended' }
  | { readonly type: 'apologize'; readonly reason: string; readonly newDueAt: Date | string }
  | {
      readonly type: 'apply-alternative';
      /** The index of the alternative in the procedure's `processingTime.alternatives`. */
      readonly alternative: number;
      readonly reason: string;
    }
  | { readonly type: 'complete'; readonly electronicResult?: boolean | undefined }
  | {
      readonly type: 'refuse';
      readonly reason: string;
      /** The reason's code (default `'other'`); see {@link REFUSAL_REASONS}. */
      readonly reasonCode?: RefusalReasonCode | undefined;
    }
  | { readonly type: 'stop'; readonly reason: string }
  | { readonly type: 'withdraw' }
  | { readonly type: 'return-result' }
) & {
  readonly at: Date | string;
  readonly role?: Role | undefined;
  readonly by?: string | undefined;
};

/**
 * Why a dossier was refused, as a code (the `reason` says it in words):
 * - `'not-competent'`: outside the agency's competence (wrong level or place);
 * - `'incomplete'`: the dossier is not complete or not valid (after the one-time guidance);
 * - `'not-eligible'`: the applicant does not meet the procedure's conditions;
 * - `'false-information'`: forged documents or false declarations;
 * - `'other'`: any other lawful reason.
 *
 * @example
 * ```ts
 * import type { RefusalReasonCode } from '@motcua/core';
 * const c: RefusalReasonCode = 'not-eligible';
 * ```
 * @category Dossiers
 */
export type RefusalReasonCode =
  | 'not-competent'
  | 'incomplete'
  | 'not-eligible'
  | 'false-information'
  | 'other';

/**
 * The refusal reason codes with their labels in both languages.
 *
 * @example
 * ```ts
 * import { REFUSAL_REASONS } from '@motcua/core';
 * REFUSAL_REASONS['not-competent'].vi; //=> 'Không thuộc thẩm quyền giải quyết'
 * ```
 * @category Dossiers
 */
export const REFUSAL_REASONS: Readonly<
  Record<RefusalReasonCode, { readonly vi: string; readonly en: string }>
> = Object.freeze({
  'not-competent': {
    vi: 'Không thuộc thẩm quyền giải quyết',
    en: 'Outside the agency’s competence',
  },
  incomplete: {
    vi: 'Hồ sơ không đầy đủ, không hợp lệ',
    en: 'The dossier is incomplete or invalid',
  },
  'not-eligible': {
    vi: 'Không đủ điều kiện giải quyết',
    en: 'The applicant does not meet the conditions',
  },
  'false-information': {
    vi: 'Giấy tờ giả mạo hoặc khai không trung thực',
    en: 'Forged documents or false declarations',
  },
  other: { vi: 'Lý do khác', en: 'Other reason' },
});

/** The event types. @category Dossiers @example `const t: DossierEventType = 'complete';` */
export type DossierEventType = DossierEvent['type'];

/**
 * A dossier: a frozen value whose instants are `Date`s (fresh for every dossier returned, so no two
 * values share one), with its append-only history of events (the JSON log, instants as ISO strings).
 * Store it with `JSON.stringify`; read it back with {@link dossierFromJSON}, which replays the
 * history.
 *
 * @example
 * ```ts
 * import { receiveDossier, sampleCatalog } from '@motcua/core';
 * const catalog = sampleCatalog();
 * const d = receiveDossier({ procedure: catalog.get('2.000908')!, channel: 'direct', receivedAt: new Date('2026-02-13T09:00:00+07:00'),
 *   agencyId: '000.00.01.H26', sequence: 1, applicant: { name: 'Lê Văn Cường' }, data: catalog.sampleData('2.000908') });
 * d.status; //=> 'received'
 * d.dueAt?.toISOString(); //=> '2026-02-13T10:00:00.000Z' (17:00 the same day)
 * ```
 * @typeParam Data - The form data (inferred from the procedure's form by `receiveDossier`).
 * @category Dossiers
 */
export interface Dossier<Data = unknown> {
  /** Marks the value and its format version. */
  readonly kind: 'motcua.dossier/1';
  /**
   * The dossier code (mã số hồ sơ), `{agencyId}-{yymmdd}-{sequence}`, assigned when the dossier is
   * first recorded (received at the desk, or submitted online: its date is then the submission's)
   * and never changed afterwards, since the citizen tracks the dossier by it.
   */
  readonly code: string;
  /** What the dossier needs of its procedure (a snapshot, so replay needs no catalogue). */
  readonly procedure: {
    readonly code: string;
    readonly name: LocalizedText;
    readonly field: string;
    readonly processingTime: ProcessingTime;
    readonly onTheSpot: boolean;
  };
  /** The submission channel. */
  readonly channel: Channel;
  /** The receiving agency's electronic id. */
  readonly agencyId: string;
  /** The unit that received it (commune code). */
  readonly receivingUnit: string;
  /** The unit competent to settle it (may differ: no administrative boundaries within a province). */
  readonly competentUnit: string;
  /** The applicant. */
  readonly applicant: {
    readonly name: string;
    readonly id?: string | undefined;
    readonly phone?: string | undefined;
    readonly address?: string | undefined;
  };
  /** The validated form data. */
  readonly data: Data;
  /**
   * The form set of the dossier's documents, by the day of receipt (for an online submission,
   * provisional until it is received: the day of submission until then): Circular 01/2018 until
   * 14/9/2025, Circular 03/2025/TT-VPCP from 15/9/2025, when it came into force (Decree 118/2025's
   * rules apply from 1/7/2025).
   */
  readonly regime: 'TT01/2018' | 'TT03/2025';
  /** The state. */
  readonly status: DossierStatus;
  /** When it was submitted (online) or received. */
  readonly submittedAt: Date;
  /** When it was received (the clock's start), or `null` before. */
  readonly receivedAt: Date | null;
  /**
   * The appointment in force (ngày hẹn trả): the instant the SLA clock of `@motcua/sla` runs out, so
   * `dueDate` of the receipt when nothing paused it, moved later by the working time a supplement
   * request paused it; `null` for results on the spot or before receipt. A supplement requested after
   * the appointment had passed does not move it (the time had already run out).
   */
  readonly dueAt: Date | null;
  /** Supplement requests during processing, and the working minutes paused. */
  readonly supplement: {
    readonly requests: number;
    readonly pausedMinutes: number;
    readonly since: Date | null;
    readonly reason: string | null;
  };
  /**
   * The apology and new appointment, if one was issued (once only). Under Decree 118/2025 (dossiers
   * received from 1/7/2025) it is an apology with a request to extend the processing time
   * (`extensionRequested`), the new date being the one requested.
   */
  readonly apology: {
    readonly at: Date;
    readonly reason: string;
    /** The new appointment, moved by later supplement pauses as the legal one is. */
    readonly newDueAt: Date;
    /** Decree 118/2025: the letter requests an extension (xin lỗi và đề nghị gia hạn). */
    readonly extensionRequested: boolean;
    /**
     * Sent later than the rule allows (after the day before the appointment's day by default, see
     * `apologyNoticeDays`, or after the appointment): recorded, because the letter was sent, and
     * flagged as non-compliant.
     */
    readonly late: boolean;
  } | null;
  /** Interlinked steps at other agencies. */
  readonly steps: readonly {
    readonly agency: string;
    readonly sentAt: Date;
    readonly dueAt: Date;
    readonly returnedAt: Date | null;
  }[];
  /** The end of processing (result ready, refused, stopped, withdrawn), or `null`. */
  readonly finishedAt: Date | null;
  /** When the result was returned, or `null`. */
  readonly returnedAt: Date | null;
  /** Whether an electronic result was issued. */
  readonly electronicResult: boolean;
  /** The reason of a refusal, stop, guidance or withdrawal. */
  readonly reason: string | null;
  /** Every event applied, in order (append-only). The first is the creation. */
  readonly history: readonly StoredEvent[];
}

/**
 * An event as stored in the history: instants as ISO strings; the first one records the creation.
 *
 * @example
 * ```ts
 * import { receiveDossier, sampleCatalog, type StoredEvent } from '@motcua/core';
 * const c = sampleCatalog();
 * const d = receiveDossier({ procedure: c.get('2.000908')!, channel: 'direct',
 *   receivedAt: '2026-02-23T08:30:00+07:00', agencyId: '000.00.01.H26', sequence: 1,
 *   applicant: { name: 'Lê Văn Cường' }, data: c.sampleData('2.000908'), by: 'mc.tiepnhan01' });
 * d.history.map((e: StoredEvent) => e.type); //=> ['create', 'receive']
 * const e: StoredEvent | undefined = d.history[1];
 * e; //=> { type: 'receive', at: '2026-02-23T01:30:00.000Z', role: 'reception', by: 'mc.tiepnhan01' }
 * ```
 * @category Dossiers
 */
export type StoredEvent = {
  readonly type: string;
  readonly at: string;
  readonly role?: Role | undefined;
  readonly by?: string | undefined;
  readonly [key: string]: unknown;
};

/**
 * Options of {@link applyDossierEvent}, {@link receiveDossier} and {@link replayDossier}.
 *
 * @example
 * ```ts
 * import type { DossierOptions } from '@motcua/core';
 * const o: DossierOptions = { apologyNoticeDays: 1, apologyNoticeUnit: 'days' };
 * ```
 * @category Dossiers
 */
export interface DossierOptions {
  /** The working calendar (default `vietnamCalendar()`). */
  readonly calendar?: WorkingCalendar | undefined;
  /**
   * How many days before the due date an apology must be sent at the latest (default 1: Decree
   * 61/2018, "chậm nhất 01 ngày trước ngày hết hạn", the day before the appointment's day, any time
   * that day). Counted in calendar days, or in working time with `apologyNoticeUnit: 'workingDays'`.
   */
  readonly apologyNoticeDays?: number | undefined;
  /**
   * The unit of `apologyNoticeDays` (default `'days'`): `'days'` counts calendar days back from the
   * appointment's day; `'workingDays'` counts working time back from the appointment instant (a
   * stricter local rule: 1 working day before Monday 10:00 is Friday 10:00).
   */
  readonly apologyNoticeUnit?: 'days' | 'workingDays' | undefined;
}

/**
 * What {@link receiveDossier} and {@link submitOnline} take.
 *
 * @example
 * ```ts
 * import type { ReceiveDossierInput } from '@motcua/core';
 * type Who = ReceiveDossierInput['applicant']; // { name, id?, phone?, address? }
 * const who: Who = { name: 'Lê Văn Cường', id: '001085012345', phone: '0987 654 321' };
 * ```
 * @category Dossiers
 */
export interface ReceiveDossierInput<F extends FormDefinition = FormDefinition> {
  /** The procedure (from a catalogue, or `defineProcedure`: its form types the dossier's data). */
  readonly procedure: Procedure<F>;
  /** The channel (must be offered by the procedure). */
  readonly channel: Channel;
  /** The instant of receipt (or of online submission for `submitOnline`): a `Date` or an ISO string with its offset. */
  readonly receivedAt: Date | string;
  /** The receiving agency's electronic id (first part of the code). */
  readonly agencyId: string;
  /** The running number within the day. */
  readonly sequence: number;
  /** The applicant. */
  readonly applicant: Dossier['applicant'];
  /** The form data, validated by the procedure's form. */
  readonly data: unknown;
  /** The unit that receives it (commune code; default the competent unit or ''). */
  readonly receivingUnit?: string | undefined;
  /** The unit competent to settle it (default the receiving unit). */
  readonly competentUnit?: string | undefined;
  /** The calendar (default `vietnamCalendar()`). */
  readonly calendar?: WorkingCalendar | undefined;
  /** Who received it (officer id), recorded in the history. */
  readonly by?: string | undefined;
}
