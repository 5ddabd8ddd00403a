import { parseProcessingTime } from '@motcua/sla';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCoreError } from '../errors';
import { defineProcedure } from '../procedure/procedure';
import { dossierRecord } from '../report/record';
import { timeliness } from '../report/timeliness';
import { catalog, eventArb, randomLife, receive, submit, vn } from './__fixtures__/lives';
import { formatDossierCode, isDossierCode, parseDossierCode, safeParseDossierCode } from './code';
import { dossierDocuments } from './documents';
import { receiveDossier } from './receive';
import { applyDossierEvent } from './reducer';
import { dossierFromJSON, replayDossier } from './replay';
import { allowedEvents } from './transitions';
import type { Dossier, DossierEvent, DossierOptions } from './types';

const iso = (local: string) => new Date(vn(local)).toISOString();

const apply = (d: Dossier, ...events: DossierEvent[]) =>
  events.reduce((x, e) => applyDossierEvent(x, e), d);

describe('dossier codes', () => {
  it('formats and parses the national format', () => {
    expect(formatDossierCode({ agencyId: '000.00.01.H26', date: '2026-02-13', sequence: 42 })).toBe(
      '000.00.01.H26-260213-0042',
    );
    expect(parseDossierCode('000.00.01.H26-260213-0042')).toEqual({
      agencyId: '000.00.01.H26',
      date: '2026-02-13',
      sequence: 42,
    });
    expect(parseDossierCode('H15.50.05.13-261008-0975')).toEqual({
      agencyId: 'H15.50.05.13',
      date: '2026-10-08',
      sequence: 975,
    });
    expect(parseDossierCode('000.00.01.H26-260213-1234567').sequence).toBe(1234567);
    for (const bad of [
      '000.00.01.H26-260230-0001',
      '000.00.01.H26-260213-001',
      '-260213-0001',
      'abc',
      '000.00.01.H26-260213-12345678',
    ])
      expect(isDossierCode(bad)).toBe(false);
    for (const agencyId of ['', 'a b', 'x'.repeat(61), '000.00.01.H26\u200b'])
      expect(() => formatDossierCode({ agencyId, date: '2026-02-13', sequence: 1 })).toThrowError(
        /agency id/,
      );
  });
  it('keeps the code whole: leading zeros of 5–7 digit sequences, agency ids with "-" (domain file §3.1)', () => {
    for (const code of [
      'X-260213-0912345',
      'X-260213-00975',
      'H15.50.05.13-261008-0975',
      'a-b-c-260213-0001',
      'UBND-XA-260213-1234567',
    ])
      expect(formatDossierCode(parseDossierCode(code))).toBe(code);
    expect(parseDossierCode('X-260213-0912345')).toEqual({
      agencyId: 'X',
      date: '2026-02-13',
      sequence: 912345,
      digits: 7,
    });
    expect(parseDossierCode('a-b-c-260213-0001')).toEqual({
      agencyId: 'a-b-c',
      date: '2026-02-13',
      sequence: 1,
    });
    for (const digits of [3, 8, 4.5, 5]) {
      expect(() =>
        formatDossierCode({ agencyId: 'X', date: '2026-02-13', sequence: 912345, digits }),
      ).toThrowError(/digits/);
    }
    const en = safeParseDossierCode('X-260230-0001', { locale: 'en' });
    expect(en.ok ? null : en.issues[0]?.message).toBe('30/02/2026 is not a real date');
    const vi = safeParseDossierCode('X-260230-0001');
    expect(vi.ok ? null : vi.issues[0]?.message).toBe('ngày 30/02/2026 không có thật');
  });
  it('round-trips both ways (property)', () => {
    const parts = fc
      .record({
        agencyId: fc.stringMatching(/^[A-Z0-9.-]{1,16}$/),
        date: fc
          .integer({ min: 0, max: 36000 })
          .map((i) => new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10)),
        sequence: fc.integer({ min: 1, max: 9_999_999 }),
        digits: fc.option(fc.integer({ min: 4, max: 7 }), { nil: undefined }),
      })
      .filter((p) => p.digits === undefined || String(p.sequence).length <= p.digits);
    fc.assert(
      fc.property(parts, (p) => {
        const code = formatDossierCode(p);
        expect(formatDossierCode(parseDossierCode(code))).toBe(code);
        const back = parseDossierCode(code);
        expect([back.agencyId, back.date, back.sequence]).toEqual([p.agencyId, p.date, p.sequence]);
      }),
    );
    // Any well-formed code text comes back whole.
    const text = fc
      .tuple(
        fc.stringMatching(/^[!-~]{1,20}$/),
        fc.integer({ min: 0, max: 36000 }),
        fc.stringMatching(/^\d{4,7}$/),
      )
      .map(([a, i, seq]) => {
        const d = new Date(Date.UTC(2000, 0, 1 + i)).toISOString();
        return `${a}-${d.slice(2, 4)}${d.slice(5, 7)}${d.slice(8, 10)}-${seq}`;
      })
      .filter((c) => isDossierCode(c));
    fc.assert(
      fc.property(text, (c) => {
        expect(formatDossierCode(parseDossierCode(c))).toBe(c);
      }),
    );
  });
});

