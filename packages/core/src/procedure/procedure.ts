/**
 * Administrative procedures (thủ tục hành chính) with the fields the national database publishes,
 * per-channel processing times and fees, the internal process and its allotments, and the dossier
 * form (a `@motcua/forms` definition).
 *
 * @module
 */
import { describeValue } from '@motcua/errors';
import type { FormDefinition } from '@motcua/forms';
import {
  allowedWorkingMinutes,
  formatProcessingTime,
  type LocalizedText,
  type ProcessingTime,
} from '@motcua/sla';
import { copyJson } from '../_lib/json';
import { CoreError } from '../errors';
import type { Channel } from '../report/record';

/**
 * A fee or charge (phí, lệ phí) of a procedure on one channel.
 *
 * @example
 * ```ts
 * import type { ProcedureFee } from '@motcua/core';
 * const fee: ProcedureFee = { name: { vi: 'Lệ phí chứng thực', en: 'Certification fee' }, amount: 2000, per: 'page' };
 * ```
 * @category Procedures
 */
export interface ProcedureFee {
  /** What it is. */
  readonly name: LocalizedText;
  /** Amount in VND (0 = free). */
  readonly amount: number;
  /** What it is charged per. */
  readonly per: 'dossier' | 'page' | 'copy' | 'case';
  /** Exemptions or a cap, as published. */
  readonly note?: string | undefined;
}

/**
 * How a procedure is carried out on one channel: its processing time and fees.
 *
 * @example
 * ```ts
 * import type { ChannelTerms } from '@motcua/core';
 * const direct: ChannelTerms = { processingTime: { workingDays: 5 }, processingTimeText: '05 ngày làm việc', fees: [] };
 * ```
 * @category Procedures
 */
export interface ChannelTerms {
  /** The limit (parsed from `processingTimeText` when loaded from text). */
  readonly processingTime: ProcessingTime;
  /** The text as published. */
  readonly processingTimeText?: string | undefined;
  /** Fees and charges. */
  readonly fees: readonly ProcedureFee[];
}

/**
 * Who does a step of the internal process.
 *
 * @example
 * ```ts
 * import type { Role } from '@motcua/core';
 * const role: Role = 'specialist';
 * ```
 * @category Procedures
 */
export type Role = 'citizen' | 'reception' | 'specialist' | 'leader' | 'other-agency' | 'system';

/**
 * One step of the internal process (quy trình nội bộ) with its time allotment in working minutes.
 *
 * @example
 * ```ts
 * import type { ProcessStep } from '@motcua/core';
 * const step: ProcessStep = { name: { vi: 'Thẩm định', en: 'Appraisal' }, role: 'specialist', minutes: 960 };
 * ```
 * @category Procedures
 */
export interface ProcessStep {
  /** What the step is. */
  readonly name: LocalizedText;
  /** Who does it. */
  readonly role: Role;
  /** Its allotment in working minutes. */
  readonly minutes: number;
  /** For an interlinked (liên thông) step: the other agency. */
  readonly agency?: string | undefined;
}

/**
 * Where a procedure's facts come from.
 *
 * @example
 * ```ts
 * import type { ProcedureSource } from '@motcua/core';
 * const s: ProcedureSource = { document: 'Luật Hộ tịch 2014, Điều 16', confidence: 'medium' };
 * ```
 * @category Procedures
 */
export interface ProcedureSource {
  /** The documents. */
  readonly document: string;
  /** `'high'`: official text; `'medium'`: secondary source or recalled text; `'low'`: unverified (e.g. the code). */
  readonly confidence: 'high' | 'medium' | 'low';
  /** What is uncertain. */
  readonly note?: string | undefined;
}

/**
 * An administrative procedure, with the component parts the national database publishes (Decree
 * 63/2010 Art. 8): name, steps, channels, documents (in `form`), processing time, subjects,
 * agencies, result, fees, conditions and legal basis.
 *
 * @example
 * ```ts
 * import { sampleCatalog, type Procedure } from '@motcua/core';
 * const p: Procedure | undefined = sampleCatalog().get('2.000908');
 * p?.channels.direct?.processingTime; //=> { sameDay: { cutoff: '15:00' } }
 * ```
 * @typeParam F - The form (its type types a received dossier's data).
 * @category Procedures
 */
