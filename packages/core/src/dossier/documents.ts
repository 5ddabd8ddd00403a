/**
 * The documents of a dossier as structured data that apps render (no HTML, no PDF): the receipt and
 * appointment slip, the request to supplement, the refusal, the apology and new appointment, the stop
 * notice and the process control slip, numbered after the form set of the legal regime in force on
 * the day of receipt (Circular 01/2018/TT-VPCP before 1/7/2025, Circular 03/2025/TT-VPCP after).
 *
 * @module
 */

import {
  civilDateOf,
  dueDate,
  explainDueDate,
  formatInstant,
  formatLunarDate,
  type InstantStyle,
  isWorkingDay,
  type LocalizedText,
  type TraceEntry,
  toLunar,
  type WorkingCalendar,
  workingIntervals,
} from '@motcua/sla';
import { defaultCalendar } from '../_lib/defaultCalendar';
import { expectDossier } from '../_lib/guard';
import { type Dossier, REFUSAL_REASONS, type RefusalReasonCode } from './types';

const reasonCodeOf = (c: unknown): RefusalReasonCode =>
  typeof c === 'string' && Object.hasOwn(REFUSAL_REASONS, c) ? (c as RefusalReasonCode) : 'other';

/**
 * The kinds of documents.
 *
 * @example
 * ```ts
 * import type { DossierDocumentKind } from '@motcua/core';
 * const k: DossierDocumentKind = 'receipt';
 * ```
 * @category Documents
 */
export type DossierDocumentKind =
  | 'receipt'
  | 'supplement-request'
  | 'refusal'
  | 'refusal-notice'
  | 'apology'
  | 'stop-notice'
  | 'control-slip';

/**
 * The fields of each kind of document (all instants as ISO strings: a document is JSON to render).
 *
 * @example
 * ```ts
 * import type { DossierDocumentFields } from '@motcua/core';
 * const f: DossierDocumentFields['stop-notice'] = { reason: 'Công dân đề nghị dừng' };
 * ```
 * @category Documents
 */
export interface DossierDocumentFields {
  /** Mẫu 01: the receipt and appointment slip. */
  readonly receipt: {
    readonly receivedAt: string;
    /** The receipt as printed, in the calendar's zone: "09 giờ 00 phút, ngày 13 tháng 02 năm 2026". */
    readonly receivedAtText: LocalizedText;
    /** The day of receipt in the lunar calendar, as printed. */
    readonly receivedAtLunar: string;
    /** The appointment (`null` for a dossier not yet received). */
    readonly appointment: string | null;
    /** The appointment as printed: "Thứ Sáu, 27/02/2026, 10:00" (`null` without one). */
    readonly appointmentText: LocalizedText | null;
    /** The days the deadline did not count, and why. */
    readonly daysNotCounted: readonly TraceEntry[];
    /**
     * The years counted whose days off are estimated (no official schedule yet, e.g. `[2027]`):
     * the appointment may move when that year's schedule is announced. `[]` otherwise.
     */
    readonly estimatedYears: readonly number[];
    readonly channel: Dossier['channel'];
    readonly receivingUnit: string;
    readonly competentUnit: string;
  };
  /** Mẫu 02: what to supplement, at reception or during processing. */
  readonly 'supplement-request': {
    readonly reason: string;
    readonly atReception: boolean;
    /** The agency of an interlinked step that asked, or `null`. */
    readonly agency: string | null;
  };
  /** Mẫu 03: the refusal to receive the dossier (at reception). */
  readonly refusal: {
    readonly reason: string;
    readonly reasonCode: RefusalReasonCode;
    /** Always `true`: a refusal after appraisal is a `'refusal-notice'`. */
    readonly atReception: boolean;
  };
  /** The written refusal to settle a received dossier, after appraisal (no form in the circulars). */
  readonly 'refusal-notice': { readonly reason: string; readonly reasonCode: RefusalReasonCode };
  /** Mẫu 04: the apology and the new appointment (Decree 118/2025: with a request to extend). */
  readonly apology: {
    readonly reason: string;
    readonly originalAppointment: string | null;
    readonly newAppointment: string;
    /** The new appointment as printed (both languages). */
    readonly newAppointmentText: LocalizedText;
    /** Decree 118/2025: the letter requests an extension of the processing time. */
    readonly extensionRequested: boolean;
    /** Sent later than the notice rule allows (see `apologyNoticeDays`): non-compliant, but sent. */
    readonly late: boolean;
  };
  /** The notice that handling stopped. */
  readonly 'stop-notice': { readonly reason: string };
  /** The process control slip: every hand-off and interlinked step, on time or not. */
  readonly 'control-slip': {
    readonly handoffs: readonly {
      readonly event: string;
      readonly at: string;
      readonly role: string | null;
      readonly by: string | null;
      /**
       * The deadline of this hand-off: for the one-stop section's transfer, the same working day,
       * or the next working day's morning when received after 15:00 (Decree 61/2018 Art. 17); for
       * the others, the appointment.
       */
      readonly dueAt: string | null;
      readonly onTime: boolean;
    }[];
    readonly interlinkedSteps: readonly {
      readonly agency: string;
      readonly sentAt: string;
      readonly dueAt: string;
      readonly returnedAt: string | null;
      readonly onTime: boolean;
    }[];
  };
}

