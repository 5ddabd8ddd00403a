/**
 * Administrative units before and after 1 July 2025: the 10,047 commune-level units in force before
 * the merger, the 2025 unit(s) each went into, and lookups dated "as of" an instant. Its own entry
 * point (`@motcua/forms/units-2024`, also re-exported by `@motcua/forms`): the mapping is about
 * 55 kB, and a form bundle that does not call these functions does not carry it.
 *
 * @module
 */
import { FORMER } from './history.generated';
import type { Commune, Province } from './types';
import { communesOf, foldVietnamese, lookupCommune } from './units';

/** The day the 2025 units came into force (Resolutions 1654–1687/NQ-UBTVQH15). */
const MERGER = Date.UTC(2025, 6, 1) - 7 * 3_600_000; // 2025-07-01T00:00:00+07:00

/**
 * A commune-level unit in force before 1 July 2025 (phường, xã, thị trấn), with its district and
 * province of the time.
 *
 * @example
 * ```ts
 * import { formerCommune, type FormerCommune } from '@motcua/forms';
 * const c: FormerCommune | undefined = formerCommune('00001');
 * c?.name; //=> 'Phường Phúc Xá'
 * c?.district.name; //=> 'Quận Ba Đình'
 * ```
 * @category Administrative units
 */
export interface FormerCommune {
  /** The five-digit code of the unit (`'00001'`). */
  readonly code: string;
  /** The full name, with its kind (`'Phường Phúc Xá'`). */
  readonly name: string;
  /** The district of the time (`{ code: '001', name: 'Quận Ba Đình' }`). */
  readonly district: { readonly code: string; readonly name: string };
  /** The province of the time (one of the 63 before the 2025 merger). */
  readonly province: Province;
  /** Always `'former'`: a unit in force until 30 June 2025. */
  readonly status: 'former';
}

/**
 * A 2025 commune-level unit that an old one went into.
 *
 * @example
 * ```ts
 * import { communeSuccessors, type CommuneSuccessor } from '@motcua/forms';
 * const [s]: readonly CommuneSuccessor[] = communeSuccessors('00001');
 * s; //=> { code: '00097', name: 'Phường Hồng Hà', kind: 'phuong', province: { code: '01', name: 'Thành phố Hà Nội' }, share: 'full', resolution: '1656/NQ-UBTVQH15', confidence: 'high' }
 * ```
 * @category Administrative units
 */
export interface CommuneSuccessor extends Commune {
  /**
   * `'full'`: the old unit went over whole into this one (its only successor); `'partial'`: the old
   * unit was split, and this is one of its 2–5 successors.
   */
  readonly share: 'full' | 'partial';
  /** The Standing Committee resolution that decided it (`'1656/NQ-UBTVQH15'`). */
  readonly resolution: string;
  /**
   * How sure the transcription is: `'high'` (read from the resolution and cross-checked),
   * `'manual:high'` or `'manual:low'` (fixed by hand; verify against the resolution).
   */
  readonly confidence: 'high' | 'manual:high' | 'manual:low';
}

interface Entry {
  readonly former: FormerCommune;
  readonly successors: readonly string[];
  readonly resolution: string;
  readonly confidence: CommuneSuccessor['confidence'];
}

let table: ReadonlyMap<string, Entry> | undefined;

function load(): ReadonlyMap<string, Entry> {
  if (table !== undefined) return table;
  const out = new Map<string, Entry>();
  for (const s of FORMER) {
    const [head = '', ...districts] = s.split('^');
    const hash = head.indexOf('#');
    const province = Object.freeze({ code: head.slice(0, 2), name: head.slice(2, hash) });
    const resolutions = head.slice(hash + 1).split(',');
    for (const d of districts) {
      const [dh = '', ...entries] = d.split('|');
      const district = Object.freeze({ code: dh.slice(0, 3), name: dh.slice(3) });
      let previous = 0;
      for (const e of entries) {
        const colon = e.indexOf(':');
        const arrow = e.indexOf('>', colon);
        const code = previous + Number.parseInt(e.slice(0, colon), 36);
        previous = code;
        const tail = e.slice(arrow + 1);
        const m = /^([0-9a-z,]+)(?:@(\d+))?(?:~([hl]))?$/.exec(tail);
        if (m === null) throw new Error(`units history: bad entry ${e}`);
        const key = String(code).padStart(5, '0');
        out.set(
          key,
          Object.freeze({
            former: Object.freeze({
              code: key,
              name: e.slice(colon + 1, arrow),
              district,
              province,
              status: 'former' as const,
            }),
            successors: Object.freeze(
              (m[1] as string)
                .split(',')
                .map((c) => String(Number.parseInt(c, 36)).padStart(5, '0')),
            ),
            resolution: `${resolutions[Number(m[2] ?? 0)]}/NQ-UBTVQH15`,
            confidence: m[3] === 'h' ? 'manual:high' : m[3] === 'l' ? 'manual:low' : 'high',
          }),
        );
      }
    }
  }
  table = out;
  return out;
}

const successorCache = new Map<string, readonly CommuneSuccessor[]>();

/**
 * The 2025 unit(s) a commune-level unit in force before 1 July 2025 went into: one with
 * `share: 'full'` when it went over whole, all of them (2–5, `share: 'partial'`) when it was split
 * (never one chosen silently), with the resolution and the transcription's confidence. Every one of
 * the 10,047 old codes answers; anything else is `[]`.
 *
 * @param oldCode - The five-digit code in force before 1 July 2025 (`'00001'`).
 * @returns The successors (a shared, frozen array), or `[]`.
 * @example
 * ```ts
 * import { communeSuccessors } from '@motcua/forms';
 * communeSuccessors('00001').map((s) => [s.code, s.name, s.share]); //=> [['00097', 'Phường Hồng Hà', 'full']]
 * communeSuccessors('00007').length > 1; //=> true (Phường Cống Vị was split)
 * communeSuccessors('99999'); //=> []
 * ```
 * @category Administrative units
 */
