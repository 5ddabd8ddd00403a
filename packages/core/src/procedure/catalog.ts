/**
 * A catalogue of procedures: lookup by code, diacritic-insensitive search, filters, sample data.
 *
 * @module
 */
import { describeValue } from '@motcua/errors';
import { copyJson } from '../_lib/json';
import { CoreError } from '../errors';
import type { Channel } from '../report/record';
import type { Procedure } from './procedure';

/**
 * Filters of {@link Catalog.filter}.
 *
 * @example
 * ```ts
 * import type { CatalogFilter } from '@motcua/core';
 * const f: CatalogFilter = { field: 'Hộ tịch', channel: 'online' };
 * ```
 * @category Procedures
 */
export interface CatalogFilter {
  /** The field (lĩnh vực), compared ignoring case and diacritics. */
  readonly field?: string | undefined;
  /** The implementation level. */
  readonly level?: Procedure['level'] | undefined;
  /** Offered on this channel. */
  readonly channel?: Channel | undefined;
  /** The online level. */
  readonly onlineLevel?: Procedure['onlineLevel'] | undefined;
}

/**
 * A procedure catalogue.
 *
 * @example
 * ```ts
 * import { sampleCatalog } from '@motcua/core';
 * const catalog = sampleCatalog();
 * catalog.search('ban sao').map((p) => p.code); //=> ['2.000908', '2.000815']
 * ```
 * @category Procedures
 */
export interface Catalog {
  /** All procedures, in the order given. */
  readonly list: () => readonly Procedure[];
  /** The procedure with that code, or `undefined`. */
  readonly get: (code: string) => Procedure | undefined;
  /** Procedures whose code or name contains every word of `text`, ignoring case and diacritics. */
  readonly search: (text: string) => readonly Procedure[];
  /** Procedures matching every given filter. */
  readonly filter: (filter: CatalogFilter) => readonly Procedure[];
  /**
   * Valid sample form data for a procedure (for docs, demos and tests).
   * @throws {CoreError} `UNKNOWN_PROCEDURE`, or `INVALID_ARGUMENT` when it ships none.
   */
  readonly sampleData: (code: string) => unknown;
}

/** Folds Vietnamese text for search: no diacritics, đ → d, lower case. @internal */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/**
 * Creates a catalogue from procedures (defined with `defineProcedure`).
 *
 * @param procedures - The procedures; codes must be unique.
 * @returns The catalogue.
 * @throws {CoreError} `INVALID_PROCEDURE` for a duplicate code.
 * @example
 * ```ts
 * import { createCatalog, sampleCatalog } from '@motcua/core';
 * const mine = createCatalog(sampleCatalog().filter({ field: 'Chứng thực' }));
 * mine.list().length; //=> 3
 * ```
 * @category Procedures
 */
export function createCatalog(procedures: readonly Procedure[]): Catalog {
  if (!Array.isArray(procedures))
    throw new CoreError('INVALID_PROCEDURE', {
      en: 'createCatalog: expected a list of procedures',
      vi: 'createCatalog: cần một danh sách thủ tục',
    });
  for (const p of procedures)
    if ((p as { kind?: unknown } | null)?.kind !== 'motcua.procedure')
      throw new CoreError(
        'INVALID_PROCEDURE',
        {
          en: 'createCatalog: every procedure must come from defineProcedure or parseProcedure',
          vi: 'createCatalog: mỗi thủ tục phải được tạo bởi defineProcedure hoặc parseProcedure',
        },
        {},
      );
  const byCode = new Map<string, Procedure>();
  for (const p of procedures) {
    if (byCode.has(p.code)) {
      throw new CoreError(
        'INVALID_PROCEDURE',
        { en: `duplicate procedure code ${p.code}`, vi: `trùng mã thủ tục ${p.code}` },
        { code: p.code },
      );
    }
    byCode.set(p.code, p);
  }
  const all = [...byCode.values()];
  const folded = all.map((p) => ({ p, text: fold(`${p.code} ${p.name.vi} ${p.name.en}`) }));
  return {
    list: () => all,
    get: (code) => byCode.get(code),
    search: (text) => {
      const words = fold(textArg(text, 'search', 'text'))
        .split(/\s+/)
        .filter(Boolean);
      return folded.filter((x) => words.every((w) => x.text.includes(w))).map((x) => x.p);
    },
    filter: (f) => {
      checkFilter(f);
      return all.filter(
        (p) =>
          (f.field === undefined || fold(p.field) === fold(f.field)) &&
          (f.level === undefined || p.level === f.level) &&
          (f.channel === undefined ||
            (Object.hasOwn(p.channels, f.channel) && p.channels[f.channel] !== undefined)) &&
          (f.onlineLevel === undefined || p.onlineLevel === f.onlineLevel),
      );
    },
    sampleData: (code) => {
      const p = byCode.get(textArg(code, 'sampleData', 'code'));
      if (p === undefined) {
        throw new CoreError(
          'UNKNOWN_PROCEDURE',
          {
            en: `no procedure ${code} in the catalogue`,
            vi: `không có thủ tục ${code} trong danh mục`,
          },
          { code },
        );
      }
      if (p.sampleData === undefined) {
        throw new CoreError(
          'INVALID_ARGUMENT',
          {
            en: `procedure ${code} ships no sample data`,
            vi: `thủ tục ${code} không có dữ liệu mẫu`,
          },
          { code },
        );
      }
      return copyJson(p.sampleData, 'sampleData');
    },
  };
}

/** `value` if it is a string, else `CoreError('INVALID_ARGUMENT')` naming the catalogue method. */
function textArg(value: unknown, method: string, what: string): string {
  if (typeof value === 'string') return value;
  throw new CoreError(
    'INVALID_ARGUMENT',
    {
      en: `catalog.${method}: ${what} must be a string, got ${describeValue(value)}`,
      vi: `catalog.${method}: ${what} phải là một chuỗi, nhận được ${describeValue(value)}`,
    },
    { value },
  );
}

/** A filter is an object whose given fields are strings. */
function checkFilter(f: unknown): void {
  if (typeof f !== 'object' || f === null || Array.isArray(f))
    throw new CoreError(
      'INVALID_ARGUMENT',
      {
        en: `catalog.filter: expected { field?, level?, channel?, onlineLevel? }, got ${describeValue(f)}`,
        vi: `catalog.filter: cần { field?, level?, channel?, onlineLevel? }, nhận được ${describeValue(f)}`,
      },
      { value: f },
    );
  for (const key of ['field', 'level', 'channel', 'onlineLevel'] as const) {
    const v = (f as Record<string, unknown>)[key];
    if (v !== undefined) textArg(v, 'filter', key);
  }
}
