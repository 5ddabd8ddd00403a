/**
 * The lifecycle as data: every transition with its states, roles, guard and clock effect.
 *
 * @module
 */

import type { LocalizedText } from '@motcua/sla';
import { expectDossier } from '../_lib/guard';
import type { Role } from '../procedure/procedure';
import { openExclusion } from './guards';
import type { Dossier, DossierEventType, DossierStatus } from './types';

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
 * //=> ['transfer', 'send-to-agency', 'request-supplement', 'apologize', …, 'refuse', 'stop', 'withdraw']
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
      from: ['received', 'processing', 'at-other-agency'],
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
      from: ['received', 'processing', 'at-other-agency'],
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
        vi: 'Một lần; hẹn mới sau hẹn cũ; gửi muộn (sau ngày liền trước ngày hẹn trả) vẫn được ghi nhận nhưng bị đánh dấu không đúng quy định',
        en: 'Once only; the new date after the old; sent later than the day before the due date it is recorded and flagged as non-compliant',
      },
    },
    {
      event: 'exclusion-started',
      from: ['received', 'processing', 'at-other-agency'],
      to: 'same',
      roles: ['specialist', 'leader'],
      clock: 'pause',
      guard: {
        vi: 'Khoảng thời gian thủ tục không tính vào thời hạn (ví dụ: thời gian niêm yết)',
        en: 'A period the procedure does not count (e.g. public posting)',
      },
    },
    {
      event: 'exclusion-ended',
      from: ['received', 'processing', 'at-other-agency'],
      to: 'same',
      roles: ['specialist', 'leader'],
      clock: 'resume',
    },
    {
      event: 'apply-alternative',
      from: [...ACTIVE],
      to: 'same',
      roles: ['specialist', 'leader'],
      clock: 'move-appointment',
      guard: {
        vi: 'Thủ tục có thời hạn theo điều kiện (ví dụ: cần xác minh); một lần; ghi lý do',
        en: 'The procedure has a conditional limit (e.g. verification needed); once; with a reason',
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
      document: 'refusal-notice',
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

let table: ReadonlyMap<string, Transition> | undefined;
/** The transition of an event type, if it is one. @internal */
export function transitionOf(type: unknown): Transition | undefined {
  if (typeof type !== 'string') return undefined;
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
 * import { allowedEvents, applyDossierEvent, receiveDossier, sampleCatalog } from '@motcua/core';
 * const c = sampleCatalog();
 * const received = receiveDossier({ procedure: c.get('2.000908')!, channel: 'direct',
 *   receivedAt: '2026-02-23T08:30:00+07:00', agencyId: '000.00.01.H26', sequence: 1,
 *   applicant: { name: 'Lê Văn Cường' }, data: c.sampleData('2.000908') });
 * allowedEvents(received, 'reception'); //=> ['transfer', 'withdraw']
 * const d = applyDossierEvent(received, { type: 'transfer', at: '2026-02-23T09:00:00+07:00', role: 'reception' });
 * allowedEvents(d, 'specialist'); //=> ['send-to-agency', 'request-supplement', 'apologize', 'complete']
 * ```
 * @category Dossiers
 */
export function allowedEvents(dossier: Dossier, role?: Role): DossierEventType[] {
  expectDossier(dossier, 'allowedEvents');
  // The guards that depend on the dossier, so that only the actions that can succeed show.
  const pt = dossier.procedure.processingTime;
  const has = (type: string) => dossier.history.some((e) => e.type === type);
  const open = openExclusion(dossier);
  return dossierTransitions()
    .filter(
      (t) => t.from.includes(dossier.status) && (role === undefined || t.roles.includes(role)),
    )
    .filter((t) => {
      switch (t.event) {
        case 'apologize':
          return dossier.apology === null;
        case 'apply-alternative':
          return (
            (pt.alternatives?.length ?? 0) > 0 &&
            !has('apply-alternative') &&
            dossier.apology === null
          );
        case 'exclusion-started':
          return (pt.excluding?.length ?? 0) > 0 && !open;
        case 'exclusion-ended':
          return open;
        case 'request-supplement':
          return !open;
        default:
          return true;
      }
    })
    .map((t) => t.event);
}

/** The states in Vietnamese, for messages. @internal */
export const DOSSIER_STATUS_VI: Readonly<Record<DossierStatus, string>> = {
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