describe('the legal paths (dates across Tết 2026: 16–20/2 off)', () => {
  it('happy path: receive, transfer, complete, return — early', () => {
    let d = receive('1.000894', '2026-02-12T10:00:00', 42); // marriage, 5 working days
    expect(d.code).toBe('000.00.01.H26-260212-0042');
    expect(d.status).toBe('received');
    expect(d.dueAt?.toISOString()).toBe(iso('2026-02-26T10:00:00')); // Thu 12 + Fri 13, Tết, Mon 23 – Thu 26
    expect(d.regime).toBe('TT03/2025');
    d = apply(
      d,
      { type: 'transfer', at: vn('2026-02-12T10:30:00'), role: 'reception' },
      { type: 'complete', at: vn('2026-02-24T16:00:00'), role: 'leader' },
      { type: 'return-result', at: vn('2026-02-25T09:00:00') },
    );
    expect(d.status).toBe('returned');
    expect(timeliness(d)).toBe('early');
  });

  it('the contract: supplement requested and received, then complete and return', () => {
    let d = receive('1.000894', '2026-02-12T10:00:00');
    d = applyDossierEvent(d, {
      type: 'request-supplement',
      at: vn('2026-02-13T09:00:00'),
      reason: 'Thiếu giấy xác nhận tình trạng hôn nhân',
    });
    expect(d.status).toBe('awaiting-supplement');
    d = applyDossierEvent(d, { type: 'supplement-received', at: vn('2026-02-24T09:00:00') });
    // Paused: Fri 13 09:00–17:00 (7 h) + Mon 23 (8 h) + Tue 24 08:00–09:00 (1 h) = 960 working minutes.
    expect(d.supplement.pausedMinutes).toBe(960);
    expect(d.dueAt?.toISOString()).toBe(iso('2026-03-02T10:00:00'));
    d = applyDossierEvent(d, { type: 'complete', at: vn('2026-03-02T09:30:00') });
    d = applyDossierEvent(d, { type: 'return-result', at: vn('2026-03-02T10:00:00') });
    expect(timeliness(d)).toBe('on-time');
    expect(dossierRecord(d)).toMatchObject({
      supplementRequests: 1,
      pausedMinutes: 960,
      outcome: 'returned',
    });
  });

  it('two supplement requests: late for the statistics whatever the dates', () => {
    let d = receive('1.000894', '2026-02-12T10:00:00');
    d = apply(
      d,
      { type: 'request-supplement', at: vn('2026-02-12T11:00:00'), reason: 'a' },
      { type: 'supplement-received', at: vn('2026-02-13T08:00:00') },
      { type: 'request-supplement', at: vn('2026-02-13T09:00:00'), reason: 'b' },
      { type: 'supplement-received', at: vn('2026-02-13T10:00:00') },
      { type: 'complete', at: vn('2026-02-13T11:00:00') },
    );
    expect(d.supplement.requests).toBe(2);
    expect(timeliness(d)).toBe('late');
  });

  it('late with an apology: once only, at the latest the day before the due date', () => {
    const d = receive('1.000894', '2026-02-12T10:00:00'); // due Thu 26/2 10:00
    // Sent on the due day (not "01 ngày trước ngày hết hạn"): the letter was sent, so it is
    // recorded, and flagged as non-compliant; never lost.
    const tooLate = applyDossierEvent(d, {
      type: 'apologize',
      at: vn('2026-02-26T08:00:00'),
      reason: 'x',
      newDueAt: vn('2026-03-03T10:00:00'),
    });
    const apologize = (at: string, options?: DossierOptions) =>
      applyDossierEvent(
        d,
        { type: 'apologize', at: vn(at), reason: 'x', newDueAt: vn('2026-03-03T10:00:00') },
        options,
      ).apology?.late;
    // The day before the due day, at any hour, is in time; working days only when asked for.
    expect(apologize('2026-02-25T16:59:00')).toBe(false);
    expect(apologize('2026-02-25T23:00:00')).toBe(false);
    expect(apologize('2026-02-25T14:00:00', { apologyNoticeUnit: 'workingDays' })).toBe(true);
    expect(apologize('2026-02-25T09:00:00', { apologyNoticeUnit: 'workingDays' })).toBe(false);
    expect(apologize('2026-02-24T10:00:00', { apologyNoticeDays: 2 })).toBe(false);
    expect(apologize('2026-02-25T10:00:00', { apologyNoticeDays: 2 })).toBe(true);
    expect(apologize('2026-02-26T09:59:00', { apologyNoticeDays: 0 })).toBe(false);
    expect(apologize('2026-02-26T10:01:00', { apologyNoticeDays: 0 })).toBe(true);
    expect(() =>
      apologize('2026-02-25T10:00:00', { apologyNoticeUnit: 'hours' as never }),
    ).toThrowError(/apologyNoticeUnit/);
    expect(tooLate.apology).toMatchObject({ late: true, extensionRequested: true });
    expect(dossierDocuments(tooLate).find((x) => x.kind === 'apology')?.fields).toMatchObject({
      late: true,
      extensionRequested: true,
    });
    let a = applyDossierEvent(d, {
      type: 'apologize',
      at: vn('2026-02-24T16:00:00'),
      reason: 'Cần xác minh tại nơi cư trú trước đây',
      newDueAt: vn('2026-03-03T10:00:00'),
      role: 'leader',
    });
    expect(a.apology?.newDueAt?.toISOString()).toBe(iso('2026-03-03T10:00:00'));
    expect(a.apology?.late).toBe(false);
    expect(() =>
      applyDossierEvent(a, {
        type: 'apologize',
        at: vn('2026-02-24T17:00:00'),
        reason: 'y',
        newDueAt: vn('2026-03-05T10:00:00'),
      }),
    ).toThrowError(/once only/);
    a = apply(
      a,
      { type: 'complete', at: vn('2026-03-02T15:00:00') },
      { type: 'return-result', at: vn('2026-03-03T08:00:00') },
    );
    expect(timeliness(a)).toBe('late'); // the 766 rule: the original appointment counts
    expect(timeliness(a, { appointment: 'new' })).toBe('early');
    expect(dossierDocuments(a).map((x) => x.form.number)).toEqual(['Mẫu 01', 'Mẫu 04', 'Mẫu 06']);
  });

  it('interlinked transfer: a step at another agency with its own allotment', () => {
    let d = receive('1.000894', '2026-02-12T10:00:00');
    d = apply(
      d,
      { type: 'transfer', at: vn('2026-02-12T11:00:00') },
      {
        type: 'send-to-agency',
        at: vn('2026-02-12T14:00:00'),
        agency: 'Công an phường',
        minutes: 960,
      },
    );
    expect(d.status).toBe('at-other-agency');
    expect(d.steps[0]?.dueAt.toISOString()).toBe(iso('2026-02-23T14:00:00')); // 2 working days, across Tết
    d = apply(
      d,
      { type: 'agency-returned', at: vn('2026-02-23T11:00:00') },
      { type: 'complete', at: vn('2026-02-24T10:00:00') },
    );
    const slip = dossierDocuments(d).find((x) => x.kind === 'control-slip');
    expect(slip?.fields['interlinkedSteps']).toEqual([
      {
        agency: 'Công an phường',
        sentAt: iso('2026-02-12T14:00:00'),
        dueAt: iso('2026-02-23T14:00:00'),
        returnedAt: iso('2026-02-23T11:00:00'),
        onTime: true,
      },
    ]);
  });

  it('withdrawal and refusals', () => {
    const w = apply(receive('1.000894', '2026-02-12T10:00:00'), {
      type: 'withdraw',
      at: vn('2026-02-13T09:00:00'),
      role: 'citizen',
    });
    expect(w.status).toBe('withdrawn');
    expect(dossierRecord(w).outcome).toBe('withdrawn');
    const r = apply(receive('1.000894', '2026-02-12T10:00:00'), {
      type: 'refuse',
      at: vn('2026-02-24T09:00:00'),
      reason: 'Không đủ điều kiện kết hôn',
      role: 'leader',
    });
    expect(r.status).toBe('refused');
    const online = submit('2026-02-14T21:00:00', 3);
    expect(online.status).toBe('awaiting-receipt');
    const refused = applyDossierEvent(online, {
      type: 'refuse-reception',
      at: vn('2026-02-23T08:30:00'),
      reason: 'Không thuộc thẩm quyền',
    });
    expect(refused.status).toBe('refused-at-reception');
    expect(dossierDocuments(refused).map((x) => x.kind)).toEqual(['refusal']);
  });

  it('same-day procedure with the 15:00 cutoff: Friday 13/2/2026 before and after', () => {
    expect(receive('2.000908', '2026-02-13T14:59:00').dueAt?.toISOString()).toBe(
      iso('2026-02-13T17:00:00'),
    );
    expect(receive('2.000908', '2026-02-13T15:01:00').dueAt?.toISOString()).toBe(
      iso('2026-02-23T17:00:00'),
    );
  });

  it('data that fails the procedure form is a typed error with the issues; nothing is received', () => {
    try {
      receiveDossier({
        procedure: catalog.get('2.000908') ?? (undefined as never),
        channel: 'direct',
        receivedAt: new Date(vn('2026-02-13T09:00:00')),
        agencyId: 'X',
        sequence: 1,
        applicant: { name: 'A' },
        data: { requester: { fullName: '' } },
      });
      throw new Error('received');
    } catch (e) {
      expect(isCoreError(e) && e.code).toBe('INVALID_DOSSIER_DATA');
      if (isCoreError(e)) expect((e.details['issues'] as unknown[]).length).toBeGreaterThan(0);
    }
  });

  it('an event not allowed says why and changes nothing', () => {
    const d = receive('1.000894', '2026-02-12T10:00:00');
    const before = JSON.stringify(d);
    expect(() =>
      applyDossierEvent(d, { type: 'return-result', at: vn('2026-02-13T09:00:00') }),
    ).toThrowError(/not allowed while the dossier is received/);
    expect(() =>
      applyDossierEvent(d, { type: 'complete', at: vn('2026-02-13T09:00:00'), role: 'citizen' }),
    ).toThrowError(/role citizen/);
    expect(() =>
      applyDossierEvent(d, { type: 'complete', at: vn('2026-02-11T09:00:00') }),
    ).toThrowError(/before the previous event/);
    expect(JSON.stringify(d)).toBe(before);
    expect(allowedEvents(d, 'specialist')).toEqual([
      'send-to-agency',
      'request-supplement',
      'apologize',
      'complete',
    ]); // no apply-alternative or exclusion: this procedure has neither
  });
});