/**
 * One document of a dossier, ready to render; `fields` is typed by `kind`.
 *
 * @example
 * ```ts
 * import { dossierDocuments, receiveDossier, sampleCatalog } from '@motcua/core';
 * const c = sampleCatalog();
 * // A copy from the master register, received Fri 13/2/2026 at 16:00 (after the 15:00 cutoff)
 * const d = receiveDossier({ procedure: c.get('2.000908')!, channel: 'direct',
 *   receivedAt: '2026-02-13T16:00:00+07:00', agencyId: '000.00.01.H26', sequence: 3,
 *   applicant: { name: 'Lê Văn Cường' }, data: c.sampleData('2.000908') });
 * const receipt = dossierDocuments(d).find((x) => x.kind === 'receipt');
 * receipt?.form.number; //=> 'Mẫu 01'
 * const appointment = receipt?.kind === 'receipt' ? receipt.fields.appointmentText?.vi : null;
 * appointment; //=> 'Thứ Hai, 23/02/2026, 17:00' (the next working day after Tết)
 * ```
 * @category Documents
 */
export type DossierDocument = {
  [K in DossierDocumentKind]: {
    /** What it is. */
    readonly kind: K;
    /** The official form: regime, number and title. */
    readonly form: {
      readonly regime: Dossier['regime'];
      readonly number: string;
      readonly title: LocalizedText;
    };
    /** When it was issued (ISO). */
    readonly issuedAt: string;
    /** The dossier code printed on it. */
    readonly dossierCode: string;
    /** The procedure. */
    readonly procedure: { readonly code: string; readonly name: LocalizedText };
    /** The applicant. */
    readonly applicant: Dossier['applicant'];
    /** The fields specific to the kind. */
    readonly fields: DossierDocumentFields[K];
  };
}[DossierDocumentKind];

type FormSet = Record<DossierDocumentKind, { number: string; title: LocalizedText }>;

