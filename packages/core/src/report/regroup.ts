/**
 * Re-grouping dossier records of units merged away on 1 July 2025 under the 2025 units.
 *
 * @module
 */

import { describeValue } from '@motcua/errors';
import { communeSuccessors } from '@motcua/forms/units-2024';
import { instantOf } from '../_lib/instant';
import { CoreError } from '../errors';
import type { DossierRecord } from './record';

/** 2025-07-01T00:00:00+07:00: the 2025 units in force. */
const MERGER = Date.UTC(2025, 5, 30, 17);

/**
 * What {@link regroupUnits} did: the records (copies, with `unit` re-grouped), how many moved to a
 * single 2025 unit, how many went to a split commune's joint group, and the unit codes it could not
 * read as pre-merger communes (kept as they were).
 *
 * @example
 * ```ts
 * import type { RegroupedRecords } from '@motcua/core';
 * const r: RegroupedRecords = { records: [], moved: 0, split: 0, unknownUnits: [] };
 * ```
 * @category Reports
 */
export interface RegroupedRecords {
  /** The records, re-grouped (new objects; the input is not modified). */
  readonly records: readonly DossierRecord[];
  /** Records of a pre-merger unit that went over whole into one 2025 unit. */
  readonly moved: number;
  /**
   * Records of a split commune: their `unit` is the joint group of its successors, their codes
   * joined with `+` in code order (`'00008+00025'`), since the record alone cannot say which part
   * of the old commune the dossier came from.
   */
  readonly split: number;
  /** Units of records received before 1 July 2025 that are not pre-merger commune codes. */
  readonly unknownUnits: readonly string[];
}

/**
 * Re-groups dossier records under the administrative units in force since 1 July 2025: a record
 * received before then carries a pre-merger commune code (its unit as of its receipt), which is
 * replaced by the 2025 unit it went into ({@link communeSuccessors} in `@motcua/forms`); records
 * received since are unchanged. A split commune's records go to the joint group of its successors
 * (`'00008+00025'`), never to one of them chosen silently; what could not be read is listed. Use
 * it before {@link aggregateDossiers} to compare a 2024 report with a 2026 one by unit.
 *
 * @param records - Dossier records (not modified).
 * @returns The re-grouped records and what was done.
 * @throws {CoreError} `INVALID_ARGUMENT` when `records` is not a list, `INVALID_DATE` for a record
 *   whose `receivedAt` cannot be read.
 * @example
 * ```ts
 * import { regroupUnits } from '@motcua/core';
 * const r = regroupUnits([
 *   { code: 'A-240301-0001', procedure: '2.000908', unit: '00001', channel: 'direct', receivedAt: '2024-03-01T09:00:00+07:00', finishedAt: '2024-03-01T15:00:00+07:00' },
 * ]);
 * r.records[0]?.unit; //=> '00097' (Phường Phúc Xá went into Phường Hồng Hà)
 * r.moved; //=> 1
 * ```
 * @category Reports
 */
export function regroupUnits(records: readonly DossierRecord[]): RegroupedRecords {
  if (!Array.isArray(records))
    throw new CoreError('INVALID_ARGUMENT', {
      en: `regroupUnits: records must be a list, got ${describeValue(records)}`,
      vi: `regroupUnits: records phải là một danh sách, nhận được ${describeValue(records)}`,
    });
  let moved = 0;
  let split = 0;
  const unknown = new Set<string>();
  const out = records.map((r: DossierRecord) => {
    if (r === null || typeof r !== 'object')
      throw new CoreError('INVALID_ARGUMENT', {
        en: `regroupUnits: not a dossier record: ${describeValue(r)}`,
        vi: `regroupUnits: không phải bản ghi hồ sơ: ${describeValue(r)}`,
      });
    if (instantOf(r.receivedAt, 'receivedAt').getTime() >= MERGER) return { ...r };
    const successors = communeSuccessors(r.unit);
    if (successors.length === 0) {
      unknown.add(String(r.unit));
      return { ...r };
    }
    if (successors.length === 1) moved++;
    else split++;
    return {
      ...r,
      unit: successors
        .map((s) => s.code)
        .sort()
        .join('+'),
    };
  });
  return { records: out, moved, split, unknownUnits: [...unknown].sort() };
}