describe('properties', () => {
  it('any sequence of events either applies or is rejected without changing the dossier; replay and JSON reproduce it', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 12 }), (steps) => {
        const { dossiers } = randomLife(steps);
        const last = dossiers.at(-1) as Dossier;
        expect(replayDossier(last.history)).toEqual(last);
        // JSON keeps everything; dossierFromJSON revives the appointment Date.
        expect(dossierFromJSON(JSON.parse(JSON.stringify(last)))).toEqual(last);
        expect(replayDossier(JSON.parse(JSON.stringify(last.history)))).toEqual(last);
      }),
      { numRuns: 60 },
    );
  });

  it('a stop or withdrawal while awaiting a supplement counts the wait as paused', () => {
    const d = receive('1.000894', '2026-03-02T09:00:00');
    const asked = applyDossierEvent(d, {
      type: 'request-supplement',
      at: vn('2026-03-03T09:00:00'),
      reason: 'Thiếu tờ khai',
    });
    for (const end of [
      { type: 'withdraw', at: vn('2026-03-05T09:00:00') },
      { type: 'stop', at: vn('2026-03-05T09:00:00'), reason: 'Quá hạn bổ sung' },
    ] as DossierEvent[]) {
      const x = applyDossierEvent(asked, end);
      expect(x.supplement.since).toBeNull();
      expect(x.supplement.pausedMinutes).toBe(2 * 480); // Tue 3 09:00 → Thu 5 09:00
      expect(x.dueAt?.getTime()).toBe(
        applyDossierEvent(asked, { type: 'supplement-received', at: end.at }).dueAt?.getTime(),
      );
      expect(x.finishedAt?.toISOString()).toBe(new Date(end.at).toISOString());
    }
  });

  it('a supplement pause never moves the appointment earlier', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5 * 24 * 60 }),
        fc.integer({ min: 0, max: 5 * 24 * 60 }),
        (a, b) => {
          const d = receive('1.000894', '2026-02-10T09:00:00');
          const start = Date.parse(vn('2026-02-10T09:00:00'));
          const p = applyDossierEvent(d, {
            type: 'request-supplement',
            at: new Date(start + a * 60_000),
            reason: 'x',
          });
          const r = applyDossierEvent(p, {
            type: 'supplement-received',
            at: new Date(start + (a + b) * 60_000),
          });
          expect((r.dueAt?.getTime() ?? 0) >= (d.dueAt?.getTime() ?? 0)).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('events that must say why', () => {
  const d = receive('1.000894', '2026-02-10T09:00:00');
  const at = vn('2026-02-11T09:00:00');
  const cases: [string, Record<string, unknown>][] = [
    ['request-supplement', {}],
    ['request-supplement', { reason: '   ' }],
    ['refuse', { reason: 42 }],
    ['stop', {}],
    ['apologize', { newDueAt: vn('2026-03-20T17:00:00') }],
    ['send-to-agency', { minutes: 480 }],
    ['send-to-agency', { minutes: 480, agency: '' }],
  ];
  it.each(cases)(
    'refuses %s without its reason or agency (%j), leaving the dossier as it was',
    (type, rest) => {
      const before = JSON.stringify(d);
      const event = { type, at, ...rest } as unknown as DossierEvent;
      let caught: unknown;
      try {
        applyDossierEvent(d, event);
      } catch (e) {
        caught = e;
      }
      expect(isCoreError(caught) && caught.code).toBe('INVALID_ARGUMENT');
      const field = type === 'send-to-agency' ? 'agency' : 'reason';
      expect(isCoreError(caught) && caught.message).toContain(`${type} needs a non-empty ${field}`);
      expect(isCoreError(caught) && caught.messageVi).toMatch(/^hồ sơ .*phải ghi /);
      expect(JSON.stringify(d)).toBe(before);
    },
  );

  it('accepts them with one, and keeps it', () => {
    const next = applyDossierEvent(d, { type: 'request-supplement', at, reason: 'Thiếu tờ khai' });
    expect(next.supplement.reason).toBe('Thiếu tờ khai');
    expect(next.history.at(-1)).toMatchObject({
      type: 'request-supplement',
      reason: 'Thiếu tờ khai',
    });
  });
});

describe('dossiers as values', () => {
  it("copy the caller's applicant and data, are frozen, and share no Date with another dossier", () => {
    const procedure = catalog.get('1.000894');
    if (!procedure) throw new Error('sample');
    const applicant = { name: 'Lê Văn Cường' };
    const data = JSON.parse(JSON.stringify(catalog.sampleData('1.000894')));
    const d = receiveDossier({
      procedure,
      channel: 'direct',
      receivedAt: vn('2026-02-12T10:00:00'),
      agencyId: '000.00.01.H26',
      sequence: 1,
      applicant,
      data,
    });
    applicant.name = 'changed';
    data.requester = null;
    expect(d.applicant.name).toBe('Lê Văn Cường');
    expect(d.data).not.toBe(data);
    expect(Object.isFrozen(d) && Object.isFrozen(d.history) && Object.isFrozen(d.applicant)).toBe(
      true,
    );
    const next = applyDossierEvent(d, { type: 'transfer', at: vn('2026-02-12T11:00:00') });
    expect(next.receivedAt).not.toBe(d.receivedAt);
    next.receivedAt?.setTime(0);
    expect(d.receivedAt?.toISOString()).toBe('2026-02-12T03:00:00.000Z');
  });

  it('refuse an instant without an offset, whatever the host zone', () => {
    const d = receive('1.000894', '2026-02-12T10:00:00');
    expect(() => applyDossierEvent(d, { type: 'transfer', at: '2026-02-24T09:00:00' })).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE', name: 'CoreError' }),
    );
  });
});

