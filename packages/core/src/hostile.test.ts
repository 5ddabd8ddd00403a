/**
 * What an outside fuzzer found (session 6), kept as reproducers: each call must answer soundly (no
 * `NaN`, no Invalid Date, nothing shared with the caller's objects) or throw a motcua error. The
 * generated fuzzing in `fuzz.test.ts` reaches a function's first argument; these reach the checks
 * behind a valid one.
 */
import { isMotcuaError, MotcuaError } from '@motcua/errors';
import {
  aggregate,
  birthRegistrationForm,
  documentChecklist,
  mergeAggregates,
  parseFormDefinition,
  parseSurveyAggregate,
  sampleResponses,
  sipasSurvey,
  wilsonInterval,
} from '@motcua/forms';
import {
  addWorkingDays,
  fromLunar,
  nextWorkingDay,
  postgresCalendarSql,
  previousWorkingDay,
  vietnamCalendar,
} from '@motcua/sla';
import { describe, expect, it } from 'vitest';
import {
  aggregateDossiers,
  allowedEvents,
  applyDossierEvent,
  type Dossier,
  dossierClock,
  dossierDocuments,
  dossierFromJSON,
  dossierRecord,
  parseDossierAggregate,
  parseProcedure,
  receiveDossier,
  replayDossier,
  safeParseCatalog,
  sampleCatalog,
  serviceIndex,
} from './index';

/** What a call did: `'ok'`, a motcua error's code, or what else escaped. */
function outcome(f: () => unknown): string {
  try {
    const r = f();
    const text = JSON.stringify(r, (_k, v) =>
      typeof v === 'number' && !Number.isFinite(v) ? 'NOT FINITE' : v,
    );
    if (text?.includes('NOT FINITE') || text?.includes('"Invalid Date"')) return 'unsound answer';
    return 'ok';
  } catch (e) {
    return isMotcuaError(e) ? e.code : `escaped: ${String(e).slice(0, 120)}`;
  }
}

const nested = (depth: number) => {
  let v: unknown = {};
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
};
const cal = vietnamCalendar();
const catalog = sampleCatalog();
const received = () =>
  receiveDossier({
    procedure: catalog.get('2.000908') as never,
    channel: 'direct',
    receivedAt: '2026-02-12T10:00:00+07:00',
    agencyId: '000.00.01.H26',
    sequence: 1,
    applicant: { name: 'Lê Văn Cường' },
    data: catalog.sampleData('2.000908'),
  });

describe('values no message template can print (C2)', () => {
  it.each([
    [
      'addWorkingDays(null-prototype object)',
      () => addWorkingDays(cal, '2026-02-13', Object.create(null)),
    ],
    [
      'addWorkingDays(10,000-deep array)',
      () => addWorkingDays(cal, '2026-02-13', nested(10_000) as never),
    ],
    [
      'addWorkingDays(a megabyte string)',
      () => addWorkingDays(cal, '2026-02-13', 'x'.repeat(1e6) as never),
    ],
    ['fromLunar(10,000-deep object)', () => fromLunar(nested(10_000) as never)],
    ['fromLunar({ year: 1n })', () => fromLunar({ year: 1n, month: 1, day: 1 } as never)],
    [
      'postgresCalendarSql({ to: deep })',
      () => postgresCalendarSql(cal, { from: 2025, to: nested(10_000) as never }),
    ],
    [
      'sampleResponses(null-prototype count)',
      () => sampleResponses(sipasSurvey(), Object.create(null)),
    ],
    ['sampleData(null-prototype code)', () => catalog.sampleData(Object.create(null))],
  ])('%s is a typed error with a short message', (_name, f) => {
    expect(outcome(f)).toMatch(/^(INVALID_ARGUMENT|INVALID_LUNAR_DATE|INVALID_DATE)$/);
    try {
      f();
    } catch (e) {
      expect((e as Error).message.length).toBeLessThan(400);
    }
  });
});

