/**
 * The service index of Decision 766/QĐ-TTg (Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng
 * phục vụ người dân, doanh nghiệp): the indicators that can be computed from dossiers, procedures and
 * survey aggregates, each with its formula, threshold and points, and an explicit "not computable
 * from the data given" for the rest.
 *
 * @module
 */
import { describeValue } from '@motcua/errors';
import { type SurveyAggregate, safeParseSurveyAggregate } from '@motcua/forms';
import type { LocalizedText } from '@motcua/sla';
import { CoreError } from '../../errors';
import type { Procedure } from '../../procedure/procedure';
import { summarizeCounts } from '../summary';
import { parseDossierAggregate } from '../validate';
import { DEFAULT_BANDS, DEFS, type Def, GROUPS, NEEDS } from './indicators';
import type { IndexIndicator, IndexProcedure, ServiceIndex, ServiceIndexInput } from './types';

/**
 * What the index needs of a procedure, derived from core's `Procedure` where it is one: the online
 * level, whether it charges (a fee above 0 on some channel), whether its published record has the
 * parts Decree 63/2010 Art. 8 cl. 2 requires (name, steps, channels, dossier composition, processing
 * time, subjects, implementing agency, result, legal basis), and whether its results are paper
 * documents. Online payment cannot be derived and stays unknown.
 */
function asIndexProcedure(p: IndexProcedure | Procedure): IndexProcedure {
  if ((p as Procedure).kind !== 'motcua.procedure') return p as IndexProcedure;
  const q = p as Procedure;
  const channels = Object.values(q.channels).filter((c) => c !== undefined);
  const papers = q.results.map((r) => r.paper);
  return {
    code: q.code,
    onlineLevel: q.onlineLevel,
    hasFees: channels.some((c) => c.fees.some((f) => f.amount > 0)),
    complete:
      q.name.vi.trim() !== '' &&
      q.steps.length > 0 &&
      channels.length > 0 &&
      (q.form.documents?.length ?? 0) + q.form.fields.length > 0 &&
      q.subjects.length > 0 &&
      q.implementingAgency.trim() !== '' &&
      q.result.trim() !== '' &&
      q.legalBasis.length > 0,
    paperResult: papers.some((x) => x === true)
      ? true
      : papers.every((x) => x === false)
        ? false
        : undefined,
  };
}

/** The overall satisfaction of a survey aggregate, or the `{ count, satisfiedShare }` given. */
function satisfactionOf(
  s: ServiceIndexInput['satisfaction'],
): { readonly count: number; readonly satisfiedShare: number | null } | undefined {
  if (s === undefined || s === null) return undefined;
  if ((s as { kind?: unknown }).kind === 'motcua.surveyAggregate') {
    const agg = parseSurveyAggregateAsCore(s);
    return { count: agg.overall.respondents, satisfiedShare: agg.overall.satisfiedShare };
  }
  const given = s as { readonly count?: unknown; readonly satisfiedShare?: unknown };
  const count = given.count;
  const share = given.satisfiedShare;
  if (
    typeof s !== 'object' ||
    !(typeof count === 'number' && Number.isSafeInteger(count) && count >= 0) ||
    !(share === null || (typeof share === 'number' && share >= 0 && share <= 1))
  )
    throw new CoreError(
      'INVALID_ARGUMENT',
      {
        en: `serviceIndex: satisfaction is a survey aggregate or { count: a whole number ≥ 0, satisfiedShare: 0–1 or null }, got ${describeValue(s)}`,
        vi: `serviceIndex: satisfaction là tổng hợp khảo sát hoặc { count: số nguyên ≥ 0, satisfiedShare: 0–1 hoặc null }, nhận được ${describeValue(s)}`,
      },
      { satisfaction: s },
    );
  return { count, satisfiedShare: share as number | null };
}

