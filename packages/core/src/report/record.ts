/**
 * The flat dossier record that reports aggregate: the fields of the national statistics (the data
 * specification behind Decision 766/QĐ-TTg: NgayTiepNhan, NgayHenTra, end of processing, channel…),
 * so that a report can be fed from motcua dossiers ({@link dossierRecord}), from a vendor's database
 * export, or from a JSON Lines file.
 *
 * @module
 */
import { expectDossier } from '../_lib/guard';
import { limitInForce } from '../dossier/clock';
import type { Dossier } from '../dossier/types';

/**
 * A submission channel (cách thức thực hiện): in person (`'direct'`), online (`'online'`) or by the
 * public postal service (`'postal'`).
 *
 * @example
 * ```ts
 * import type { Channel } from '@motcua/core';
 * const channel: Channel = 'online';
 * ```
 * @category Reports
 */
export type Channel = 'direct' | 'online' | 'postal';

/**
 * How a dossier's processing ended, or that it has not.
 * - `'not-received'`: submitted online but never received (awaiting receipt, incomplete, or
 *   withdrawn before receipt): outside every count;
 * - `'in-progress'`: received and still being processed (Đang giải quyết): no `finishedAt`; counted
 *   in progress, overdue once past its appointment at the period's end;
 * - `'done'`: the result is ready (Đã xử lý xong);
 * - `'returned'`: the result was returned (Đã trả kết quả);
 * - `'refused'`: refused after appraisal (Từ chối giải quyết);
 * - `'stopped'`: handling stopped (Dừng xử lý);
 * - `'withdrawn'`: withdrawn by the citizen (Công dân rút hồ sơ);
 * - `'refused-at-reception'`: never received (Từ chối tiếp nhận): counted apart, outside every rate.
 *
 * @example
 * ```ts
 * import type { DossierOutcome } from '@motcua/core';
 * const outcome: DossierOutcome = 'returned';
 * ```
 * @category Reports
 */
export type DossierOutcome = (typeof DOSSIER_OUTCOMES)[number];

/**
 * Every {@link DossierOutcome}, once: the type, the record schema and the aggregates read this list.
 *
 * @example
 * ```ts
 * import { DOSSIER_OUTCOMES } from '@motcua/core';
 * DOSSIER_OUTCOMES.includes('in-progress'); //=> true
 * ```
 * @category Reports
 */
export const DOSSIER_OUTCOMES = [
  'not-received',
  'in-progress',
  'done',
  'returned',
  'refused',
  'stopped',
  'withdrawn',
  'refused-at-reception',
] as const;

/**
 * One dossier as the reports see it. Instants are `Date`s or ISO 8601 strings with an offset.
 *
 * @example
 * ```ts
 * import type { DossierRecord } from '@motcua/core';
 * const r: DossierRecord = {
 *   code: '000.00.01.H26-260213-0042',
 *   procedure: '2.000908',
 *   unit: '00235',
 *   channel: 'online',
 *   receivedAt: '2026-02-13T10:00:00+07:00',
 *   dueAt: '2026-02-27T10:00:00+07:00',
 *   finishedAt: '2026-02-25T15:30:00+07:00',
 *   outcome: 'returned',
 *   electronicResult: true,
 * };
 * ```
 * @category Reports
 */
