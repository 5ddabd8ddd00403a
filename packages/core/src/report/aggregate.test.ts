import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateDossiers, aggregateDossiersAsync } from './aggregate';
import { emptyReportCounts } from './counts';
import { mergeDossierAggregates } from './merge';
import type { DossierRecord } from './record';
import { summarizeDossiers } from './summary';

const FEB = { from: '2026-02-01T00:00:00+07:00', to: '2026-03-01T00:00:00+07:00' } as const;
const at = (local: string) => `${local}+07:00`;

/** The worked example of the guide "Reports and the service index" (February 2026, Tết 16–20/2 off). */
const records: DossierRecord[] = [
  // A: early (ended the day before the appointment's day), online, electronic result
  {
    code: 'A',
    procedure: 'p1',
    field: 'ho-tich',
    unit: 'u1',
    channel: 'online',
    receivedAt: at('2026-02-02T09:00:00'),
    dueAt: at('2026-02-04T17:00:00'),
    finishedAt: at('2026-02-03T10:00:00'),
    outcome: 'returned',
    electronicResult: true,
    complaint: false,
  },
  // B: on time (the appointment's day)
  {
    code: 'B',
    procedure: 'p1',
    field: 'ho-tich',
    unit: 'u1',
    channel: 'direct',
    receivedAt: at('2026-02-02T09:00:00'),
    dueAt: at('2026-02-04T17:00:00'),
    finishedAt: at('2026-02-04T16:00:00'),
    outcome: 'returned',
    complaint: true,
  },
  // C: late
  {
    code: 'C',
    procedure: 'p2',
    unit: 'u1',
    channel: 'direct',
    receivedAt: at('2026-02-05T08:00:00'),
    dueAt: at('2026-02-09T17:00:00'),
    finishedAt: at('2026-02-10T09:00:00'),
    outcome: 'done',
  },
  // D: would be early, but two supplement requests make it late; 480 paused minutes
  {
    code: 'D',
    procedure: 'p2',
    unit: 'u2',
    channel: 'direct',
    receivedAt: at('2026-02-05T08:00:00'),
    dueAt: at('2026-02-12T17:00:00'),
    finishedAt: at('2026-02-11T12:00:00'),
    outcome: 'returned',
    supplementRequests: 2,
    pausedMinutes: 480,
  },
  // E: in progress at the period's end, appointment after it
  {
    code: 'E',
    procedure: 'p1',
    unit: 'u2',
    channel: 'online',
    receivedAt: at('2026-02-25T08:00:00'),
    dueAt: at('2026-03-04T17:00:00'),
  },
  // F: in progress and overdue at the period's end
  {
    code: 'F',
    procedure: 'p1',
    unit: 'u2',
    channel: 'online',
    receivedAt: at('2026-02-10T08:00:00'),
    dueAt: at('2026-02-13T17:00:00'),
  },
  // G: ended before the period: not part of it
  {
    code: 'G',
    procedure: 'p1',
    unit: 'u1',
    channel: 'online',
    receivedAt: at('2026-01-20T08:00:00'),
    dueAt: at('2026-01-26T17:00:00'),
    finishedAt: at('2026-01-25T08:00:00'),
  },
  // H: withdrawn before the appointment (judged on its end: early)
  {
    code: 'H',
    procedure: 'p2',
    unit: 'u1',
    channel: 'online',
    receivedAt: at('2026-02-06T08:00:00'),
    dueAt: at('2026-02-20T17:00:00'),
    finishedAt: at('2026-02-09T08:00:00'),
    outcome: 'withdrawn',
  },
  // I: refused at reception
  {
    code: 'I',
    procedure: 'p2',
    unit: 'u1',
    channel: 'direct',
    receivedAt: at('2026-02-07T08:00:00'),
    outcome: 'refused-at-reception',
  },
  // J: received in January, returned on the appointment's day in February, by post
  {
    code: 'J',
    procedure: 'p1',
    unit: 'u1',
    channel: 'postal',
    receivedAt: at('2026-01-28T08:00:00'),
    dueAt: at('2026-02-03T17:00:00'),
    finishedAt: at('2026-02-03T11:00:00'),
  },
];

