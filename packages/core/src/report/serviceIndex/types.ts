/**
 * The shapes of the Decision 766 service index: its inputs, indicators, bands and result.
 *
 * @module
 */

import type { SurveyAggregate } from '@motcua/forms';
import type { LocalizedText } from '@motcua/sla';
import type { Procedure } from '../../procedure/procedure';
import type { DossierAggregate } from '../counts';

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
  /** Whether its result is a paper document (for 3.3: an online dossier then counts only with an electronic result). */
  readonly paperResult?: boolean | undefined;
}

/**
 * One indicator of the index, computed or not.
 *
 * @example
 * ```ts
 * import { aggregateDossiers, type DossierRecord, serviceIndex } from '@motcua/core';
 * const records: DossierRecord[] = [
 *   { code: '000.00.01.H26-260212-0001', procedure: '2.000908', unit: '00235', channel: 'direct',
 *     receivedAt: '2026-02-12T09:00:00+07:00', dueAt: '2026-02-12T17:00:00+07:00',
 *     finishedAt: '2026-02-12T11:00:00+07:00', outcome: 'returned' }, // on time
 *   { code: '000.00.01.H26-260213-0002', procedure: '1.000894', unit: '00235', channel: 'direct',
 *     receivedAt: '2026-02-13T10:00:00+07:00', dueAt: '2026-02-27T10:00:00+07:00',
 *     finishedAt: '2026-02-25T15:00:00+07:00', outcome: 'returned' }, // early
 *   { code: '000.00.01.H26-260223-0003', procedure: '1.001193', unit: '00235', channel: 'online',
 *     receivedAt: '2026-02-23T16:00:00+07:00', dueAt: '2026-02-24T17:00:00+07:00',
 *     finishedAt: '2026-02-25T09:00:00+07:00', outcome: 'returned' }, // late
 * ];
 * const agg = aggregateDossiers(records, { from: '2026-02', to: '2026-03' });
 * const i = serviceIndex({ dossiers: agg }).indicators.find((x) => x.id === '2.1');
 * i?.computable && i.points; //=> 13.33 (2 of 3 early or on time, × 20 points)
 * const j = serviceIndex({ dossiers: agg }).indicators.find((x) => x.id === '5.4');
 * j?.computable === false && j.reason.en; //=> 'Needs petition or "dislike" data linked to dossiers (the complaint field).'
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
      /** Whether the points weight is an inference (not found in an official text). */
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
 * import { aggregateDossiers, sampleCatalog, serviceIndex, type ServiceIndexInput } from '@motcua/core';
 * const agg = aggregateDossiers([], { from: '2026-02', to: '2026-03', by: ['procedure'] });
 * const input: ServiceIndexInput = {
 *   dossiers: agg,
 *   procedures: [sampleCatalog().get('2.000908')!, { code: '1.001193', onlineLevel: 'full', hasFees: false }],
 *   satisfaction: { count: 120, satisfiedShare: 0.95 },
 *   satisfactionSource: 'survey',
 * };
 * serviceIndex(input).indicators.find((x) => x.id === '3.1'); //=> { computable: true, value: 1, … }
 * ```
 * @category Service index
 */
export interface ServiceIndexInput {
  /** The dossier aggregate of the period (with a `'procedure'` breakdown, indicator 3.2 becomes computable). */
  readonly dossiers: DossierAggregate;
  /**
   * The procedures the unit offers (indicators 1.3, 3.1, 3.2, 3.3, 3.5, 3.6): core `Procedure`s as
   * they come (everything that can be derived is: online level, fees, completeness of the published
   * record, paper results), or {@link IndexProcedure}s when the catalogue lives elsewhere.
   */
  readonly procedures?: readonly (IndexProcedure | Procedure)[] | undefined;
  /**
   * A survey aggregate's overall satisfaction (e.g. from `@motcua/forms`' `aggregate`): used by 5.4
   * when `satisfactionSource` is `'survey'`.
   */
  readonly satisfaction?:
    | { readonly count: number; readonly satisfiedShare: number | null }
    | SurveyAggregate
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
 * import { aggregateDossiers, type DossierRecord, serviceIndex } from '@motcua/core';
 * const records: DossierRecord[] = [
 *   { code: '000.00.01.H26-260212-0001', procedure: '2.000908', unit: '00235', channel: 'direct',
 *     receivedAt: '2026-02-12T09:00:00+07:00', dueAt: '2026-02-12T17:00:00+07:00',
 *     finishedAt: '2026-02-12T11:00:00+07:00', outcome: 'returned' }, // on time
 *   { code: '000.00.01.H26-260213-0002', procedure: '1.000894', unit: '00235', channel: 'direct',
 *     receivedAt: '2026-02-13T10:00:00+07:00', dueAt: '2026-02-27T10:00:00+07:00',
 *     finishedAt: '2026-02-25T15:00:00+07:00', outcome: 'returned' }, // early
 *   { code: '000.00.01.H26-260223-0003', procedure: '1.001193', unit: '00235', channel: 'online',
 *     receivedAt: '2026-02-23T16:00:00+07:00', dueAt: '2026-02-24T17:00:00+07:00',
 *     finishedAt: '2026-02-25T09:00:00+07:00', outcome: 'returned' }, // late
 * ];
 * const agg = aggregateDossiers(records, { from: '2026-02', to: '2026-03' });
 * const index = serviceIndex({ dossiers: agg });
 * `${index.points} / ${index.computableMaxPoints} computable points (${index.score}/100)`;
 * //=> '13.33 / 33.2 computable points (40.15/100)'
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
  /**
   * The band of `score`, only when every indicator was computed: a band is never attached to a
   * score over part of the index (see `missing`).
   */
  readonly band: IndexBand | null;
  /** The indicators that could not be computed, and why. */
  readonly missing: readonly { readonly id: string; readonly reason: LocalizedText }[];
}