describe('an alternative limit applied by an event (issue #14)', () => {
  const marriage = catalog.get('1.000894');
  if (!marriage) throw new Error('1.000894');
  const received = () =>
    receiveDossier({
      procedure: marriage,
      channel: 'direct',
      receivedAt: new Date(vn('2026-02-12T10:00:00')),
      agencyId: '000.00.01.H26',
      sequence: 7,
      applicant: { name: 'Lê Văn Cường' },
      data: catalog.sampleData('1.000894'),
    });

  it('marriage is due the same day; verification switches to 5 working days from the receipt', () => {
    const d = received();
    expect(d.dueAt?.toISOString()).toBe(iso('2026-02-12T17:00:00'));
    const v = applyDossierEvent(d, {
      type: 'apply-alternative',
      at: vn('2026-02-12T14:00:00'),
      alternative: 0,
      reason: 'Cần xác minh điều kiện kết hôn',
    });
    // 5 working days from Thursday 12/2 10:00, across Tết (14–22/2): Thursday 26/2 10:00.
    expect(v.dueAt?.toISOString()).toBe(iso('2026-02-26T10:00:00'));
    expect(v.history.at(-1)).toMatchObject({ type: 'apply-alternative', alternative: 0 });
    expect(d.dueAt?.toISOString()).toBe(iso('2026-02-12T17:00:00')); // the input is unchanged
    // Replaying the history gives the same appointment.
    expect(dossierFromJSON(JSON.parse(JSON.stringify(v))).dueAt?.toISOString()).toBe(
      iso('2026-02-26T10:00:00'),
    );
  });

  it('is refused without a reason, for an alternative the procedure lacks, or twice', () => {
    const d = received();
    const e = { type: 'apply-alternative', at: vn('2026-02-12T14:00:00'), alternative: 0 } as const;
    expect(() => applyDossierEvent(d, { ...e, reason: '' })).toThrowError(/reason|lý do/);
    expect(() => applyDossierEvent(d, { ...e, alternative: 3, reason: 'x' })).toThrowError(
      /no alternative limit number 3/,
    );
    const once = applyDossierEvent(d, { ...e, reason: 'x' });
    expect(() => applyDossierEvent(once, { ...e, reason: 'y' })).toThrowError(/already/);
  });
});

