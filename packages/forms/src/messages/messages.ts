import { describeValue } from '@motcua/errors';
import { FormsError } from '../errors';
import type { Locale, LocalizedText } from '../types';

/**
 * The stable code of every issue that {@link validateForm}, {@link formSchema} and the `vn` schemas
 * report, and that the plain identifier helpers return. Branch on the code; show the message.
 *
 * @example
 * ```ts
 * import { formatIssueMessage, type FormIssueCode } from '@motcua/forms';
 * const code: FormIssueCode = 'invalid_citizen_id';
 * formatIssueMessage(code); //=> 'Số định danh cá nhân phải gồm 12 chữ số'
 * ```
 * @category Messages
 */
export type FormIssueCode =
  /** A required field is missing or empty. */
  | 'required'
  /** The value has the wrong JSON type (a number where text is expected, an object where a list is). */
  | 'invalid_type'
  /** Shorter, smaller, earlier or with fewer items than allowed (see `measure`). */
  | 'too_small'
  /** Longer, larger, later or with more items than allowed (see `measure`). */
  | 'too_big'
  /** Text that does not match the field's pattern. */
  | 'invalid_format'
  /** Not a number. */
  | 'invalid_number'
  /** A number that must be whole is not. */
  | 'not_integer'
  /** A boolean that must be ticked (a declaration) is not. */
  | 'must_be_true'
  /** Not a non-negative whole amount of đồng. */
  | 'invalid_money'
  /** Not a real date in `dd/mm/yyyy` or `yyyy-mm-dd`. */
  | 'invalid_date'
  /** A value outside the field's options. */
  | 'invalid_choice'
  /** Not an e-mail address. */
  | 'invalid_email'
  /** A personal identification number that is not 12 digits. */
  | 'invalid_citizen_id'
  /** A personal identification number whose first three digits are no registration-province code. */
  | 'citizen_id_unknown_province'
  /** A personal identification number whose fourth digit (century and sex) is 4–9. */
  | 'citizen_id_invalid_century'
  /** A personal identification number that does not encode the year of the given date of birth. */
  | 'citizen_id_birth_year_mismatch'
  /** A personal identification number that does not encode the given sex. */
  | 'citizen_id_sex_mismatch'
  /** A tax code of the wrong shape. */
  | 'invalid_tax_code'
  /** A tax code whose check digit is wrong. */
  | 'invalid_tax_code_checksum'
  /** Not a phone number. */
  | 'invalid_phone'
  /** An old 11-digit mobile number. */
  | 'phone_legacy_number'
  /** Ten digits but no Vietnamese mobile prefix. */
  | 'unknown_phone_prefix'
  /** A personal name with digits, symbols or letters outside the Vietnamese alphabet. */
  | 'invalid_person_name'
  /** Not one of the 34 province codes in force from 1 July 2025. */
  | 'unknown_province'
  /** Not one of the 3,321 commune codes in force from 1 July 2025. */
  | 'unknown_commune'
  /** A commune that does not belong to the chosen province. */
  | 'commune_not_in_province'
  /** Rule `dateNotBefore`: the date is before the other one. */
  | 'date_not_before'
  /** Rule `dateNotAfter`: the date is after the other one. */
  | 'date_not_after'
  /** Rule `dateBefore`: the date is not strictly before the other one. */
  | 'date_before'
  /** Rule `dateAfter`: the date is not strictly after the other one. */
  | 'date_after'
  /** Rule `lessOrEqual`: the number is larger than the other one. */
  | 'less_or_equal'
  /** Rule `lessThan`: the number is not smaller than the other one. */
  | 'less_than'
  /** Rule `greaterOrEqual`: the number is smaller than the other one. */
  | 'greater_or_equal'
  /** Rule `greaterThan`: the number is not larger than the other one. */
  | 'greater_than'
  /** Rule `sameAs`: the two values differ. */
  | 'same_as'
  /** Rule `differentFrom`: the two values are the same. */
  | 'different_from'
  /** Reading the submitted data threw (a throwing getter or proxy); nothing was validated. */
  | 'unreadable_input';

