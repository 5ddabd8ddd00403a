import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildHistoryModule } from '../../scripts/history-codec';
import {
  communeSuccessors,
  formerCommune,
  formerCommuneCodes,
  lookupCommuneAt,
  narrowSuccessors,
} from './history';
import { lookupCommune } from './units';

// Node APIs, without @types/node in the package's type space (library code must not use them).
interface NodeFs {
  readFileSync(path: string, encoding: 'utf8'): string;
}
interface NodeUrl {
  fileURLToPath(url: string): string;
}
const fs = (await import(/* @vite-ignore */ 'node:fs' as string)) as NodeFs;
const url = (await import(/* @vite-ignore */ 'node:url' as string)) as NodeUrl;
const here = (import.meta as unknown as { url: string }).url.replace(/[^/]*$/, '');
const read = (relative: string) => fs.readFileSync(url.fileURLToPath(here + relative), 'utf8');

const csv = read('../../scripts/data/admin-units-2024-to-2025.csv');
const currentCodes = new Set(
  read('../../scripts/data/admin-units-2025-communes.csv')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(',')[0] ?? ''),
);
/** The CSV's rows, read independently of the generator (quoted addresses). */
const rows = csv
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const m =
      /^(\d{2}),(\d{3}),(\d{5}),"([^"]*)",(\d{5}),([^,]*),(\d{2}),([^,]*),(full|partial),([^,]+),(.+)$/.exec(
        line,
      );
    if (m === null) throw new Error(`unreadable row: ${line}`);
    return {
      district: m[2] as string,
      old: m[3] as string,
      address: m[4] as string,
      code: m[5] as string,
      name: m[6] as string,
      share: m[9] as string,
      resolution: m[10] as string,
      confidence: m[11] as string,
    };
  });

describe('history.generated.ts', () => {
  it('is what the generator makes of the CSV (run `tsx packages/forms/scripts/gen-units.ts`)', () => {
    const { source, stats } = buildHistoryModule(csv, currentCodes);
    expect(read('./history.generated.ts')).toBe(source);
    expect(stats).toEqual({
      rows: 10_599,
      communes: 10_047,
      split: 460,
      provinces: 63,
      districts: 691,
      swapped: 4,
    });
  });
});

describe('communeSuccessors (the 10,047 pre-merger communes)', () => {
  it('the contract: Phường Phúc Xá went over whole into Phường Hồng Hà', () => {
    expect(communeSuccessors('00001')).toEqual([
      {
        code: '00097',
        name: 'Phường Hồng Hà',
        kind: 'phuong',
        province: { code: '01', name: 'Thành phố Hà Nội' },
        share: 'full',
        resolution: '1656/NQ-UBTVQH15',
        confidence: 'high',
      },
    ]);
  });

  it('every row of the shared file is reachable, with its share, resolution and confidence', () => {
    for (const r of rows) {
      const s = communeSuccessors(r.old).find((x) => x.code === r.code);
      expect(s, `${r.old} → ${r.code}`).toBeDefined();
      expect([s?.name, s?.share, s?.resolution, s?.confidence]).toEqual([
        r.name,
        r.share,
        r.resolution,
        r.confidence,
      ]);
      const former = formerCommune(r.old);
      expect(r.address).toContain(former?.name ?? '?');
      expect(r.address).toContain(former?.district.name ?? '?');
      expect(former?.district.code).toBe(r.district);
    }
    expect(formerCommuneCodes()).toHaveLength(10_047);
  });

  it('every old code maps into existing 2025 codes; a split commune returns all its successors (property)', () => {
    const codes = formerCommuneCodes();
    fc.assert(
      fc.property(fc.constantFrom(...codes), (old) => {
        const s = communeSuccessors(old);
        expect(s.length).toBeGreaterThanOrEqual(1);
        for (const x of s) expect(lookupCommune(x.code)).toBeDefined();
        const expected = rows.filter((r) => r.old === old).map((r) => r.code);
        expect(s.map((x) => x.code).sort()).toEqual(expected.sort());
        expect(s.every((x) => x.share === (s.length === 1 ? 'full' : 'partial'))).toBe(true);
      }),
      { numRuns: 2000 },
    );
    // None is missing, none of the 460 split communes gives one successor.
    let split = 0;
    for (const old of codes) {
      const n = communeSuccessors(old).length;
      expect(n).toBeGreaterThan(0);
      if (n > 1) split++;
    }
    expect(split).toBe(460);
  });

  it('answers [] or undefined, never throws, for anything else', () => {
    for (const junk of ['99999', '', '0001', '__proto__', 'constructor', 1, null] as unknown[]) {
      expect(communeSuccessors(junk as string)).toEqual([]);
      expect(formerCommune(junk as string)).toBeUndefined();
    }
  });
});

describe('dated lookups and addresses', () => {
  it('a code read as of a date gives the unit in force then', () => {
    // 00004 was Phường Trúc Bạch until 30/6/2025, and is Phường Ba Đình since 1/7/2025.
    expect(lookupCommuneAt('00004', '2025-06-30T23:59:59+07:00')?.name).toBe('Phường Trúc Bạch');
    expect(lookupCommuneAt('00004', '2025-07-01T00:00:00+07:00')?.name).toBe('Phường Ba Đình');
    expect(lookupCommuneAt('00001', new Date('2024-03-01T00:00:00Z'))?.name).toBe('Phường Phúc Xá');
    expect(lookupCommuneAt('00001', new Date('2026-03-01T00:00:00Z'))).toBeUndefined();
    expect(lookupCommuneAt('00004', '2024-05-01')).toBeUndefined(); // no offset: not read
  });

  it('an address narrows a split commune only when it names exactly one successor', () => {
    const all = communeSuccessors('00007').map((s) => s.code);
    expect(all).toEqual(['00008', '00025']);
    expect(
      narrowSuccessors('00007', 'Số 12 Đội Cấn, phường Ngọc Hà, Hà Nội').map((s) => s.code),
    ).toEqual(['00008']);
    expect(narrowSuccessors('00007', 'Đội Cấn, Hà Nội').map((s) => s.code)).toEqual(all);
    expect(
      narrowSuccessors('00007', 'phường Ngọc Hà hoặc phường Giảng Võ').map((s) => s.code),
    ).toEqual(all);
  });
});

describe('narrowSuccessors never takes a name inside a longer one', () => {
  it('"Phường Tân Sơn Nhất" does not name "Phường Tân Sơn"', () => {
    const all = communeSuccessors('27007').map((s) => s.name);
    expect(all.length).toBeGreaterThan(1);
    expect(
      narrowSuccessors('27007', 'Số 1, Phường Tân Sơn Nhất, TP HCM').map((s) => s.name),
    ).toEqual(all);
  });
});