describe('aggregateDossiers', () => {
  it('counts the worked example by hand', () => {
    const t = aggregateDossiers(records, FEB).total;
    expect(t).toMatchObject({
      received: 7,
      receivedByChannel: { direct: 3, online: 4, postal: 0 },
      settled: 5,
      withdrawn: 1,
      refused: 0,
      refusedAtReception: 1,
      judged: 6,
      early: 2,
      onTime: 2,
      late: 2,
      lateBySupplements: 1,
      inProgress: 2,
      overdue: 1,
      electronicResult: 1,
      complaints: 1,
      complaintsKnown: 2,
    });
    // Working minutes (08–12, 13–17; Tết 16–20/2 is off): A 540, B 1320, C 1500, D 2160 − 480, J 2100.
    expect(t.processing).toEqual({
      count: 5,
      minutes: 7140,
      hours: { 9: 1, 22: 1, 25: 1, 28: 1, 35: 1 },
    });
  });

  it('derives the national rates from the counts', () => {
    const s = summarizeDossiers(aggregateDossiers(records, FEB)).total;
    expect(s.onTimeRate).toBe(5 / 8); // (2 early + 2 on time + 2 in progress − 1 overdue) ÷ (6 judged + 2 in progress)
    expect(s.lateRate).toBe(3 / 8);
    expect(s.onlineShare).toBe(4 / 7);
    expect(s.averageWorkingDays).toBeCloseTo(7140 / 5 / 480, 10);
    expect(s.p50WorkingDays).toBe((26 * 60) / 480); // the median is C, in the 25th working hour
    expect(s.complaintShare).toBe(1 / 2);
  });

  it('breaks down by unit, procedure, field and channel', () => {
    const agg = aggregateDossiers(records, {
      ...FEB,
      by: ['unit', 'procedure', 'field', 'channel'],
    });
    expect(agg.groups.unit?.['u1']?.received).toBe(4); // A, B, C, H
    expect(agg.groups.unit?.['u2']?.inProgress).toBe(2);
    expect(agg.groups.procedure?.['p2']?.late).toBe(2);
    expect(agg.groups.field?.['ho-tich']?.judged).toBe(2);
    expect(agg.groups.field?.['unknown']?.judged).toBe(4);
    expect(agg.groups.channel?.['postal']?.onTime).toBe(1);
  });

  it('makes each sub-period of a period breakdown the report of that sub-period', () => {
    const agg = aggregateDossiers(records, { ...FEB, by: ['period'], granularity: 'week' });
    const weeks = agg.groups.period ?? {};
    expect(Object.keys(weeks).sort()).toEqual([
      '2026-W05',
      '2026-W06',
      '2026-W07',
      '2026-W08',
      '2026-W09',
    ]);
    for (const [key, counts] of Object.entries(weeks)) {
      const [y, w] = key.split('-W').map(Number);
      expect(y).toBe(2026);
      const monday = new Date(Date.UTC(2026, 0, 5 + ((w ?? 0) - 2) * 7)); // W02 starts Mon 5/1/2026
      const from = new Date(Math.max(monday.getTime() - 7 * 3_600_000, Date.parse(FEB.from)));
      const to = new Date(
        Math.min(monday.getTime() + 7 * 86_400_000 - 7 * 3_600_000, Date.parse(FEB.to)),
      );
      expect(counts).toEqual(aggregateDossiers(records, { from, to }).total);
    }
  });

  it('streams from an async iterable with the same result', async () => {
    async function* rows() {
      yield* records;
    }
    expect(await aggregateDossiersAsync(rows(), FEB)).toEqual(aggregateDossiers(records, FEB));
  });

  it('rejects bad records and options with typed errors naming the dossier', () => {
    expect(() =>
      aggregateDossiers([{ ...records[0], receivedAt: 'yesterday' } as DossierRecord], FEB),
    ).toThrowError(/dossier A: receivedAt: expected a valid Date or an ISO 8601 instant/);
    expect(() =>
      aggregateDossiers([{ ...records[0], channel: 'fax' } as unknown as DossierRecord], FEB),
    ).toThrowError(/unknown channel/);
    expect(() => aggregateDossiers([], { from: FEB.to, to: FEB.from })).toThrowError(/from < to/);
  });

  it('never mutates its input', () => {
    const copy = JSON.parse(JSON.stringify(records));
    aggregateDossiers(records, { ...FEB, by: ['unit', 'period'] });
    expect(records).toEqual(copy);
  });
});