/**
 * What a message may say besides the field's label.
 *
 * @example
 * ```ts
 * import { formatIssueMessage, type IssueParams } from '@motcua/forms';
 * const params: IssueParams = { measure: 'length', minimum: 2 };
 * formatIssueMessage('too_small', { label: { vi: 'Tên', en: 'Name' }, params });
 * //=> 'Tên phải có ít nhất 2 ký tự'
 * ```
 * @category Messages
 */
export interface IssueParams {
  /** For `too_small`: the smallest allowed length, value, date (`'YYYY-MM-DD'`) or item count. */
  readonly minimum?: number | string | undefined;
  /** For `too_big`: the largest allowed length, value, date (`'YYYY-MM-DD'`) or item count. */
  readonly maximum?: number | string | undefined;
  /** For `too_small`/`too_big`: what is measured. */
  readonly measure?: 'length' | 'value' | 'date' | 'items' | undefined;
  /** For `invalid_type`: what was expected. */
  readonly expected?: 'text' | 'number' | 'boolean' | 'list' | 'object' | undefined;
  /** For cross-field rules and `citizen_id_*_mismatch`: the label of the other field. */
  readonly other?: LocalizedText | undefined;
}

/**
 * Options of {@link formatIssueMessage}.
 *
 * @example
 * ```ts
 * import { formatIssueMessage, type FormatIssueMessageOptions } from '@motcua/forms';
 * const options: FormatIssueMessageOptions = { locale: 'en', label: { vi: 'Họ và tên', en: 'Full name' } };
 * formatIssueMessage('required', options); //=> 'Full name is required'
 * ```
 * @category Messages
 */
export interface FormatIssueMessageOptions {
  /** The language, Vietnamese by default. */
  readonly locale?: Locale | undefined;
  /** The field's label. Default: a label that suits the code ("Số định danh cá nhân" for `invalid_citizen_id`), else "Trường này" / "This field". */
  readonly label?: LocalizedText | undefined;
  /** Bounds, the other field's label… */
  readonly params?: IssueParams | undefined;
}

const DEFAULT_LABEL: Readonly<Record<string, LocalizedText>> = {
  citizen_id: { vi: 'Số định danh cá nhân', en: 'Personal identification number' },
  tax_code: { vi: 'Mã số thuế', en: 'Tax code' },
  phone: { vi: 'Số điện thoại', en: 'Phone number' },
  person_name: { vi: 'Họ và tên', en: 'Full name' },
  date: { vi: 'Ngày', en: 'Date' },
  money: { vi: 'Số tiền', en: 'Amount' },
  email: { vi: 'Thư điện tử', en: 'E-mail' },
  commune: { vi: 'Xã, phường, đặc khu', en: 'Commune' },
  province: { vi: 'Tỉnh, thành phố', en: 'Province' },
};
const FIELD: LocalizedText = { vi: 'Trường này', en: 'This field' };

/** The label a message uses when none is given: "Số điện thoại" for the phone codes… @internal */
export function defaultLabel(code: FormIssueCode): LocalizedText {
  for (const key in DEFAULT_LABEL) {
    if (code.includes(key)) return DEFAULT_LABEL[key] ?? FIELD;
  }
  return FIELD;
}

function viDate(v: number | string | undefined): string {
  const m = typeof v === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) : null;
  return m === null ? String(v) : `${m[3]}/${m[2]}/${m[1]}`;
}

const EXPECTED: Readonly<Record<string, LocalizedText>> = {
  text: { vi: 'văn bản', en: 'text' },
  number: { vi: 'một số', en: 'a number' },
  boolean: { vi: 'có hoặc không', en: 'yes or no' },
  list: { vi: 'một danh sách', en: 'a list' },
  object: { vi: 'một nhóm thông tin', en: 'a group of values' },
};

/**
 * Writes the message of an issue, in Vietnamese (default) or English, on the field's own label:
 * "Họ và tên là bắt buộc", "Số định danh cá nhân phải gồm 12 chữ số". Use it to show the codes
 * returned by the plain helpers ({@link parsePhone}…), or to re-word stored issues in another
 * language.
 *
 * @param code - The issue code.
 * @param options - Locale, label and parameters.
 * @returns The sentence, without a final full stop.
 * @example
 * ```ts
 * import { formatIssueMessage } from '@motcua/forms';
 * formatIssueMessage('required', { label: { vi: 'Họ và tên', en: 'Full name' } });
 * //=> 'Họ và tên là bắt buộc'
 * formatIssueMessage('commune_not_in_province', { locale: 'en' });
 * //=> 'Commune: the commune is not in the chosen province'
 * ```
 * @category Messages
 */