describe('the regime dates are data (issue #15)', () => {
  it('Decree 118 from 1/7/2025, but the Circular 03/2025 forms only from 15/9/2025', () => {
    expect(receive('2.000908', '2025-06-30T10:00:00').regime).toBe('TT01/2018');
    // Between the decree and the circular, the documents use the forms that existed then.
    const august = receive('2.000908', '2025-08-04T10:00:00');
    expect(august.regime).toBe('TT01/2018');
    expect(dossierDocuments(august).find((x) => x.kind === 'receipt')?.form.regime).toBe(
      'TT01/2018',
    );
    expect(receive('2.000908', '2025-09-15T08:00:00').regime).toBe('TT03/2025');
  });

  it('an online submission takes the regime of the day it is received; its code keeps the submission day', () => {
    const submitted = submit('2025-09-14T22:00:00', 12);
    expect(submitted.regime).toBe('TT01/2018'); // provisional, until received
    const received = apply(submitted, { type: 'receive', at: vn('2025-09-15T08:30:00') });
    expect(received.regime).toBe('TT03/2025');
    expect(received.code).toBe('000.00.01.H26-250914-0012');
    expect(dossierDocuments(received).find((x) => x.kind === 'receipt')?.form.regime).toBe(
      'TT03/2025',
    );
    // Replayed from its history, the same.
    expect(replayDossier(received.history).regime).toBe('TT03/2025');
  });
});