const channel = fc.constantFrom<'direct' | 'online' | 'postal'>('direct', 'online', 'postal');
const base = Date.parse('2026-01-01T00:00:00+07:00');
const record: fc.Arbitrary<DossierRecord> = fc
  .record({
    n: fc.integer({ min: 0, max: 999 }),
    unit: fc.constantFrom('00235', '00238', '00241'),
    procedure: fc.constantFrom('2.000908', '1.001193'),
    channel,
    received: fc.integer({ min: 0, max: 100 * 24 * 60 }), // minutes after 1/1/2026
    due: fc.option(fc.integer({ min: 0, max: 20 * 24 * 60 }), { nil: undefined }),
    took: fc.option(fc.integer({ min: 0, max: 30 * 24 * 60 }), { nil: undefined }),
    outcome: fc.constantFrom(
      'done',
      'returned',
      'refused',
      'stopped',
      'withdrawn',
      'refused-at-reception',
    ) as fc.Arbitrary<DossierRecord['outcome'] & string>,
    supplements: fc.integer({ min: 0, max: 3 }),
    flags: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
  })
  .map(({ n, unit, procedure, channel, received, due, took, outcome, supplements, flags }) => ({
    code: `H-${n}`,
    unit,
    procedure,
    channel,
    receivedAt: new Date(base + received * 60_000),
    dueAt: due === undefined ? null : new Date(base + (received + due) * 60_000),
    finishedAt: took === undefined ? null : new Date(base + (received + took) * 60_000),
    outcome,
    supplementRequests: supplements,
    electronicResult: flags[0],
    digitised: flags[1],
    reusedData: flags[2],
    paidOnline: flags[3],
    complaint: flags[4],
  }));

const Q1 = {
  from: '2026-01-15T00:00:00+07:00',
  to: '2026-03-15T00:00:00+07:00',
  by: ['unit', 'procedure', 'channel', 'period'] as const,
  granularity: 'month' as const,
};

describe('mergeDossierAggregates (properties)', () => {
  it('merging the parts gives exactly the aggregate of the union', () => {
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 30 }),
        fc.array(record, { maxLength: 30 }),
        (a, b) => {
          expect(
            mergeDossierAggregates(aggregateDossiers(a, Q1), aggregateDossiers(b, Q1)),
          ).toEqual(aggregateDossiers([...a, ...b], Q1));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('is commutative and associative, with the empty aggregate as identity', () => {
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 15 }),
        fc.array(record, { maxLength: 15 }),
        fc.array(record, { maxLength: 15 }),
        (a, b, c) => {
          const [A, B, C] = [a, b, c].map((x) => aggregateDossiers(x, Q1)) as [
            ReturnType<typeof aggregateDossiers>,
            ReturnType<typeof aggregateDossiers>,
            ReturnType<typeof aggregateDossiers>,
          ];
          expect(mergeDossierAggregates(A, B)).toEqual(mergeDossierAggregates(B, A));
          expect(mergeDossierAggregates(mergeDossierAggregates(A, B), C)).toEqual(
            mergeDossierAggregates(A, mergeDossierAggregates(B, C)),
          );
          expect(mergeDossierAggregates(A, aggregateDossiers([], Q1))).toEqual(
            mergeDossierAggregates(aggregateDossiers([], Q1), A),
          );
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keeps the rate between 0 and 1 and the counts consistent', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 40 }), (rs) => {
        const t = aggregateDossiers(rs, Q1).total;
        expect(t.early + t.onTime + t.late).toBe(t.judged);
        expect(t.settled + t.refused + t.stopped + t.withdrawn).toBe(t.judged);
        expect(t.overdue).toBeLessThanOrEqual(t.inProgress);
        const rate = summarizeDossiers(aggregateDossiers(rs, Q1)).total.onTimeRate;
        if (rate !== null) expect(rate >= 0 && rate <= 1).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses to merge aggregates of different periods', () => {
    expect(() =>
      mergeDossierAggregates(
        aggregateDossiers([], Q1),
        aggregateDossiers([], { ...Q1, to: '2026-04-01T00:00:00+07:00' }),
      ),
    ).toThrowError(/different periods/);
  });
});

