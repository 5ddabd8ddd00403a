import { describeValue } from '@motcua/errors';
import { FormsError } from '../errors';
import { COMMUNES, PROVINCES } from './data.generated';
import type { Commune, CommuneKind, Province, SearchUnitsOptions, UnitMatch } from './types';

interface Db {
  readonly provinces: readonly Province[];
  readonly provinceByCode: ReadonlyMap<string, Province>;
  readonly communeByCode: ReadonlyMap<string, Commune>;
  readonly communesByProvince: ReadonlyMap<string, readonly Commune[]>;
}

const KIND: Readonly<Record<string, readonly [CommuneKind, string]>> = {
  '+': ['phuong', 'Phường '],
  '.': ['xa', 'Xã '],
  '#': ['dac_khu', 'Đặc khu '],
};

let db: Db | undefined;

/** Decodes the generated data on first use (a few milliseconds, once). */
function load(): Db {
  if (db !== undefined) return db;
  const provinces: Province[] = [];
  const provinceByCode = new Map<string, Province>();
  const communeByCode = new Map<string, Commune>();
  const communesByProvince = new Map<string, readonly Commune[]>();
  const encoded = PROVINCES.split('|');
  for (let i = 0; i < encoded.length; i++) {
    const e = encoded[i] ?? '';
    const city = e[2] === '*';
    const province: Province = Object.freeze({
      code: e.slice(0, 2),
      name: (city ? 'Thành phố ' : 'Tỉnh ') + e.slice(city ? 3 : 2),
    });
    provinces.push(province);
    provinceByCode.set(province.code, province);
    const list: Commune[] = [];
    let code = 0;
    for (const c of (COMMUNES[i] ?? '').split('|')) {
      const m = /^([0-9a-z]+)([+.#])(.*)$/s.exec(c);
      const kind = KIND[m?.[2] ?? ''];
      if (m === null || kind === undefined) continue; // unreachable: the generator checks the format
      code += Number.parseInt(m[1] ?? '', 36);
      const commune: Commune = Object.freeze({
        code: String(code).padStart(5, '0'),
        name: kind[1] + (m[3] ?? ''),
        kind: kind[0],
        province,
      });
      list.push(commune);
      communeByCode.set(commune.code, commune);
    }
    communesByProvince.set(province.code, Object.freeze(list));
  }
  db = { provinces: Object.freeze(provinces), provinceByCode, communeByCode, communesByProvince };
  return db;
}

/**
 * Lists the 34 province-level units in force from 1 July 2025 (Decision 19/2025/QĐ-TTg), in code
 * order. The data ships inside the package and is decoded on the first call.
 *
 * @returns The provinces (a shared, frozen array).
 * @example
 * ```ts
 * import { provinces } from '@motcua/forms';
 * provinces().length; //=> 34
 * provinces()[0]; //=> { code: '01', name: 'Thành phố Hà Nội' }
 * ```
 * @category Administrative units
 */
export function provinces(): readonly Province[] {
  return load().provinces;
}

/**
 * Finds a province by its two-digit 2025 code.
 *
 * @param code - The code (`'01'`, `'79'`).
 * @returns The province, or `undefined` for a code that is not one of the 34 (including the codes
 *   of provinces merged away in 2025, such as `'02'` Hà Giang).
 * @example
 * ```ts
 * import { lookupProvince } from '@motcua/forms';
 * lookupProvince('48'); //=> { code: '48', name: 'Thành phố Đà Nẵng' }
 * lookupProvince('02'); //=> undefined
 * ```
 * @category Administrative units
 */
export function lookupProvince(code: string): Province | undefined {
  return load().provinceByCode.get(code);
}

/**
 * Finds a commune-level unit (ward, commune or special zone) by its five-digit code.
 *
 * @param code - The code (`'00235'`).
 * @returns The unit with its province, or `undefined` for a code that is not one of the 3,321
 *   units in force from 1 July 2025 (including codes of units merged away by the reform).
 * @example
 * ```ts
 * import { lookupCommune } from '@motcua/forms';
 * lookupCommune('00235');
 * //=> { code: '00235', name: 'Phường Đống Đa', kind: 'phuong', province: { code: '01', name: 'Thành phố Hà Nội' } }
 * lookupCommune('99999'); //=> undefined
 * ```
 * @category Administrative units
 */
export function lookupCommune(code: string): Commune | undefined {
  return load().communeByCode.get(code);
}

/**
 * Lists the commune-level units of a province, in code order.
 *
 * @param provinceCode - A two-digit 2025 province code.
 * @returns The units (a shared, frozen array), or `undefined` for an unknown province code.
 * @example
 * ```ts
 * import { communesOf } from '@motcua/forms';
 * communesOf('01')?.length; //=> 126
 * communesOf('02'); //=> undefined
 * ```
 * @category Administrative units
 */
export function communesOf(provinceCode: string): readonly Commune[] | undefined {
  return load().communesByProvince.get(provinceCode);
}

/**
 * Tells whether a commune-level unit belongs to a province.
 *
 * @param communeCode - A five-digit commune code.
 * @param provinceCode - A two-digit province code.
 * @returns `true` if both exist and the commune is in the province.
 * @example
 * ```ts
 * import { isCommuneInProvince } from '@motcua/forms';
 * isCommuneInProvince('00235', '01'); //=> true
 * isCommuneInProvince('00235', '79'); //=> false
 * ```
 * @category Administrative units
 */
export function isCommuneInProvince(communeCode: string, provinceCode: string): boolean {
  return lookupCommune(communeCode)?.province.code === provinceCode;
}

/**
 * Folds Vietnamese text for matching: no diacritics, đ → d, lower case, punctuation to spaces.
 * @internal
 */
export function foldVietnamese(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

interface Entry {
  readonly match: UnitMatch;
  readonly province: string;
  /** Folded name without the kind prefix, and with it. */
  readonly short: string;
  readonly full: string;
  /** Folded short name then the province's folded short name, for queries like "dong da ha noi". */
  readonly wide: string;
}

let index: readonly Entry[] | undefined;

function searchIndex(): readonly Entry[] {
  if (index !== undefined) return index;
  const entries: Entry[] = [];
  const shortOf = new Map<string, string>();
  for (const p of provinces()) {
    const full = foldVietnamese(p.name);
    const short = full.replace(/^(thanh pho|tinh) /, '');
    shortOf.set(p.code, short);
    entries.push({
      match: { level: 'province', province: p },
      province: '',
      short,
      full,
      wide: short,
    });
  }
  for (const p of provinces()) {
    for (const c of communesOf(p.code) ?? []) {
      const full = foldVietnamese(c.name);
      const short = full.replace(/^(phuong|xa|dac khu) /, '');
      entries.push({
        match: { level: 'commune', commune: c },
        province: p.code,
        short,
        full,
        wide: `${short} ${shortOf.get(p.code) ?? ''}`,
      });
    }
  }
  index = entries;
  return index;
}

function wordPrefixes(tokens: readonly string[], text: string): boolean {
  const words = ` ${text}`;
  return tokens.every((t) => words.includes(` ${t}`));
}

/**
 * Searches provinces and commune-level units by name, ignoring diacritics, case and punctuation:
 * `'dong da'`, `'Đống Đa'` and `'DONG-DA'` all find "Phường Đống Đa". The kind may be typed or not
 * (`'phuong dong da'`), and a province name may follow (`'dong da ha noi'`).
 *
 * Ranking, best first: the whole name equals the query; the name starts with the query; every
 * word of the query starts a word of the name; the name contains the query; the words match the
 * name and its province's name together. Within a rank: provinces before communes, shorter names
 * first, then alphabetical order, then code order.
 *
 * @param query - What the user typed. An empty or punctuation-only query finds nothing.
 * @param options - Restrict to one province's communes, and the number of hits.
 * @returns The hits, best first.
 * @throws {FormsError} `INVALID_ARGUMENT` if `limit` is not a positive integer.
 * @example
 * ```ts
 * import { searchUnits } from '@motcua/forms';
 * const [first] = searchUnits('dong da', { province: '01' });
 * first;
 * //=> { level: 'commune', commune: { code: '00235', name: 'Phường Đống Đa', kind: 'phuong', province: { code: '01', name: 'Thành phố Hà Nội' } } }
 * searchUnits('ha noi', { limit: 1 }); //=> [{ level: 'province', province: { code: '01', name: 'Thành phố Hà Nội' } }]
 * ```
 * @category Administrative units
 */
export function searchUnits(query: string, options?: SearchUnitsOptions): readonly UnitMatch[] {
  if (typeof query !== 'string')
    throw new FormsError('INVALID_ARGUMENT', {
      vi: 'searchUnits: từ khóa phải là một chuỗi',
      en: 'searchUnits: the query must be a string',
    });
  // No unit's name is longer than 100 characters: a longer query matches nothing (and stays cheap).
  if (query.length > 200) return [];
  const limit = options?.limit ?? 20;
  if (!Number.isSafeInteger(limit) || limit < 1) {
    throw new FormsError(
      'INVALID_ARGUMENT',
      {
        vi: `searchUnits: limit phải là số nguyên dương, nhận được ${describeValue(limit)}`,
        en: `searchUnits: limit must be a positive integer, got ${describeValue(limit)}`,
      },
      { limit },
    );
  }
  const q = foldVietnamese(query);
  if (q === '') return [];
  const tokens = q.split(' ');
  const only = options?.province;
  const hits: { entry: Entry; rank: number }[] = [];
  for (const entry of searchIndex()) {
    if (only !== undefined && entry.province !== only) continue;
    let rank: number;
    if (entry.short === q || entry.full === q) rank = 0;
    else if (entry.short.startsWith(q) || entry.full.startsWith(q)) rank = 1;
    else if (wordPrefixes(tokens, entry.short) || wordPrefixes(tokens, entry.full)) rank = 2;
    else if (entry.short.includes(q)) rank = 3;
    else if (wordPrefixes(tokens, entry.wide)) rank = 4;
    else continue;
    hits.push({ entry, rank });
  }
  hits.sort(
    (a, b) =>
      a.rank - b.rank ||
      (a.entry.province === '' ? 0 : 1) - (b.entry.province === '' ? 0 : 1) ||
      a.entry.short.length - b.entry.short.length ||
      (a.entry.short < b.entry.short ? -1 : a.entry.short > b.entry.short ? 1 : 0),
  );
  return hits.slice(0, limit).map((h) => h.entry.match);
}
