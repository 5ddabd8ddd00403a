import { parseProcessingTime } from '@motcua/sla';
import { describe, expect, it } from 'vitest';
import { catalog, receive, receiveWith, vn } from '../dossier/__fixtures__/lives';
import { dossierDocuments } from '../dossier/documents';
import { submitOnline } from '../dossier/receive';
import { applyDossierEvent } from '../dossier/reducer';
import type { Dossier } from '../dossier/types';
import { defineProcedure } from '../procedure/procedure';
import { aggregateDossiers } from './aggregate';
import { mergeDossierAggregates } from './merge';
import { dossierRecord } from './record';
import { summarizeDossiers } from './summary';

const base = catalog.get('2.000908');
if (!base) throw new Error('2.000908');
const withLimit = (text: string) =>
  defineProcedure({
    ...base,
    channels: { direct: { processingTime: parseProcessingTime(text), fees: [] } },
  });
const receiveOf = (procedure: ReturnType<typeof withLimit>, at: string): Dossier =>
  receiveWith(procedure, at);

describe('regressions found in review', () => {
  it('an aggregate stored before the new counts still merges and summarises (read as 0)', () => {
    const agg = aggregateDossiers([dossierRecord(receive('2.000908', '2026-02-12T10:00:00'))], {
      from: '2026-02-01',
      to: '2026-03-01',
    });
    const old = JSON.parse(JSON.stringify(agg));
    for (const k of ['receivedOnlineElectronicResult', 'endedBySupplement', 'notApplicable'])
      delete old.total[k];
    const merged = mergeDossierAggregates(agg, old);
    expect(merged.total).toMatchObject({ received: 2, endedBySupplement: 0, notApplicable: 0 });
    expect(summarizeDossiers(old).total.counts.received).toBe(1);
  });

  it('an alternative cannot be applied after an apology set a new date', () => {
    const marriage = catalog.get('1.000894'); // same day; 5 working days if verification is needed
    if (!marriage) throw new Error('1.000894');
    let d = receiveWith(marriage, '2026-03-02T09:00:00', 4, catalog.sampleData('1.000894'));
    d = applyDossierEvent(d, {
      type: 'apologize',
      at: vn('2026-03-02T10:00:00'),
      reason: 'r',
      newDueAt: vn('2026-03-16T17:00:00'),
    });
    expect(() =>
      applyDossierEvent(d, {
        type: 'apply-alternative',
        at: vn('2026-03-02T11:00:00'),
        alternative: 0,
        reason: 'r',
      }),
    ).toThrowError();
  });

  it('a per-agency share in calendar days gives the step its due date', () => {
    const p = withLimit('30 ngày, trong đó: Cục Thuế 10 ngày, Sở TNMT 20 ngày');
    let d = receiveOf(p, '2026-03-02T09:00:00');
    d = applyDossierEvent(d, {
      type: 'send-to-agency',
      at: vn('2026-03-02T10:00:00'),
      agency: 'Cục Thuế',
    });
    // 10 days from Monday 2/3: Thursday 12/3, at its close.
    expect(d.steps[0]?.dueAt.toISOString()).toBe(new Date(vn('2026-03-12T17:00:00')).toISOString());
  });

  it('a no-limit dossier awaiting a supplement is not ended by the 766 rule', () => {
    let d = receiveOf(withLimit('Không quy định'), '2026-03-02T09:00:00');
    d = applyDossierEvent(d, {
      type: 'request-supplement',
      at: vn('2026-03-03T09:00:00'),
      reason: 'x',
    });
    const total = aggregateDossiers([dossierRecord(d)], { from: '2026-03', to: '2026-04' }).total;
    expect(total).toMatchObject({ received: 1, endedBySupplement: 0, notApplicable: 1, judged: 0 });
  });

  it('a dossier received on a day off must be transferred on the first working day, by its close', () => {
    let d = receive('2.000908', '2026-03-07T10:00:00'); // a Saturday (online)
    d = applyDossierEvent(d, { type: 'transfer', at: vn('2026-03-09T16:00:00'), to: '00236' });
    const slip = dossierDocuments(d).find((x) => x.kind === 'control-slip');
    const t =
      slip?.kind === 'control-slip'
        ? slip.fields.handoffs.find((h) => h.event === 'transfer')
        : undefined;
    expect(t).toMatchObject({
      dueAt: new Date(vn('2026-03-09T17:00:00')).toISOString(),
      onTime: true,
    });
  });

  it('apologyNoticeDays outside 0–30 is a CoreError, not an SDK error from below', () => {
    const d = receive('1.000894', '2026-03-02T09:00:00');
    for (const days of [Number.NaN, 1e6, -1, 1.5])
      expect(() =>
        applyDossierEvent(
          d,
          {
            type: 'apologize',
            at: vn('2026-03-02T10:00:00'),
            reason: 'r',
            newDueAt: vn('2026-03-20T10:00:00'),
          },
          { apologyNoticeDays: days },
        ),
      ).toThrow(expect.objectContaining({ name: 'CoreError', code: 'INVALID_ARGUMENT' }));
  });

  it('an online submission never received is outside every count', () => {
    const d = submitOnline({
      procedure: base,
      channel: 'online',
      receivedAt: new Date(vn('2026-03-02T09:00:00')),
      agencyId: '000.00.01.H26',
      sequence: 3,
      applicant: { name: 'Lê Văn Cường' },
      data: catalog.sampleData('2.000908'),
    });
    expect(dossierRecord(d).outcome).toBe('not-received');
    const total = aggregateDossiers([dossierRecord(d)], { from: '2026-03', to: '2026-04' }).total;
    expect([total.received, total.inProgress, total.judged]).toEqual([0, 0, 0]);
  });
});

describe('periods the procedure does not count ("không kể thời gian niêm yết", issue #14)', () => {
  it('pause the clock while they happen: the appointment moves by the working time excluded', () => {
    const p = withLimit('15 ngày làm việc (không kể thời gian niêm yết)');
    let d = receiveOf(p, '2026-03-02T09:00:00');
    expect(d.dueAt?.toISOString()).toBe(new Date(vn('2026-03-23T09:00:00')).toISOString());
    expect(() =>
      applyDossierEvent(d, {
        type: 'exclusion-started',
        at: vn('2026-03-03T09:00:00'),
        period: 'thời gian xác minh',
      }),
    ).toThrowError(/thời gian niêm yết/);
    d = applyDossierEvent(d, {
      type: 'exclusion-started',
      at: vn('2026-03-03T09:00:00'),
      period: 'thời gian niêm yết',
    });
    expect(() =>
      applyDossierEvent(d, {
        type: 'request-supplement',
        at: vn('2026-03-04T09:00:00'),
        reason: 'x',
      }),
    ).toThrowError(/excluded period is open/);
    d = applyDossierEvent(d, { type: 'exclusion-ended', at: vn('2026-03-10T09:00:00') });
    // Five working days posted: the appointment moves five working days later.
    expect(d.dueAt?.toISOString()).toBe(new Date(vn('2026-03-30T09:00:00')).toISOString());
    expect(() =>
      applyDossierEvent(d, { type: 'exclusion-ended', at: vn('2026-03-11T09:00:00') }),
    ).toThrowError(/no excluded period/);
  });
});
