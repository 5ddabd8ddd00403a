import { defineForm } from '../form/defineForm';

/**
 * A sample definition of the request to certify copies from an original (chứng thực bản sao từ
 * bản chính, Decree 23/2015/NĐ-CP): the requester and their identity document, the document to
 * copy (kind, title, issuer, number of pages), the number of copies; the original is presented
 * and handed back; the fee is per page (Circular 226/2016/TT-BTC: 2,000 đồng a page for the
 * first two pages, 1,000 đồng from the third, at most 200,000 đồng a copy). Certification is done
 * the same day, or the next working day when the request arrives after 15:00 (Decree 23/2015
 * Art. 7).
 *
 * An example to adapt, not an official template. Also shipped as JSON in
 * `examples/forms/certified-copy.json`.
 *
 * @example
 * ```ts
 * import { certifiedCopyForm, validateForm } from '@motcua/forms';
 * const r = validateForm(certifiedCopyForm, {
 *   requester: { fullName: 'Lê Văn Cường', idType: 'citizenId', citizenId: '001085012345' },
 *   document: { type: 'diploma', title: 'Bằng tốt nghiệp đại học', pageCount: 1 },
 *   copyCount: '3',
 * });
 * r.ok && r.value.copyCount; //=> 3
 * ```
 * @category Sample forms
 */
export const certifiedCopyForm = /* @__PURE__ */ defineForm({
  id: 'chung-thuc-ban-sao-tu-ban-chinh',
  version: '2025.1',
  title: {
    vi: 'Yêu cầu chứng thực bản sao từ bản chính',
    en: 'Request to certify copies from an original',
  },
  description: {
    vi: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp hoặc chứng nhận.',
    en: 'Certifies copies of a document issued or certified by a competent Vietnamese authority, from the original.',
  },
  fields: [
    {
      key: 'requester.fullName',
      type: 'personName',
      required: true,
      label: { vi: 'Họ và tên người yêu cầu chứng thực', en: "Requester's full name" },
    },
    {
      key: 'requester.idType',
      type: 'choice',
      required: true,
      label: { vi: 'Loại giấy tờ tùy thân', en: 'Type of identity document' },
      options: [
        {
          value: 'citizenId',
          label: { vi: 'Thẻ Căn cước, Căn cước công dân', en: 'Identity card' },
        },
        { value: 'passport', label: { vi: 'Hộ chiếu', en: 'Passport' } },
      ],
    },
    {
      key: 'requester.citizenId',
      type: 'citizenId',
      required: true,
      visibleIf: { field: 'requester.idType', equals: 'citizenId' },
      label: { vi: 'Số định danh cá nhân', en: 'Personal identification number' },
    },
    {
      key: 'requester.passportNumber',
      type: 'text',
      required: true,
      pattern: '[A-Z0-9]{6,12}',
      visibleIf: { field: 'requester.idType', equals: 'passport' },
      label: { vi: 'Số hộ chiếu', en: 'Passport number' },
    },
    {
      key: 'requester.phone',
      type: 'phone',
      label: { vi: 'Số điện thoại', en: 'Phone number' },
    },
    {
      key: 'document.type',
      type: 'choice',
      required: true,
      label: { vi: 'Loại giấy tờ cần sao', en: 'Kind of document to copy' },
      options: [
        { value: 'diploma', label: { vi: 'Văn bằng, chứng chỉ', en: 'Diploma or certificate' } },
        {
          value: 'civilStatus',
          label: { vi: 'Giấy tờ hộ tịch (giấy khai sinh, trích lục…)', en: 'Civil-status record' },
        },
        {
          value: 'landCertificate',
          label: {
            vi: 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở',
            en: 'Land-use or house-ownership certificate',
          },
        },
        { value: 'identity', label: { vi: 'Giấy tờ tùy thân', en: 'Identity document' } },
        { value: 'other', label: { vi: 'Giấy tờ, văn bản khác', en: 'Other document' } },
      ],
    },
    {
      key: 'document.otherType',
      type: 'text',
      required: true,
      maxLength: 200,
      visibleIf: { field: 'document.type', equals: 'other' },
      label: { vi: 'Loại giấy tờ khác', en: 'Other kind of document' },
    },
    {
      key: 'document.title',
      type: 'text',
      required: true,
      maxLength: 300,
      label: { vi: 'Tên giấy tờ, văn bản', en: 'Title of the document' },
    },
    {
      key: 'document.issuer',
      type: 'text',
      maxLength: 300,
      label: { vi: 'Cơ quan cấp', en: 'Issuing authority' },
    },
    {
      key: 'document.issueDate',
      type: 'date',
      label: { vi: 'Ngày cấp', en: 'Date of issue' },
    },
    {
      key: 'document.pageCount',
      type: 'number',
      required: true,
      integer: true,
      min: 1,
      max: 1000,
      label: { vi: 'Số trang của bản chính', en: 'Pages of the original' },
    },
    {
      key: 'copyCount',
      type: 'number',
      required: true,
      integer: true,
      min: 1,
      max: 100,
      label: { vi: 'Số bản sao cần chứng thực', en: 'Copies to certify' },
    },
  ],
  documents: [
    {
      id: 'ban-chinh',
      name: {
        vi: 'Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao',
        en: 'The original document the copies are certified from',
      },
      required: true,
      originals: 1,
      presentOnly: true,
      note: {
        vi: 'Xuất trình để đối chiếu, được trả lại ngay.',
        en: 'Shown for comparison and handed back at once.',
      },
    },
    {
      id: 'ban-sao',
      name: { vi: 'Bản sao cần chứng thực', en: 'The copies to certify' },
      copies: 1,
      note: {
        vi: 'Nếu chỉ xuất trình bản chính, cơ quan chứng thực chụp từ bản chính (người yêu cầu trả chi phí chụp).',
        en: 'If only the original is shown, the office makes the copies (the requester pays for them).',
      },
    },
  ],
  fees: [
    {
      name: {
        vi: 'Phí chứng thực bản sao từ bản chính, trang thứ nhất và thứ hai',
        en: 'Certification fee, first and second page',
      },
      amount: 2000,
      per: { vi: 'trang', en: 'page' },
    },
    {
      name: {
        vi: 'Phí chứng thực bản sao từ bản chính, từ trang thứ ba',
        en: 'Certification fee, from the third page',
      },
      amount: 1000,
      per: { vi: 'trang', en: 'page' },
      note: {
        vi: 'Tối đa 200.000 đồng/bản (Thông tư 226/2016/TT-BTC).',
        en: 'At most 200,000 đồng a copy (Circular 226/2016/TT-BTC).',
      },
    },
  ],
});
