/**
 * The service index of Decision 766/QĐ-TTg (Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng
 * phục vụ người dân, doanh nghiệp): the indicators that can be computed from dossiers, procedures and
 * survey aggregates, each with its formula, threshold and points, and an explicit "not computable
 * from the data given" for the rest.
 *
 * @module
 */
import type { LocalizedText } from '@motcua/sla';
import type { DossierAggregate } from './aggregate';
import { summarizeCounts } from './summary';

/**
 * What the index needs to know about a procedure (indicators 1.3, 3.1, 3.2, 3.5).
 *
 * @example
 * ```ts
 * import type { IndexProcedure } from '@motcua/core';
 * const p: IndexProcedure = { code: '2.000908', onlineLevel: 'full', hasFees: false, complete: true };
 * ```
 * @category Service index
 */
export interface IndexProcedure {
  /** The procedure code. */
  readonly code: string;
  /** Its online public-service level (Decree 42/2022): full-process, partial, or not online. */
  readonly onlineLevel: 'full' | 'partial' | 'none';
  /** Whether it bears a fee or charge (for 3.5). */
  readonly hasFees?: boolean | undefined;
  /** Whether fees can be paid online through the national portal (for 3.5). */
  readonly onlinePayment?: boolean | undefined;
  /** Whether its published record has the component parts required by Decree 63/2010 Art. 8 (for 1.3). */
  readonly complete?: boolean | undefined;
}

/**
 * One indicator of the index, computed or not.
 *
 * @example
 * ```ts
 * import { serviceIndex } from '@motcua/core';
 * const i = serviceIndex({ dossiers: agg }).indicators.find((x) => x.id === '2.1');
 * i?.computable && i.points; //=> e.g. 19.7
 * ```
 * @category Service index
 */
export type IndexIndicator =
  | {
      /** The indicator number in Decision 766, e.g. `'2.1'`. */
      readonly id: string;
      /** The indicator group (1–5). */
      readonly group: 1 | 2 | 3 | 4 | 5;
      /** Its name. */
      readonly name: LocalizedText;
      /** Computed from the data given. */
      readonly computable: true;
      /** The measured value: a share in [0, 1], or (2.2) working days. */
      readonly value: number;
      /** The points earned (0 for an informational indicator). */
      readonly points: number;
      /** The points available. */
      readonly maxPoints: number;
      /** The formula and threshold, in words. */
      readonly formula: string;
      /** Numerator and denominator of the share. */
      readonly basis: { readonly numerator: number; readonly denominator: number };
      /** Whether the points weight is an inference (domain file: not found in an official text). */
      readonly inferredWeight: boolean;
    }
  | {
      /** The indicator number. */
      readonly id: string;
      /** The indicator group (1–5). */
      readonly group: 1 | 2 | 3 | 4 | 5;
      /** Its name. */
      readonly name: LocalizedText;
      /** Not computable from the data given. */
      readonly computable: false;
      /** The points it would carry. */
      readonly maxPoints: number;
      /** Why not, and what data would make it computable. */
      readonly reason: LocalizedText;
      /** Whether the points weight is an inference. */
      readonly inferredWeight: boolean;
    };

/**
 * A rating band of the index score.
 *
 * @example
 * ```ts
 * import type { IndexBand } from '@motcua/core';
 * const band: IndexBand = { min: 90, label: { vi: 'Xuất sắc', en: 'Excellent' }, official: true };
 * ```
 * @category Service index
 */
export interface IndexBand {
  /** Lowest score (0–100) of the band. */
  readonly min: number;
  /** Its label. */
  readonly label: LocalizedText;
  /** Whether the band is published (90–100 excellent, < 50 weak) or an assumption. */
  readonly official: boolean;
}

/**
 * Inputs and choices of {@link serviceIndex}.
 *
 * @example
 * ```ts
 * import type { ServiceIndexInput } from '@motcua/core';
 * const input: ServiceIndexInput = { dossiers: agg, procedures: [{ code: '2.000908', onlineLevel: 'full' }] };
 * ```
 * @category Service index
 */
