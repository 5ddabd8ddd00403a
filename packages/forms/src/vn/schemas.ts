/**
 * Zod schema factories for Vietnamese identifiers and administrative units: `vn.citizenId()`,
 * `vn.taxCode()`, `vn.phone()`, `vn.personName()`, `vn.date()`, `vn.money()`, `vn.provinceCode()`,
 * `vn.communeCode()`, `vn.adminUnit()`. Each one validates with the matching plain helper,
 * outputs the normalised value, and reports issues with a stable code in `params.code` and a
 * message in Vietnamese (default) or English.
 *
 * Import the namespace (`import { vn } from '@motcua/forms'`): Rollup, Vite and webpack keep only
 * the factories you call, and only `provinceCode`, `communeCode` and `adminUnit` bring in the
 * administrative-units data. esbuild keeps every member of a namespace re-exported from another
 * module, so with esbuild import the same factories from their own entry point:
 * `import * as vn from '@motcua/forms/vn'`.
 *
 * @example
 * ```ts
 * import { vn } from '@motcua/forms';
 * import * as z from 'zod';
 *
 * const Applicant = z.object({ id: vn.citizenId(), phone: vn.phone() });
 * Applicant.parse({ id: '001203012345', phone: '0912 345 678' });
 * //=> { id: '001203012345', phone: '+84912345678' }
 * ```
 * @category Identifiers
 * @module
 */
import * as z from 'zod';
import {
  defaultLabel,
  type FormIssueCode,
  formatIssueMessage,
  type IssueParams,
} from '../messages/messages';
import type { Locale, LocalizedText } from '../types';
import { isCommuneInProvince, lookupCommune, lookupProvince } from '../units/units';
import { type ParseCitizenIdOptions, safeParseCitizenId } from './citizenId';
import { safeParseVnDate } from './date';
import { safeParseVnd } from './money';
import { type ParsePersonNameOptions, safeParsePersonName } from './personName';
import { safeParsePhone } from './phone';
import { safeParseTaxCode } from './taxCode';
import { firstCode } from './types';

/**
 * Options every `vn` schema accepts: the language and the label of its messages.
 *
 * @example
 * ```ts
 * import { vn, type VnSchemaOptions } from '@motcua/forms';
 * const options: VnSchemaOptions = { locale: 'en', label: { vi: 'Số điện thoại của mẹ', en: "Mother's phone" } };
 * vn.phone(options).safeParse('123').error?.issues[0]?.message;
 * //=> "Mother's phone must be a 10-digit mobile number, e.g. 0912 345 678"
 * ```
 * @category Identifiers
 */
export interface VnSchemaOptions {
  /** The language of the messages, Vietnamese by default. */
  readonly locale?: Locale | undefined;
  /** The field's label, used in the messages. Default: a label that suits the schema ("Số điện thoại"). */
  readonly label?: LocalizedText | undefined;
}

type Ctx = z.RefinementCtx;

function report(
  ctx: Ctx,
  code: FormIssueCode,
  input: unknown,
  options: VnSchemaOptions | undefined,
  path?: readonly PropertyKey[],
  params?: IssueParams,
): void {
  ctx.issues.push({
    code: 'custom',
    message: formatIssueMessage(code, {
      locale: options?.locale,
      label: options?.label,
      params,
    }),
    input,
    params: { code },
    ...(path === undefined ? {} : { path: [...path] }),
  });
}

function str(options: VnSchemaOptions | undefined, labelCode: FormIssueCode): z.ZodString {
  const message = formatIssueMessage('invalid_type', {
    locale: options?.locale,
    label: options?.label ?? defaultLabel(labelCode),
    params: { expected: 'text' },
  });
  return z.string({ error: () => message });
}

/**
 * A personal identification number (số định danh cá nhân, 12 digits), checked as
 * {@link parseCitizenId} does; outputs the 12 digits without spaces.
 *
 * @param options - Messages, and `allowUnknownProvince` (see {@link ParseCitizenIdOptions}).
 * @returns A zod schema from `string` to `string`.
 * @example
 * ```ts
 * import { vn } from '@motcua/forms';
 * vn.citizenId().parse('001 203 012 345'); //=> '001203012345'
 * vn.citizenId().safeParse('12345').error?.issues[0]?.message;
 * //=> 'Số định danh cá nhân phải gồm 12 chữ số'
 * ```
 * @category Identifiers
 */