describe('inputs too large to hold or to refuse one by one (B2)', () => {
  it('sampleResponses refuses a billion at once; safeParseCatalog a million-element array', () => {
    expect(outcome(() => sampleResponses(sipasSurvey(), 1e9))).toBe('TOO_LARGE');
    const r = safeParseCatalog(new Array(1e6).fill(0));
    expect(r.ok ? 'ok' : r.issues.map((i) => i.code)).toEqual(['TOO_LARGE']);
  });
});

describe('sound statistics (A4, A5)', () => {
  const dossiers = aggregateDossiers(
    [
      {
        code: 'A-1',
        procedure: '2.000908',
        unit: '00235',
        channel: 'direct',
        receivedAt: '2026-02-12T09:00:00+07:00',
        dueAt: '2026-02-12T17:00:00+07:00',
        finishedAt: '2026-02-12T11:00:00+07:00',
        outcome: 'returned',
      },
    ],
    { from: '2026-02', to: '2026-03' },
  );
  it.each([
    [{ count: 120 }],
    [{ count: 120, satisfiedShare: 2 }],
    [{ count: -5, satisfiedShare: 0.95 }],
    [{ count: 1.5, satisfiedShare: 0.9 }],
    ['all'],
  ])('serviceIndex refuses the satisfaction %j', (satisfaction) => {
    expect(
      outcome(() =>
        serviceIndex({
          dossiers,
          satisfaction: satisfaction as never,
          satisfactionSource: 'survey',
        }),
      ),
    ).toBe('INVALID_ARGUMENT');
  });

  it('survey aggregates: an absurd weight is refused, merging checks what it merges, Wilson stays finite', () => {
    const s = sipasSurvey();
    const a = JSON.parse(JSON.stringify(aggregate(s, sampleResponses(s, 40, 9))));
    a.cells[0].weight = 1e308;
    expect(outcome(() => parseSurveyAggregate(a))).toBe('INVALID_AGGREGATE');
    const b = JSON.parse(JSON.stringify(aggregate(s, sampleResponses(s, 40, 9))));
    b.cells[0].responses = null;
    expect(outcome(() => mergeAggregates(b, aggregate(s, sampleResponses(s, 10, 8))))).toBe(
      'INVALID_AGGREGATE',
    );
    for (const f of [
      () => wilsonInterval(0.7, 1e-310),
      () => wilsonInterval(0.7, 10, 1e200),
      () => wilsonInterval(0.7, 10, -1),
    ])
      expect(outcome(f)).toMatch(/^(ok|INVALID_ARGUMENT)$/);
  });
});