export interface ServiceIndexInput {
  /** The dossier aggregate of the period (with a `'procedure'` breakdown, indicator 3.2 becomes computable). */
  readonly dossiers: DossierAggregate;
  /** The procedures the unit offers (indicators 1.3, 3.1, 3.2, 3.5). */
  readonly procedures?: readonly IndexProcedure[] | undefined;
  /**
   * A survey aggregate's overall satisfaction (e.g. from `@motcua/forms`' `aggregate`): used by 5.4
   * when `satisfactionSource` is `'survey'`.
   */
  readonly satisfaction?:
    | { readonly count: number; readonly satisfiedShare: number | null }
    | undefined;
  /**
   * Indicator 5.4 is `100% − (late rate + complaint rate)`. `'dislikes'` (default, the national rule)
   * takes the complaint rate from dossiers flagged `complaint`; `'survey'` uses the share NOT satisfied
   * in `satisfaction` instead.
   */
  readonly satisfactionSource?: 'dislikes' | 'survey' | undefined;
  /**
   * Points per indicator, overriding the defaults (group 3 and 4 totals of 22 are inferred, and the
   * split inside groups 1, 3 and 4 is not published: by default a group's points are shared equally).
   */
  readonly weights?: Readonly<Record<string, number>> | undefined;
  /** Rating bands, highest first (default: 90 excellent and < 50 weak as published; 70 and 50 assumed). */
  readonly bands?: readonly IndexBand[] | undefined;
}

/**
 * The computed index.
 *
 * @example
 * ```ts
 * import { serviceIndex } from '@motcua/core';
 * const index = serviceIndex({ dossiers: agg });
 * `${index.points} / ${index.computableMaxPoints} computable points (${index.score}/100)`;
 * ```
 * @category Service index
 */
export interface ServiceIndex {
  /** Every indicator, computed or not. */
  readonly indicators: readonly IndexIndicator[];
  /** Per group: points earned and available among the computable indicators, and all points. */
  readonly groups: readonly {
    readonly group: 1 | 2 | 3 | 4 | 5;
    readonly name: LocalizedText;
    readonly points: number;
    readonly computableMaxPoints: number;
    readonly maxPoints: number;
  }[];
  /** Points earned over the computable indicators. */
  readonly points: number;
  /** Points available over the computable indicators. */
  readonly computableMaxPoints: number;
  /** `points ÷ computableMaxPoints × 100`, rounded to 2 decimals; `null` if nothing is computable. */
  readonly score: number | null;
  /** The band of `score`. */
  readonly band: IndexBand | null;
}

const GROUPS: readonly { group: 1 | 2 | 3 | 4 | 5; name: LocalizedText; max: number }[] = [
  { group: 1, name: { vi: 'Công khai, minh bạch', en: 'Publicity and transparency' }, max: 18 },
  {
    group: 2,
    name: { vi: 'Tiến độ, kết quả giải quyết', en: 'Progress and results of handling' },
    max: 20,
  },
  {
    group: 3,
    name: { vi: 'Cung cấp dịch vụ trực tuyến', en: 'Online service provision' },
    max: 22,
  },
  { group: 4, name: { vi: 'Số hóa hồ sơ', en: 'Digitisation of dossiers' }, max: 22 },
  { group: 5, name: { vi: 'Mức độ hài lòng', en: 'Satisfaction' }, max: 18 },
];

interface Def {
  readonly id: string;
  readonly group: 1 | 2 | 3 | 4 | 5;
  readonly name: LocalizedText;
  readonly points: number;
  readonly inferred: boolean;
}