export interface Procedure<F extends FormDefinition = FormDefinition> {
  /** Marks the value. */
  readonly kind: 'motcua.procedure';
  /** The national code `d.dddddd`. */
  readonly code: string;
  /** The name. */
  readonly name: LocalizedText;
  /** The field (lĩnh vực). */
  readonly field: string;
  /** The implementation level after 1/7/2025. */
  readonly level: 'ministry' | 'province' | 'commune';
  /** The implementing agency. */
  readonly implementingAgency: string;
  /** The receiving agency (the one-stop section). */
  readonly receivingAgency: string;
  /** Who may apply. */
  readonly subjects: readonly string[];
  /** Conditions. */
  readonly conditions: readonly string[];
  /** The steps as published. */
  readonly steps: readonly string[];
  /** The legal basis. */
  readonly legalBasis: readonly string[];
  /** The (main) result, as published. */
  readonly result: string;
  /**
   * Every result the procedure issues, each with its template (mẫu) when it has one and whether it
   * is a paper document (`paper`: `undefined` when not known; indicator 3.3 needs it). By default
   * the one `result`.
   */
  readonly results: readonly ProcedureResult[];
  /** How many sets of the dossier the applicant files (số bộ hồ sơ), by default 1. */
  readonly dossierSets: number;
  /** The agencies that coordinate (cơ quan phối hợp), e.g. in an interlinked procedure. */
  readonly coordinatingAgencies: readonly string[];
  /** The online public-service level (Decree 42/2022). */
  readonly onlineLevel: 'full' | 'partial' | 'none';
  /** Per channel: processing time and fees. */
  readonly channels: Readonly<Partial<Record<Channel, ChannelTerms>>>;
  /** Whether the result is returned on the spot (no receipt and appointment slip). */
  readonly onTheSpot: boolean;
  /** The internal process, if declared. */
  readonly process: readonly ProcessStep[];
  /** The dossier form and document list. */
  readonly form: F;
  /** Valid sample form data (docs, demos, tests). */
  readonly sampleData?: unknown;
  /** Provenance. */
  readonly source: ProcedureSource;
}

/**
 * What {@link defineProcedure} takes: a {@link Procedure} without `kind`, with optional lists.
 *
 * @typeParam F - The form.
 * @example
 * ```ts
 * import type { ProcedureSpec } from '@motcua/core';
 * const onTheSpot: ProcedureSpec['onTheSpot'] = true; // optional: false by default
 * ```
 * @category Procedures
 */
export type ProcedureSpec<F extends FormDefinition = FormDefinition> = Omit<
  Procedure<F>,
  | 'kind'
  | 'conditions'
  | 'steps'
  | 'process'
  | 'onTheSpot'
  | 'subjects'
  | 'results'
  | 'dossierSets'
  | 'coordinatingAgencies'
> & {
  /** Who may apply (default none listed). */
  readonly subjects?: readonly string[] | undefined;
  /** Conditions (default none). */
  readonly conditions?: readonly string[] | undefined;
  /** Steps as published (default none). */
  readonly steps?: readonly string[] | undefined;
  /** Every result with its template (default: the one `result`, paper or not unknown). */
  readonly results?: readonly ProcedureResult[] | undefined;
  /** Dossier sets (default 1). */
  readonly dossierSets?: number | undefined;
  /** Coordinating agencies (default none). */
  readonly coordinatingAgencies?: readonly string[] | undefined;
  /** The internal process (default none). */
  readonly process?: readonly ProcessStep[] | undefined;
  /** Result on the spot (default `false`). */
  readonly onTheSpot?: boolean | undefined;
};

/** `d.dddddd`, or with a provincial portal's suffix (`1.000948.H38`). */
const CODE = /^\d\.\d{6}(?:\.[A-Z]\d{2})?$/;

/**
 * One result of a procedure.
 *
 * @example
 * ```ts
 * import type { ProcedureResult } from '@motcua/core';
 * const r: ProcedureResult = { name: 'Giấy chứng nhận kết hôn', template: 'Mẫu TT 04/2020/TT-BTP', paper: true };
 * ```
 * @category Procedures
 */
export interface ProcedureResult {
  /** What is issued. */
  readonly name: string;
  /** The template (mẫu) it follows, when one is prescribed. */
  readonly template?: string | undefined;
  /** Whether it is a paper document (`undefined`: not known). */
  readonly paper?: boolean | undefined;
}

function invalid(
  code: unknown,
  en: string,
  vi: string,
  details: Record<string, unknown> = {},
): CoreError {
  return new CoreError(
    'INVALID_PROCEDURE',
    { en: `procedure ${describeValue(code)}: ${en}`, vi: `thủ tục ${describeValue(code)}: ${vi}` },
    details,
  );
}