describe('nothing shared with the caller (A7, A8)', () => {
  it('parsed aggregates, procedures and dossiers are copies', () => {
    const aj = JSON.parse(
      JSON.stringify(aggregateDossiers([], { from: '2026-02', to: '2026-03' })),
    );
    expect(parseDossierAggregate(aj)).not.toBe(aj);
    expect(parseDossierAggregate(aj)).toEqual(aj);

    const pj = JSON.parse(JSON.stringify(catalog.get('2.000908')));
    const p = parseProcedure(pj);
    pj.channels.direct.processingTime.sameDay = { cutoff: '09:00' };
    expect(p.channels.direct?.processingTime).toEqual({ sameDay: { cutoff: '15:00' } });

    const dj = JSON.parse(JSON.stringify(received()));
    const back = dossierFromJSON(dj);
    dj.history[0].input.sequence = 777;
    expect(replayDossier(back.history).code).toBe('000.00.01.H26-260212-0001');
  });

  it('merged survey aggregates and checklists are copies', () => {
    const s = sipasSurvey();
    const a = parseSurveyAggregate(
      JSON.parse(JSON.stringify(aggregate(s, sampleResponses(s, 40, 9)))),
    );
    const before = JSON.stringify(a);
    const merged = mergeAggregates(a, aggregate(s, sampleResponses(s, 10, 8)));
    // Aggregates are frozen values: editing the merge cannot reach its inputs.
    for (const q of Object.values(merged.questions))
      if (Array.isArray(q.satisfiedValues))
        expect(() => (q.satisfiedValues as string[]).push('x')).toThrowError(TypeError);
    expect(Object.isFrozen(merged) && Object.isFrozen(merged.cells)).toBe(true);
    expect(JSON.stringify(a)).toBe(before);

    const form = parseFormDefinition(JSON.parse(JSON.stringify(birthRegistrationForm)));
    const [line] = documentChecklist(form, { birthProof: 'witness' });
    expect(line).toBeDefined();
    expect(form.documents?.some((x) => x === line?.document)).toBe(false);
  });

  it("an event's extra data is copied, never frozen in the caller's hands; too deep is refused", () => {
    const d = received();
    let mine: Record<string, unknown> = { leaf: [1, 2] };
    for (let i = 0; i < 70; i++) mine = { next: mine };
    const r = outcome(() =>
      applyDossierEvent(d, {
        type: 'transfer',
        at: '2026-02-12T11:00:00+07:00',
        role: 'reception',
        attachment: mine,
      } as never),
    );
    expect(r).toBe('INVALID_ARGUMENT'); // 71 levels: deeper than a dossier keeps
    let p = mine;
    for (let i = 0; i < 70; i++) p = p['next'] as Record<string, unknown>;
    expect(Object.isFrozen(p['leaf'])).toBe(false);
    expect(
      outcome(() =>
        applyDossierEvent(d, {
          type: 'transfer',
          at: '2026-02-12T11:00:00+07:00',
          meta: nested(10_000),
        } as never),
      ),
    ).toBe('INVALID_ARGUMENT');
  });
});

describe('core on malformed arguments (C3, C4)', () => {
  it.each([
    ['catalog.search(5)', () => catalog.search(5 as never)],
    ['catalog.filter({ field: 5 })', () => catalog.filter({ field: 5 } as never)],
    [
      'aggregateDossiers(5)',
      () => aggregateDossiers(5 as never, { from: '2026-02', to: '2026-03' }),
    ],
    [
      'aggregateDossiers(by: 5)',
      () => aggregateDossiers([], { from: '2026-02', to: '2026-03', by: 5 as never }),
    ],
  ])('%s is a typed error', (_name, f) => {
    expect(outcome(f)).toBe('INVALID_ARGUMENT');
  });

  it('a dossier straight from JSON (not through dossierFromJSON), or one with a broken field, is a typed error', () => {
    const d = received();
    const json = JSON.parse(JSON.stringify(d)) as Dossier;
    for (const f of [
      () => applyDossierEvent(json, { type: 'transfer', at: '2026-02-12T11:00:00+07:00' }),
      () => dossierRecord(json),
      () => dossierDocuments({ ...d, steps: {} } as never),
      () => allowedEvents({ ...d, supplement: undefined } as never),
      () =>
        dossierClock({ ...d, procedure: { ...d.procedure, processingTime: undefined } } as never),
      // Stored as JSON, one field at a time: the steps, the pause, the apology.
      () =>
        dossierDocuments({ ...d, steps: [{ sentAt: 'x', dueAt: 'y', returnedAt: null }] } as never),
      () => dossierRecord({ ...d, supplement: { ...d.supplement, since: '2026-02-12' } } as never),
      () =>
        applyDossierEvent({ ...d, apology: { at: 'x', newDueAt: 'y' } } as never, {
          type: 'transfer',
          at: '2026-02-12T11:00:00+07:00',
        }),
    ])
      expect(outcome(f)).toBe('INVALID_ARGUMENT');
  });

  it('error constructors and messages name the right function', () => {
    expect(outcome(() => new MotcuaError('X' as never, undefined as never))).toMatch(
      /^(ok|INVALID_ARGUMENT)$/,
    );
    expect(() => previousWorkingDay(cal, '0000-01-01')).toThrowError(/^previousWorkingDay/);
    expect(() => nextWorkingDay({} as never, '2026-01-01')).toThrowError(/^nextWorkingDay/);
  });
});
