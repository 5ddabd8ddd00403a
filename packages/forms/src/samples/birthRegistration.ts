import { defineForm } from '../form/defineForm';

/**
 * A sample definition of the birth registration form (đăng ký khai sinh, procedure 1.001193 at
 * commune level): the child, the mother, the father when known, the person registering, how the
 * birth is proven (a repeating group of witnesses when there is no medical birth certificate),
 * the copies of the birth extract wanted, and the declaration; with the dossier's documents
 * (tờ khai, giấy chứng sinh bản chính, …) and fees.
 *
 * It follows the contents of the declaration form and the documents listed for the procedure in
 * the Law on Civil Status 2014 and Decree 123/2015/NĐ-CP; it is an example to adapt, not an
 * official template. Also shipped as JSON in `examples/forms/birth-registration.json`.
 *
 * @example
 * ```ts
 * import { birthRegistrationForm, validateForm } from '@motcua/forms';
 * birthRegistrationForm.fields.length; //=> 33
 * validateForm(birthRegistrationForm, {}).ok; //=> false
 * ```
 * @category Sample forms
 */
export const birthRegistrationForm = /* @__PURE__ */ defineForm({
  id: 'dang-ky-khai-sinh',
  version: '2025.1',
  procedureCode: '1.001193',
  title: { vi: 'Tờ khai đăng ký khai sinh', en: 'Birth registration' },
  description: {
    vi: 'Đăng ký khai sinh cho trẻ tại Ủy ban nhân dân cấp xã nơi cư trú của cha hoặc mẹ.',
    en: "Registers a child's birth with the commune People's Committee where the father or mother resides.",
  },
  fields: [
    {
      key: 'child.fullName',
      type: 'personName',
      required: true,
      label: { vi: 'Họ, chữ đệm và tên của trẻ', en: "Child's full name" },
    },
    {
      key: 'child.sex',
      type: 'choice',
      required: true,
      label: { vi: 'Giới tính của trẻ', en: "Child's sex" },
      options: [
        { value: 'male', label: { vi: 'Nam', en: 'Male' } },
        { value: 'female', label: { vi: 'Nữ', en: 'Female' } },
      ],
    },
    {
      key: 'child.birthDate',
      type: 'date',
      required: true,
      label: { vi: 'Ngày, tháng, năm sinh của trẻ', en: "Child's date of birth" },
    },
    {
      key: 'child.birthFacility',
      type: 'text',
      maxLength: 200,
      label: { vi: 'Cơ sở y tế nơi trẻ sinh ra', en: 'Health facility of birth' },
      hint: {
        vi: 'Bỏ trống nếu trẻ sinh ngoài cơ sở y tế.',
        en: 'Leave empty if the child was born outside a health facility.',
      },
    },
    {
      key: 'child.birthPlace',
      type: 'address',
      required: true,
      label: { vi: 'Nơi sinh của trẻ', en: "Child's place of birth" },
    },
    {
      key: 'child.ethnicity',
      type: 'text',
      required: true,
      maxLength: 50,
      label: { vi: 'Dân tộc của trẻ', en: "Child's ethnicity" },
    },
    {
      key: 'child.nationality',
      type: 'choice',
      required: true,
      label: { vi: 'Quốc tịch của trẻ', en: "Child's nationality" },
      options: [
        { value: 'vn', label: { vi: 'Việt Nam', en: 'Vietnamese' } },
        { value: 'foreign', label: { vi: 'Nước ngoài', en: 'Foreign' } },
      ],
    },
    {
      key: 'child.hometown',
      type: 'text',
      maxLength: 200,
      label: { vi: 'Quê quán của trẻ', en: "Child's home town" },
    },
    {
      key: 'mother.fullName',
      type: 'personName',
      required: true,
      label: { vi: 'Họ, chữ đệm và tên của mẹ', en: "Mother's full name" },
    },
    {
      key: 'mother.birthDate',
      type: 'date',
      required: true,
      label: { vi: 'Ngày sinh của mẹ', en: "Mother's date of birth" },
    },
    {
      key: 'mother.ethnicity',
      type: 'text',
      required: true,
      maxLength: 50,
      label: { vi: 'Dân tộc của mẹ', en: "Mother's ethnicity" },
    },
    {
      key: 'mother.nationality',
      type: 'choice',
      required: true,
      label: { vi: 'Quốc tịch của mẹ', en: "Mother's nationality" },
      options: [
        { value: 'vn', label: { vi: 'Việt Nam', en: 'Vietnamese' } },
        { value: 'foreign', label: { vi: 'Nước ngoài', en: 'Foreign' } },
      ],
    },
    {
      key: 'mother.citizenId',
      type: 'citizenId',
      required: true,
      visibleIf: { field: 'mother.nationality', equals: 'vn' },
      label: { vi: 'Số định danh cá nhân của mẹ', en: "Mother's personal identification number" },
    },
    {
      key: 'mother.passportNumber',
      type: 'text',
      required: true,
      pattern: '[A-Z0-9]{6,12}',
      visibleIf: { field: 'mother.nationality', equals: 'foreign' },
      label: { vi: 'Số hộ chiếu của mẹ', en: "Mother's passport number" },
    },
    {
      key: 'mother.residence',
      type: 'address',
      required: true,
      label: { vi: 'Nơi cư trú của mẹ', en: "Mother's residence" },
    },
    {
      key: 'fatherKnown',
      type: 'boolean',
      required: true,
      label: { vi: 'Đã xác định được cha của trẻ', en: "The child's father is known" },
    },
    {
      key: 'father.fullName',
      type: 'personName',
      required: true,
      visibleIf: { field: 'fatherKnown', equals: true },
      label: { vi: 'Họ, chữ đệm và tên của cha', en: "Father's full name" },
    },
    {
      key: 'father.birthDate',
      type: 'date',
      required: true,
      visibleIf: { field: 'fatherKnown', equals: true },
      label: { vi: 'Ngày sinh của cha', en: "Father's date of birth" },
    },
    {
      key: 'father.ethnicity',
      type: 'text',
      required: true,
      maxLength: 50,
      visibleIf: { field: 'fatherKnown', equals: true },
      label: { vi: 'Dân tộc của cha', en: "Father's ethnicity" },
    },
    {
      key: 'father.nationality',
      type: 'choice',
      required: true,
      visibleIf: { field: 'fatherKnown', equals: true },
      label: { vi: 'Quốc tịch của cha', en: "Father's nationality" },
      options: [
        { value: 'vn', label: { vi: 'Việt Nam', en: 'Vietnamese' } },
        { value: 'foreign', label: { vi: 'Nước ngoài', en: 'Foreign' } },
      ],
    },
    {
      key: 'father.citizenId',
      type: 'citizenId',
      required: true,
      visibleIf: { field: 'father.nationality', equals: 'vn' },
      label: { vi: 'Số định danh cá nhân của cha', en: "Father's personal identification number" },
    },
    {
      key: 'father.passportNumber',
      type: 'text',
      required: true,
      pattern: '[A-Z0-9]{6,12}',
      visibleIf: { field: 'father.nationality', equals: 'foreign' },
      label: { vi: 'Số hộ chiếu của cha', en: "Father's passport number" },
    },
    {
      key: 'father.residence',
      type: 'address',
      required: true,
      visibleIf: { field: 'fatherKnown', equals: true },
      label: { vi: 'Nơi cư trú của cha', en: "Father's residence" },
    },
    {
      key: 'requester.relationship',
      type: 'choice',
      required: true,
      label: {
        vi: 'Quan hệ của người đi đăng ký với trẻ',
        en: "Registering person's relationship to the child",
      },
      options: [
        { value: 'mother', label: { vi: 'Mẹ', en: 'Mother' } },
        { value: 'father', label: { vi: 'Cha', en: 'Father' } },
        { value: 'grandparent', label: { vi: 'Ông, bà', en: 'Grandparent' } },
        { value: 'relative', label: { vi: 'Người thân thích khác', en: 'Other relative' } },
        { value: 'authorised', label: { vi: 'Người được ủy quyền', en: 'Authorised person' } },
      ],
    },
    {
      key: 'requester.fullName',
      type: 'personName',
      required: true,
      visibleIf: { field: 'requester.relationship', in: ['grandparent', 'relative', 'authorised'] },
      label: { vi: 'Họ, chữ đệm và tên người đi đăng ký', en: "Registering person's full name" },
    },
    {
      key: 'requester.citizenId',
      type: 'citizenId',
      required: true,
      visibleIf: { field: 'requester.relationship', in: ['grandparent', 'relative', 'authorised'] },
      label: {
        vi: 'Số định danh cá nhân của người đi đăng ký',
        en: "Registering person's personal identification number",
      },
    },
    {
      key: 'requester.phone',
      type: 'phone',
      required: true,
      label: { vi: 'Số điện thoại liên hệ', en: 'Contact phone number' },
    },
    {
      key: 'requester.email',
      type: 'email',
      label: { vi: 'Thư điện tử', en: 'E-mail' },
    },
    {
      key: 'birthProof',
      type: 'choice',
      required: true,
      label: { vi: 'Giấy tờ chứng minh việc sinh', en: 'Proof of birth' },
      options: [
        {
          value: 'birthCertificate',
          label: { vi: 'Giấy chứng sinh', en: 'Medical birth certificate' },
        },
        {
          value: 'witness',
          label: { vi: 'Văn bản xác nhận của người làm chứng', en: 'Statement of witnesses' },
        },
        {
          value: 'commitment',
          label: { vi: 'Giấy cam đoan về việc sinh', en: 'Sworn statement about the birth' },
        },
      ],
    },
    {
      key: 'witnesses',
      type: 'group',
      required: true,
      minItems: 1,
      maxItems: 3,
      visibleIf: { field: 'birthProof', equals: 'witness' },
      label: { vi: 'Người làm chứng', en: 'Witnesses' },
      fields: [
        {
          key: 'fullName',
          type: 'personName',
          required: true,
          label: { vi: 'Họ, chữ đệm và tên người làm chứng', en: "Witness's full name" },
        },
        {
          key: 'citizenId',
          type: 'citizenId',
          required: true,
          label: {
            vi: 'Số định danh cá nhân của người làm chứng',
            en: "Witness's personal identification number",
          },
        },
        {
          key: 'phone',
          type: 'phone',
          label: { vi: 'Số điện thoại người làm chứng', en: "Witness's phone number" },
        },
      ],
    },
    {
      key: 'extractCopies',
      type: 'number',
      integer: true,
      min: 0,
      max: 20,
      label: {
        vi: 'Số bản sao Trích lục khai sinh đề nghị cấp',
        en: 'Copies of the birth extract requested',
      },
    },
    {
      key: 'resultChannels',
      type: 'multiChoice',
      maxItems: 3,
      label: { vi: 'Nhận kết quả qua', en: 'Receive the result by' },
      options: [
        {
          value: 'counter',
          label: { vi: 'Trực tiếp tại Bộ phận Một cửa', en: 'At the one-stop counter' },
        },
        { value: 'post', label: { vi: 'Dịch vụ bưu chính công ích', en: 'Public postal service' } },
        { value: 'online', label: { vi: 'Bản điện tử', en: 'Electronic copy' } },
      ],
    },
    {
      key: 'pledge',
      type: 'boolean',
      required: true,
      mustBeTrue: true,
      label: {
        vi: 'Lời cam đoan những nội dung khai trên là đúng sự thật',
        en: 'Declaration that the above is true',
      },
    },
  ],
  rules: [
    { rule: 'dateAfter', field: 'child.birthDate', other: 'mother.birthDate' },
    { rule: 'dateAfter', field: 'child.birthDate', other: 'father.birthDate' },
    { rule: 'citizenIdMatches', field: 'mother.citizenId', birthDate: 'mother.birthDate' },
    { rule: 'citizenIdMatches', field: 'father.citizenId', birthDate: 'father.birthDate' },
    { rule: 'differentFrom', field: 'father.citizenId', other: 'mother.citizenId' },
    { rule: 'differentFrom', field: 'requester.citizenId', other: 'mother.citizenId' },
  ],
  documents: [
    {
      id: 'to-khai-dang-ky-khai-sinh',
      name: {
        vi: 'Tờ khai đăng ký khai sinh (theo mẫu)',
        en: 'Birth registration declaration (on the form)',
      },
      required: true,
      originals: 1,
      eSignature: true,
      templateCode: 'to-khai-dang-ky-khai-sinh',
    },
    {
      id: 'giay-chung-sinh',
      name: { vi: 'Giấy chứng sinh', en: 'Medical birth certificate' },
      requiredIf: { field: 'birthProof', equals: 'birthCertificate' },
      originals: 1,
    },
    {
      id: 'van-ban-nguoi-lam-chung',
      name: {
        vi: 'Văn bản xác nhận của người làm chứng về việc sinh',
        en: 'Written statement of the witnesses of the birth',
      },
      requiredIf: { field: 'birthProof', equals: 'witness' },
      originals: 1,
    },
    {
      id: 'giay-cam-doan-viec-sinh',
      name: { vi: 'Giấy cam đoan về việc sinh', en: 'Sworn statement about the birth' },
      requiredIf: { field: 'birthProof', equals: 'commitment' },
      originals: 1,
    },
    {
      id: 'giay-to-tuy-than',
      name: {
        vi: 'Giấy tờ tùy thân của người đi đăng ký (thẻ Căn cước, hộ chiếu)',
        en: 'Identity document of the registering person (identity card, passport)',
      },
      presentOnly: true,
      reusable: true,
      note: {
        vi: 'Không phải xuất trình khi thông tin đã khai thác được từ Cơ sở dữ liệu quốc gia về dân cư.',
        en: 'Not needed when the data can be read from the national population database.',
      },
    },
    {
      id: 'giay-chung-nhan-ket-hon',
      name: { vi: 'Giấy chứng nhận kết hôn của cha, mẹ', en: "Parents' marriage certificate" },
      requiredIf: { field: 'fatherKnown', equals: true },
      presentOnly: true,
      reusable: true,
      note: {
        vi: 'Nếu cha, mẹ đã đăng ký kết hôn; không phải xuất trình khi đã có trong cơ sở dữ liệu hộ tịch.',
        en: 'If the parents are married; not needed when the civil-status database holds it.',
      },
    },
    {
      id: 'van-ban-uy-quyen',
      name: { vi: 'Văn bản ủy quyền được chứng thực', en: 'Certified power of attorney' },
      requiredIf: { field: 'requester.relationship', equals: 'authorised' },
      originals: 1,
    },
  ],
  fees: [
    {
      name: { vi: 'Lệ phí đăng ký khai sinh đúng hạn', en: 'Fee for a timely birth registration' },
      amount: 0,
      note: {
        vi: 'Miễn lệ phí (Luật Hộ tịch 2014, Điều 11).',
        en: 'Exempt (Law on Civil Status 2014, Art. 11).',
      },
    },
  ],
});