describe('emptyReportCounts', () => {
  it('is all zeros', () => {
    expect(emptyReportCounts().processing).toEqual({ count: 0, minutes: 0, hours: {} });
  });
});

describe('hostile keys and host zones', () => {
  const rec = (over: Partial<DossierRecord>): DossierRecord => ({
    code: 'X',
    procedure: '2.000908',
    unit: '00235',
    channel: 'direct',
    receivedAt: '2026-02-02T09:00:00+07:00',
    ...over,
  });

  it('a unit or procedure named __proto__, constructor or toString is ordinary data', () => {
    const records = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'].map((unit) =>
      rec({ unit, procedure: unit }),
    );
    const agg = aggregateDossiers(records, {
      from: '2026-02',
      to: '2026-03',
      by: ['unit', 'procedure'],
    });
    expect(Object.keys(agg.groups.unit ?? {}).sort()).toEqual(
      ['__proto__', 'constructor', 'hasOwnProperty', 'toString'].sort(),
    );
    expect(({} as { received?: unknown }).received).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('received');
    const merged = mergeDossierAggregates(agg, JSON.parse(JSON.stringify(agg)));
    const proto = Object.getOwnPropertyDescriptor(merged.groups.unit ?? {}, '__proto__');
    expect(proto?.value.received).toBe(2);
    expect(Object.prototype).not.toHaveProperty('received');
  });

  it('reads period bounds as civil days in Việt Nam and refuses instants without an offset', () => {
    const agg = aggregateDossiers([rec({ receivedAt: '2026-01-31T23:30:00+07:00' })], {
      from: '2026-02-01',
      to: '2026-03',
    });
    expect(agg.from).toBe('2026-01-31T17:00:00.000Z');
    expect(agg.total.received).toBe(0); // 23:30 on 31/1 in Hà Nội is January, on every host
    expect(() => aggregateDossiers([], { from: '2026-02-01T00:00:00', to: '2026-03' })).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
    expect(() =>
      aggregateDossiers([rec({ receivedAt: '2026-02-02T09:00:00' })], {
        from: '2026-02',
        to: '2026-03',
      }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_RECORD' }));
  });

  it('report periods stay in 1900–2200: no two-digit years, no year 9999', () => {
    for (const [from, to] of [
      ['0050-01-01', '0051-01-01'],
      ['0001-01', '9999-12'],
      ['2026-01-01T00:00:00+07:00', '9999-12-31T00:00:00Z'],
    ] as const)
      expect(() => aggregateDossiers([], { from, to, by: ['period'], granularity: 'day' })).toThrow(
        expect.objectContaining({ code: 'OUT_OF_RANGE' }),
      );
  });

  it('more than 10,000 sub-periods is TOO_LARGE: choose a coarser granularity', () => {
    const options = { from: '1990-01-01', to: '2100-01-01', by: ['period'] } as const;
    expect(() => aggregateDossiers([], { ...options, granularity: 'day' })).toThrow(
      expect.objectContaining({ code: 'TOO_LARGE' }),
    );
    expect(aggregateDossiers([], { ...options, granularity: 'month' }).total.received).toBe(0);
  });
});
