/** Test fixtures: a small survey with every question type (not published). */
import { defineSurvey } from '../defineSurvey';

export function mixedSurvey() {
  return defineSurvey({
    id: 'mixed',
    version: 3,
    title: { vi: 'Khảo sát thử', en: 'Test survey' },
    elements: [
      { key: 'service', label: { vi: 'Dịch vụ', en: 'Service' } },
      { key: 'staff', label: { vi: 'Công chức', en: 'Staff' } },
    ],
    questions: [
      {
        key: 'overall',
        type: 'rating',
        element: 'service',
        required: true,
        label: { vi: 'Hài lòng chung', en: 'Overall' },
      },
      { key: 'recommend', type: 'nps', label: { vi: 'Giới thiệu', en: 'Recommend' } },
      {
        key: 'attitude',
        type: 'rating',
        element: 'staff',
        scale: { min: 0, max: 3 },
        label: { vi: 'Thái độ', en: 'Attitude' },
      },
      {
        key: 'time',
        type: 'choice',
        element: 'service',
        options: [
          { value: 'early', label: { vi: 'Sớm', en: 'Early' } },
          { value: 'onTime', label: { vi: 'Đúng hạn', en: 'On time' } },
          { value: 'late', label: { vi: 'Trễ', en: 'Late' } },
        ],
        satisfiedOptions: ['early', 'onTime'],
        label: { vi: 'Thời gian', en: 'Time' },
      },
      {
        key: 'sources',
        type: 'multiChoice',
        maxSelected: 2,
        options: [
          { value: 'portal', label: { vi: 'Cổng', en: 'Portal' } },
          { value: 'counter', label: { vi: 'Quầy', en: 'Counter' } },
          { value: 'friends', label: { vi: 'Người quen', en: 'Friends' } },
        ],
        label: { vi: 'Nguồn thông tin', en: 'Sources' },
      },
      {
        key: 'oneStop',
        type: 'yesNo',
        element: 'staff',
        satisfiedAnswer: true,
        label: { vi: 'Một cửa', en: 'One-stop' },
      },
      {
        key: 'why',
        type: 'text',
        visibleIf: { question: 'overall', in: [1, 2] },
        maxLength: 50,
        label: { vi: 'Vì sao?', en: 'Why?' },
      },
      {
        key: 'contacts',
        type: 'count',
        max: 30,
        satisfiedAtMost: 1,
        label: { vi: 'Số lần liên hệ', en: 'Contacts' },
      },
    ],
  });
}
