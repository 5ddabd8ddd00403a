import { describe, expect, it } from 'vitest';
import { receive, vn } from '../dossier/__fixtures__/lives';
import { applyDossierEvent } from '../dossier/reducer';
import { aggregateDossiers } from './aggregate';
import { dossierRecord } from './record';
import { summarizeCounts } from './summary';
import { timeliness } from './timeliness';

// Marriage with verification (5 working days), received Thu 12/2/2026 10:00, due Thu 26/2 10:00
// across Tết 2026 (14–22/2 off).
describe('Decision 766 formula 2.1 across Tết 2026', () => {
  const done = applyDossierEvent(receive('1.000894', '2026-02-12T10:00:00', 1), {
    type: 'complete',
    at: vn('2026-02-25T15:00:00'),
  });
  // The citizen was asked once for a missing paper on 13/2 and never came back.
  const unanswered = applyDossierEvent(receive('1.000894', '2026-02-12T10:30:00', 2), {
    type: 'request-supplement',
    at: vn('2026-02-13T09:00:00'),
    reason: 'Thiếu giấy xác nhận tình trạng hôn nhân',
  });
  const inProgress = receive('1.000894', '2026-02-12T11:00:00', 3);

  it('a single unanswered supplement request ends processing at the request', () => {
    expect(timeliness(unanswered)).toBe('early'); // the request (13/2) is before the appointment's day
    const r = dossierRecord(unanswered);
    expect(r.outcome).toBe('in-progress');
    expect(r.openSupplementAt).toEqual(new Date(vn('2026-02-13T09:00:00')));
  });

  it('the index counts it ended, not overdue: indicator 2.1 is 100 %, not 50 %', () => {
    const agg = aggregateDossiers([done, unanswered].map(dossierRecord), {
      from: '2026-02-01',
      to: '2026-04-01',
    });
    expect(agg.total).toMatchObject({
      judged: 2,
      endedBySupplement: 1,
      settled: 1,
      inProgress: 0,
      late: 0,
    });
    expect(summarizeCounts(agg.total).onTimeRate).toBe(1);
  });

  it('a dossier still in progress has its own outcome, overdue once past its appointment', () => {
    const r = dossierRecord(inProgress);
    expect(r.outcome).toBe('in-progress');
    expect(r.finishedAt).toBeNull();
    const march = aggregateDossiers([r], { from: '2026-02-01', to: '2026-03-01' });
    expect(march.total).toMatchObject({ received: 1, inProgress: 1, overdue: 1, judged: 0 });
    const feb25 = aggregateDossiers([r], { from: '2026-02-01', to: '2026-02-25' });
    expect(feb25.total).toMatchObject({ inProgress: 1, overdue: 0 });
  });

  it('a second request is late whatever the dates (the end rule needs a single request)', () => {
    let d = applyDossierEvent(unanswered, {
      type: 'supplement-received',
      at: vn('2026-02-23T09:00:00'),
    });
    d = applyDossierEvent(d, {
      type: 'request-supplement',
      at: vn('2026-02-23T10:00:00'),
      reason: 'Lần hai',
    });
    expect(timeliness(d)).toBe('late');
  });
});

describe('a procedure with no statutory limit ("Không quy định")', () => {
  it('has no appointment and no clock; timeliness does not apply, in the dossier and the counts', async () => {
    const { catalog } = await import('../dossier/__fixtures__/lives');
    const { defineProcedure } = await import('../procedure/procedure');
    const { receiveDossier } = await import('../dossier/receive');
    const { dossierClock } = await import('../dossier/clock');
    const { parseProcessingTime } = await import('@motcua/sla');
    const base = catalog.get('2.000908');
    if (!base) throw new Error('2.000908');
    const procedure = defineProcedure({
      ...base,
      channels: { direct: { processingTime: parseProcessingTime('Không quy định'), fees: [] } },
    });
    let d = receiveDossier({
      procedure,
      channel: 'direct',
      receivedAt: new Date(vn('2026-02-12T10:00:00')),
      agencyId: '000.00.01.H26',
      sequence: 5,
      applicant: { name: 'Lê Văn Cường' },
      data: catalog.sampleData('2.000908'),
    });
    expect(d.dueAt).toBeNull();
    expect(dossierClock(d)).toBeNull();
    expect(timeliness(d)).toBe('not-applicable');
    const open = aggregateDossiers([dossierRecord(d)], { from: '2026-02-01', to: '2026-03-01' });
    expect(open.total).toMatchObject({ received: 1, inProgress: 0, notApplicable: 1, judged: 0 });
    d = applyDossierEvent(d, { type: 'complete', at: vn('2026-04-01T10:00:00') });
    const done = aggregateDossiers([dossierRecord(d)], { from: '2026-02-01', to: '2026-05-01' });
    expect(done.total).toMatchObject({ settled: 1, judged: 0, late: 0, notApplicable: 1 });
  });
});
