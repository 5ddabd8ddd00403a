import type { SurveyDefinition, SurveyQuestion } from '../types';
import { satisfactionScale, t } from './labels';

/**
 * The question keys of {@link sipasSurvey}.
 *
 * @example
 * ```ts
 * import type { SipasQuestionKey } from '@motcua/forms';
 * const key: SipasQuestionKey = 'staffPolite';
 * ```
 * @category Built-in surveys
 */
export type SipasQuestionKey =
  | 'accessSeats'
  | 'accessEquipment'
  | 'accessEquipmentEasy'
  | 'accessLocation'
  | 'procPosted'
  | 'procPostedAccurate'
  | 'procDocuments'
  | 'procFees'
  | 'procTimeLimit'
  | 'staffPolite'
  | 'staffListening'
  | 'staffAnswers'
  | 'staffGuidance'
  | 'staffClear'
  | 'staffCompliant'
  | 'resultLawful'
  | 'resultComplete'
  | 'resultAccurate'
  | 'gaveFeedback'
  | 'feedbackChannels'
  | 'feedbackEasy'
  | 'feedbackHandled'
  | 'feedbackInformed'
  | 'overall'
  | 'comment';

/**
 * The element keys of {@link sipasSurvey}: the five elements of the service process.
 *
 * @example
 * ```ts
 * import type { SipasElementKey } from '@motcua/forms';
 * const element: SipasElementKey = 'feedback';
 * ```
 * @category Built-in surveys
 */
export type SipasElementKey = 'access' | 'procedures' | 'staff' | 'results' | 'feedback';

/**
 * A SIPAS-style satisfaction survey (Chỉ số hài lòng về sự phục vụ hành chính), as an editable
 * definition: every call returns a fresh, unfrozen object you may change and pass to
 * {@link defineSurvey}.
 *
 * It has the **five elements** of the service process used by the Ministry of Home Affairs'
 * 2017–2020 method (Decision 2640/QĐ-BNV): access to public administrative services, the
 * administrative procedures, the civil servants handling the work, the results, and the receipt
 * and handling of comments, feedback and petitions. That method had 22 criteria; this survey has
 * 22 **representative** criteria (4 + 5 + 6 + 3 + 4), each rated on the 1–5 satisfaction scale.
 * Their wording is ours: the official questionnaire and the SIPAS aggregation formula were not
 * available, and the 2023–2026 method (Decision 1001/QĐ-BNV) has a different instrument. It adds
 * an overall rating (not in any element, and not in the index), a yes/no filter that shows the
 * last two feedback criteria only to citizens who gave feedback, and a free comment.
 *
 * The index follows the common assumption that a SIPAS index is the share of "satisfied" or
 * "very satisfied" answers (top 2 boxes), which {@link aggregate} computes per element and
 * overall.
 *
 * @returns A fresh survey definition (id `'sipas'`, version `'2017.1'`).
 *
 * @example
 * ```ts
 * import { defineSurvey, sipasSurvey, type SipasElementKey, type SipasQuestionKey } from '@motcua/forms';
 *
 * const base = sipasSurvey();
 * base.elements?.map((e) => e.key);
 * //=> ['access', 'procedures', 'staff', 'results', 'feedback']
 *
 * // Editable: add a question of your own (its key joins the built-in ones), then define the survey.
 * const mine = defineSurvey<SipasQuestionKey | 'queueTime', SipasElementKey>({
 *   ...base,
 *   id: 'sipas-hanoi',
 *   questions: [
 *     ...base.questions,
 *     { key: 'queueTime', type: 'count', label: { vi: 'Số phút chờ', en: 'Minutes waited' }, max: 600 },
 *   ],
 * });
 * mine.questions.length; //=> 26
 * ```
 * @category Built-in surveys
 */