describe('refusals: the right form and a reason code (issue #15)', () => {
  it('at reception Mẫu 03, after appraisal a written refusal, each with its code', () => {
    const submitted = submit('2026-03-02T09:00:00', 9);
    const atReception = applyDossierEvent(submitted, {
      type: 'refuse-reception',
      at: vn('2026-03-02T10:00:00'),
      reason: 'Không thuộc thẩm quyền của UBND phường',
      reasonCode: 'not-competent',
    });
    const r = dossierDocuments(atReception).find((x) => x.kind === 'refusal');
    expect(r?.form.number).toBe('Mẫu 03');
    expect(r?.fields).toMatchObject({ reasonCode: 'not-competent', atReception: true });
    const received = receive('1.000894', '2026-03-02T09:00:00');
    const refused = applyDossierEvent(received, {
      type: 'refuse',
      at: vn('2026-03-02T11:00:00'),
      reason: 'Không đủ điều kiện kết hôn',
      reasonCode: 'not-eligible',
    });
    const notice = dossierDocuments(refused).find((x) => x.kind === 'refusal-notice');
    expect(notice?.form.title.vi).toBe('Văn bản từ chối giải quyết hồ sơ');
    expect(notice?.fields).toMatchObject({ reasonCode: 'not-eligible' });
    expect(() =>
      applyDossierEvent(received, {
        type: 'refuse',
        at: vn('2026-03-02T11:00:00'),
        reason: 'x',
        reasonCode: 'because' as never,
      }),
    ).toThrowError(/unknown reasonCode/);
  });
});

