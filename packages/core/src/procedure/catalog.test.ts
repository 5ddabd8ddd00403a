import { validateForm } from '@motcua/forms';
import { parseProcessingTime } from '@motcua/sla';
import { describe, expect, it } from 'vitest';
import { sampleCatalog } from '../samples/sampleCatalog';
import { toCpsvAp } from './cpsv';
import { parseCatalog, parseProcedure, safeParseCatalog, safeParseProcedure } from './parse';
import { defineProcedure } from './procedure';

const catalog = sampleCatalog();

describe('the shipped catalogue', () => {
  it('has each procedure with a source, and valid sample data for its form', () => {
    expect(catalog.list().map((p) => p.code)).toEqual([
      '2.000908',
      '1.001193',
      '1.000894',
      '1.000656',
      '2.000815',
      '2.000884',
    ]);
    for (const p of catalog.list()) {
      expect(p.source.document.length).toBeGreaterThan(10);
      expect(validateForm(p.form, catalog.sampleData(p.code)).ok).toBe(true);
    }
    expect(catalog.get('2.000908')?.channels.direct?.processingTime).toEqual({
      sameDay: { cutoff: '15:00' },
    });
  });

  it('searches ignoring diacritics and case, and filters', () => {
    expect(catalog.search('BAN SAO').map((p) => p.code)).toEqual(['2.000908', '2.000815']);
    expect(catalog.search('khai sinh').map((p) => p.code)).toEqual(['1.001193']);
    // 2.000908 (a copy from the master register) is in the Chứng thực field, as the national record has it.
    expect(catalog.filter({ field: 'chung thuc' }).map((p) => p.code)).toEqual([
      '2.000908',
      '2.000815',
      '2.000884',
    ]);
    expect(catalog.filter({ channel: 'postal' }).map((p) => p.code)).toEqual(['2.000908']);
    expect(catalog.get('9.999999')).toBeUndefined();
    expect(() => catalog.sampleData('9.999999')).toThrowError(/no procedure/);
  });

  it('rejects an internal process that exceeds the legal limit, saying by how much', () => {
    const p = catalog.get('1.000894');
    if (!p) throw new Error('missing');
    expect(() =>
      defineProcedure({
        ...p,
        process: [{ name: { vi: 'a', en: 'a' }, role: 'specialist', minutes: 580 }],
      }),
    ).toThrowError(/100 more than the direct limit/);
    expect(() => defineProcedure({ ...p, code: '2000908' })).toThrowError(/d\.dddddd/);
    // Provincial portal codes carry a suffix.
    expect(defineProcedure({ ...p, code: '1.000948.H38' }).code).toBe('1.000948.H38');
    expect(() => defineProcedure({ ...p, code: '1.000948.38' })).toThrowError(/d\.dddddd/);
    expect(() => defineProcedure({ ...p, dossierSets: 0 })).toThrowError(/dossierSets/);
  });
});

describe('loading from JSON', () => {
  it('round-trips the shipped catalogue through JSON, parsing the published processing-time texts', () => {
    const json = JSON.parse(JSON.stringify(catalog.list().map((p) => ({ ...p, kind: undefined }))));
    // Drop the values: the texts must be parsed back into the same values (or the text is refused).
    for (const p of json)
      for (const c of Object.values(p.channels) as {
        processingTime?: unknown;
        processingTimeText?: string;
      }[])
        if (c.processingTimeText?.startsWith('Ngay trong ngày')) delete c.processingTime;
    const r = safeParseCatalog(json);
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.value.get('2.000908')?.channels.online?.processingTime).toEqual({
        sameDay: { cutoff: '15:00' },
      });
  });

  it('reports clear issues for a bad procedure', () => {
    const r = safeParseProcedure({
      ...JSON.parse(JSON.stringify(catalog.get('2.000884'))),
      code: '2-000884',
      channels: { direct: { processingTimeText: 'Theo quy định', fees: [] } },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path.join('.'))).toContain('code');
    const s = safeParseProcedure({
      ...JSON.parse(JSON.stringify(catalog.get('2.000884'))),
      channels: { direct: { processingTimeText: 'Theo quy định', fees: [] } },
    });
    if (!s.ok) expect(s.issues[0]?.path).toEqual(['channels', 'direct', 'processingTimeText']);
    expect(safeParseCatalog({}).ok).toBe(false);
  });

  it('parseProcedure and parseCatalog return the value or throw INVALID_PROCEDURE with the issues', () => {
    const json = JSON.parse(JSON.stringify(catalog.get('2.000908')));
    expect(parseProcedure(json).code).toBe('2.000908');
    expect(parseCatalog([json]).list().length).toBe(1);
    for (const bad of [() => parseProcedure({ code: '2-000884' }), () => parseCatalog({})])
      expect(bad).toThrow(
        expect.objectContaining({ code: 'INVALID_PROCEDURE', name: 'CoreError' }),
      );
  });
});

describe('toCpsvAp', () => {
  it('maps a procedure to a CPSV-AP PublicService in JSON-LD', () => {
    const ld = toCpsvAp(catalog.get('2.000815') ?? (undefined as never));
    expect(ld).toMatchObject({
      '@type': 'cpsv:PublicService',
      'dct:identifier': '2.000815',
      'cv:sector': 'Chứng thực',
    });
    expect(ld['dct:title']).toEqual([
      { '@language': 'vi', '@value': 'Chứng thực bản sao từ bản chính' },
      { '@language': 'en', '@value': 'Certified copy from the original' },
    ]);
    expect((ld['cv:hasCost'] as { 'cv:value': number; 'cv:currency': string }[])[0]).toMatchObject({
      'cv:value': 2000,
      'cv:currency': 'VND',
    });
    expect((ld['cv:hasChannel'] as unknown[]).length).toBe(2);
    expect(
      (ld['cpsv:hasInput'] as { '@type': string }[]).every((e) => e['@type'] === 'cv:Evidence'),
    ).toBe(true);
    expect(JSON.parse(JSON.stringify(ld))).toEqual(JSON.parse(JSON.stringify(ld)));
  });
});

describe('the sample catalogue’s processing times', () => {
  it('every published text parses to the value the sample carries', () => {
    let n = 0;
    for (const p of catalog.list())
      for (const terms of Object.values(p.channels)) {
        if (terms?.processingTimeText === undefined) continue;
        expect(parseProcessingTime(terms.processingTimeText)).toEqual(terms.processingTime);
        n++;
      }
    expect(n).toBeGreaterThan(5);
  });
});

describe('the sample catalogue against the national record (issue #15)', () => {
  it('2.000908 is "Cấp bản sao từ sổ gốc", field Chứng thực, by the body that keeps the register', () => {
    const p = catalog.get('2.000908');
    expect([p?.name.vi, p?.field, p?.implementingAgency, p?.result]).toEqual([
      'Cấp bản sao từ sổ gốc',
      'Chứng thực',
      'Cơ quan, tổ chức lập sổ gốc',
      'Bản sao được cấp từ sổ gốc',
    ]);
  });
  it('every procedure has its results (paper or not), dossier sets and coordinating agencies', () => {
    for (const p of catalog.list()) {
      expect(p.results.length).toBeGreaterThan(0);
      expect(p.results.every((r) => typeof r.paper === 'boolean')).toBe(true);
      expect(p.dossierSets).toBe(1);
      expect(p.coordinatingAgencies).toEqual([]);
    }
    expect(catalog.get('1.001193')?.results.map((r) => r.name)).toHaveLength(2);
  });
});