/** The indicators with their default points (documented in the guide "Reports and the service index"). */
const DEFS: readonly Def[] = [
  {
    id: '1.1',
    group: 1,
    name: { vi: 'Tỷ lệ TTHC được công bố đúng hạn', en: 'Procedures announced on time' },
    points: 14 / 3,
    inferred: true,
  },
  {
    id: '1.2',
    group: 1,
    name: {
      vi: 'Tỷ lệ TTHC được cập nhật, công khai đúng hạn trên CSDL quốc gia',
      en: 'Procedures published on time in the national database',
    },
    points: 4,
    inferred: false,
  },
  {
    id: '1.3',
    group: 1,
    name: {
      vi: 'Tỷ lệ TTHC công khai đầy đủ các bộ phận',
      en: 'Published procedures with complete component parts',
    },
    points: 14 / 3,
    inferred: true,
  },
  {
    id: '1.4',
    group: 1,
    name: {
      vi: 'Tỷ lệ hồ sơ đồng bộ lên Cổng DVC quốc gia',
      en: 'Dossiers synchronised to the national portal',
    },
    points: 14 / 3,
    inferred: true,
  },
  {
    id: '2.1',
    group: 2,
    name: {
      vi: 'Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn',
      en: 'Dossiers processed early or on time',
    },
    points: 20,
    inferred: false,
  },
  {
    id: '2.2',
    group: 2,
    name: {
      vi: 'Thời gian xử lý trung bình (ngày làm việc)',
      en: 'Average processing time (working days)',
    },
    points: 0,
    inferred: false,
  },
  {
    id: '3.1',
    group: 3,
    name: { vi: 'Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến', en: 'Procedures offered online' },
    points: 22 / 5,
    inferred: true,
  },
  {
    id: '3.2',
    group: 3,
    name: {
      vi: 'Tỷ lệ DVC trực tuyến có phát sinh hồ sơ',
      en: 'Online services that received dossiers',
    },
    points: 22 / 5,
    inferred: true,
  },
  {
    id: '3.3',
    group: 3,
    name: { vi: 'Tỷ lệ hồ sơ nộp trực tuyến', en: 'Dossiers submitted online' },
    points: 22 / 5,
    inferred: true,
  },
  {
    id: '3.5',
    group: 3,
    name: {
      vi: 'Tỷ lệ TTHC có phí được tích hợp thanh toán trực tuyến',
      en: 'Fee-bearing procedures with online payment',
    },
    points: 22 / 5,
    inferred: true,
  },
  {
    id: '3.6',
    group: 3,
    name: { vi: 'Tỷ lệ hồ sơ thanh toán trực tuyến', en: 'Dossiers paid online' },
    points: 22 / 5,
    inferred: true,
  },
  {
    id: '4.1',
    group: 4,
    name: { vi: 'Tỷ lệ hồ sơ cấp kết quả điện tử', en: 'Dossiers with an electronic result' },
    points: 22 / 5,
    inferred: true,
  },
  {
    id: '4.2',
    group: 4,
    name: { vi: 'Tỷ lệ hồ sơ được số hóa', en: 'Dossiers digitised' },
    points: 22 / 5,
    inferred: true,
  },
  {
    id: '4.3',
    group: 4,
    name: { vi: 'Tỷ lệ hồ sơ tái sử dụng dữ liệu số hóa', en: 'Dossiers reusing digitised data' },
    points: 22 / 5,
    inferred: true,
  },
  {
    id: '4.4',
    group: 4,
    name: {
      vi: 'Tỷ lệ hồ sơ số hóa liên kết kho dữ liệu cá nhân',
      en: 'Digitised dossiers linked to the personal data store',
    },
    points: 22 / 5,
    inferred: true,
  },
  {
    id: '4.5',
    group: 4,
    name: { vi: 'Khai thác dữ liệu dân cư', en: 'Use of population data' },
    points: 22 / 5,
    inferred: true,
  },
  {
    id: '5.1',
    group: 5,
    name: { vi: 'Tỷ lệ phản ánh, kiến nghị theo loại', en: 'Petitions by category' },
    points: 5,
    inferred: true,
  },
  {
    id: '5.2',
    group: 5,
    name: { vi: 'Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn', en: 'Petitions handled on time' },
    points: 5,
    inferred: true,
  },
  {
    id: '5.3',
    group: 5,
    name: {
      vi: 'Mức độ hài lòng về xử lý phản ánh, kiến nghị',
      en: 'Satisfaction with petition handling',
    },
    points: 2,
    inferred: true,
  },
  {
    id: '5.4',
    group: 5,
    name: {
      vi: 'Mức độ hài lòng về tiếp nhận, giải quyết TTHC',
      en: 'Satisfaction with receiving and handling procedures',
    },
    points: 6,
    inferred: true,
  },
];

