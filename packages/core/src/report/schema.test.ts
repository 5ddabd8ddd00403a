import { describe, expect, it } from 'vitest';
import { parseDossierRecord, safeParseDossierRecord } from './schema';

describe('parseDossierRecord', () => {
  const ok = {
    code: 'X-260213-0001',
    procedure: '2.000908',
    unit: '00235',
    channel: 'online',
    receivedAt: '2026-02-13T10:00:00+07:00',
  };
  it('accepts a minimal record and drops unknown keys', () => {
    const r = safeParseDossierRecord({ ...ok, extra: 1 });
    expect(r).toEqual({ ok: true, value: ok });
  });
  it('names the field of a bad record', () => {
    const r = safeParseDossierRecord({ ...ok, channel: 'fax' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.path).toEqual(['channel']);
    const t = safeParseDossierRecord({ ...ok, receivedAt: '13/02/2026' });
    if (!t.ok) expect(t.issues[0]?.path).toEqual(['receivedAt']);
    const u = safeParseDossierRecord({ ...ok, finishedAt: '2026-02-12T10:00:00+07:00' });
    expect(u.ok).toBe(false);
  });
  it('never throws on junk', () => {
    for (const junk of [
      null,
      1,
      'x',
      [],
      { __proto__: { code: 1 } },
      JSON.parse('{"__proto__":{"x":1}}'),
    ]) {
      expect(safeParseDossierRecord(junk).ok).toBe(false);
    }
  });
  it('reads instants through the one reader: a string without an offset is refused', () => {
    const r = safeParseDossierRecord({ ...ok, receivedAt: '2026-02-13T10:00:00' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ path: ['receivedAt'], code: 'custom' });
  });
  it('parseDossierRecord returns the record or throws INVALID_RECORD with the issues', () => {
    expect(parseDossierRecord(ok).unit).toBe('00235');
    expect(() => parseDossierRecord({ ...ok, channel: 'fax' })).toThrow(
      expect.objectContaining({ code: 'INVALID_RECORD', name: 'CoreError' }),
    );
  });
});