export function citizenId(
  options?: VnSchemaOptions & Pick<ParseCitizenIdOptions, 'allowUnknownProvince'>,
) {
  const parseOptions = { allowUnknownProvince: options?.allowUnknownProvince };
  return str(options, 'invalid_citizen_id').transform((value, ctx) => {
    const r = safeParseCitizenId(value, parseOptions);
    if (r.ok) return r.value.id;
    report(ctx, firstCode(r), value, options);
    return z.NEVER;
  });
}

/**
 * A tax code (mã số thuế): 10 digits, 13 digits for a dependent unit, or a 12-digit personal
 * identification number, checked as {@link parseTaxCode} does (Σ mod 11 = 0 is rejected);
 * outputs the normalised code (`'0100109106-001'`).
 *
 * @param options - Messages.
 * @returns A zod schema from `string` to `string`.
 * @example
 * ```ts
 * import { vn } from '@motcua/forms';
 * vn.taxCode().parse('0100109106 001'); //=> '0100109106-001'
 * vn.taxCode().safeParse('0100109107').error?.issues[0]?.message;
 * //=> 'Mã số thuế sai chữ số kiểm tra'
 * ```
 * @category Identifiers
 */
export function taxCode(options?: VnSchemaOptions) {
  return str(options, 'invalid_tax_code').transform((value, ctx) => {
    const r = safeParseTaxCode(value);
    if (r.ok) return r.value.taxCode;
    report(ctx, firstCode(r), value, options);
    return z.NEVER;
  });
}

/**
 * A Vietnamese mobile number, checked as {@link parsePhone} does; outputs E.164 (`'+84912345678'`).
 *
 * @param options - Messages.
 * @returns A zod schema from `string` to `string`.
 * @example
 * ```ts
 * import { vn } from '@motcua/forms';
 * vn.phone().parse('0912 345 678'); //=> '+84912345678'
 * vn.phone().safeParse('01623456789').error?.issues[0]?.message;
 * //=> 'Số điện thoại là số 11 chữ số cũ: số di động đã chuyển sang 10 chữ số từ năm 2018'
 * ```
 * @category Identifiers
 */
export function phone(options?: VnSchemaOptions) {
  return str(options, 'invalid_phone').transform((value, ctx) => {
    const r = safeParsePhone(value);
    if (r.ok) return r.value;
    report(ctx, firstCode(r), value, options);
    return z.NEVER;
  });
}

/**
 * A personal name, normalised and checked as {@link parsePersonName} does (NFC, single spaces,
 * Vietnamese letters with `'` or `-` inside a word).
 *
 * @param options - Messages, and the letter case of the result (see {@link ParsePersonNameOptions}).
 * @returns A zod schema from `string` to `string`.
 * @example
 * ```ts
 * import { vn } from '@motcua/forms';
 * vn.personName({ case: 'title' }).parse('  nguyễn  văn an'); //=> 'Nguyễn Văn An'
 * vn.personName().safeParse('Nguyen Van 2').success; //=> false
 * ```
 * @category Identifiers
 */
export function personName(options?: VnSchemaOptions & ParsePersonNameOptions) {
  const parseOptions = { case: options?.case };
  return str(options, 'invalid_person_name').transform((value, ctx) => {
    const r = safeParsePersonName(value, parseOptions);
    if (r.ok) return r.value;
    report(ctx, firstCode(r), value, options);
    return z.NEVER;
  });
}

/**
 * A date typed as `dd/mm/yyyy` or `yyyy-mm-dd`, checked as {@link parseVnDate} does (real dates
 * only); outputs the ISO civil date `'YYYY-MM-DD'`.
 *
 * @param options - Messages.
 * @returns A zod schema from `string` to `string`.
 * @example
 * ```ts
 * import { vn } from '@motcua/forms';
 * vn.date().parse('05/03/2025'); //=> '2025-03-05'
 * vn.date().safeParse('31/04/2025').success; //=> false
 * ```
 * @category Identifiers
 */
export function date(options?: VnSchemaOptions) {
  return str(options, 'invalid_date').transform((value, ctx) => {
    const r = safeParseVnDate(value);
    if (r.ok) return r.value;
    report(ctx, firstCode(r), value, options);
    return z.NEVER;
  });
}