export interface DossierRecord {
  /** The dossier code (mã số hồ sơ). */
  readonly code: string;
  /** The procedure code (mã thủ tục, `d.dddddd`). */
  readonly procedure: string;
  /** The procedure's field (lĩnh vực), for the breakdown by field. */
  readonly field?: string | undefined;
  /** The unit the dossier is reported under (the competent or receiving unit's code, e.g. a commune code). */
  readonly unit: string;
  /** The submission channel. */
  readonly channel: Channel;
  /** When the dossier was received (NgayTiepNhan): the clock's start. */
  readonly receivedAt: Date | string;
  /**
   * The appointment in force (NgayHenTra), already moved by supplement pauses; `null` or absent for
   * procedures that return the result on the spot (no appointment slip).
   */
  readonly dueAt?: Date | string | null | undefined;
  /** The end of processing (see {@link DossierOutcome}); absent while in progress. */
  readonly finishedAt?: Date | string | null | undefined;
  /** How processing ended; `'returned'` when `finishedAt` is given without an outcome. */
  readonly outcome?: DossierOutcome | undefined;
  /** How many times a supplement was requested during processing (a second request makes the dossier late). */
  readonly supplementRequests?: number | undefined;
  /**
   * The instant of a supplement request the citizen has not answered (the dossier awaits the
   * supplement), `null` or absent otherwise. With a single request and no end, the 766 statistics
   * take this instant as the end of processing (formula 2.1).
   */
  readonly openSupplementAt?: Date | string | null | undefined;
  /**
   * `false` for a procedure with no statutory limit ("Không quy định"): the dossier is counted
   * received and settled but never judged for timeliness (count `notApplicable`). Default `true`.
   */
  readonly timelinessApplies?: boolean | undefined;
  /** Working minutes the clock was paused waiting for the citizen's supplement (excluded from processing time). */
  readonly pausedMinutes?: number | undefined;
  /** An electronic result (bản điện tử) was issued. */
  readonly electronicResult?: boolean | undefined;
  /** The submitted documents were digitised and the electronic result attached (indicator 4.2). */
  readonly digitised?: boolean | undefined;
  /** Data already digitised was reused instead of asking the citizen (indicator 4.3). */
  readonly reusedData?: boolean | undefined;
  /** Fees were paid online (indicator 3.6). */
  readonly paidOnline?: boolean | undefined;
  /** A petition or a "dislike" is linked to the dossier (indicator 5.4). */
  readonly complaint?: boolean | undefined;
}

/** Statuses that end processing under the outcome of the same name. */
const ENDED_AS_IS: ReadonlySet<string> = new Set(['withdrawn', 'refused', 'stopped', 'returned']);

/**
 * The flat record reports aggregate (see `aggregateDossiers`), from a dossier.
 *
 * @param dossier - The dossier.
 * @returns The record.
 * @example
 * ```ts
 * import { aggregateDossiers, dossierRecord, receiveDossier, sampleCatalog } from '@motcua/core';
 * const c = sampleCatalog();
 * const d = receiveDossier({ procedure: c.get('1.000894')!, channel: 'direct', receivedAt: '2026-02-12T10:00:00+07:00',
 *   agencyId: '000.00.01.H26', sequence: 1, applicant: { name: 'Lê Văn Cường' }, data: c.sampleData('1.000894') });
 * dossierRecord(d).outcome; //=> 'in-progress'
 * aggregateDossiers([dossierRecord(d)], { from: '2026-02-01', to: '2026-03-01' }).total.received; //=> 1
 * ```
 * @category Dossiers
 */
export function dossierRecord(dossier: Dossier): DossierRecord {
  expectDossier(dossier, 'dossierRecord');
  const status = dossier.status;
  const outcome: DossierOutcome =
    status === 'refused-at-reception'
      ? status
      : dossier.receivedAt === null
        ? 'not-received'
        : status === 'result-ready'
          ? 'done'
          : ENDED_AS_IS.has(status)
            ? (status as DossierOutcome)
            : 'in-progress';
  return {
    code: dossier.code,
    procedure: dossier.procedure.code,
    field: dossier.procedure.field,
    unit: dossier.competentUnit,
    channel: dossier.channel,
    receivedAt: new Date((dossier.receivedAt ?? dossier.submittedAt).getTime()),
    dueAt: dossier.dueAt === null ? null : new Date(dossier.dueAt.getTime()),
    finishedAt:
      dossier.finishedAt !== null
        ? new Date(dossier.finishedAt.getTime())
        : dossier.status === 'refused-at-reception'
          ? new Date(dossier.history.at(-1)?.at ?? dossier.submittedAt)
          : null,
    outcome,
    supplementRequests: dossier.supplement.requests,
    timelinessApplies: !(
      'noLimit' in limitInForce(dossier.procedure.processingTime, dossier.history)
    ),
    openSupplementAt:
      dossier.status === 'awaiting-supplement' && dossier.supplement.since !== null
        ? new Date(dossier.supplement.since.getTime())
        : null,
    pausedMinutes: dossier.supplement.pausedMinutes,
    electronicResult: dossier.electronicResult,
  };
}