describe('transfers and interlinked steps (issue #15)', () => {
  it('a transfer changes the competent unit; its hand-off deadline is checked on the control slip', () => {
    // Received Friday 13/2/2026 at 15:30, after the 15:00 cutoff, just before Tết (16–20/2):
    // the one-stop section must transfer it by the morning of the next working day, Mon 23/2 12:00.
    let d = receive('2.000908', '2026-02-13T15:30:00');
    d = applyDossierEvent(d, { type: 'transfer', at: vn('2026-02-23T11:00:00'), to: '00256' });
    expect(d.competentUnit).toBe('00256');
    const slip = dossierDocuments(d).find((x) => x.kind === 'control-slip');
    const handoff =
      slip?.kind === 'control-slip'
        ? slip.fields.handoffs.find((h) => h.event === 'transfer')
        : undefined;
    expect(handoff).toMatchObject({
      event: 'transfer',
      dueAt: iso('2026-02-23T12:00:00'),
      onTime: true,
    });
    const late = applyDossierEvent(receive('2.000908', '2026-02-13T15:30:00'), {
      type: 'transfer',
      at: vn('2026-02-23T14:00:00'),
    });
    const lateSlip = dossierDocuments(late).find((x) => x.kind === 'control-slip');
    expect(
      lateSlip?.kind === 'control-slip' &&
        lateSlip.fields.handoffs.find((h) => h.event === 'transfer')?.onTime,
    ).toBe(false);
    // Before 15:00: the same working day.
    const early = applyDossierEvent(receive('2.000908', '2026-02-13T09:00:00'), {
      type: 'transfer',
      at: vn('2026-02-13T16:00:00'),
    });
    const earlySlip = dossierDocuments(early).find((x) => x.kind === 'control-slip');
    expect(
      earlySlip?.kind === 'control-slip' &&
        earlySlip.fields.handoffs.find((h) => h.event === 'transfer'),
    ).toMatchObject({
      dueAt: iso('2026-02-13T17:00:00'),
      onTime: true,
    });
  });

  it('steps at several agencies at once, each with the allotment of the per-agency split', () => {
    const base = catalog.get('2.000908');
    if (!base) throw new Error('2.000908');
    const limit = parseProcessingTime(
      '20 ngày làm việc, trong đó: Sở Xây dựng 15 ngày làm việc, UBND tỉnh 05 ngày làm việc',
    );
    const procedure = defineProcedure({
      ...base,
      channels: { direct: { processingTime: limit, fees: [] } },
    });
    let d: Dossier = receiveDossier({
      procedure,
      channel: 'direct',
      receivedAt: new Date(vn('2026-03-02T08:00:00')),
      agencyId: '000.00.01.H26',
      sequence: 11,
      applicant: { name: 'Lê Văn Cường' },
      data: catalog.sampleData('2.000908'),
    });
    d = apply(
      d,
      { type: 'send-to-agency', at: vn('2026-03-02T09:00:00'), agency: 'Sở Xây dựng' },
      { type: 'send-to-agency', at: vn('2026-03-02T09:00:00'), agency: 'UBND tỉnh' },
    );
    expect(d.status).toBe('at-other-agency');
    // 15 and 5 working days from Monday 2/3 09:00.
    expect(d.steps.map((s) => s.dueAt.toISOString())).toEqual([
      iso('2026-03-23T09:00:00'),
      iso('2026-03-09T09:00:00'),
    ]);
    expect(() =>
      applyDossierEvent(d, { type: 'agency-returned', at: vn('2026-03-05T09:00:00') }),
    ).toThrowError(/name the agency/);
    // UBND tỉnh asks the citizen for a missing paper on Wed 4/3 09:00; it comes back Thu 5/3 09:00:
    // one working day paused, for the dossier and for every open step.
    d = applyDossierEvent(d, {
      type: 'request-supplement',
      at: vn('2026-03-04T09:00:00'),
      reason: 'Thiếu bản vẽ',
      agency: 'UBND tỉnh',
    });
    expect(d.status).toBe('awaiting-supplement');
    d = applyDossierEvent(d, { type: 'supplement-received', at: vn('2026-03-05T09:00:00') });
    expect(d.status).toBe('at-other-agency');
    expect(d.steps.map((s) => s.dueAt.toISOString())).toEqual([
      iso('2026-03-24T09:00:00'),
      iso('2026-03-10T09:00:00'),
    ]);
    const request = dossierDocuments(d).find((x) => x.kind === 'supplement-request');
    expect(request?.fields).toMatchObject({ agency: 'UBND tỉnh', atReception: false });
    d = applyDossierEvent(d, {
      type: 'agency-returned',
      at: vn('2026-03-11T09:00:00'),
      agency: 'UBND tỉnh',
    });
    expect(d.status).toBe('at-other-agency'); // the other step is still open
    d = applyDossierEvent(d, { type: 'agency-returned', at: vn('2026-03-20T09:00:00') });
    expect(d.status).toBe('processing');
    const slip = dossierDocuments(d).find((x) => x.kind === 'control-slip');
    // Each hand-off judged against its own allotment (moved by the pause): UBND tỉnh returned a day late.
    expect(
      slip?.kind === 'control-slip' &&
        slip.fields.interlinkedSteps.map((s) => [s.agency, s.onTime]),
    ).toEqual([
      ['Sở Xây dựng', true],
      ['UBND tỉnh', false],
    ]);
  });
});