export function communeSuccessors(oldCode: string): readonly CommuneSuccessor[] {
  if (typeof oldCode !== 'string') return [];
  const cached = successorCache.get(oldCode);
  if (cached !== undefined) return cached;
  const entry = load().get(oldCode);
  if (entry === undefined) return [];
  const share = entry.successors.length === 1 ? 'full' : 'partial';
  const list = Object.freeze(
    entry.successors.map((code) => {
      const c = lookupCommune(code) as Commune; // checked by the generator
      return Object.freeze({
        ...c,
        share,
        resolution: entry.resolution,
        confidence: entry.confidence,
      } as CommuneSuccessor);
    }),
  );
  successorCache.set(oldCode, list);
  return list;
}

/**
 * A commune-level unit in force before 1 July 2025, by its code, with its district and province of
 * the time.
 *
 * @param oldCode - The five-digit code.
 * @returns The unit, or `undefined` for a code that was not one of the 10,047.
 * @example
 * ```ts
 * import { formerCommune } from '@motcua/forms';
 * formerCommune('00001')?.province; //=> { code: '01', name: 'Thành phố Hà Nội' }
 * formerCommune('31111')?.district.name; //=> 'Huyện Kiên Hải'
 * ```
 * @category Administrative units
 */
export function formerCommune(oldCode: string): FormerCommune | undefined {
  return typeof oldCode === 'string' ? load().get(oldCode)?.former : undefined;
}

/**
 * A commune-level unit as it was on a date: the unit in force before 1 July 2025 for an earlier
 * instant ({@link FormerCommune}), the 2025 unit otherwise (`Commune`). A dossier received in 2024
 * reports under its old unit, and {@link communeSuccessors} re-groups it under the new one(s).
 *
 * @param code - The five-digit code.
 * @param at - The instant (a `Date`, or an ISO 8601 string with its offset).
 * @returns The unit in force then, or `undefined` (no such code then, or an unreadable instant).
 * @example
 * ```ts
 * import { lookupCommuneAt } from '@motcua/forms';
 * lookupCommuneAt('00004', new Date('2024-05-01T00:00:00+07:00'))?.name; //=> 'Phường Trúc Bạch'
 * lookupCommuneAt('00004', new Date('2025-07-01T00:00:00+07:00'))?.name; //=> 'Phường Ba Đình'
 * lookupCommuneAt('00001', '2026-01-01T00:00:00+07:00'); //=> undefined (merged away)
 * ```
 * @category Administrative units
 */
export function lookupCommuneAt(
  code: string,
  at: Date | string,
): Commune | FormerCommune | undefined {
  if (typeof code !== 'string') return undefined;
  const ms =
    at instanceof Date
      ? at.getTime()
      : typeof at === 'string' && /(?:Z|[+-]\d{2}:\d{2})$/.test(at)
        ? Date.parse(at)
        : Number.NaN;
  if (Number.isNaN(ms)) return undefined;
  return ms < MERGER ? formerCommune(code) : lookupCommune(code);
}

/**
 * Narrows an old commune's successors with what an address says: the successors whose name the
 * address mentions (diacritics and case ignored, e.g. "… phường Ngọc Hà …"). When the address names
 * none of them, or several, every successor is returned: never one chosen silently.
 *
 * @param oldCode - The five-digit code in force before 1 July 2025.
 * @param address - A free-text address (the citizen's, the dossier's).
 * @returns The candidates (one when the address settles it).
 * @example
 * ```ts
 * import { communeSuccessors, narrowSuccessors } from '@motcua/forms';
 * communeSuccessors('00007').map((s) => s.name); //=> ['Phường Ngọc Hà', 'Phường Giảng Võ'] (Phường Cống Vị was split)
 * narrowSuccessors('00007', 'Số 12 ngõ 5 Đội Cấn, phường Ngọc Hà, Hà Nội').map((s) => s.code); //=> ['00008']
 * ```
 * @category Administrative units
 */
export function narrowSuccessors(oldCode: string, address: string): readonly CommuneSuccessor[] {
  const all = communeSuccessors(oldCode);
  if (all.length <= 1 || typeof address !== 'string' || address.length > 1000) return all;
  const text = ` ${foldVietnamese(address)} `;
  // Every 2025 unit of the successors' provinces the address names, longest first: a name inside
  // a longer one ("Tân Sơn" in "Tân Sơn Nhất") does not count.
  const spans: { code: string; start: number; end: number }[] = [];
  for (const province of new Set(all.map((s) => s.province.code)))
    for (const c of communesOf(province) ?? []) {
      const name = ` ${foldVietnamese(c.name)} `;
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
        spans.push({ code: c.code, start: at, end: at + name.length });
    }
  const named = all.filter((s) =>
    spans.some(
      (x) =>
        x.code === s.code &&
        !spans.some(
          (y) =>
            y !== x && y.start <= x.start && y.end >= x.end && y.end - y.start > x.end - x.start,
        ),
    ),
  );
  return named.length === 1 ? Object.freeze(named) : all;
}

/**
 * Every commune-level unit in force before 1 July 2025, in code order (10,047).
 *
 * @returns The codes.
 * @example
 * ```ts
 * import { formerCommuneCodes } from '@motcua/forms';
 * formerCommuneCodes().length; //=> 10047
 * ```
 * @category Administrative units
 */
export function formerCommuneCodes(): readonly string[] {
  return Object.freeze([...load().keys()].sort());
}
