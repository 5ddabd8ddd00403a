import { describe, expect, it } from 'vitest';
import { dossierRecord } from '../report/record';
import { safeParseDossierRecord } from '../report/schema';
import { receive } from './__fixtures__/lives';
import { isDossierCode, parseDossierCode } from './code';
import { dossierFromJSON, replayDossier } from './replay';

const code = (f: () => unknown) => {
  try {
    f();
    return 'no error';
  } catch (e) {
    return `${(e as { name?: string }).name}:${(e as { code?: string }).code}`;
  }
};

describe('dossiers on hostile input (issue reproducers)', () => {
  it('a dossier code with an invisible character in the agency id is not a code', () => {
    expect(isDossierCode('000.00\u200B.01.H26-260213-0042')).toBe(false);
    expect(code(() => parseDossierCode({ toString: 1 } as never))).toBe(
      'CoreError:INVALID_DOSSIER_CODE',
    );
  });

  it('replayDossier and dossierFromJSON refuse malformed histories with a typed error', () => {
    for (const history of [
      null,
      {},
      [],
      [{ type: 'create' }],
      [{ type: 'create', input: {}, snapshot: {} }],
      [1, 2],
    ])
      expect(code(() => replayDossier(history as never))).toMatch(/^CoreError:/);
    for (const json of [
      null,
      { kind: 'motcua.dossier/1' },
      { kind: 'motcua.dossier/1', history: 'x' },
    ])
      expect(code(() => dossierFromJSON(json))).toMatch(/^CoreError:/);
    const d = receive('1.000894', '2026-02-12T10:00:00');
    const forged = { ...JSON.parse(JSON.stringify(d)), status: 'returned' };
    expect(code(() => dossierFromJSON(forged))).toBe('CoreError:INVALID_ARGUMENT');
  });

  it("the SDK's own record of a dossier without a unit is accepted by the record validator", () => {
    const d = receive('1.000894', '2026-02-12T10:00:00');
    const noUnit = { ...JSON.parse(JSON.stringify(dossierRecord(d))), unit: '' };
    expect(safeParseDossierRecord(noUnit).ok).toBe(true);
  });
});

describe('a history beyond its limit', () => {
  it('more than 10,000 events is TOO_LARGE, refused before it is read', () => {
    const d = receive('2.000908', '2026-02-12T10:00:00');
    const history = Array.from({ length: 10_001 }, () => d.history[0]);
    expect(() => replayDossier(history as never)).toThrow(
      expect.objectContaining({ code: 'TOO_LARGE' }),
    );
  });
});