describe('documents print dates as people read them (issue #18)', () => {
  it('the receipt: the receipt time as letters write it, the appointment with its weekday', () => {
    const d = receive('1.000894', '2026-02-12T09:00:00');
    const r = dossierDocuments(d).find((x) => x.kind === 'receipt');
    if (r?.kind !== 'receipt') throw new Error('no receipt');
    expect(r.fields.receivedAtText.vi).toBe('09 giờ 00 phút, ngày 12 tháng 02 năm 2026');
    // Marriage with verification: 5 working days across Tết (14–22/2).
    expect(r.fields.appointmentText?.vi).toBe('Thứ Năm, 26/02/2026, 09:00');
    expect(r.fields.appointmentText?.en).toBe('Thursday 26 February 2026, 09:00');
    expect(r.fields.appointment).toBe(iso('2026-02-26T09:00:00')); // the ISO value stays for machines
    expect(r.fields.estimatedYears).toEqual([]);
  });

  it('a receipt across Tết 2027 says its days off are estimated (the appointment may move)', () => {
    const r = dossierDocuments(receive('1.000894', '2027-02-02T14:00:00')).find(
      (x) => x.kind === 'receipt',
    );
    if (r?.kind !== 'receipt') throw new Error('no receipt');
    expect(r.fields.estimatedYears).toEqual([2027]);
  });
});
