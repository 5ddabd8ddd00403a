/**
 * Dossiers (hồ sơ) and their legal lifecycle under the one-stop regime: a transition table (data:
 * states, events, roles, guards, SLA effects), pure and replayable event application, JSON-native
 * values, and early / on-time / late for the statistics.
 *
 * @module
 */

import { validateForm } from '@motcua/forms';
import {
  addWorkingTime,
  classifyTimeliness,
  dueDate,
  type LocalizedText,
  type ProcessingTime,
  type WorkingCalendar,
  workingTimeBetween,
} from '@motcua/sla';
import { defaultCalendar } from '../_lib/defaultCalendar';
import { CoreError } from '../core-errors';
import type { Procedure, Role } from '../model/procedure';
import type { Channel, DossierRecord } from '../report/record';
import { formatDossierCode } from './code';

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
  | { readonly type: 'refuse-reception'; readonly reason: string }
  | { readonly type: 'transfer'; readonly to?: string | undefined }
  | { readonly type: 'send-to-agency'; readonly agency: string; readonly minutes: number }
  | { readonly type: 'agency-returned' }
  | { readonly type: 'request-supplement'; readonly reason: string }
  | { readonly type: 'supplement-received' }
  | { readonly type: 'apologize'; readonly reason: string; readonly newDueAt: Date | string }
  | { readonly type: 'complete'; readonly electronicResult?: boolean | undefined }
  | { readonly type: 'refuse'; readonly reason: string }
  | { readonly type: 'stop'; readonly reason: string }
  | { readonly type: 'withdraw' }
  | { readonly type: 'return-result' }
) & {
  readonly at: Date | string;
  readonly role?: Role | undefined;
  readonly by?: string | undefined;
};

/** The event types. @category Dossiers @example `const t: DossierEventType = 'complete';` */
export type DossierEventType = DossierEvent['type'];

/**
 * A dossier: a JSON-native value (instants are ISO strings), with its append-only history.
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
 * @category Dossiers
 */