/**
 * An amount of đồng, as a number or as typed (`'1.500.000'`, `'1,500,000'`, `'1500000 đ'`),
 * checked as {@link parseVnd} does; outputs a non-negative integer.
 *
 * @param options - Messages.
 * @returns A zod schema from `string | number` to `number`.
 * @example
 * ```ts
 * import { vn } from '@motcua/forms';
 * vn.money().parse('1.500.000 đ'); //=> 1500000
 * vn.money().safeParse(-5).success; //=> false
 * ```
 * @category Identifiers
 */
export function money(options?: VnSchemaOptions) {
  return z
    .union([z.string(), z.number()], {
      error: () =>
        formatIssueMessage('invalid_money', { locale: options?.locale, label: options?.label }),
    })
    .transform((value, ctx) => {
      const r = safeParseVnd(value);
      if (r.ok) return r.value;
      report(ctx, firstCode(r), value, options);
      return z.NEVER;
    });
}

/**
 * A province code in force from 1 July 2025 (two digits, one of 34; see {@link lookupProvince}).
 * Brings in the administrative-units data.
 *
 * @param options - Messages.
 * @returns A zod schema from `string` to `string`.
 * @example
 * ```ts
 * import { vn } from '@motcua/forms';
 * vn.provinceCode().parse('01'); //=> '01'
 * vn.provinceCode().safeParse('02').error?.issues[0]?.message;
 * //=> 'Tỉnh, thành phố: mã tỉnh, thành phố không tồn tại'
 * ```
 * @category Administrative units
 */
export function provinceCode(options?: VnSchemaOptions) {
  return str(options, 'unknown_province').transform((value, ctx) => {
    if (lookupProvince(value) !== undefined) return value;
    report(ctx, 'unknown_province', value, options);
    return z.NEVER;
  });
}

/**
 * A commune-level unit code in force from 1 July 2025 (five digits, one of 3,321; see
 * {@link lookupCommune}). Brings in the administrative-units data.
 *
 * @param options - Messages.
 * @returns A zod schema from `string` to `string`.
 * @example
 * ```ts
 * import { vn } from '@motcua/forms';
 * vn.communeCode().parse('00235'); //=> '00235'
 * vn.communeCode().safeParse('99999').success; //=> false
 * ```
 * @category Administrative units
 */
export function communeCode(options?: VnSchemaOptions) {
  return str(options, 'unknown_commune').transform((value, ctx) => {
    if (lookupCommune(value) !== undefined) return value;
    report(ctx, 'unknown_commune', value, options);
    return z.NEVER;
  });
}

/**
 * An administrative unit chosen as a pair `{ province, commune }` of 2025 codes, the way address
 * pickers work (province first, then one of its communes). The pair rather than the commune code
 * alone, so that a stale or tampered commune is caught against the province the citizen saw:
 * an unknown province is reported at `['province']` (`unknown_province`), an unknown commune at
 * `['commune']` (`unknown_commune`), and a commune of another province at `['commune']`
 * (`commune_not_in_province`). Other keys are dropped. Brings in the administrative-units data.
 *
 * @param options - Messages.
 * @returns A zod schema from `{ province: string; commune: string }` to the same shape.
 * @example
 * ```ts
 * import { vn } from '@motcua/forms';
 * vn.adminUnit().parse({ province: '01', commune: '00235' }); //=> { province: '01', commune: '00235' }
 * const r = vn.adminUnit().safeParse({ province: '79', commune: '00235' });
 * r.error?.issues[0];
 * //=> { code: 'custom', path: ['commune'], params: { code: 'commune_not_in_province' }, message: 'Xã, phường, đặc khu: xã, phường, đặc khu không thuộc tỉnh, thành phố đã chọn' }
 * ```
 * @category Administrative units
 */
export function adminUnit(options?: VnSchemaOptions) {
  const shape = {
    province: str(options, 'unknown_province'),
    commune: str(options, 'unknown_commune'),
  };
  return z.object(shape).transform((value, ctx) => {
    const province = lookupProvince(value.province);
    const commune = lookupCommune(value.commune);
    if (province === undefined) {
      report(ctx, 'unknown_province', value.province, options, ['province']);
      return z.NEVER;
    }
    if (commune === undefined) {
      report(ctx, 'unknown_commune', value.commune, options, ['commune']);
      return z.NEVER;
    }
    if (!isCommuneInProvince(value.commune, value.province)) {
      report(ctx, 'commune_not_in_province', value.commune, options, ['commune']);
      return z.NEVER;
    }
    return { province: value.province, commune: value.commune };
  });
}
