import type { SurveyDefinition } from '../types';
import { satisfactionScale, t } from './labels';

/**
 * The question keys of {@link dossierEvaluation}.
 *
 * @example
 * ```ts
 * import type { DossierEvaluationQuestionKey } from '@motcua/forms';
 * const key: DossierEvaluationQuestionKey = 'attitude';
 * ```
 * @category Built-in surveys
 */
export type DossierEvaluationQuestionKey =
  | 'overall'
  | 'convenience'
  | 'timeliness'
  | 'timeVsLimit'
  | 'contacts'
  | 'agencies'
  | 'oneStop'
  | 'attitude'
  | 'publicity'
  | 'gaveFeedback'
  | 'feedbackHandling'
  | 'usedOnline'
  | 'onlineQuality'
  | 'comment';

/**
 * The element keys of {@link dossierEvaluation}.
 *
 * @example
 * ```ts
 * import type { DossierEvaluationElementKey } from '@motcua/forms';
 * const element: DossierEvaluationElementKey = 'time';
 * ```
 * @category Built-in surveys
 */
export type DossierEvaluationElementKey =
  | 'overall'
  | 'time'
  | 'contacts'
  | 'staff'
  | 'publicity'
  | 'feedback'
  | 'online';

/**
 * The per-dossier evaluation a one-stop desk (kiosk, tablet) or a public-service portal asks the
 * citizen for after returning the result, as an editable definition: every call returns a fresh,
 * unfrozen object. Each response must carry the dossier code (`meta.dossierCode`, required).
 *
 * The criteria are those observed on a provincial public-service portal's satisfaction page,
 * which cover the evaluation criteria of Decree 61/2018 (total time against the legal limit,
 * number of contacts, number of agencies, handling at the one-stop section, attitude, publicity,
 * handling of feedback) plus online-service quality:
 *
 * | key | criterion | type | counts as satisfied |
 * | --- | --- | --- | --- |
 * | `overall` | overall assessment (required) | rating 1–5 | 4–5 |
 * | `convenience` | convenience of using the service | rating 1–5 | 4–5 |
 * | `timeliness` | timeliness of processing and returning the result | rating 1–5 | 4–5 |
 * | `timeVsLimit` | actual time against the legal limit | choice early / on time / late | early, on time |
 * | `contacts` | times the citizen had to contact the reception point | count 0–50 | ≤ 1 (not in the index) |
 * | `agencies` | agencies or units the citizen had to contact | count 0–20 | ≤ 1 (not in the index) |
 * | `oneStop` | received, handled and returned at the one-stop section | yes/no | yes (not in the index) |
 * | `attitude` | attitude of the officials | rating 1–5 | 4–5 |
 * | `publicity` | publicity of the procedure | rating 1–5 | 4–5 |
 * | `feedbackHandling` | responsiveness to feedback (only if `gaveFeedback`) | rating 1–5 | 4–5 |
 * | `onlineQuality` | progress and quality of the online service (only if `usedOnline`) | rating 1–5 | 4–5 |
 *
 * The official rating levels of the per-dossier evaluation (Circular 01/2018) were not found:
 * the 1–5 labels "Rất không hài lòng / Không hài lòng / Bình thường / Hài lòng / Rất hài lòng" and
 * the "satisfied" rules above are documented choices, which you can change (`satisfiedFrom`,
 * `satisfiedAtMost`, `inIndex`, or the aggregate's `satisfied.topBoxes`).
 *
 * @returns A fresh survey definition (id `'dossier-evaluation'`, version `'2018.1'`).
 *
 * @example
 * ```ts
 * import { dossierEvaluation, validateResponse } from '@motcua/forms';
 *
 * const survey = dossierEvaluation();
 * survey.requiredMeta; //=> ['dossierCode']
 * const r = validateResponse(survey, {
 *   answers: { overall: 5, contacts: 1, oneStop: true },
 *   meta: { dossierCode: '000.00.01.H26-260213-0042', channel: 'direct', unit: '00235' },
 * });
 * r.ok; //=> true
 * ```
 * @category Built-in surveys
 */
/* @__NO_SIDE_EFFECTS__ */
export function dossierEvaluation(): SurveyDefinition<
  DossierEvaluationQuestionKey,
  DossierEvaluationElementKey
