/**
 * A dossier from its history: replay, and reading one back from JSON.
 *
 * @module
 */
import { describeValue } from '@motcua/errors';
import { CoreError } from '../errors';
import { type CreationInput, initial } from './receive';
import { applyDossierEvent } from './reducer';
import type { Dossier, DossierEvent, DossierOptions, StoredEvent } from './types';
import { frozenCopy, frozenEvent } from './value';

/** The most events a history may hold (a real dossier has a few dozen). */
const MAX_EVENTS = 10_000;

function badHistory(fn: string, en: string, vi: string, cause?: unknown): CoreError {
  return new CoreError(
    'INVALID_ARGUMENT',
    { en: `${fn}: ${en}`, vi: `${fn}: ${vi}` },
    {},
    cause === undefined ? undefined : { cause },
  );
}

/**
 * Rebuilds a dossier by folding its history from scratch: the result equals the dossier the history
 * came from (events are pure; the library never reads the clock).
 *
 * @param history - A dossier's `history`.
 * @param options - The same calendar and guards as when the events were applied.
 * @returns The dossier.
 * @throws {CoreError} `INVALID_ARGUMENT` when the history is not a valid sequence of events (the
 *   `cause` says which event and why).
 * @example
 * ```ts
 * import { applyDossierEvent, receiveDossier, replayDossier, sampleCatalog } from '@motcua/core';
 * const c = sampleCatalog();
 * let d = receiveDossier({ procedure: c.get('2.000908')!, channel: 'direct',
 *   receivedAt: '2026-02-23T08:30:00+07:00', agencyId: '000.00.01.H26', sequence: 1,
 *   applicant: { name: 'Lê Văn Cường' }, data: c.sampleData('2.000908') });
 * d = applyDossierEvent(d, { type: 'request-supplement', at: '2026-02-23T09:00:00+07:00', reason: 'Thiếu tờ khai' });
 * d = applyDossierEvent(d, { type: 'supplement-received', at: '2026-02-24T08:00:00+07:00' });
 * const again = replayDossier(d.history);
 * again.history.map((e) => e.type); //=> ['create', 'receive', 'request-supplement', 'supplement-received']
 * JSON.stringify(again) === JSON.stringify(d); //=> true (deep-equals d)
 * ```
 * @category Dossiers
 */
export function replayDossier(history: readonly StoredEvent[], options?: DossierOptions): Dossier {
  const fn = 'replayDossier';
  if (!Array.isArray(history))
    throw badHistory(
      fn,
      'the history must be a list of events',
      'lịch sử phải là danh sách sự kiện',
    );
  if (history.length > MAX_EVENTS)
    throw new CoreError('TOO_LARGE', {
      en: `${fn}: a history of more than ${MAX_EVENTS} events`,
      vi: `${fn}: lịch sử có hơn ${MAX_EVENTS} sự kiện`,
    });
  const [first, ...rest] = history as readonly unknown[];
  const creation = first as StoredEvent | undefined;
  const input = creation?.['input'] as CreationInput | undefined;
  const snapshot = (creation?.['snapshot'] as { procedure?: Dossier['procedure'] } | undefined)
    ?.procedure;
  if (
    creation?.type !== 'create' ||
    typeof input !== 'object' ||
    input === null ||
    typeof snapshot !== 'object' ||
    snapshot === null
  )
    throw badHistory(
      fn,
      'the history must start with the creation (input and procedure snapshot)',
      'lịch sử phải bắt đầu bằng sự kiện tạo hồ sơ (thông tin và thủ tục)',
    );
  let d: Dossier;
  try {
    // Copies, frozen: the caller's JSON stays theirs (editing it later changes no dossier).
    d = initial(frozenCopy(input), frozenCopy(snapshot), frozenEvent(creation));
  } catch (e) {
    throw badHistory(fn, 'the creation event is not valid', 'sự kiện tạo hồ sơ không hợp lệ', e);
  }
  for (const [i, e] of rest.entries()) {
    if (typeof e !== 'object' || e === null)
      throw badHistory(
        fn,
        `event ${i + 1} is not an object`,
        `sự kiện ${i + 1} không phải là đối tượng`,
      );
    d = applyDossierEvent(d, e as DossierEvent, options);
  }
  return d;
}

/**
 * Reads a dossier back from JSON (`JSON.stringify(dossier)`): its history is replayed (so every
 * event is checked again and every instant revived as a `Date`), and the stored fields must agree
 * with the replay (status and code), or the JSON is refused.
 *
 * @param json - The parsed JSON.
 * @param options - The calendar and guards the dossier was processed with.
 * @returns The dossier.
 * @throws {CoreError} `INVALID_ARGUMENT` when it is not a motcua dossier or its history does not
 *   replay to it; the errors of {@link replayDossier}.
 * @example
 * ```ts
 * import { dossierFromJSON, receiveDossier, sampleCatalog } from '@motcua/core';
 * const c = sampleCatalog();
 * const d = receiveDossier({ procedure: c.get('2.000908')!, channel: 'direct',
 *   receivedAt: '2026-02-23T08:30:00+07:00', agencyId: '000.00.01.H26', sequence: 1,
 *   applicant: { name: 'Lê Văn Cường' }, data: c.sampleData('2.000908') });
 * const stored = JSON.stringify(d); // e.g. a jsonb column
 * const back = dossierFromJSON(JSON.parse(stored));
 * back.dueAt; //=> '2026-02-23T10:00:00.000Z' (a Date again)
 * JSON.stringify(back) === stored; //=> true (deep-equals d)
 * dossierFromJSON({ ...JSON.parse(stored), status: 'returned' }); //=> throws CoreError INVALID_ARGUMENT
 * ```
 * @category Dossiers
 */
export function dossierFromJSON(json: unknown, options?: DossierOptions): Dossier {
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
  const stated = json as { history?: unknown; status?: unknown; code?: unknown };
  const d = replayDossier(stated.history as readonly StoredEvent[], options);
  if (d.status !== stated.status || d.code !== stated.code) {
    throw new CoreError(
      'INVALID_ARGUMENT',
      {
        en: `dossierFromJSON: the dossier says ${describeValue(stated.code)} is ${describeValue(stated.status)}, its history says ${d.code} is ${d.status}`,
        vi: `dossierFromJSON: hồ sơ ghi ${describeValue(stated.code)} ở trạng thái ${describeValue(stated.status)}, lịch sử cho ${d.code} ở trạng thái ${d.status}`,
      },
      {
        stated: { code: stated.code, status: stated.status },
        replayed: { code: d.code, status: d.status },
      },
    );
  }
  return d;
}