/**
 * Defines a procedure, checking it: the code is `d.dddddd`, at least one channel is offered, and the
 * internal process's allotments (each a finite number of working minutes ≥ 0) add up to at most the
 * legal limit of every channel (an error says by how much they exceed it). The procedure keeps a JSON
 * copy of the spec, its form aside: editing the spec afterwards changes nothing, and a `Date` in
 * `sampleData` is kept as its ISO string.
 *
 * @param spec - The procedure.
 * @returns The procedure (a new object).
 * @throws {CoreError} `INVALID_PROCEDURE`.
 * @example
 * ```ts
 * import { defineProcedure } from '@motcua/core';
 * import { certifiedCopyForm } from '@motcua/forms';
 * const p = defineProcedure({
 *   code: '2.000815', name: { vi: 'Chứng thực bản sao từ bản chính', en: 'Certified copy from the original' },
 *   field: 'Chứng thực', level: 'commune', implementingAgency: 'UBND cấp xã', receivingAgency: 'Trung tâm PVHCC cấp xã',
 *   legalBasis: ['Nghị định 23/2015/NĐ-CP'], result: 'Bản sao được chứng thực', onlineLevel: 'partial',
 *   channels: { direct: { processingTime: { sameDay: { cutoff: '15:00' } }, fees: [] } },
 *   form: certifiedCopyForm, source: { document: 'Nghị định 23/2015/NĐ-CP Điều 7', confidence: 'medium' },
 * });
 * p.channels.direct?.processingTime; //=> { sameDay: { cutoff: '15:00' } }
 * // Two working days of appraisal do not fit in a same-day limit:
 * defineProcedure({ ...p, process: [{ name: { vi: 'Thẩm định', en: 'Appraisal' }, role: 'specialist', minutes: 960 }] });
 * //=> throws CoreError INVALID_PROCEDURE
 * ```
 * @category Procedures
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineProcedure<const F extends FormDefinition>(
  spec: ProcedureSpec<F>,
): Procedure<F> {
  if (typeof spec?.code !== 'string' || !CODE.test(spec.code)) {
    throw invalid(
      spec?.code,
      'the code must be d.dddddd, optionally with a provincial suffix (2.000908, 1.000948.H38)',
      'mã thủ tục phải có dạng d.dddddd, có thể kèm hậu tố của tỉnh (2.000908, 1.000948.H38)',
    );
  }
  const channels = Object.entries(spec.channels) as [Channel, ChannelTerms][];
  if (channels.length === 0)
    throw invalid(
      spec.code,
      'at least one channel is needed',
      'cần ít nhất một cách thức thực hiện',
    );
  if (
    spec.dossierSets !== undefined &&
    !(Number.isInteger(spec.dossierSets) && spec.dossierSets >= 1 && spec.dossierSets <= 100)
  )
    throw invalid(
      spec.code,
      'dossierSets must be a whole number from 1',
      'số bộ hồ sơ phải là số nguyên từ 1',
    );
  const process = spec.process ?? [];
  if (!Array.isArray(process))
    throw invalid(spec.code, 'process must be a list of steps', 'quy trình phải là danh sách bước');
  let allotted = 0;
  for (const step of process as unknown[]) {
    const m = (step as { minutes?: unknown } | null)?.minutes;
    if (!(typeof m === 'number' && Number.isFinite(m) && m >= 0))
      throw invalid(
        spec.code,
        `each step of the process allots a finite number of working minutes ≥ 0, got ${describeValue(m)}`,
        `mỗi bước của quy trình phải có số phút làm việc hữu hạn ≥ 0, nhận được ${describeValue(m)}`,
      );
    allotted += m;
  }
  for (const [channel, terms] of channels) {
    const limit = allowedWorkingMinutes(480, terms.processingTime);
    if (limit !== null && allotted > limit) {
      throw invalid(
        spec.code,
        `the internal process allots ${allotted} working minutes, ${allotted - limit} more than the ${channel} limit (${formatProcessingTime(terms.processingTime, 'en')})`,
        `quy trình nội bộ phân bổ ${allotted} phút làm việc, vượt ${allotted - limit} phút so với thời hạn (${formatProcessingTime(terms.processingTime, 'vi')})`,
        { allotted, limit, channel },
      );
    }
    for (const fee of terms.fees) {
      if (!Number.isFinite(fee.amount) || fee.amount < 0)
        throw invalid(spec.code, 'fees must be amounts ≥ 0', 'phí, lệ phí phải ≥ 0');
    }
  }
  // The procedure shares nothing with the spec but its form (a definition motcua only reads): a
  // caller editing its JSON afterwards does not change a procedure already defined.
  const { form, ...data } = spec;
  let own: typeof data;
  try {
    own = copyJson(data, `defineProcedure ${spec.code}`);
  } catch (e) {
    throw invalid(
      spec.code,
      'the procedure is not plain JSON data (a BigInt, a cycle, or nesting too deep)',
      'thủ tục không phải dữ liệu JSON thuần (BigInt, vòng lặp hoặc lồng quá sâu)',
      { cause: e instanceof Error ? e.name : 'error' },
    );
  }
  return {
    kind: 'motcua.procedure',
    ...own,
    form,
    subjects: own.subjects ?? [],
    conditions: own.conditions ?? [],
    steps: own.steps ?? [],
    results: own.results ?? [{ name: own.result }],
    dossierSets: own.dossierSets ?? 1,
    coordinatingAgencies: own.coordinatingAgencies ?? [],
    process: own.process ?? [],
    onTheSpot: own.onTheSpot ?? false,
  } as Procedure<F>;
}