export interface Dossier {
  /** Marks the value and its format version. */
  readonly kind: 'motcua.dossier/1';
  /** The dossier code (mã số hồ sơ). */
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
  readonly data: unknown;
  /** The legal regime and its form set, by the day of receipt: Circular 01/2018 before 1/7/2025, 03/2025 after. */
  readonly regime: 'TT01/2018' | 'TT03/2025';
  /** The state. */
  readonly status: DossierStatus;
  /** When it was submitted (online) or received. */
  readonly submittedAt: string;
  /** When it was received (the clock's start), or `null` before. */
  readonly receivedAt: string | null;
  /**
   * The appointment in force, a `Date` from `dueDate` (moved by supplement pauses); `null` for results
   * on the spot or before receipt. The only `Date` of a dossier: `JSON.stringify` writes it as an ISO
   * string and {@link dossierFromJSON} revives it.
   */
  readonly dueAt: Date | null;
  /** Supplement requests during processing, and the working minutes paused. */
  readonly supplement: {
    readonly requests: number;
    readonly pausedMinutes: number;
    readonly since: string | null;
    readonly reason: string | null;
  };
  /** The apology and new appointment, if one was issued (once only). */
  readonly apology: {
    readonly at: string;
    readonly reason: string;
    readonly newDueAt: string;
  } | null;
  /** Interlinked steps at other agencies. */
  readonly steps: readonly {
    readonly agency: string;
    readonly sentAt: string;
    readonly dueAt: string;
    readonly returnedAt: string | null;
  }[];
  /** The end of processing (result ready, refused, stopped, withdrawn), or `null`. */
  readonly finishedAt: string | null;
  /** When the result was returned, or `null`. */
  readonly returnedAt: string | null;
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
 * import type { StoredEvent } from '@motcua/core';
 * declare const e: StoredEvent;
 * e.type; e.at;
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
 * One row of the lifecycle's transition table.
 *
 * @example
 * ```ts
 * import { dossierTransitions } from '@motcua/core';
 * dossierTransitions().find((t) => t.event === 'request-supplement')?.roles; //=> ['specialist', 'leader']
 * ```
 * @category Dossiers
 */
export interface Transition {
  /** The event type. */
  readonly event: DossierEventType;
  /** The states it may happen in. */
  readonly from: readonly DossierStatus[];
  /** The state after it (`'same'`: unchanged). */
  readonly to: DossierStatus | 'same';
  /** Who may do it. */
  readonly roles: readonly Role[];
  /** The guard, in words (checked in code). */
  readonly guard?: LocalizedText;
  /** Its effect on the SLA clock. */
  readonly clock: 'start' | 'pause' | 'resume' | 'move-appointment' | 'stop' | 'none';
  /** The document issued (form number of the regime). */
  readonly document?: string;
}

const ACTIVE: readonly DossierStatus[] = [
  'received',
  'processing',
  'at-other-agency',
  'awaiting-supplement',
];

/**
 * The lifecycle as data: every transition with its states, roles, guard and clock effect (domain
 * file §2.2, Decree 61/2018 and Decree 118/2025). Apps draw the diagram from it and show only the
 * allowed actions (see {@link allowedEvents}).
 *
 * @returns The table (a fresh array).
 * @example
 * ```ts
 * import { dossierTransitions } from '@motcua/core';
 * dossierTransitions().filter((t) => t.from.includes('received')).map((t) => t.event);
 * ```
 * @category Dossiers
 */
export function dossierTransitions(): Transition[] {
  return [
    {
      event: 'receive',
      from: ['awaiting-receipt'],
      to: 'received',
      roles: ['reception'],
      clock: 'start',
      document: 'receipt',
      guard: { vi: 'Hồ sơ đầy đủ, hợp lệ', en: 'The dossier is complete and valid' },
    },
    {
      event: 'guide-supplement',
      from: ['awaiting-receipt'],
      to: 'incomplete',
      roles: ['reception'],
      clock: 'none',
      document: 'supplement-request',
    },
    {
      event: 'resubmit',
      from: ['incomplete'],
      to: 'awaiting-receipt',
      roles: ['citizen', 'reception'],
      clock: 'none',
    },
    {
      event: 'refuse-reception',
      from: ['awaiting-receipt', 'incomplete'],
      to: 'refused-at-reception',
      roles: ['reception'],
      clock: 'none',
      document: 'refusal',
    },
    {
      event: 'transfer',
      from: ['received'],
      to: 'processing',
      roles: ['reception'],
      clock: 'none',
      document: 'control-slip',
    },
    {
      event: 'send-to-agency',
      from: ['received', 'processing'],
      to: 'at-other-agency',
      roles: ['specialist', 'leader'],
      clock: 'none',
    },
    {
      event: 'agency-returned',
      from: ['at-other-agency'],
      to: 'processing',
      roles: ['other-agency', 'specialist'],
      clock: 'none',
    },
    {
      event: 'request-supplement',
      from: ['received', 'processing'],
      to: 'awaiting-supplement',
      roles: ['specialist', 'leader'],
      clock: 'pause',
      document: 'supplement-request',
      guard: {
        vi: 'Lần thứ hai trở đi: hồ sơ bị tính trễ hạn',
        en: 'A second request marks the dossier late for the statistics',
      },
    },
    {
      event: 'supplement-received',
      from: ['awaiting-supplement'],
      to: 'processing',
      roles: ['reception', 'specialist', 'citizen'],
      clock: 'resume',
    },
    {
      event: 'apologize',
      from: ['received', 'processing', 'at-other-agency', 'awaiting-supplement'],
      to: 'same',
      roles: ['leader', 'specialist'],
      clock: 'move-appointment',
      document: 'apology',
      guard: {
        vi: 'Một lần; gửi trước hạn ít nhất 1 ngày; hẹn mới sau hẹn cũ',
        en: 'Once only; at least one day before the due date; the new date after the old',
      },
    },
    {
      event: 'complete',
      from: ['received', 'processing'],
      to: 'result-ready',
      roles: ['leader', 'specialist'],
      clock: 'stop',
    },
    {
      event: 'refuse',
      from: ['received', 'processing'],
      to: 'refused',
      roles: ['leader'],
      clock: 'stop',
      document: 'refusal',
    },
    {
      event: 'stop',
      from: [...ACTIVE],
      to: 'stopped',
      roles: ['leader'],
      clock: 'stop',
      document: 'stop-notice',
    },
    {
      event: 'withdraw',
      from: ['awaiting-receipt', 'incomplete', ...ACTIVE],
      to: 'withdrawn',
      roles: ['citizen', 'reception'],
      clock: 'stop',
    },
    {
      event: 'return-result',
      from: ['result-ready'],
      to: 'returned',
      roles: ['reception', 'system'],
      clock: 'none',
    },
  ];
}

let table: Map<string, Transition> | undefined;
function transitionOf(type: string): Transition | undefined {
  table ??= new Map(dossierTransitions().map((t) => [t.event, t]));
  return table.get(type);
}

/**
 * The events allowed in a dossier's current state (and for a role, if given): the buttons to show.
 *
 * @param dossier - The dossier.
 * @param role - Who is asking.
 * @returns The event types.
 * @example
 * ```ts
 * import { allowedEvents } from '@motcua/core';
 * allowedEvents(d, 'specialist'); //=> ['send-to-agency', 'request-supplement', 'apologize', 'complete']
 * ```
 * @category Dossiers
 */
export function allowedEvents(dossier: Dossier, role?: Role): DossierEventType[] {
  return dossierTransitions()
    .filter(
      (t) => t.from.includes(dossier.status) && (role === undefined || t.roles.includes(role)),
    )
    .filter((t) => !(t.event === 'apologize' && dossier.apology !== null))
    .map((t) => t.event);
}

/**
 * Options of {@link applyDossierEvent}, {@link receiveDossier} and {@link replayDossier}.
 *
 * @example
 * ```ts
 * import type { DossierOptions } from '@motcua/core';
 * const o: DossierOptions = { apologyNoticeDays: 1 };
 * ```
 * @category Dossiers
 */
export interface DossierOptions {
  /** The working calendar (default `vietnamCalendar()`). */
  readonly calendar?: WorkingCalendar | undefined;
  /** How many working days before the due date an apology must be sent at the latest (default 1). */
  readonly apologyNoticeDays?: number | undefined;
}

function iso(value: Date | string, what: string): string {
  const ms =
    value instanceof Date
      ? value.getTime()
      : typeof value === 'string'
        ? Date.parse(value)
        : Number.NaN;
  if (Number.isNaN(ms)) {
    throw new CoreError(
      'INVALID_ARGUMENT',
      {
        en: `${what} is not a valid instant: ${String(value)}`,
        vi: `${what} không phải thời điểm hợp lệ: ${String(value)}`,
      },
      { value },
    );
  }
  return new Date(ms).toISOString();
}

/**
 * Ends a supplement pause at `at` (if one is open): the working time paused is added to
 * `pausedMinutes` and moves the appointment (and an apology's new one) later by as much.
 */
function endPause(
  cal: WorkingCalendar,
  dossier: Dossier,
  at: string,
): Pick<Dossier, 'dueAt' | 'apology' | 'supplement'> {
  const since = dossier.supplement.since;
  if (since === null)
    return { dueAt: dossier.dueAt, apology: dossier.apology, supplement: dossier.supplement };
  const paused = Math.max(0, Math.round(workingTimeBetween(cal, new Date(since), new Date(at))));
  return {
    dueAt: dossier.dueAt === null ? null : addWorkingTime(cal, dossier.dueAt, { minutes: paused }),
    apology: dossier.apology && {
      ...dossier.apology,
      newDueAt: addWorkingTime(cal, new Date(dossier.apology.newDueAt), {
        minutes: paused,
      }).toISOString(),
    },
    supplement: {
      ...dossier.supplement,
      pausedMinutes: dossier.supplement.pausedMinutes + paused,
      since: null,
    },
  };
}

/** Events that must say why (a refusal, a request, an apology…) or to whom. */
const REQUIRED_TEXT: Partial<Record<DossierEventType, { key: string; vi: string }>> = {
  'guide-supplement': { key: 'reason', vi: 'lý do (giấy tờ cần bổ sung)' },
  'refuse-reception': { key: 'reason', vi: 'lý do từ chối' },
  'request-supplement': { key: 'reason', vi: 'lý do (giấy tờ cần bổ sung)' },
  apologize: { key: 'reason', vi: 'lý do chậm' },
  refuse: { key: 'reason', vi: 'lý do từ chối' },
  stop: { key: 'reason', vi: 'lý do dừng' },
  'send-to-agency': { key: 'agency', vi: 'cơ quan nhận' },
};

/** Refuses an event without the reason (or agency) the law asks it to state. */
function requireText(d: Dossier, event: DossierEvent): void {
  const need = REQUIRED_TEXT[event.type];
  if (need === undefined) return;
  const value = (event as unknown as Record<string, unknown>)[need.key];
  if (typeof value === 'string' && value.trim() !== '') return;
  throw new CoreError(
    'INVALID_ARGUMENT',
    {
      en: `dossier ${d.code}: ${event.type} needs a non-empty ${need.key} (got ${value === undefined ? 'none' : JSON.stringify(value)})`,
      vi: `hồ sơ ${d.code}: ${event.type} phải ghi ${need.vi} (${need.key} đang trống hoặc sai kiểu)`,
    },
    { code: d.code, event: event.type, field: need.key, value },
  );
}

function notAllowed(
  d: Dossier,
  type: string,
  why: LocalizedText,
  code: 'TRANSITION_NOT_ALLOWED' | 'GUARD_FAILED' = 'TRANSITION_NOT_ALLOWED',
): CoreError {
  return new CoreError(
    code,
    { en: `dossier ${d.code}: ${type}: ${why.en}`, vi: `hồ sơ ${d.code}: ${type}: ${why.vi}` },
    { code: d.code, status: d.status, event: type },
  );
}

const DOSSIER_STATUS_VI: Record<DossierStatus, string> = {
  'awaiting-receipt': 'chờ tiếp nhận',
  incomplete: 'chờ bổ sung khi tiếp nhận',
  'refused-at-reception': 'từ chối tiếp nhận',
  received: 'đã tiếp nhận',
  processing: 'đang xử lý',
  'at-other-agency': 'đang xử lý liên thông',
  'awaiting-supplement': 'chờ bổ sung',
  'result-ready': 'đã có kết quả',
  returned: 'đã trả kết quả',
  stopped: 'dừng xử lý',
  withdrawn: 'công dân rút hồ sơ',
  refused: 'từ chối giải quyết',
};

function appointment(
  cal: WorkingCalendar,
  procedure: Dossier['procedure'],
  at: string,
): Date | null {
  if (procedure.onTheSpot) return null;
  return dueDate(cal, new Date(at), procedure.processingTime);
}

/**
 * Applies one event to a dossier and returns the new dossier; the input is never modified. An event
 * not allowed in the current state or for the role, a failed guard, or an event dated before the
 * previous one is a {@link CoreError} that says why, and nothing changes.
 *
 * Clock effects: `receive` starts the clock (the appointment from the procedure's processing time);
 * `request-supplement` pauses it (a second request marks the dossier late for the statistics);
 * `supplement-received` resumes it and moves the appointment later by the working time paused;
 * `apologize` records a new appointment (once, at least one working day before the due date);
 * `complete`, `refuse`, `stop`, `withdraw` end processing.
 *
 * @param dossier - The dossier.
 * @param event - The event.
 * @param options - Calendar and guards.
 * @returns The new dossier.
 * @throws {CoreError} `TRANSITION_NOT_ALLOWED`, `GUARD_FAILED`, `EVENT_OUT_OF_ORDER`, `INVALID_ARGUMENT`.
 * @example
 * ```ts
 * import { applyDossierEvent } from '@motcua/core';
 * const next = applyDossierEvent(d, { type: 'request-supplement', at: '2026-02-23T09:00:00+07:00', reason: 'Thiếu tờ khai' });
 * next.status; //=> 'awaiting-supplement'
 * ```
 * @category Dossiers
 */
export function applyDossierEvent(
  dossier: Dossier,
  event: DossierEvent,
  options?: DossierOptions,
): Dossier {
  const t = transitionOf(event?.type);
  if (t === undefined)
    throw notAllowed(dossier, String(event?.type), {
      en: 'unknown event type',
      vi: 'loại sự kiện không hợp lệ',
    });
  if (!t.from.includes(dossier.status)) {
    throw notAllowed(dossier, event.type, {
      en: `not allowed while the dossier is ${dossier.status} (allowed from: ${t.from.join(', ')})`,
      vi: `không được phép khi hồ sơ ${DOSSIER_STATUS_VI[dossier.status]}`,
    });
  }
  if (event.role !== undefined && !t.roles.includes(event.role)) {
    throw notAllowed(dossier, event.type, {
      en: `role ${event.role} may not do this (only ${t.roles.join(', ')})`,
      vi: `vai trò ${event.role} không được thực hiện (chỉ ${t.roles.join(', ')})`,
    });
  }
  const at = iso(event.at, 'event.at');
  requireText(dossier, event);
  const last = dossier.history.at(-1)?.at ?? dossier.submittedAt;
  if (at < last) {
    throw new CoreError(
      'EVENT_OUT_OF_ORDER',
      {
        en: `dossier ${dossier.code}: ${event.type} at ${at} is before the previous event (${last})`,
        vi: `hồ sơ ${dossier.code}: ${event.type} lúc ${at} trước sự kiện trước đó (${last})`,
      },
      { at, last },
    );
  }
  const cal = options?.calendar ?? defaultCalendar();
  const stored: StoredEvent = {
    ...(event as unknown as Record<string, unknown>),
    type: event.type,
    at,
  } as StoredEvent;
  if (event.type === 'apologize')
    (stored as Record<string, unknown>)['newDueAt'] = iso(event.newDueAt, 'newDueAt');
  const base = { ...dossier, history: [...dossier.history, stored] };
  const to = t.to === 'same' ? dossier.status : t.to;
  switch (event.type) {
    case 'receive':
      return {
        ...base,
        status: to,
        receivedAt: at,
        dueAt: appointment(cal, dossier.procedure, at),
      };
    case 'guide-supplement':
    case 'refuse-reception':
      return { ...base, status: to, reason: event.reason };
    case 'resubmit':
    case 'transfer':
      return { ...base, status: to };
    case 'send-to-agency': {
      if (!(event.minutes > 0))
        throw notAllowed(
          dossier,
          event.type,
          {
            en: 'the allotment must be positive working minutes',
            vi: 'thời gian phân bổ phải là số phút làm việc dương',
          },
          'GUARD_FAILED',
        );
      const stepDue = addWorkingTime(cal, new Date(at), { minutes: event.minutes }).toISOString();
      return {
        ...base,
        status: to,
        steps: [
          ...dossier.steps,
          { agency: event.agency, sentAt: at, dueAt: stepDue, returnedAt: null },
        ],
      };
    }
    case 'agency-returned':
      return {
        ...base,
        status: to,
        steps: dossier.steps.map((s, i) =>
          i === dossier.steps.length - 1 ? { ...s, returnedAt: at } : s,
        ),
      };
    case 'request-supplement':
      return {
        ...base,
        status: to,
        supplement: {
          ...dossier.supplement,
          requests: dossier.supplement.requests + 1,
          since: at,
          reason: event.reason,
        },
      };
    case 'supplement-received':
      return { ...base, ...endPause(cal, dossier, at), status: to };
    case 'apologize': {
      if (dossier.apology !== null)
        throw notAllowed(
          dossier,
          event.type,
          {
            en: 'an apology and new appointment can be issued once only',
            vi: 'chỉ được xin lỗi và hẹn lại một lần',
          },
          'GUARD_FAILED',
        );
      if (dossier.dueAt === null)
        throw notAllowed(
          dossier,
          event.type,
          { en: 'the dossier has no appointment', vi: 'hồ sơ không có ngày hẹn trả' },
          'GUARD_FAILED',
        );
      const days = options?.apologyNoticeDays ?? 1;
      const latest = addWorkingTime(cal, new Date(dossier.dueAt), { days: -days }).toISOString();
      if (at > latest) {
        throw notAllowed(
          dossier,
          event.type,
          {
            en: `the apology must be sent at least ${days} working day(s) before the due date (by ${latest})`,
            vi: `phải xin lỗi trước hạn ít nhất ${days} ngày làm việc (chậm nhất ${latest})`,
          },
          'GUARD_FAILED',
        );
      }
      const newDueAt = iso(event.newDueAt, 'newDueAt');
      if (newDueAt <= dossier.dueAt.toISOString())
        throw notAllowed(
          dossier,
          event.type,
          {
            en: 'the new appointment must be after the current one',
            vi: 'ngày hẹn mới phải sau ngày hẹn cũ',
          },
          'GUARD_FAILED',
        );
      return { ...base, apology: { at, reason: event.reason, newDueAt } };
    }
    case 'complete':
      return {
        ...base,
        status: to,
        finishedAt: at,
        electronicResult: event.electronicResult ?? dossier.electronicResult,
      };
    // Stopped or withdrawn while awaiting a supplement: the wait up to then is paused time too.
    case 'refuse':
    case 'stop':
      return {
        ...base,
        ...endPause(cal, dossier, at),
        status: to,
        finishedAt: at,
        reason: event.reason,
      };
    case 'withdraw':
      return { ...base, ...endPause(cal, dossier, at), status: to, finishedAt: at };
    case 'return-result':
      return { ...base, status: to, returnedAt: at };
  }
}

/**
 * What {@link receiveDossier} and {@link submitOnline} take.
 *
 * @example
 * ```ts
 * import type { ReceiveDossierInput } from '@motcua/core';
 * type Who = ReceiveDossierInput['applicant']; //=> { name, id?, phone?, address? }
 * ```
 * @category Dossiers
 */
export interface ReceiveDossierInput {
  /** The procedure (from a catalogue). */
  readonly procedure: Procedure;
  /** The channel (must be offered by the procedure). */
  readonly channel: Channel;
  /** The instant of receipt (or of online submission for {@link submitOnline}). */
  readonly receivedAt: Date;
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

function create(input: ReceiveDossierInput, fn: string): Dossier {
  const { procedure, channel } = input;
  if (procedure?.channels?.[channel] === undefined) {
    throw new CoreError(
      'INVALID_ARGUMENT',
      {
        en: `${fn}: procedure ${procedure?.code} is not offered on the ${channel} channel`,
        vi: `${fn}: thủ tục ${procedure?.code} không thực hiện qua kênh ${channel}`,
      },
      { channel },
    );
  }
  const at = iso(input.receivedAt, 'receivedAt');
  const valid = validateForm(procedure.form, input.data, { locale: 'vi' });
  if (!valid.ok) {
    throw new CoreError(
      'INVALID_DOSSIER_DATA',
      {
        en: `${fn}: the data fails the form of procedure ${procedure.code} (${valid.issues.length} issue(s))`,
        vi: `${fn}: dữ liệu không đạt biểu mẫu của thủ tục ${procedure.code} (${valid.issues.length} lỗi)`,
      },
      { issues: valid.issues },
    );
  }
  const terms = procedure.channels[channel];
  const snapshot: Dossier['procedure'] = {
    code: procedure.code,
    name: procedure.name,
    field: procedure.field,
    processingTime: terms?.processingTime ?? { workingDays: 1 },
    onTheSpot: procedure.onTheSpot,
  };
  const stored: CreationInput = {
    channel,
    agencyId: input.agencyId,
    sequence: input.sequence,
    applicant: input.applicant,
    data: valid.value,
    receivedAt: at,
    receivingUnit: input.receivingUnit,
    competentUnit: input.competentUnit,
    by: input.by,
  };
  return initial(stored, snapshot, {
    type: 'create',
    at,
    input: { ...stored, procedure: procedure.code },
    snapshot: { procedure: snapshot },
  });
}

/** What the creation event stores: enough to rebuild the dossier without the catalogue. */
interface CreationInput {
  readonly channel: Channel;
  readonly agencyId: string;
  readonly sequence: number;
  readonly applicant: Dossier['applicant'];
  readonly data: unknown;
  readonly receivedAt: string;
  readonly receivingUnit?: string | undefined;
  readonly competentUnit?: string | undefined;
  readonly by?: string | undefined;
}

/** The dossier before any event: awaiting receipt, coded, its regime fixed by the day of receipt. */
function initial(
  input: CreationInput,
  procedure: Dossier['procedure'],
  creation: StoredEvent,
): Dossier {
  const local = new Date(Date.parse(input.receivedAt) + 7 * 3_600_000).toISOString().slice(0, 10); // the day in Việt Nam
  const unit = input.competentUnit ?? input.receivingUnit ?? '';
  return {
    kind: 'motcua.dossier/1',
    code: formatDossierCode({ agencyId: input.agencyId, date: local, sequence: input.sequence }),
    procedure,
    channel: input.channel,
    agencyId: input.agencyId,
    receivingUnit: input.receivingUnit ?? unit,
    competentUnit: unit,
    applicant: input.applicant,
    data: input.data,
    regime: local < '2025-07-01' ? 'TT01/2018' : 'TT03/2025',
    status: 'awaiting-receipt',
    submittedAt: input.receivedAt,
    receivedAt: null,
    dueAt: null,
    supplement: { requests: 0, pausedMinutes: 0, since: null, reason: null },
    apology: null,
    steps: [],
    finishedAt: null,
    returnedAt: null,
    electronicResult: false,
    reason: null,
    history: [creation],
  };
}

/**
 * Records an online submission awaiting receipt (chờ tiếp nhận): validated, coded, no clock yet.
 * Apply `receive` (or `guide-supplement`, `refuse-reception`) next.
 *
 * @param input - As {@link receiveDossier}; `receivedAt` is the submission instant.
 * @returns The dossier, `awaiting-receipt`.
 * @throws {CoreError} `INVALID_DOSSIER_DATA` (with the form's issues in `details.issues`), `INVALID_ARGUMENT`.
 * @example
 * ```ts
 * import { submitOnline, sampleCatalog } from '@motcua/core';
 * const c = sampleCatalog();
 * submitOnline({ procedure: c.get('2.000908')!, channel: 'online', receivedAt: new Date('2026-02-14T21:00:00+07:00'),
 *   agencyId: '000.00.01.H26', sequence: 7, applicant: { name: 'Lê Văn Cường' }, data: c.sampleData('2.000908') }).status;
 * //=> 'awaiting-receipt'
 * ```
 * @category Dossiers
 */
export function submitOnline(input: ReceiveDossierInput): Dossier {
  return create(input, 'submitOnline');
}

/**
 * Receives a dossier at the one-stop section: validates its data with the procedure's form (a
 * failure is a typed error carrying the form's issues, and nothing is received), assigns its code,
 * starts the clock and sets the appointment (none for results on the spot).
 *
 * @param input - Procedure, channel, instant, agency id and sequence, applicant, data, calendar.
 * @returns The dossier, `received`.
 * @throws {CoreError} `INVALID_DOSSIER_DATA`, `INVALID_DOSSIER_CODE`, `INVALID_ARGUMENT`.
 * @example
 * ```ts
 * import { receiveDossier, sampleCatalog } from '@motcua/core';
 * const c = sampleCatalog();
 * const d = receiveDossier({ procedure: c.get('2.000908')!, channel: 'direct', receivedAt: new Date('2026-02-13T14:59:00+07:00'),
 *   agencyId: '000.00.01.H26', sequence: 42, applicant: { name: 'Lê Văn Cường' }, data: c.sampleData('2.000908') });
 * d.code; //=> '000.00.01.H26-260213-0042'
 * d.dueAt?.toISOString(); //=> '2026-02-13T10:00:00.000Z' (17:00 the same day: received before 15:00)
 * ```
 * @category Dossiers
 */
export function receiveDossier(input: ReceiveDossierInput): Dossier {
  const d = create(input, 'receiveDossier');
  return applyDossierEvent(
    d,
    { type: 'receive', at: d.submittedAt, role: 'reception', by: input.by },
    { calendar: input.calendar },
  );
}

/**
 * Rebuilds a dossier by folding its history from scratch: the result equals the dossier the history
 * came from (events are pure; the library never reads the clock).
 *
 * @param history - A dossier's `history`.
 * @param options - The same calendar and guards as when the events were applied.
 * @returns The dossier.
 * @throws {CoreError} If the history is not a valid sequence of events.
 * @example
 * ```ts
 * import { replayDossier } from '@motcua/core';
 * replayDossier(d.history); // deep-equals d
 * ```
 * @category Dossiers
 */
export function replayDossier(history: readonly StoredEvent[], options?: DossierOptions): Dossier {
  const [first, ...rest] = history;
  if (first === undefined || first.type !== 'create') {
    throw new CoreError('INVALID_ARGUMENT', {
      en: 'replayDossier: the history must start with the creation',
      vi: 'replayDossier: lịch sử phải bắt đầu bằng sự kiện tạo hồ sơ',
    });
  }
  const input = first['input'] as CreationInput;
  const snapshot = (first['snapshot'] as { procedure: Dossier['procedure'] }).procedure;
  let d = initial(input, snapshot, first);
  for (const e of rest) d = applyDossierEvent(d, e as unknown as DossierEvent, options);
  return d;
}

/**
 * Reads a dossier back from JSON (`JSON.stringify(dossier)`): a dossier is JSON-native, so this only
 * checks the format marker and returns the value.
 *
 * @param json - The parsed JSON.
 * @returns The dossier.
 * @throws {CoreError} `INVALID_ARGUMENT` when it is not a motcua dossier.
 * @example
 * ```ts
 * import { dossierFromJSON } from '@motcua/core';
 * dossierFromJSON(JSON.parse(JSON.stringify(d))); // deep-equals d
 * ```
 * @category Dossiers
 */
export function dossierFromJSON(json: unknown): Dossier {
  if (
    json === null ||
    typeof json !== 'object' ||
    (json as { kind?: unknown }).kind !== 'motcua.dossier/1'
  ) {
    throw new CoreError('INVALID_ARGUMENT', {
      en: 'dossierFromJSON: not a motcua dossier (kind motcua.dossier/1)',
      vi: 'dossierFromJSON: không phải hồ sơ motcua',
    });
  }
  const d = json as Omit<Dossier, 'dueAt'> & { dueAt: unknown };
  const due = d.dueAt === null || d.dueAt === undefined ? null : new Date(d.dueAt as string);
  if (due !== null && Number.isNaN(due.getTime())) {
    throw new CoreError('INVALID_ARGUMENT', {
      en: 'dossierFromJSON: dueAt is not an instant',
      vi: 'dossierFromJSON: dueAt không phải thời điểm',
    });
  }
  return { ...d, dueAt: due };
}

/**
 * Options of {@link timeliness}.
 *
 * @example
 * ```ts
 * import type { TimelinessOptions } from '@motcua/core';
 * const o: TimelinessOptions = { asOf: new Date('2026-03-31T17:00:00+07:00') };
 * ```
 * @category Dossiers
 */
export interface TimelinessOptions {
  /** For a dossier still in progress: judge it at this instant (the period's end). */
  readonly asOf?: Date | undefined;
  /** After an apology, compare with the `'original'` appointment (default, the 766 rule) or the `'new'` one. */
  readonly appointment?: 'original' | 'new' | undefined;
}

/**
 * Early, on time or late, as the national statistics define it (Decision 766, indicator 2.1): the
 * end of processing against the appointment (already moved by supplement pauses); more than one
 * supplement request is late; a dossier returned on the spot is on time; a dossier still in progress
 * is judged at `options.asOf`.
 *
 * @param dossier - The dossier.
 * @param options - `asOf` for unfinished dossiers; which appointment after an apology.
 * @returns `'early'`, `'on-time'` or `'late'`.
 * @throws {CoreError} `INVALID_ARGUMENT` for an unfinished dossier without `asOf`.
 * @example
 * ```ts
 * import { timeliness } from '@motcua/core';
 * timeliness(returnedDossier); //=> 'early'
 * ```
 * @category Dossiers
 */
export function timeliness(
  dossier: Dossier,
  options?: TimelinessOptions,
): 'early' | 'on-time' | 'late' {
  if (dossier.supplement.requests > 1) return 'late';
  const due =
    options?.appointment === 'new' && dossier.apology
      ? new Date(dossier.apology.newDueAt)
      : dossier.dueAt;
  const end = dossier.finishedAt ?? dossier.returnedAt;
  if (end === null) {
    if (options?.asOf === undefined) {
      throw new CoreError('INVALID_ARGUMENT', {
        en: `timeliness: dossier ${dossier.code} is still in progress; pass asOf`,
        vi: `timeliness: hồ sơ ${dossier.code} đang giải quyết; cần asOf`,
      });
    }
    return due !== null && options.asOf.getTime() > due.getTime() ? 'late' : 'on-time';
  }
  if (due === null) return 'on-time';
  return classifyTimeliness(new Date(end), due);
}

/**
 * The flat record reports aggregate (see `aggregateDossiers`), from a dossier.
 *
 * @param dossier - The dossier.
 * @returns The record.
 * @example
 * ```ts
 * import { aggregateDossiers, dossierRecord } from '@motcua/core';
 * aggregateDossiers(dossiers.map(dossierRecord), { from, to });
 * ```
 * @category Dossiers
 */
export function dossierRecord(dossier: Dossier): DossierRecord {
  const outcome: DossierRecord['outcome'] =
    dossier.status === 'refused-at-reception'
      ? 'refused-at-reception'
      : dossier.status === 'withdrawn'
        ? 'withdrawn'
        : dossier.status === 'refused'
          ? 'refused'
          : dossier.status === 'stopped'
            ? 'stopped'
            : dossier.status === 'returned'
              ? 'returned'
              : 'done';
  return {
    code: dossier.code,
    procedure: dossier.procedure.code,
    field: dossier.procedure.field,
    unit: dossier.competentUnit,
    channel: dossier.channel,
    receivedAt: dossier.receivedAt ?? dossier.submittedAt,
    dueAt: dossier.dueAt,
    finishedAt:
      dossier.finishedAt ??
      (dossier.status === 'refused-at-reception' ? dossier.history.at(-1)?.at : null),
    outcome,
    supplementRequests: dossier.supplement.requests,
    pausedMinutes: dossier.supplement.pausedMinutes,
    electronicResult: dossier.electronicResult,
  };
}
