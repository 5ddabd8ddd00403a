import { communeSuccessors } from '@motcua/forms';
import { describe, expect, it } from 'vitest';
import { aggregateDossiers } from './aggregate';
import type { DossierRecord } from './record';
import { regroupUnits } from './regroup';

const rec = (unit: string, receivedAt: string, i: number): DossierRecord => ({
  code: `000.00.01.H26-${receivedAt.slice(2, 4)}${receivedAt.slice(5, 7)}${receivedAt.slice(8, 10)}-${String(i).padStart(4, '0')}`,
  procedure: '2.000908',
  unit,
  channel: 'direct',
  receivedAt,
  dueAt: `${receivedAt.slice(0, 10)}T17:00:00+07:00`,
  finishedAt: `${receivedAt.slice(0, 10)}T15:00:00+07:00`,
  outcome: 'returned',
});

describe('re-grouping a 2024 report under the 2025 units', () => {
  // Quận Ba Đình, 2024: Phúc Xá (00001) → Hồng Hà (00097); Vĩnh Phúc (00006) and Liễu Giai (00008)
  // → Ngọc Hà (00008); Cống Vị (00007) was split between Ngọc Hà and Giảng Võ (00025).
  const records2024 = [
    rec('00001', '2024-03-04T09:00:00+07:00', 1),
    rec('00006', '2024-03-04T10:00:00+07:00', 2),
    rec('00008', '2024-03-05T09:00:00+07:00', 3),
    rec('00008', '2024-03-05T10:00:00+07:00', 4),
    rec('00007', '2024-03-06T09:00:00+07:00', 5),
    rec('12345', '2024-03-06T10:00:00+07:00', 6), // not a commune code of the time
  ];
  const record2026 = rec('00008', '2026-03-04T09:00:00+07:00', 7);

  it('moves each record to the unit its old commune went into, and says what it did', () => {
    const r = regroupUnits([...records2024, record2026]);
    expect(r.records.map((x) => x.unit)).toEqual([
      '00097',
      '00008',
      '00008',
      '00008',
      '00008+00025',
      '12345',
      '00008', // received after 1/7/2025: already a 2025 code, unchanged
    ]);
    expect([r.moved, r.split, r.unknownUnits]).toEqual([4, 1, ['12345']]);
    expect(records2024[1]?.unit).toBe('00006'); // the input is not modified
    expect(communeSuccessors('00007').map((s) => s.code)).toEqual(['00008', '00025']);
  });

  it('a report by unit then compares with one made after the merger', () => {
    const before = aggregateDossiers(regroupUnits(records2024).records, {
      from: '2024-03-01',
      to: '2024-04-01',
      by: ['unit'],
    });
    const units = before.groups.unit ?? {};
    expect(Object.keys(units).sort()).toEqual(['00008', '00008+00025', '00097', '12345']);
    expect(units['00008']?.received).toBe(3);
    const raw = aggregateDossiers(records2024, {
      from: '2024-03-01',
      to: '2024-04-01',
      by: ['unit'],
    });
    // Without re-grouping, '00008' means Phường Liễu Giai (2 dossiers), not Phường Ngọc Hà.
    expect(raw.groups.unit?.['00008']?.received).toBe(2);
  });

  it('is a typed error for junk, never a TypeError', () => {
    expect(() => regroupUnits(null as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => regroupUnits([{ ...record2026, receivedAt: '2024-03-01' }])).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
  });
});