export function formatIssueMessage(
  code: FormIssueCode,
  options?: FormatIssueMessageOptions,
): string {
  try {
    const text = formatUnchecked(code, options);
    if (typeof text === 'string') return text;
  } catch {
    // fall through: an unknown code or malformed options
  }
  throw new FormsError(
    'INVALID_ARGUMENT',
    {
      vi: `formatIssueMessage: mã lỗi hoặc tùy chọn không hợp lệ: ${describeValue(code)}`,
      en: `formatIssueMessage: unknown issue code or malformed options: ${describeValue(code)}`,
    },
    { code: describeValue(code) },
  );
}

function formatUnchecked(code: FormIssueCode, options?: FormatIssueMessageOptions): string {
  const en = options?.locale === 'en';
  const label = (options?.label ?? defaultLabel(code))[en ? 'en' : 'vi'];
  const p = options?.params ?? {};
  const other =
    p.other === undefined ? (en ? 'the other field' : 'trường kia') : p.other[en ? 'en' : 'vi'];
  const min = p.measure === 'date' && !en ? viDate(p.minimum) : String(p.minimum);
  const max = p.measure === 'date' && !en ? viDate(p.maximum) : String(p.maximum);
  switch (code) {
    case 'required':
      return en ? `${label} is required` : `${label} là bắt buộc`;
    case 'invalid_type': {
      const what = EXPECTED[p.expected ?? ''];
      if (what === undefined)
        return en ? `${label} has the wrong type` : `${label} có kiểu dữ liệu không hợp lệ`;
      return en ? `${label} must be ${what.en}` : `${label} phải là ${what.vi}`;
    }
    case 'too_small':
      if (p.minimum === undefined) return en ? `${label} is too small` : `${label} quá nhỏ`;
      switch (p.measure) {
        case 'length':
          return en
            ? `${label} must have at least ${min} characters`
            : `${label} phải có ít nhất ${min} ký tự`;
        case 'date':
          return en
            ? `${label} must not be before ${min}`
            : `${label} không được trước ngày ${min}`;
        case 'items':
          return en
            ? `${label} must have at least ${min} items`
            : `${label} phải có ít nhất ${min} mục`;
        default:
          return en ? `${label} must be at least ${min}` : `${label} phải lớn hơn hoặc bằng ${min}`;
      }
    case 'too_big':
      if (p.maximum === undefined) return en ? `${label} is too large` : `${label} quá lớn`;
      switch (p.measure) {
        case 'length':
          return en
            ? `${label} must have at most ${max} characters`
            : `${label} chỉ được có tối đa ${max} ký tự`;
        case 'date':
          return en ? `${label} must not be after ${max}` : `${label} không được sau ngày ${max}`;
        case 'items':
          return en
            ? `${label} must have at most ${max} items`
            : `${label} chỉ được có tối đa ${max} mục`;
        default:
          return en ? `${label} must be at most ${max}` : `${label} phải nhỏ hơn hoặc bằng ${max}`;
      }
    case 'invalid_format':
      return en ? `${label} is not in the expected format` : `${label} không đúng định dạng`;
    case 'invalid_number':
      return en ? `${label} must be a number` : `${label} phải là một số`;
    case 'not_integer':
      return en ? `${label} must be a whole number` : `${label} phải là số nguyên`;
    case 'must_be_true':
      return en ? `${label} must be confirmed` : `${label} phải được xác nhận`;
    case 'invalid_money':
      return en
        ? `${label} must be a non-negative whole amount in đồng, e.g. 1.500.000`
        : `${label} phải là số tiền (đồng) nguyên, không âm, ví dụ 1.500.000`;
    case 'invalid_date':
      return en
        ? `${label} must be a real date, dd/mm/yyyy or yyyy-mm-dd`
        : `${label} phải là ngày có thật, dạng ngày/tháng/năm (dd/mm/yyyy)`;
    case 'invalid_choice':
      return en
        ? `${label}: the value is not one of the options`
        : `${label}: giá trị không nằm trong các lựa chọn`;
    case 'invalid_email':
      return en
        ? `${label} is not a valid e-mail address`
        : `${label} không phải địa chỉ thư điện tử hợp lệ`;
    case 'invalid_citizen_id':
      return en ? `${label} must be 12 digits` : `${label} phải gồm 12 chữ số`;
    case 'citizen_id_unknown_province':
      return en
        ? `${label}: the first three digits are not the code of a province of birth registration`
        : `${label}: ba chữ số đầu không phải mã tỉnh, thành phố nơi đăng ký khai sinh`;
    case 'citizen_id_invalid_century':
      return en
        ? `${label}: the fourth digit (century and sex) must be 0 to 3`
        : `${label}: chữ số thứ tư (mã thế kỷ và giới tính) phải từ 0 đến 3`;
    case 'citizen_id_birth_year_mismatch':
      return en
        ? `${label} does not match the year of ${other}`
        : `${label} không khớp với năm của ${other}`;
    case 'citizen_id_sex_mismatch':
      return en ? `${label} does not match ${other}` : `${label} không khớp với ${other}`;
    case 'invalid_tax_code':
      return en
        ? `${label} must be 10 digits, 13 digits for a dependent unit (0100109106-001) or a 12-digit personal identification number`
        : `${label} phải gồm 10 chữ số, 13 chữ số với đơn vị phụ thuộc (0100109106-001) hoặc là số định danh cá nhân 12 chữ số`;
    case 'invalid_tax_code_checksum':
      return en ? `${label} has a wrong check digit` : `${label} sai chữ số kiểm tra`;
    case 'invalid_phone':
      return en
        ? `${label} must be a 10-digit mobile number, e.g. 0912 345 678`
        : `${label} phải là số di động 10 chữ số, ví dụ 0912 345 678`;
    case 'phone_legacy_number':
      return en
        ? `${label} is an old 11-digit number: mobile numbers have had 10 digits since 2018`
        : `${label} là số 11 chữ số cũ: số di động đã chuyển sang 10 chữ số từ năm 2018`;
    case 'unknown_phone_prefix':
      return en
        ? `${label} does not start with a Vietnamese mobile prefix`
        : `${label} không bắt đầu bằng đầu số di động Việt Nam`;
    case 'invalid_person_name':
      return en
        ? `${label} may contain only Vietnamese letters, spaces, and an apostrophe or hyphen inside a word`
        : `${label} chỉ được gồm chữ cái tiếng Việt, dấu cách, dấu ' hoặc - giữa các chữ`;
    case 'unknown_province':
      return en
        ? `${label}: the province code does not exist`
        : `${label}: mã tỉnh, thành phố không tồn tại`;
    case 'unknown_commune':
      return en
        ? `${label}: the commune code does not exist`
        : `${label}: mã xã, phường, đặc khu không tồn tại`;
    case 'commune_not_in_province':
      return en
        ? `${label}: the commune is not in the chosen province`
        : `${label}: xã, phường, đặc khu không thuộc tỉnh, thành phố đã chọn`;
    case 'date_not_before':
      return en ? `${label} must not be before ${other}` : `${label} không được trước ${other}`;
    case 'date_not_after':
      return en ? `${label} must not be after ${other}` : `${label} không được sau ${other}`;
    case 'date_before':
      return en ? `${label} must be before ${other}` : `${label} phải trước ${other}`;
    case 'date_after':
      return en ? `${label} must be after ${other}` : `${label} phải sau ${other}`;
    case 'less_or_equal':
      return en
        ? `${label} must not be greater than ${other}`
        : `${label} không được lớn hơn ${other}`;
    case 'less_than':
      return en ? `${label} must be less than ${other}` : `${label} phải nhỏ hơn ${other}`;
    case 'greater_or_equal':
      return en
        ? `${label} must not be less than ${other}`
        : `${label} không được nhỏ hơn ${other}`;
    case 'greater_than':
      return en ? `${label} must be greater than ${other}` : `${label} phải lớn hơn ${other}`;
    case 'same_as':
      return en ? `${label} must be the same as ${other}` : `${label} phải trùng với ${other}`;
    case 'different_from':
      return en ? `${label} must differ from ${other}` : `${label} phải khác ${other}`;
    case 'unreadable_input':
      return en ? 'The submitted data could not be read' : 'Không đọc được dữ liệu đã gửi';
  }
}