/** Circular 01/2018/TT-VPCP: six forms (no stop notice). */
const TT01: FormSet = {
  receipt: {
    number: 'Mẫu 01',
    title: { vi: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả', en: 'Receipt and appointment slip' },
  },
  'supplement-request': {
    number: 'Mẫu 02',
    title: {
      vi: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
      en: 'Request to supplement the dossier',
    },
  },
  refusal: {
    number: 'Mẫu 03',
    title: {
      vi: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ',
      en: 'Refusal to receive and handle the dossier',
    },
  },
  'refusal-notice': {
    number: '(không có mẫu)',
    title: { vi: 'Văn bản từ chối giải quyết hồ sơ', en: 'Written refusal to settle the dossier' },
  },
  apology: {
    number: 'Mẫu 04',
    title: { vi: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả', en: 'Apology and new appointment' },
  },
  'stop-notice': {
    number: '(không có mẫu)',
    title: { vi: 'Thông báo dừng giải quyết hồ sơ', en: 'Notice that handling has stopped' },
  },
  'control-slip': {
    number: 'Mẫu 05',
    title: { vi: 'Phiếu kiểm soát quá trình giải quyết hồ sơ', en: 'Process control slip' },
  },
};

/** Circular 03/2025/TT-VPCP, Annex I (seven forms): what differs from Circular 01/2018. */
const TT03: FormSet = {
  ...TT01,
  apology: {
    number: 'Mẫu 04',
    title: {
      vi: 'Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết',
      en: 'Apology and request to extend the processing time',
    },
  },
  'stop-notice': { number: 'Mẫu 05', title: TT01['stop-notice'].title },
  'control-slip': { number: 'Mẫu 06', title: TT01['control-slip'].title },
};

const FORMS: Record<Dossier['regime'], FormSet> = { 'TT01/2018': TT01, 'TT03/2025': TT03 };

/** An instant in both languages, as printed on documents, in the calendar's zone. */
function bothTexts(at: string, style: InstantStyle, cal: WorkingCalendar): LocalizedText {
  return {
    vi: formatInstant(at, { style, timeZone: cal.timeZone }),
    en: formatInstant(at, { style, timeZone: cal.timeZone, locale: 'en' }),
  };
}

/** The one-stop section's hand-off rule (Decree 61/2018 Art. 17), as data: a correction is one line. */
const HANDOFF = { cutoff: '15:00' } as const;

/**
 * When the one-stop section must have transferred a paper dossier to the competent agency: the
 * same working day if received by 15:00, else by the end of the next working day's morning
 * session (the next working day's first working interval).
 */
function transferDeadline(cal: WorkingCalendar, receivedAt: Date): Date {
  const sameDay = dueDate(cal, receivedAt, { sameDay: { cutoff: HANDOFF.cutoff } });
  const day = civilDateOf(receivedAt, cal.timeZone);
  // Received on a day off: as if received before 15:00 on the first working day after it.
  if (!isWorkingDay(cal, day) || civilDateOf(sameDay, cal.timeZone) === day) return sameDay;
  // Received on a working day after 15:00 (or after closing): by the next morning.
  return workingIntervals(cal, civilDateOf(sameDay, cal.timeZone))[0]?.end ?? sameDay;
}

/**
 * Lists the documents a dossier has been issued so far, in order, plus its process control slip:
 * each hand-off with its time and whether it was on time.
 *
 * @param dossier - The dossier.
 * @param options - The calendar (for the receipt's explanation of the appointment).
 * @returns The documents.
 * @example
 * ```ts
 * import { applyDossierEvent, dossierDocuments, receiveDossier, sampleCatalog } from '@motcua/core';
 * const c = sampleCatalog();
 * let d = receiveDossier({ procedure: c.get('2.000908')!, channel: 'direct',
 *   receivedAt: '2026-02-13T09:00:00+07:00', agencyId: '000.00.01.H26', sequence: 4,
 *   applicant: { name: 'Lê Văn Cường' }, data: c.sampleData('2.000908') });
 * d = applyDossierEvent(d, { type: 'transfer', at: '2026-02-13T09:30:00+07:00', role: 'reception' });
 * d = applyDossierEvent(d, { type: 'request-supplement', at: '2026-02-13T11:00:00+07:00',
 *   role: 'specialist', reason: 'Thiếu giấy ủy quyền' });
 * dossierDocuments(d).map((x) => `${x.form.number} ${x.form.title.vi}`);
 * //=> ['Mẫu 01 Giấy tiếp nhận hồ sơ và hẹn trả kết quả', 'Mẫu 02 Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ', 'Mẫu 06 Phiếu kiểm soát quá trình giải quyết hồ sơ']
 * ```
 * @category Documents
 */
export function dossierDocuments(
  dossier: Dossier,
  options?: { readonly calendar?: WorkingCalendar | undefined },
): DossierDocument[] {
  expectDossier(dossier, 'dossierDocuments');
  const cal = options?.calendar ?? defaultCalendar();
  const head = <K extends DossierDocumentKind>(
    kind: K,
    issuedAt: string,
    fields: DossierDocumentFields[K],
  ): DossierDocument =>
    ({
      kind,
      form: { regime: dossier.regime, ...FORMS[dossier.regime][kind] },
      issuedAt,
      dossierCode: dossier.code,
      procedure: { code: dossier.procedure.code, name: dossier.procedure.name },
      applicant: dossier.applicant,
      fields,
    }) as DossierDocument;
  const text = (v: unknown): string => (typeof v === 'string' ? v : '');
  const out: DossierDocument[] = [];
  for (const e of dossier.history) {
    switch (e.type) {
      case 'receive': {
        if (dossier.procedure.onTheSpot) break; // results on the spot need no receipt and appointment slip
        let trace: readonly TraceEntry[] = [];
        let estimatedYears: readonly number[] = [];
        let due: string | null = null;
        if (dossier.receivedAt !== null && !('noLimit' in dossier.procedure.processingTime)) {
          const explained = explainDueDate(
            cal,
            dossier.receivedAt,
            dossier.procedure.processingTime,
          );
          trace = explained.trace;
          estimatedYears = explained.estimatedYears;
          due = explained.due.toISOString();
        }
        out.push(
          head('receipt', e.at, {
            receivedAt: e.at,
            receivedAtText: bothTexts(e.at, 'letter', cal),
            appointmentText: due === null ? null : bothTexts(due, 'datetime', cal),
            receivedAtLunar: formatLunarDate(toLunar(new Date(e.at))),
            appointment: due,
            daysNotCounted: trace,
            estimatedYears,
            channel: dossier.channel,
            receivingUnit: dossier.receivingUnit,
            competentUnit: dossier.competentUnit,
          }),
        );
        break;
      }
      case 'guide-supplement':
      case 'request-supplement':
        out.push(
          head('supplement-request', e.at, {
            reason: text(e['reason']),
            atReception: e.type === 'guide-supplement',
            agency: typeof e['agency'] === 'string' ? e['agency'] : null,
          }),
        );
        break;
      case 'refuse-reception':
        out.push(
          head('refusal', e.at, {
            reason: text(e['reason']),
            reasonCode: reasonCodeOf(e['reasonCode']),
            atReception: true,
          }),
        );
        break;
      case 'refuse':
        out.push(
          head('refusal-notice', e.at, {
            reason: text(e['reason']),
            reasonCode: reasonCodeOf(e['reasonCode']),
          }),
        );
        break;
      case 'apologize':
        out.push(
          head('apology', e.at, {
            reason: text(e['reason']),
            originalAppointment: dossier.dueAt?.toISOString() ?? null,
            newAppointment: text(e['newDueAt']),
            newAppointmentText: bothTexts(text(e['newDueAt']), 'datetime', cal),
            extensionRequested: dossier.apology?.extensionRequested ?? false,
            late: dossier.apology?.late ?? false,
          }),
        );
        break;
      case 'stop':
        out.push(head('stop-notice', e.at, { reason: text(e['reason']) }));
        break;
    }
  }
  if (dossier.receivedAt !== null) {
    const due = dossier.dueAt;
    const transferDue = transferDeadline(cal, dossier.receivedAt);
    const handoffs = dossier.history.slice(1).map((e) => {
      const limit = e.type === 'transfer' ? transferDue : due;
      return {
        event: e.type,
        at: e.at,
        role: e.role ?? null,
        by: e.by ?? null,
        dueAt: limit?.toISOString() ?? null,
        onTime: limit === null || Date.parse(e.at) <= limit.getTime(),
      };
    });
    const steps = dossier.steps.map((s) => ({
      agency: s.agency,
      sentAt: s.sentAt.toISOString(),
      dueAt: s.dueAt.toISOString(),
      returnedAt: s.returnedAt?.toISOString() ?? null,
      onTime: s.returnedAt !== null && s.returnedAt.getTime() <= s.dueAt.getTime(),
    }));
    out.push(
      head('control-slip', dossier.history.at(-1)?.at ?? dossier.receivedAt.toISOString(), {
        handoffs,
        interlinkedSteps: steps,
      }),
    );
  }
  return out;
}
