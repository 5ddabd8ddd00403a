/**
 * The indicators of Decision 766 as data: the five groups and their points, each indicator's name
 * and default points, the bands, and the reasons an indicator cannot be computed.
 *
 * @internal
 * @module
 */
import type { LocalizedText } from '@motcua/sla';
import type { IndexBand } from './types';

export const GROUPS: readonly { group: 1 | 2 | 3 | 4 | 5; name: LocalizedText; max: number }[] = [
  { group: 1, name: { vi: 'Công khai, minh bạch', en: 'Publicity and transparency' }, max: 18 },
  {
    group: 2,
    name: { vi: 'Tiến độ, kết quả giải quyết', en: 'Progress and results of handling' },
    max: 20,
  },
  {
    group: 3,
    name: { vi: 'Cung cấp dịch vụ trực tuyến', en: 'Online service provision' },
    max: 22,
  },
  { group: 4, name: { vi: 'Số hóa hồ sơ', en: 'Digitisation of dossiers' }, max: 22 },
  { group: 5, name: { vi: 'Mức độ hài lòng', en: 'Satisfaction' }, max: 18 },
];

export interface Def {
  readonly id: string;
  readonly group: 1 | 2 | 3 | 4 | 5;
  readonly name: LocalizedText;
  readonly points: number;
  readonly inferred: boolean;
}

/** The indicators with their default points (documented in the guide "Reports and the service index"). */
export const DEFS: readonly Def[] = [
  {
    id: '1.1',
    group: 1,
    name: { vi: 'Tỷ lệ TTHC được công bố đúng hạn', en: 'Procedures announced on time' },
    points: 14 / 3,
    inferred: true,
  },
  {
    id: '1.2',
    group: 1,
    name: {
      vi: 'Tỷ lệ TTHC được cập nhật, công khai đúng hạn trên CSDL quốc gia',
      en: 'Procedures published on time in the national database',
    },
    points: 4,
    inferred: false,
  },
  {
    id: '1.3',
    group: 1,
    name: {
      vi: 'Tỷ lệ TTHC công khai đầy đủ các bộ phận',
      en: 'Published procedures with complete component parts',
    },
    points: 14 / 3,
    inferred: true,
  },
  {
    id: '1.4',
    group: 1,
    name: {
      vi: 'Tỷ lệ hồ sơ đồng bộ lên Cổng DVC quốc gia',
      en: 'Dossiers synchronised to the national portal',
    },
    points: 14 / 3,
    inferred: true,
  },
  {
    id: '2.1',
    group: 2,
    name: {
      vi: 'Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn',
      en: 'Dossiers processed early or on time',
    },
    points: 20,
    inferred: false,
  },
  {
    id: '2.2',
    group: 2,
    name: {
      vi: 'Thời gian xử lý trung bình (ngày làm việc)',
      en: 'Average processing time (working days)',
    },
    points: 0,
    inferred: false,
  },
  {
    id: '3.1',
    group: 3,
    name: { vi: 'Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến', en: 'Procedures offered online' },
    points: 22 / 5,
    inferred: true,
  },
  {
    id: '3.2',
    group: 3,
    name: {
      vi: 'Tỷ lệ DVC trực tuyến có phát sinh hồ sơ',
      en: 'Online services that received dossiers',
    },
    points: 22 / 5,
    inferred: true,
  },
  {
    id: '3.3',
    group: 3,
    name: { vi: 'Tỷ lệ hồ sơ nộp trực tuyến', en: 'Dossiers submitted online' },
    points: 22 / 5,
    inferred: true,
  },
  {
    id: '3.5',
    group: 3,
    name: {
      vi: 'Tỷ lệ TTHC có phí được tích hợp thanh toán trực tuyến',
      en: 'Fee-bearing procedures with online payment',
    },
    points: 22 / 5,
    inferred: true,
  },
  {
    id: '3.6',
    group: 3,
    name: { vi: 'Tỷ lệ hồ sơ thanh toán trực tuyến', en: 'Dossiers paid online' },
    points: 22 / 5,
    inferred: true,
  },
  {
    id: '4.1',
    group: 4,
    name: { vi: 'Tỷ lệ hồ sơ cấp kết quả điện tử', en: 'Dossiers with an electronic result' },
    points: 22 / 5,
    inferred: true,
  },
  {
    id: '4.2',
    group: 4,
    name: { vi: 'Tỷ lệ hồ sơ được số hóa', en: 'Dossiers digitised' },
    points: 22 / 5,
    inferred: true,
  },
  {
    id: '4.3',
    group: 4,
    name: { vi: 'Tỷ lệ hồ sơ tái sử dụng dữ liệu số hóa', en: 'Dossiers reusing digitised data' },
    points: 22 / 5,
    inferred: true,
  },
  {
    id: '4.4',
    group: 4,
    name: {
      vi: 'Tỷ lệ hồ sơ số hóa liên kết kho dữ liệu cá nhân',
      en: 'Digitised dossiers linked to the personal data store',
    },
    points: 22 / 5,
    inferred: true,
  },
  {
    id: '4.5',
    group: 4,
    name: { vi: 'Khai thác dữ liệu dân cư', en: 'Use of population data' },
    points: 22 / 5,
    inferred: true,
  },
  {
    id: '5.1',
    group: 5,
    name: { vi: 'Tỷ lệ phản ánh, kiến nghị theo loại', en: 'Petitions by category' },
    points: 5,
    inferred: true,
  },
  {
    id: '5.2',
    group: 5,
    name: { vi: 'Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn', en: 'Petitions handled on time' },
    points: 5,
    inferred: true,
  },
  {
    id: '5.3',
    group: 5,
    name: {
      vi: 'Mức độ hài lòng về xử lý phản ánh, kiến nghị',
      en: 'Satisfaction with petition handling',
    },
    points: 2,
    inferred: true,
  },
  {
    id: '5.4',
    group: 5,
    name: {
      vi: 'Mức độ hài lòng về tiếp nhận, giải quyết TTHC',
      en: 'Satisfaction with receiving and handling procedures',
    },
    points: 6,
    inferred: true,
  },
];