/**
 * A valid birth-registration dossier for {@link birthRegistrationForm} (father known, birth proven
 * by the certificate), as a citizen would type it: the one copy of this sample that docs, the demo,
 * the bench, `sampleCatalog().sampleData('1.001193')` and `examples/forms/birth-registration.valid.json`
 * (checked equal by a test) use.
 *
 * @example
 * ```ts
 * import { birthRegistrationForm, birthRegistrationSample, validateForm } from '@motcua/forms';
 * validateForm(birthRegistrationForm, birthRegistrationSample).ok; //=> true
 * ```
 * @category Samples
 */
export const birthRegistrationSample = {
  child: {
    fullName: 'Nguyễn Minh Khang',
    sex: 'male',
    birthDate: '12/05/2025',
    birthFacility: 'Bệnh viện Phụ sản Hà Nội',
    birthPlace: {
      province: '01',
      commune: '00235',
      detail: '929 đường La Thành',
    },
    ethnicity: 'Kinh',
    nationality: 'vn',
    hometown: 'Nam Định',
  },
  mother: {
    fullName: 'Trần Thị Lan',
    birthDate: '1995-08-20',
    ethnicity: 'Kinh',
    nationality: 'vn',
    citizenId: '001195012345',
    residence: {
      province: '01',
      commune: '00235',
      detail: 'Số 12 ngõ 34 Tôn Đức Thắng',
    },
  },
  fatherKnown: true,
  father: {
    fullName: 'Nguyễn Văn Hùng',
    birthDate: '02/03/1992',
    ethnicity: 'Kinh',
    nationality: 'vn',
    citizenId: '001 092 067 890',
    residence: {
      province: '01',
      commune: '00235',
      detail: 'Số 12 ngõ 34 Tôn Đức Thắng',
    },
  },
  requester: {
    relationship: 'father',
    phone: '0912 345 678',
    email: 'hung.nguyen@example.com',
  },
  birthProof: 'birthCertificate',
  extractCopies: 2,
  resultChannels: ['counter', 'online'],
  pledge: true,
} as const;