/** A survey aggregate checked by forms' reader; its error, as core's. */
function parseSurveyAggregateAsCore(s: unknown): SurveyAggregate {
  const r = safeParseSurveyAggregate(s);
  if (r.ok) return r.value;
  const en = safeParseSurveyAggregate(s, { locale: 'en' });
  throw new CoreError(
    'INVALID_ARGUMENT',
    {
      en: `serviceIndex: satisfaction is not a valid survey aggregate: ${en.ok ? '' : (en.issues[0]?.message ?? '')}`,
      vi: `serviceIndex: satisfaction không phải tổng hợp khảo sát hợp lệ: ${r.issues[0]?.message ?? ''}`,
    },
    { issues: r.issues },
  );
}

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
 * Formulas (Decision 766/QĐ-TTg and its data specification): 2.1 = (early + on time + in progress not overdue) ÷ (ended + in
 * progress), points = share × 20; 3.1 full
 * points from 80 %; 3.3 full points from 50 % online; 3.5, 4.2, 4.3 full from 80 %; 5.4 = 100 % −
 * (late rate + complaint rate), full from 90 %; other shares earn `share × points`. Group 3 and 4
 * totals (22 each) and the split of points inside groups 1, 3, 4 are inferred: override them with
 * `weights`.
 *
 * @param input - The aggregate, procedures, survey satisfaction and choices.
 * @returns The index.
 * @example
 * ```ts
 * import { aggregateDossiers, type DossierRecord, serviceIndex } from '@motcua/core';
 * const records: DossierRecord[] = [
 *   { code: '000.00.01.H26-260212-0001', procedure: '2.000908', unit: '00235', channel: 'direct',
 *     receivedAt: '2026-02-12T09:00:00+07:00', dueAt: '2026-02-12T17:00:00+07:00',
 *     finishedAt: '2026-02-12T11:00:00+07:00', outcome: 'returned' }, // on time (the same day)
 *   { code: '000.00.01.H26-260213-0002', procedure: '1.000894', unit: '00235', channel: 'direct',
 *     receivedAt: '2026-02-13T10:00:00+07:00', dueAt: '2026-02-27T10:00:00+07:00',
 *     finishedAt: '2026-02-25T15:00:00+07:00', outcome: 'returned' }, // early
 *   { code: '000.00.01.H26-260223-0003', procedure: '1.001193', unit: '00235', channel: 'online',
 *     receivedAt: '2026-02-23T16:00:00+07:00', dueAt: '2026-02-24T17:00:00+07:00',
 *     finishedAt: '2026-02-25T09:00:00+07:00', outcome: 'returned' }, // late
 *   { code: '000.00.01.H26-260227-0004', procedure: '2.000908', unit: '00235', channel: 'online',
 *     receivedAt: '2026-02-27T16:00:00+07:00', dueAt: '2026-03-02T17:00:00+07:00' }, // in progress, not overdue
 * ];
 * const agg = aggregateDossiers(records, { from: '2026-02', to: '2026-03', by: ['procedure'] });
 * const index = serviceIndex({ dossiers: agg, procedures: [{ code: '2.000908', onlineLevel: 'full' }] });
 * index.indicators.find((i) => i.id === '2.1');
 * //=> { id: '2.1', computable: true, value: 0.75, points: 15, maxPoints: 20, basis: { numerator: 3, denominator: 4 }, … }
 * index.band; //=> null (no band on a partial index: see index.missing)
 * index.missing.map((m) => m.id); //=> ['1.1', '1.2', …, '5.4']
 * ```
 * @category Service index
 */
export function serviceIndex(input: ServiceIndexInput): ServiceIndex {
  parseDossierAggregate((input as { dossiers?: unknown } | null)?.dossiers);
  const total = input.dossiers.total;
  const s = summarizeCounts(total);
  const procedures = input.procedures?.map(asIndexProcedure);
  const byProcedure = input.dossiers.groups.procedure;
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
      case '3.3': {
        // An online dossier counts only with an electronic result where the result is a paper
        // document: that needs each procedure's result and the dossiers by procedure.
        if (total.received === 0) {
          no(NEEDS.empty);
          break;
        }
        const known = new Map(procedures?.map((p) => [p.code, p.paperResult]) ?? []);
        const codes = Object.keys(byProcedure ?? {});
        const covered = codes.reduce((a, c) => a + (byProcedure?.[c]?.received ?? 0), 0);
        if (
          !byProcedure ||
          covered !== total.received ||
          codes.some(
            (c) =>
              known.get(c) === undefined ||
              (known.get(c) === true &&
                byProcedure?.[c]?.receivedOnlineElectronicResult === undefined),
          )
        ) {
          no(NEEDS.paperResult);
          break;
        }
        let n = 0;
        for (const c of codes) {
          const g = byProcedure[c];
          if (g === undefined) continue;
          n +=
            known.get(c) === true ? g.receivedOnlineElectronicResult : g.receivedByChannel.online;
        }
        yes(
          n,
          total.received,
          thresholdPoints(n / total.received, 0.5, maxPoints),
          'dossiers received online (with an electronic result where the result is a paper document) ÷ received; full points from 50 %',
        );
        break;
      }
      case '3.5': {
        const fees = procedures?.filter((p) => p.hasFees === true) ?? [];
        if (!procedures) no(NEEDS.procedures);
        else if (fees.length === 0) no(NEEDS.fees);
        else if (fees.some((p) => p.onlinePayment === undefined)) no(NEEDS.onlinePayment);
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
      case '3.6': {
        // Over the settled dossiers of the procedures that charge a fee.
        const charging = procedures?.filter((p) => p.hasFees === true).map((p) => p.code) ?? [];
        if (!procedures || !byProcedure) {
          no(NEEDS.byProcedure);
          break;
        }
        if (charging.length === 0) {
          no(NEEDS.fees);
          break;
        }
        let n = 0;
        let settled = 0;
        for (const c of charging) {
          n += byProcedure[c]?.paidOnline ?? 0;
          settled += byProcedure[c]?.settled ?? 0;
        }
        if (settled === 0) no(NEEDS.empty);
        else
          yes(
            n,
            settled,
            (n / settled) * maxPoints,
            'settled dossiers paid online ÷ settled dossiers of fee-bearing procedures × points',
          );
        break;
      }
      case '4.1':
      case '4.2':
      case '4.3': {
        if (total.settled === 0) {
          no(NEEDS.empty);
          break;
        }
        const n =
          d.id === '4.1'
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
          const sat = satisfactionOf(input.satisfaction);
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
  // An indicator the caller weighted 0 (not part of their index) is not missing.
  const missing = indicators.flatMap((i) =>
    i.computable || i.maxPoints === 0
      ? []
      : [{ id: i.id, reason: { vi: i.reason.vi, en: i.reason.en } }],
  );
  // A band describes the whole index: never attached to a score over part of it.
  const found =
    score === null || missing.length > 0 ? undefined : bands.find((b) => score >= b.min);
  // A copy: the result never hands out the library's (or the caller's) band table.
  const band =
    found === undefined
      ? null
      : {
          min: found.min,
          label: { vi: found.label.vi, en: found.label.en },
          official: found.official,
        };
  return { indicators, groups, points, computableMaxPoints, score, band, missing };
}