const DEFAULT_BANDS: readonly IndexBand[] = [
  { min: 90, label: { vi: 'Xuất sắc', en: 'Excellent' }, official: true },
  { min: 70, label: { vi: 'Tốt', en: 'Good' }, official: false },
  { min: 50, label: { vi: 'Trung bình', en: 'Average' }, official: false },
  { min: 0, label: { vi: 'Yếu kém', en: 'Weak' }, official: true },
];

const NEEDS = {
  publication: {
    vi: 'Cần dữ liệu công bố TTHC (ngày quyết định công bố, ngày hiệu lực, ngày cập nhật CSDL quốc gia).',
    en: 'Needs procedure publication data (announcement and effective dates, national database update dates).',
  },
  sync: {
    vi: 'Cần dữ liệu đồng bộ với Cổng DVC quốc gia.',
    en: 'Needs synchronisation data from the national portal.',
  },
  petitions: { vi: 'Cần dữ liệu phản ánh, kiến nghị (PAKN).', en: 'Needs petition (PAKN) data.' },
  personal: {
    vi: 'Cần dữ liệu kho dữ liệu cá nhân / CSDL dân cư.',
    en: 'Needs personal data store / population database data.',
  },
  procedures: {
    vi: 'Cần danh sách TTHC của đơn vị (tham số procedures).',
    en: "Needs the unit's procedures (the procedures input).",
  },
  byProcedure: {
    vi: 'Cần danh sách TTHC và tổng hợp hồ sơ phân tổ theo thủ tục (by: ["procedure"]).',
    en: 'Needs the procedures and a dossier aggregate broken down by procedure (by: ["procedure"]).',
  },
  fees: {
    vi: 'Không có TTHC có phí trong danh sách.',
    en: 'No fee-bearing procedure in the list.',
  },
  empty: { vi: 'Không có hồ sơ trong kỳ.', en: 'No dossiers in the period.' },
  dislikes: {
    vi: 'Cần dữ liệu phản ánh hoặc "không hài lòng" gắn với hồ sơ (trường complaint).',
    en: 'Needs petition or "dislike" data linked to dossiers (the complaint field).',
  },
  survey: {
    vi: 'Cần tổng hợp khảo sát (tham số satisfaction).',
    en: 'Needs a survey aggregate (the satisfaction input).',
  },
} as const satisfies Record<string, LocalizedText>;

