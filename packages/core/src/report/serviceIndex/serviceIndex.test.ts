import { describe, expect, it } from 'vitest';
import { aggregateDossiers } from '../aggregate';
import { type DossierAggregate, emptyReportCounts } from '../counts';
import { serviceIndex } from './serviceIndex';

function aggregateOf(
  total: Partial<ReturnType<typeof emptyReportCounts>>,
  procedureOnline?: Record<string, number>,
): DossierAggregate {
  const empty = aggregateDossiers([], {
    from: '2026-01-01T00:00:00+07:00',
    to: '2026-04-01T00:00:00+07:00',
    by: ['procedure'],
  });
  const groups = Object.fromEntries(
    Object.entries(procedureOnline ?? {}).map(([code, online]) => [
      code,
      { ...emptyReportCounts(), receivedByChannel: { direct: 0, online, postal: 0 } },
    ]),
  );
  return { ...empty, total: { ...emptyReportCounts(), ...total }, groups: { procedure: groups } };
}

const indicator = (index: ReturnType<typeof serviceIndex>, id: string) =>
  index.indicators.find((i) => i.id === id);

describe('serviceIndex', () => {
  it('computes 2.1 as the on-time rate × 20 points', () => {
    const index = serviceIndex({
      dossiers: aggregateOf({
        judged: 95,
        early: 60,
        onTime: 30,
        late: 5,
        inProgress: 5,
        overdue: 1,
      }),
    });
    // (60 + 30 + 5 − 1) ÷ (95 + 5) = 0.94
    expect(indicator(index, '2.1')).toMatchObject({
      computable: true,
      value: 0.94,
      points: 18.8,
      maxPoints: 20,
    });
  });

  it('gives full points from the thresholds: 50 % online (3.3), 80 % digitised (4.2), 90 % for 5.4', () => {
    const index = serviceIndex({
      dossiers: aggregateOf({
        received: 100,
        receivedByChannel: { direct: 40, online: 60, postal: 0 },
        judged: 100,
        onTime: 100,
        settled: 100,
        digitised: 40,
        complaints: 2,
        complaintsKnown: 100,
      }),
    });
    // 3.3 needs each procedure's result (paper or not) and the dossiers by procedure.
    const n33 = indicator(index, '3.3');
    expect(n33?.computable).toBe(false);
    if (n33 && !n33.computable) expect(n33.reason.en).toMatch(/paper document/);
    expect(indicator(index, '4.2')).toMatchObject({ value: 0.4, points: 2.2 }); // 0.4 ÷ 0.8 × 4.4
    expect(indicator(index, '5.4')).toMatchObject({ value: 0.98, points: 6 });
  });

  it('computes the procedure indicators from the procedures given', () => {
    const index = serviceIndex({
      dossiers: aggregateOf({}, { a: 3, b: 0 }),
      procedures: [
        { code: 'a', onlineLevel: 'full', hasFees: true, onlinePayment: true, complete: true },
        { code: 'b', onlineLevel: 'partial', hasFees: true, onlinePayment: false, complete: true },
        { code: 'c', onlineLevel: 'none', complete: false },
        { code: 'd', onlineLevel: 'none' },
      ],
    });
    expect(indicator(index, '3.1')).toMatchObject({ value: 0.5, points: 2.75 }); // 2 of 4 online: 0.5 ÷ 0.8 × 4.4
    expect(indicator(index, '3.2')).toMatchObject({ value: 0.5 }); // of the 2 online services, 1 received an online dossier
    expect(indicator(index, '3.5')).toMatchObject({ value: 0.5 });
    expect(indicator(index, '1.3')).toMatchObject({ value: 2 / 3 }); // 'd' has no completeness data
  });

  it('says what is not computable and why, and scores only what is', () => {
    const index = serviceIndex({ dossiers: aggregateOf({ judged: 10, onTime: 10 }) });
    const n11 = indicator(index, '1.1');
    expect(n11?.computable).toBe(false);
    if (n11 && !n11.computable) expect(n11.reason.en).toMatch(/publication data/);
    const n54 = indicator(index, '5.4');
    expect(n54?.computable).toBe(false); // no complaint data in the records: not silently 100 %
    expect(index.computableMaxPoints).toBe(20);
    expect(index.score).toBe(100);
    // A band is never attached to a score over part of the index; what is missing is listed.
    expect(index.band).toBeNull();
    expect(index.missing.map((m) => m.id)).toContain('1.1');
    expect(index.missing.find((m) => m.id === '5.4')?.reason.en).toMatch(/dislike/);
  });

  it('can take 5.4 from a survey aggregate instead of dislikes', () => {
    const index = serviceIndex({
      dossiers: aggregateOf({ judged: 10, onTime: 9, late: 1 }),
      satisfaction: { count: 200, satisfiedShare: 0.85 },
      satisfactionSource: 'survey',
    });
    // 1 − (0.1 late + 0.15 not satisfied) = 0.75; 0.75 ÷ 0.9 × 6 = 5
    expect(indicator(index, '5.4')).toMatchObject({ value: 0.75, points: 5 });
  });

  it('accepts other weights and bands', () => {
    const index = serviceIndex({
      dossiers: aggregateOf({ judged: 10, onTime: 5, late: 5 }),
      weights: { '2.1': 10 },
      bands: [{ min: 0, label: { vi: 'Một', en: 'One' }, official: false }],
    });
    expect(indicator(index, '2.1')).toMatchObject({
      points: 5,
      maxPoints: 10,
      inferredWeight: false,
    });
    expect(index.band).toBeNull(); // partial: bands are for the whole index
  });

  it('3.3 counts an online dossier of a paper-result procedure only with an electronic result', () => {
    const group = (online: number, withE: number, received: number) => ({
      ...emptyReportCounts(),
      received,
      receivedByChannel: { direct: received - online, online, postal: 0 },
      receivedOnlineElectronicResult: withE,
    });
    const base = aggregateOf({
      received: 100,
      receivedByChannel: { direct: 40, online: 60, postal: 0 },
    });
    const dossiers = {
      ...base,
      groups: { procedure: { paper: group(40, 10, 60), digital: group(20, 0, 40) } },
    };
    const index = serviceIndex({
      dossiers,
      procedures: [
        { code: 'paper', onlineLevel: 'full', paperResult: true },
        { code: 'digital', onlineLevel: 'full', paperResult: false },
      ],
    });
    // (10 with an electronic result + 20) ÷ 100 = 0.3; 0.3 ÷ 0.5 × 4.4 = 2.64
    expect(indicator(index, '3.3')).toMatchObject({ value: 0.3, points: 2.64 });
  });

  it('3.6 is over the settled dossiers of fee-bearing procedures only', () => {
    const g = (settled: number, paidOnline: number) => ({
      ...emptyReportCounts(),
      settled,
      paidOnline,
    });
    const base = aggregateOf({ settled: 100, paidOnline: 30 });
    const index = serviceIndex({
      dossiers: { ...base, groups: { procedure: { fee: g(40, 30), free: g(60, 0) } } },
      procedures: [
        { code: 'fee', onlineLevel: 'full', hasFees: true, onlinePayment: true },
        { code: 'free', onlineLevel: 'full', hasFees: false },
      ],
    });
    expect(indicator(index, '3.6')).toMatchObject({
      value: 0.75,
      basis: { numerator: 30, denominator: 40 },
    });
  });
});

describe('serviceIndex values', () => {
  it('hands out copies: changing the result changes nothing for the next caller', () => {
    const agg = emptyReportCounts();
    const dossiers = {
      kind: 'motcua.dossier-aggregate/1',
      from: '2026-01-01T00:00:00.000Z',
      to: '2026-04-01T00:00:00.000Z',
      granularity: 'month',
      by: [],
      earlyGranularity: 'day',
      total: { ...agg, received: 10, settled: 10, judged: 10, onTime: 10 },
      groups: {},
    } as unknown as DossierAggregate;
    const first = serviceIndex({ dossiers });
    const reason = first.missing[0]?.reason.vi;
    expect(reason).toBeDefined();
    if (first.missing[0]) (first.missing[0].reason as { vi: string }).vi = 'hacked';
    expect(serviceIndex({ dossiers }).missing[0]?.reason.vi).toBe(reason);
  });
});