/* @__NO_SIDE_EFFECTS__ */
export function sipasSurvey(): SurveyDefinition<SipasQuestionKey, SipasElementKey> {
  const rating = (
    key: SipasQuestionKey,
    element: SipasElementKey,
    vi: string,
    en: string,
  ): SurveyQuestion<SipasQuestionKey, SipasElementKey> => ({
    key,
    type: 'rating',
    element,
    label: t(vi, en),
    scale: satisfactionScale(),
  });
  return {
    id: 'sipas',
    version: '2017.1',
    title: t(
      'Khảo sát mức độ hài lòng về sự phục vụ hành chính (SIPAS)',
      'Satisfaction with public administrative services (SIPAS)',
    ),
    description: t(
      'Xin Ông/Bà cho biết mức độ hài lòng với từng nội dung dưới đây khi đi làm thủ tục hành chính gần đây nhất.',
      'Please rate your satisfaction with each item below for your most recent administrative procedure.',
    ),
    elements: [
      {
        key: 'access',
        label: t('Tiếp cận dịch vụ hành chính công', 'Access to public administrative services'),
      },
      { key: 'procedures', label: t('Thủ tục hành chính', 'Administrative procedures') },
      {
        key: 'staff',
        label: t('Công chức giải quyết công việc', 'Civil servants handling the work'),
      },
      { key: 'results', label: t('Kết quả cung ứng dịch vụ', 'Results of service delivery') },
      {
        key: 'feedback',
        label: t(
          'Tiếp nhận, giải quyết góp ý, phản ánh, kiến nghị',
          'Receiving and handling comments, feedback and petitions',
        ),
      },
    ],
    questions: [
      rating(
        'accessSeats',
        'access',
        'Nơi ngồi chờ có đủ chỗ ngồi',
        'The waiting area has enough seats',
      ),
      rating(
        'accessEquipment',
        'access',
        'Trang thiết bị phục vụ người dân đầy đủ',
        'The equipment for citizens is adequate',
      ),
      rating(
        'accessEquipmentEasy',
        'access',
        'Trang thiết bị phục vụ người dân dễ sử dụng',
        'The equipment for citizens is easy to use',
      ),
      rating(
        'accessLocation',
        'access',
        'Nơi làm thủ tục thuận tiện, dễ tìm',
        'The service point is convenient and easy to find',
      ),
      rating(
        'procPosted',
        'procedures',
        'Thủ tục hành chính được niêm yết công khai đầy đủ',
        'The procedure is fully posted in public',
      ),
      rating(
        'procPostedAccurate',
        'procedures',
        'Thủ tục hành chính được niêm yết công khai chính xác',
        'The posted procedure is accurate',
      ),
      rating(
        'procDocuments',
        'procedures',
        'Thành phần hồ sơ phải nộp đúng quy định',
        'The documents required are those the rules require',
      ),
      rating(
        'procFees',
        'procedures',
        'Phí, lệ phí phải nộp đúng quy định',
        'The fees charged are those the rules set',
      ),
      rating(
        'procTimeLimit',
        'procedures',
        'Thời hạn giải quyết ghi trên giấy hẹn đúng quy định',
        'The time limit on the appointment slip is the legal one',
      ),
      rating(
        'staffPolite',
        'staff',
        'Công chức có thái độ giao tiếp lịch sự',
        'The civil servant was polite',
      ),
      rating(
        'staffListening',
        'staff',
        'Công chức chú ý lắng nghe ý kiến của người dân',
        'The civil servant listened attentively',
      ),
      rating(
        'staffAnswers',
        'staff',
        'Công chức trả lời, giải thích đầy đủ các ý kiến',
        'The civil servant answered and explained fully',
      ),
      rating(
        'staffGuidance',
        'staff',
        'Công chức hướng dẫn kê khai hồ sơ tận tình, chu đáo',
        'The civil servant guided the application carefully',
      ),
      rating(
        'staffClear',
        'staff',
        'Hướng dẫn của công chức dễ hiểu',
        "The civil servant's guidance was easy to understand",
      ),
      rating(
        'staffCompliant',
        'staff',
        'Công chức tuân thủ đúng quy định trong giải quyết công việc',
        'The civil servant followed the rules',
      ),
      rating(
        'resultLawful',
        'results',
        'Kết quả nhận được đúng quy định',
        'The result received is lawful',
      ),
      rating(
        'resultComplete',
        'results',
        'Kết quả có thông tin đầy đủ',
        'The result has complete information',
      ),
      rating(
        'resultAccurate',
        'results',
        'Kết quả có thông tin chính xác',
        'The result has accurate information',
      ),
      {
        key: 'gaveFeedback',
        type: 'yesNo',
        label: t(
          'Ông/Bà có góp ý, phản ánh, kiến nghị trong quá trình làm thủ tục không?',
          'Did you give comments, feedback or petitions during the procedure?',
        ),
      },
      rating(
        'feedbackChannels',
        'feedback',
        'Cơ quan có bố trí hình thức tiếp nhận góp ý, phản ánh, kiến nghị',
        'The agency provides ways to receive feedback',
      ),
      rating(
        'feedbackEasy',
        'feedback',
        'Người dân dễ dàng thực hiện góp ý, phản ánh, kiến nghị',
        'Giving feedback is easy',
      ),
      {
        ...rating(
          'feedbackHandled',
          'feedback',
          'Cơ quan tiếp nhận, xử lý tích cực các góp ý, phản ánh, kiến nghị',
          'The agency handled the feedback actively',
        ),
        visibleIf: { question: 'gaveFeedback', equals: true },
      },
      {
        ...rating(
          'feedbackInformed',
          'feedback',
          'Cơ quan thông báo kết quả xử lý góp ý, phản ánh, kiến nghị kịp thời',
          'The agency reported the outcome of the feedback in time',
        ),
        visibleIf: { question: 'gaveFeedback', equals: true },
      },
      {
        key: 'overall',
        type: 'rating',
        label: t(
          'Nhìn chung, Ông/Bà hài lòng thế nào với sự phục vụ của cơ quan?',
          'Overall, how satisfied are you with the service of the agency?',
        ),
        scale: satisfactionScale(),
        inIndex: false,
        required: true,
      },
      {
        key: 'comment',
        type: 'text',
        label: t(
          'Ý kiến khác để nâng cao chất lượng phục vụ',
          'Other suggestions to improve the service',
        ),
        maxLength: 2000,
      },
    ],
  };
}