> {
  return {
    id: 'dossier-evaluation',
    version: '2018.1',
    title: t('Đánh giá việc giải quyết hồ sơ', 'Evaluation of the handling of a dossier'),
    description: t(
      'Mời Ông/Bà đánh giá việc giải quyết hồ sơ của mình (nhập mã hồ sơ trên giấy tiếp nhận và hẹn trả kết quả).',
      'Please evaluate how your dossier was handled (enter the dossier code on the receipt and appointment slip).',
    ),
    elements: [
      { key: 'overall', label: t('Đánh giá chung', 'Overall assessment') },
      { key: 'time', label: t('Thời gian giải quyết', 'Processing time') },
      {
        key: 'contacts',
        label: t('Số lần đi lại, số cơ quan phải liên hệ', 'Contacts and agencies'),
      },
      { key: 'staff', label: t('Thái độ của cán bộ, công chức', 'Attitude of the officials') },
      { key: 'publicity', label: t('Công khai, minh bạch', 'Publicity and transparency') },
      {
        key: 'feedback',
        label: t('Tiếp nhận, xử lý phản ánh, kiến nghị', 'Handling of feedback and petitions'),
      },
      { key: 'online', label: t('Dịch vụ công trực tuyến', 'Online public services') },
    ],
    requiredMeta: ['dossierCode'],
    questions: [
      {
        key: 'overall',
        type: 'rating',
        element: 'overall',
        required: true,
        label: t('Đánh giá chung về chất lượng phục vụ', 'Overall assessment of the service'),
        scale: satisfactionScale(),
      },
      {
        key: 'convenience',
        type: 'rating',
        element: 'overall',
        label: t(
          'Sự thuận tiện khi thực hiện thủ tục (dễ thực hiện, thời gian phản hồi)',
          'Convenience of the procedure (ease of use, response time)',
        ),
        scale: satisfactionScale(),
      },
      {
        key: 'timeliness',
        type: 'rating',
        element: 'time',
        label: t(
          'Sự kịp thời trong giải quyết và trả kết quả',
          'Timeliness of processing and returning the result',
        ),
        scale: satisfactionScale(),
      },
      {
        key: 'timeVsLimit',
        type: 'choice',
        element: 'time',
        label: t(
          'Thời gian giải quyết thực tế so với thời hạn theo quy định',
          'Actual processing time against the legal time limit',
        ),
        options: [
          { value: 'early', label: t('Sớm hơn thời hạn', 'Before the limit') },
          { value: 'onTime', label: t('Đúng thời hạn', 'On the limit') },
          { value: 'late', label: t('Chậm hơn thời hạn', 'After the limit') },
        ],
        satisfiedOptions: ['early', 'onTime'],
      },
      {
        key: 'contacts',
        type: 'count',
        element: 'contacts',
        label: t(
          'Số lần phải liên hệ với nơi tiếp nhận hồ sơ để hoàn thiện hồ sơ',
          'Times you had to contact the reception point to complete the dossier',
        ),
        max: 50,
        satisfiedAtMost: 1,
        inIndex: false,
      },
      {
        key: 'agencies',
        type: 'count',
        element: 'contacts',
        label: t('Số cơ quan, đơn vị phải liên hệ', 'Agencies or units you had to contact'),
        max: 20,
        satisfiedAtMost: 1,
        inIndex: false,
      },
      {
        key: 'oneStop',
        type: 'yesNo',
        element: 'contacts',
        label: t(
          'Hồ sơ được tiếp nhận, giải quyết và trả kết quả tại Bộ phận Một cửa?',
          'Was the dossier received, handled and returned at the one-stop section?',
        ),
        satisfiedAnswer: true,
        inIndex: false,
      },
      {
        key: 'attitude',
        type: 'rating',
        element: 'staff',
        label: t(
          'Thái độ của cán bộ, công chức (nhiệt tình, không gây phiền hà, giao tiếp)',
          'Attitude of the officials (helpfulness, no harassment, communication)',
        ),
        scale: satisfactionScale(),
      },
      {
        key: 'publicity',
        type: 'rating',
        element: 'publicity',
        label: t(
          'Mức độ công khai thủ tục hành chính',
          'Publicity of the administrative procedure',
        ),
        scale: satisfactionScale(),
      },
      {
        key: 'gaveFeedback',
        type: 'yesNo',
        label: t(
          'Ông/Bà có gửi phản ánh, kiến nghị không?',
          'Did you send feedback or a petition?',
        ),
      },
      {
        key: 'feedbackHandling',
        type: 'rating',
        element: 'feedback',
        visibleIf: { question: 'gaveFeedback', equals: true },
        label: t(
          'Việc tiếp nhận, xử lý phản ánh, kiến nghị',
          'Responsiveness to your feedback or petition',
        ),
        scale: satisfactionScale(),
      },
      {
        key: 'usedOnline',
        type: 'yesNo',
        label: t(
          'Ông/Bà có sử dụng dịch vụ công trực tuyến không?',
          'Did you use the online public service?',
        ),
      },
      {
        key: 'onlineQuality',
        type: 'rating',
        element: 'online',
        visibleIf: { question: 'usedOnline', equals: true },
        label: t(
          'Tiến độ và chất lượng dịch vụ công trực tuyến',
          'Progress and quality of the online service',
        ),
        scale: satisfactionScale(),
      },
      {
        key: 'comment',
        type: 'text',
        label: t('Góp ý khác', 'Other comments'),
        maxLength: 1000,
      },
    ],
  };
}
