/**
 * Bilingual messages of the survey module (internal). Each issue code has one Vietnamese and one
 * English template; `{name}` placeholders are filled from the issue's params.
 *
 * @internal
 * @module
 */
import type { Locale, LocalizedText } from '../types';
import type { SurveyIssue, SurveyIssueCode } from './types';

type Params = Readonly<Record<string, string | number>>;

function templates(code: SurveyIssueCode): LocalizedText {
  switch (code) {
    case 'invalid_type':
      return {
        vi: 'Kiểu dữ liệu không hợp lệ: cần {expected}',
        en: 'Invalid type: expected {expected}',
      };
    case 'required':
      return { vi: 'Bắt buộc phải trả lời', en: 'An answer is required' };
    case 'not_integer':
      return { vi: 'Phải là số nguyên', en: 'Must be a whole number' };
    case 'out_of_range':
      return { vi: 'Giá trị phải từ {min} đến {max}', en: 'Must be between {min} and {max}' };
    case 'unknown_option':
      return {
        vi: 'Lựa chọn "{value}" không có trong danh sách ({allowed})',
        en: 'Option "{value}" is not one of the choices ({allowed})',
      };
    case 'duplicate_option':
      return { vi: 'Lựa chọn "{value}" bị chọn hai lần', en: 'Option "{value}" is selected twice' };
    case 'too_few_selected':
      return { vi: 'Cần chọn ít nhất {min} lựa chọn', en: 'Select at least {min} options' };
    case 'too_many_selected':
      return { vi: 'Chỉ được chọn tối đa {max} lựa chọn', en: 'Select at most {max} options' };
    case 'too_long':
      return { vi: 'Nội dung dài quá {max} ký tự', en: 'Longer than {max} characters' };
    case 'too_large':
      return {
        vi: 'Tài liệu vượt giới hạn kích thước ({limit})',
        en: 'The document exceeds a size limit ({limit})',
      };
    case 'invalid_format':
      return { vi: 'Không đúng định dạng {format}', en: 'Not a valid {format}' };
    case 'invalid_value':
      return {
        vi: 'Giá trị không hợp lệ (cho phép: {allowed})',
        en: 'Invalid value (allowed: {allowed})',
      };
    case 'unknown_property':
      return {
        vi: 'Thuộc tính không được hỗ trợ: {keys} (kiểm tra lỗi chính tả)',
        en: 'Unknown property: {keys} (check the spelling)',
      };
    case 'unknown_question_type':
      return {
        vi: 'Loại câu hỏi không tồn tại (cho phép: {allowed})',
        en: 'Unknown question type (allowed: {allowed})',
      };
    case 'duplicate_key':
      return { vi: 'Khoá "{key}" bị trùng', en: 'Duplicate key "{key}"' };
    case 'reserved_key':
      return { vi: 'Khoá "{key}" là tên dành riêng', en: 'Key "{key}" is a reserved name' };
    case 'undeclared_element':
      return {
        vi: 'Nhóm tiêu chí "{element}" chưa được khai báo trong elements',
        en: 'Element "{element}" is not declared in elements',
      };
    case 'unknown_condition_question':
      return {
        vi: 'Điều kiện hiển thị tham chiếu câu hỏi không tồn tại "{question}"',
        en: 'The visibility condition refers to a missing question "{question}"',
      };
    case 'condition_forward_reference':
      return {
        vi: 'Điều kiện hiển thị chỉ được tham chiếu câu hỏi đứng trước ("{question}" không đứng trước)',
        en: 'A visibility condition may only refer to an earlier question ("{question}" is not earlier)',
      };
    case 'invalid_condition':
      return {
        vi: 'Điều kiện hiển thị phải có đúng một trong hai: equals hoặc in',
        en: 'A visibility condition needs exactly one of equals and in',
      };
    case 'invalid_condition_value':
      return {
        vi: 'Câu hỏi "{question}" không bao giờ nhận giá trị {value}',
        en: 'Question "{question}" can never take the value {value}',
      };
    case 'invalid_scale':
      return {
        vi: 'Thang đo hoặc giới hạn không hợp lệ: {reason}',
        en: 'Invalid scale or bound: {reason}',
      };
    case 'too_small':
      return { vi: 'Cần ít nhất {min} phần tử', en: 'At least {min} item(s) needed' };
    case 'invalid_input':
      return { vi: 'Không đọc được dữ liệu đầu vào', en: 'The input could not be read' };
  }
}

/**
 * Builds an issue with its message in `locale`.
 *
 * @internal
 */
export function makeIssue(
  path: readonly (string | number)[],
  code: SurveyIssueCode,
  locale: Locale,
  params?: Params,
): SurveyIssue {
  const template = templates(code)[locale];
  const message =
    params === undefined
      ? template
      : template.replace(/\{(\w+)\}/g, (whole, name: string) =>
          Object.hasOwn(params, name) ? String(params[name]) : whole,
        );
  return params === undefined ? { path, code, message } : { path, code, message, params };
}

/**
 * Formats a list of values for a message (`'a', 'b', 'c'`), shortened after ten.
 *
 * @internal
 */
export function listValues(values: readonly unknown[]): string {
  const shown = values.slice(0, 10).map((v) => JSON.stringify(v));
  return values.length > 10 ? `${shown.join(', ')}, …` : shown.join(', ');
}

/**
 * The Vietnamese and English names of the expected types used in `invalid_type` messages.
 *
 * @internal
 */
export function typeName(expected: string, locale: Locale): string {
  const names: Readonly<Record<string, LocalizedText>> = {
    object: { vi: 'một đối tượng', en: 'an object' },
    array: { vi: 'một danh sách', en: 'an array' },
    string: { vi: 'một chuỗi ký tự', en: 'a string' },
    number: { vi: 'một số', en: 'a number' },
    boolean: { vi: 'đúng/sai (boolean)', en: 'a boolean' },
    integer: { vi: 'một số nguyên', en: 'an integer' },
    'string[]': { vi: 'một danh sách chuỗi ký tự', en: 'a list of strings' },
  };
  const name = Object.hasOwn(names, expected) ? names[expected] : undefined;
  return name === undefined ? expected : name[locale];
}

/**
 * The Vietnamese and English names of the formats used in `invalid_format` messages.
 *
 * @internal
 */
export function formatName(format: string, locale: Locale): string {
  const names: Readonly<Record<string, LocalizedText>> = {
    code: { vi: 'mã (chữ, số, ".", "_", "-")', en: 'code (letters, digits, ".", "_", "-")' },
    key: {
      vi: 'khoá (bắt đầu bằng chữ cái, gồm chữ, số, "_")',
      en: 'key (a letter, then letters, digits, "_")',
    },
    period: {
      vi: 'kỳ báo cáo (2026, 2026-03, 2026-Q1, 2026-H1, 2026-W09, 2026-03-15)',
      en: 'period (2026, 2026-03, 2026-Q1, 2026-H1, 2026-W09, 2026-03-15)',
    },
    dossierCode: {
      vi: 'mã hồ sơ ({cơ quan}-{yymmdd}-{số thứ tự})',
      en: 'dossier code ({agency}-{yymmdd}-{sequence})',
    },
    id: { vi: 'mã khảo sát', en: 'survey id' },
    version: { vi: 'phiên bản', en: 'version' },
  };
  const name = Object.hasOwn(names, format) ? names[format] : undefined;
  return name === undefined ? format : name[locale];
}