export const DEFAULT_BANDS: readonly IndexBand[] = [
  { min: 90, label: { vi: 'Xuất sắc', en: 'Excellent' }, official: true },
  { min: 70, label: { vi: 'Tốt', en: 'Good' }, official: false },
  { min: 50, label: { vi: 'Trung bình', en: 'Average' }, official: false },
  { min: 0, label: { vi: 'Yếu kém', en: 'Weak' }, official: true },
];

export const NEEDS = {
  publication: {
    vi: 'Cần dữ liệu công bố TTHC (ngày quyết định công bố, ngày hiệu lực, ngày cập nhật CSDL quốc gia).',
    en: 'Needs procedure publication data (announcement and effective dates, national database update dates).',
  },
  sync: {
    vi: 'Cần dữ liệu đồng bộ với Cổng DVC quốc gia.',
    en: 'Needs synchronisation data from the national portal.',
  },
  petitions: { vi: 'Cần dữ liệu phản ánh, kiến nghị (PAKN).', en: 'Needs petition (PAKN) data.' },
  personal: {
    vi: 'Cần dữ liệu kho dữ liệu cá nhân / CSDL dân cư.',
    en: 'Needs personal data store / population database data.',
  },
  procedures: {
    vi: 'Cần danh sách TTHC của đơn vị (tham số procedures).',
    en: "Needs the unit's procedures (the procedures input).",
  },
  byProcedure: {
    vi: 'Cần danh sách TTHC và tổng hợp hồ sơ phân tổ theo thủ tục (by: ["procedure"]).',
    en: 'Needs the procedures and a dossier aggregate broken down by procedure (by: ["procedure"]).',
  },
  fees: {
    vi: 'Không có TTHC có phí trong danh sách.',
    en: 'No fee-bearing procedure in the list.',
  },
  empty: { vi: 'Không có hồ sơ trong kỳ.', en: 'No dossiers in the period.' },
  dislikes: {
    vi: 'Cần dữ liệu phản ánh hoặc "không hài lòng" gắn với hồ sơ (trường complaint).',
    en: 'Needs petition or "dislike" data linked to dossiers (the complaint field).',
  },
  paperResult: {
    vi: 'Cần biết kết quả của từng TTHC có phải giấy tờ bản giấy không (results[].paper hoặc paperResult), và tổng hợp phân tổ theo thủ tục.',
    en: "Needs whether each procedure's result is a paper document (results[].paper or paperResult) and a breakdown by procedure.",
  },
  onlinePayment: {
    vi: 'Cần biết TTHC có phí nào đã tích hợp thanh toán trực tuyến (onlinePayment).',
    en: 'Needs which fee-bearing procedures accept online payment (onlinePayment).',
  },
  survey: {
    vi: 'Cần tổng hợp khảo sát (tham số satisfaction).',
    en: 'Needs a survey aggregate (the satisfaction input).',
  },
} as const satisfies Record<string, LocalizedText>;