/** Points for a share with a "full points from `threshold`" rule: `min(1, share ÷ threshold) × max`. */
function thresholdPoints(share: number, threshold: number, max: number): number {
  return Math.min(1, share / threshold) * max;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Computes the Decision 766 service index from a dossier aggregate, the unit's procedures and a
 * survey aggregate: every indicator with its formula, threshold and points where the data allow,
 * and "not computable" with the reason for the rest; group and total points over the computable
 * indicators; the score out of 100 over what is computable, and its band.
 *
 * Formulas (domain file §6.3): 2.1 = (early + on time) ÷ processed, points = share × 20; 3.1 full
 * points from 80 %; 3.3 full points from 50 % online; 3.5, 4.2, 4.3 full from 80 %; 5.4 = 100 % −
 * (late rate + complaint rate), full from 90 %; other shares earn `share × points`. Group 3 and 4
 * totals (22 each) and the split of points inside groups 1, 3, 4 are inferred: override them with
 * `weights`.
 *
 * @param input - The aggregate, procedures, survey satisfaction and choices.
 * @returns The index.
 * @example
 * ```ts
 * import { aggregateDossiers, serviceIndex } from '@motcua/core';
 * const agg = aggregateDossiers(records, { from: '2026-01-01T00:00:00+07:00', to: '2026-04-01T00:00:00+07:00', by: ['procedure'] });
 * const index = serviceIndex({ dossiers: agg, procedures: [{ code: '2.000908', onlineLevel: 'full' }] });
 * index.indicators.find((i) => i.id === '2.1');
 * //=> { id: '2.1', computable: true, value: 0.99, points: 19.8, maxPoints: 20, … }
 * ```
 * @category Service index
 */
export function serviceIndex(input: ServiceIndexInput): ServiceIndex {
  const total = input.dossiers.total;
  const s = summarizeCounts(total);
  const procedures = input.procedures;
  const weight = (d: Def) => input.weights?.[d.id] ?? d.points;
  const indicators: IndexIndicator[] = [];

  for (const d of DEFS) {
    const maxPoints = weight(d);
    const inferredWeight = input.weights?.[d.id] === undefined && d.inferred;
    const no = (reason: LocalizedText) =>
      indicators.push({
        id: d.id,
        group: d.group,
        name: d.name,
        computable: false,
        maxPoints,
        reason,
        inferredWeight,
      });
    const yes = (
      numerator: number,
      denominator: number,
      points: number,
      formula: string,
      value = numerator / denominator,
    ) =>
      indicators.push({
        id: d.id,
        group: d.group,
        name: d.name,
        computable: true,
        value,
        points: round2(points),
        maxPoints: round2(maxPoints),
        formula,
        basis: { numerator, denominator },
        inferredWeight,
      });
    const processed = total.judged + total.inProgress;
    switch (d.id) {
      case '1.1':
      case '1.2':
        no(NEEDS.publication);
        break;
      case '1.3': {
        const known = procedures?.filter((p) => p.complete !== undefined) ?? [];
        if (known.length === 0) no(NEEDS.procedures);
        else {
          const n = known.filter((p) => p.complete === true).length;
          yes(
            n,
            known.length,
            (n / known.length) * maxPoints,
            'complete ÷ published procedures × points',
          );
        }
        break;
      }
      case '1.4':
        no(NEEDS.sync);
        break;
      case '2.1':
        if (processed === 0) no(NEEDS.empty);
        else {
          const n = total.early + total.onTime + total.inProgress - total.overdue;
          yes(
            n,
            processed,
            (n / processed) * maxPoints,
            '(early + on time + in progress not overdue) ÷ (ended + in progress) × 20; more than one supplement request is late',
          );
        }
        break;
      case '2.2':
        if (s.averageWorkingDays === null) no(NEEDS.empty);
        else
          yes(
            total.processing.minutes,
            total.processing.count,
            0,
            'working minutes from receipt to end, less supplement pauses, averaged, ÷ 480 (informational, no points)',
            s.averageWorkingDays,
          );
        break;
      case '3.1':
        if (!procedures || procedures.length === 0) no(NEEDS.procedures);
        else {
          const n = procedures.filter((p) => p.onlineLevel !== 'none').length;
          yes(
            n,
            procedures.length,
            thresholdPoints(n / procedures.length, 0.8, maxPoints),
            'procedures online (full or partial) ÷ procedures; full points from 80 %, else share × points ÷ 80 %',
          );
        }
        break;
      case '3.2': {
        const byProcedure = input.dossiers.groups.procedure;
        const online = procedures?.filter((p) => p.onlineLevel !== 'none') ?? [];
        if (!byProcedure || online.length === 0) no(NEEDS.byProcedure);
        else {
          const n = online.filter(
            (p) => (byProcedure[p.code]?.receivedByChannel.online ?? 0) > 0,
          ).length;
          yes(
            n,
            online.length,
            (n / online.length) * maxPoints,
            'online services with ≥ 1 online dossier in the period ÷ online services × points',
          );
        }
        break;
      }
      case '3.3':
        if (total.received === 0) no(NEEDS.empty);
        else {
          const n = total.receivedByChannel.online;
          yes(
            n,
            total.received,
            thresholdPoints(n / total.received, 0.5, maxPoints),
            'dossiers received online ÷ received; full points from 50 %',
          );
        }
        break;
      case '3.5': {
        const fees = procedures?.filter((p) => p.hasFees === true) ?? [];
        if (!procedures) no(NEEDS.procedures);
        else if (fees.length === 0) no(NEEDS.fees);
        else {
          const n = fees.filter((p) => p.onlinePayment === true).length;
          yes(
            n,
            fees.length,
            thresholdPoints(n / fees.length, 0.8, maxPoints),
            'fee-bearing procedures with online payment ÷ fee-bearing procedures; full points from 80 %',
          );
        }
        break;
      }
      case '3.6':
      case '4.1':
      case '4.2':
      case '4.3': {
        if (total.settled === 0) {
          no(NEEDS.empty);
          break;
        }
        const n =
          d.id === '3.6'
            ? total.paidOnline
            : d.id === '4.1'
              ? total.electronicResult
              : d.id === '4.2'
                ? total.digitised
                : total.reusedData;
        const share = n / total.settled;
        const full = d.id === '4.2' || d.id === '4.3';
        yes(
          n,
          total.settled,
          full ? thresholdPoints(share, 0.8, maxPoints) : share * maxPoints,
          full
            ? 'share of settled dossiers; full points from 80 %'
            : 'share of settled dossiers × points',
        );
        break;
      }
      case '4.4':
      case '4.5':
        no(NEEDS.personal);
        break;
      case '5.1':
      case '5.2':
      case '5.3':
        no(NEEDS.petitions);
        break;
      case '5.4': {
        if (processed === 0) {
          no(NEEDS.empty);
          break;
        }
        const lateRate = (total.late + total.overdue) / processed;
        let complaintRate: number;
        let formula: string;
        if (input.satisfactionSource === 'survey') {
          const sat = input.satisfaction;
          if (!sat || sat.satisfiedShare === null || sat.count === 0) {
            no(NEEDS.survey);
            break;
          }
          complaintRate = 1 - sat.satisfiedShare;
          formula =
            '100 % − (late rate + share not satisfied in the survey); full points from 90 %';
        } else {
          if (total.complaintsKnown === 0) {
            no(NEEDS.dislikes);
            break;
          }
          complaintRate = total.complaints / total.complaintsKnown;
          formula =
            '100 % − (late rate + share of dossiers with a petition or dislike); full points from 90 %';
        }
        const rate = Math.max(0, 1 - (lateRate + complaintRate));
        indicators.push({
          id: d.id,
          group: d.group,
          name: d.name,
          computable: true,
          value: rate,
          points: round2(thresholdPoints(rate, 0.9, maxPoints)),
          maxPoints: round2(maxPoints),
          formula,
          basis: { numerator: Math.round(rate * processed), denominator: processed },
          inferredWeight,
        });
        break;
      }
    }
  }

  const groups = GROUPS.map((g) => {
    const mine = indicators.filter((i) => i.group === g.group);
    const computed = mine.filter(
      (i): i is Extract<IndexIndicator, { computable: true }> => i.computable,
    );
    return {
      group: g.group,
      name: g.name,
      points: round2(computed.reduce((a, i) => a + i.points, 0)),
      computableMaxPoints: round2(computed.reduce((a, i) => a + i.maxPoints, 0)),
      maxPoints: round2(mine.reduce((a, i) => a + i.maxPoints, 0)),
    };
  });
  const points = round2(groups.reduce((a, g) => a + g.points, 0));
  const computableMaxPoints = round2(groups.reduce((a, g) => a + g.computableMaxPoints, 0));
  const score = computableMaxPoints === 0 ? null : round2((points / computableMaxPoints) * 100);
  const bands = input.bands ?? DEFAULT_BANDS;
  const band = score === null ? null : (bands.find((b) => score >= b.min) ?? null);
  return { indicators, groups, points, computableMaxPoints, score, band };
}
