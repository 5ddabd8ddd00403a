/**
 * Creating a dossier: an online submission awaiting receipt, or a dossier received at the desk.
 *
 * @module
 */
import { describeValue } from '@motcua/errors';
import { type FormData, type FormDefinition, validateForm } from '@motcua/forms';
import { civilDateOf } from '@motcua/sla';
import { instantOf } from '../_lib/instant';
import { CoreError } from '../errors';
import type { Channel } from '../report/record';
import { formatDossierCode } from './code';
import { applyDossierEvent } from './reducer';
import { regimeOn } from './regimes';
import type { Dossier, ReceiveDossierInput, StoredEvent } from './types';
import { finalize, frozenCopy, frozenEvent } from './value';

function create<F extends FormDefinition>(
  input: ReceiveDossierInput<F>,
  fn: string,
): Dossier<FormData<F>> {
  if (input === null || typeof input !== 'object')
    throw new CoreError('INVALID_ARGUMENT', {
      en: `${fn}: expected the dossier's input object`,
      vi: `${fn}: cần đối tượng thông tin hồ sơ`,
    });
  const { procedure, channel } = input;
  if (procedure?.channels?.[channel] === undefined) {
    throw new CoreError(
      'INVALID_ARGUMENT',
      {
        en: `${fn}: procedure ${describeValue(procedure?.code)} is not offered on the ${describeValue(channel)} channel`,
        vi: `${fn}: thủ tục ${describeValue(procedure?.code)} không thực hiện qua kênh ${describeValue(channel)}`,
      },
      { channel },
    );
  }
  const at = instantOf(input.receivedAt, 'receivedAt').toISOString();
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
  return initial(
    frozenCopy(stored),
    frozenCopy(snapshot),
    frozenEvent({
      type: 'create',
      at,
      input: { ...stored, procedure: procedure.code },
      snapshot: { procedure: snapshot },
    }),
  ) as Dossier<FormData<F>>;
}

/** What the creation event stores: enough to rebuild the dossier without the catalogue. @internal */
export interface CreationInput {
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

/** The dossier before any event: awaiting receipt, coded, its regime fixed by the day of receipt. @internal */
export function initial(
  input: CreationInput,
  procedure: Dossier['procedure'],
  creation: StoredEvent,
): Dossier {
  const submitted = instantOf(input.receivedAt, 'receivedAt');
  const local = civilDateOf(submitted); // the day in Việt Nam
  const unit = input.competentUnit ?? input.receivingUnit ?? '';
  return finalize({
    kind: 'motcua.dossier/1',
    code: formatDossierCode({ agencyId: input.agencyId, date: local, sequence: input.sequence }),
    procedure,
    channel: input.channel,
    agencyId: input.agencyId,
    receivingUnit: input.receivingUnit ?? unit,
    competentUnit: unit,
    applicant: input.applicant,
    data: input.data,
    regime: regimeOn(local),
    status: 'awaiting-receipt',
    submittedAt: submitted,
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
  });
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
export function submitOnline<const F extends FormDefinition>(
  input: ReceiveDossierInput<F>,
): Dossier<FormData<F>> {
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
export function receiveDossier<const F extends FormDefinition>(
  input: ReceiveDossierInput<F>,
): Dossier<FormData<F>> {
  const d = create(input, 'receiveDossier');
  return applyDossierEvent(
    d,
    { type: 'receive', at: d.submittedAt, role: 'reception', by: input.by },
    { calendar: input.calendar },
  );
}
