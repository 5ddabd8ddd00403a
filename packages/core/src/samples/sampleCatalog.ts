/**
 * A small real catalogue of common commune-level procedures, built from public facts, each with its
 * source and confidence. Codes other than 2.000908 (confirmed by the domain notes) are as published
 * in the national database to our knowledge and marked `low` until checked.
 *
 * @module
 */
import {
  birthRegistrationForm,
  birthRegistrationSample,
  certifiedCopyForm,
  defineForm,
  type FormDefinition,
} from '@motcua/forms';
import type { LocalizedText } from '@motcua/sla';
import { type Catalog, createCatalog } from '../procedure/catalog';
import { defineProcedure, type Procedure, type ProcedureFee } from '../procedure/procedure';

const t = (vi: string, en: string): LocalizedText => ({ vi, en });
const SAME_DAY = { sameDay: { cutoff: '15:00' } } as const;
const SAME_DAY_TEXT =
  'Ngay trong ngày tiếp nhận; nếu tiếp nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo';
const COMMUNE = 'Ủy ban nhân dân cấp xã';
const PASC = 'Trung tâm Phục vụ hành chính công cấp xã';

function requesterForm(
  id: string,
  title: LocalizedText,
  extra: FormDefinition['fields'],
  documents: FormDefinition['documents'],
): FormDefinition {
  return defineForm({
    id,
    version: '2026.1',
    title,
    fields: [
      {
        key: 'requester.fullName',
        type: 'personName',
        label: t('Họ và tên người yêu cầu', "Requester's full name"),
        required: true,
      },
      {
        key: 'requester.citizenId',
        type: 'citizenId',
        label: t('Số định danh cá nhân', 'Personal identification number'),
        required: true,
      },
      { key: 'requester.phone', type: 'phone', label: t('Số điện thoại', 'Phone number') },
      ...extra,
    ],
    documents,
  });
}

const requester = { fullName: 'Lê Văn Cường', citizenId: '001085012345', phone: '0987 654 321' };

/**
 * The shipped catalogue: birth, marriage and death registration, copies from the master register
 * (2.000908), certified copies from originals, signature certification. Each carries its form,
 * valid sample data, and its sources with confidence (see the guide "A dossier's life").
 *
 * @returns A fresh catalogue.
 * @example
 * ```ts
 * import { sampleCatalog } from '@motcua/core';
 * sampleCatalog().get('2.000908')?.name.vi; //=> 'Cấp bản sao từ sổ gốc'
 * ```
 * @category Procedures
 */
export function sampleCatalog(): Catalog {
  const free: ProcedureFee[] = [];
  const civilStatus = ['Luật Hộ tịch số 60/2014/QH13', 'Nghị định 123/2015/NĐ-CP'];
  const procedures: Procedure[] = [
    defineProcedure({
      code: '2.000908',
      // The national record (as republished by Hà Nội, Decision 663/QĐ-TTPVHCC): field Chứng thực,
      // competent agency the body that keeps the master register.
      name: t('Cấp bản sao từ sổ gốc', 'Issue a copy from the master register'),
      field: 'Chứng thực',
      level: 'commune',
      implementingAgency: 'Cơ quan, tổ chức lập sổ gốc',
      receivingAgency: PASC,
      subjects: ['Công dân Việt Nam', 'Người nước ngoài'],
      steps: ['Nộp yêu cầu', 'Kiểm tra sổ gốc', 'Cấp bản sao'],
      legalBasis: ['Nghị định 23/2015/NĐ-CP'],
      result: 'Bản sao được cấp từ sổ gốc',
      results: [{ name: 'Bản sao được cấp từ sổ gốc', paper: true }],
      onlineLevel: 'full',
      channels: {
        direct: { processingTime: SAME_DAY, processingTimeText: SAME_DAY_TEXT, fees: free },
        online: { processingTime: SAME_DAY, processingTimeText: SAME_DAY_TEXT, fees: free },
        postal: { processingTime: SAME_DAY, processingTimeText: SAME_DAY_TEXT, fees: free },
      },
      process: [
        { name: t('Tiếp nhận, kiểm tra', 'Reception and check'), role: 'reception', minutes: 60 },
        {
          name: t('Tra cứu sổ gốc, in bản sao', 'Look up the register, print'),
          role: 'specialist',
          minutes: 240,
        },
        { name: t('Ký, trả kết quả', 'Sign and return'), role: 'leader', minutes: 120 },
      ],
      form: requesterForm(
        'cap-ban-sao-tu-so-goc',
        t('Tờ khai đề nghị cấp bản sao từ sổ gốc', 'Request for a copy from the master register'),
        [
          {
            key: 'record.kind',
            type: 'choice',
            label: t('Loại sự kiện hộ tịch', 'Civil-status record'),
            required: true,
            options: [
              { value: 'birth', label: t('Khai sinh', 'Birth') },
              { value: 'marriage', label: t('Kết hôn', 'Marriage') },
              { value: 'death', label: t('Khai tử', 'Death') },
            ],
          },
          {
            key: 'record.personName',
            type: 'personName',
            label: t('Họ tên người được cấp bản sao', 'Name on the record'),
            required: true,
          },
          {
            key: 'copies',
            type: 'number',
            label: t('Số bản sao', 'Copies'),
            required: true,
            min: 1,
            max: 20,
            integer: true,
          },
        ],
        [],
      ),
      sampleData: { requester, record: { kind: 'birth', personName: 'Lê Minh Anh' }, copies: 2 },
      source: {
        document:
          'Domain notes §2.3 and §10: the national record as republished by province portals; Hà Nội PASC Decision 663/QĐ-TTPVHCC (13/5/2026)',
        confidence: 'high',
        note: 'Free of charge; same day, or the next working day after 15:00.',
      },
    }),
    defineProcedure({
      code: '1.001193',
      name: t('Đăng ký khai sinh', 'Birth registration'),
      field: 'Hộ tịch',
      level: 'commune',
      implementingAgency: COMMUNE,
      receivingAgency: PASC,
      subjects: ['Cha, mẹ, ông, bà hoặc người thân thích của trẻ'],
      steps: ['Nộp tờ khai và giấy chứng sinh', 'Kiểm tra', 'Ghi sổ, cấp giấy khai sinh'],
      legalBasis: [...civilStatus, 'Luật Hộ tịch 2014, Điều 16'],
      result: 'Giấy khai sinh (bản chính), trích lục khai sinh (bản sao) theo yêu cầu',
      results: [
        { name: 'Giấy khai sinh (bản chính)', paper: true },
        { name: 'Trích lục khai sinh (bản sao), theo yêu cầu', paper: true },
      ],
      onlineLevel: 'full',
      channels: {
        direct: { processingTime: SAME_DAY, processingTimeText: SAME_DAY_TEXT, fees: free },
        online: { processingTime: SAME_DAY, processingTimeText: SAME_DAY_TEXT, fees: free },
      },
      form: birthRegistrationForm,
      sampleData: birthRegistrationSample,
      source: {
        document:
          'Luật Hộ tịch 2014 Điều 16 (same day; after 15:00 the next working day); Điều 11 (free when on time)',
        confidence: 'medium',
        note: 'Procedure code 1.001193 recalled, not checked against the national database.',
      },
    }),
    defineProcedure({
      code: '1.000894',
      name: t('Đăng ký kết hôn', 'Marriage registration'),
      field: 'Hộ tịch',
      level: 'commune',
      implementingAgency: COMMUNE,
      receivingAgency: PASC,
      subjects: ['Công dân Việt Nam cư trú trong nước'],
      conditions: [
        'Đủ tuổi kết hôn, tự nguyện, không thuộc trường hợp cấm kết hôn (Luật Hôn nhân và gia đình 2014, Điều 8)',
      ],
      legalBasis: [...civilStatus, 'Luật Hộ tịch 2014, Điều 18'],
      result: 'Giấy chứng nhận kết hôn',
      results: [{ name: 'Giấy chứng nhận kết hôn', paper: true }],
      onlineLevel: 'partial',
      channels: {
        direct: {
          // Luật Hộ tịch 2014 Art. 18: the same day; 5 working days only when verification is needed.
          processingTime: {
            sameDay: { cutoff: '24:00' },
            alternatives: [{ condition: 'trường hợp cần xác minh', limit: { workingDays: 5 } }],
          },
          processingTimeText:
            'Ngay trong ngày; trường hợp cần xác minh thì không quá 05 ngày làm việc',
          fees: free,
        },
      },
      process: [
        // A same-day procedure: the steps fit in one standard day (480 working minutes).
        { name: t('Tiếp nhận', 'Reception'), role: 'reception', minutes: 60 },
        {
          name: t('Kiểm tra điều kiện kết hôn', 'Check the conditions'),
          role: 'specialist',
          minutes: 240,
        },
        { name: t('Trình ký', 'Leader signs'), role: 'leader', minutes: 120 },
        {
          name: t('Trao giấy chứng nhận', 'Hand over the certificate'),
          role: 'reception',
          minutes: 60,
        },
      ],
      form: requesterForm(
        'dang-ky-ket-hon',
        t('Tờ khai đăng ký kết hôn', 'Marriage registration form'),
        [
          {
            key: 'partner.fullName',
            type: 'personName',
            label: t('Họ tên bên kia', "Partner's full name"),
            required: true,
          },
          {
            key: 'partner.citizenId',
            type: 'citizenId',
            label: t('Số định danh cá nhân bên kia', "Partner's personal identification number"),
            required: true,
          },
        ],
        [
          {
            id: 'to-khai',
            name: t('Tờ khai đăng ký kết hôn', 'Marriage registration form'),
            required: true,
            originals: 1,
          },
          {
            id: 'xac-nhan-hon-nhan',
            name: t('Giấy xác nhận tình trạng hôn nhân', 'Certificate of marital status'),
            required: true,
            originals: 1,
            reusable: true,
          },
        ],
      ),
      sampleData: { requester, partner: { fullName: 'Phạm Thu Hà', citizenId: '001190054321' } },
      source: {
        document:
          'Luật Hộ tịch 2014 Điều 18 (same day; up to 5 working days when verification is needed)',
        confidence: 'high',
        note: 'The catalogue models the same-day limit with the 5-working-day limit as an alternative for dossiers that need verification (apply it with the apply-alternative event). Code 1.000894 is marriage registration, same day under Art. 18 (confirmed against the national record, high).',
      },
    }),
    defineProcedure({
      code: '1.000656',
      name: t('Đăng ký khai tử', 'Death registration'),
      field: 'Hộ tịch',
      level: 'commune',
      implementingAgency: COMMUNE,
      receivingAgency: PASC,
      subjects: ['Người thân thích của người chết'],
      legalBasis: [...civilStatus, 'Luật Hộ tịch 2014, Điều 33–34'],
      result: 'Trích lục khai tử',
      results: [{ name: 'Trích lục khai tử', paper: true }],
      onlineLevel: 'full',
      channels: {
        direct: { processingTime: SAME_DAY, processingTimeText: SAME_DAY_TEXT, fees: free },
        online: { processingTime: SAME_DAY, processingTimeText: SAME_DAY_TEXT, fees: free },
      },
      form: requesterForm(
        'dang-ky-khai-tu',
        t('Tờ khai đăng ký khai tử', 'Death registration form'),
        [
          {
            key: 'deceased.fullName',
            type: 'personName',
            label: t('Họ tên người chết', 'Name of the deceased'),
            required: true,
          },
          {
            key: 'deceased.deathDate',
            type: 'date',
            label: t('Ngày chết', 'Date of death'),
            required: true,
          },
        ],
        [{ id: 'bao-tu', name: t('Giấy báo tử', 'Death notice'), required: true, originals: 1 }],
      ),
      sampleData: { requester, deceased: { fullName: 'Lê Văn Bình', deathDate: '03/02/2026' } },
      source: {
        document: 'Luật Hộ tịch 2014 Điều 34',
        confidence: 'medium',
        note: 'Code 1.000656 recalled, not checked.',
      },
    }),
    defineProcedure({
      code: '2.000815',
      name: t('Chứng thực bản sao từ bản chính', 'Certified copy from the original'),
      field: 'Chứng thực',
      level: 'commune',
      implementingAgency: COMMUNE,
      receivingAgency: PASC,
      subjects: ['Cá nhân, tổ chức'],
      legalBasis: ['Nghị định 23/2015/NĐ-CP, Điều 7, 18–21', 'Thông tư 226/2016/TT-BTC'],
      result: 'Bản sao được chứng thực từ bản chính',
      results: [{ name: 'Bản sao được chứng thực từ bản chính', paper: true }],
      onlineLevel: 'partial',
      channels: {
        direct: {
          processingTime: SAME_DAY,
          processingTimeText: SAME_DAY_TEXT,
          fees: [
            {
              name: t('Phí chứng thực bản sao', 'Certification fee'),
              amount: 2000,
              per: 'page',
              note: 'Từ trang thứ ba: 1.000 đồng/trang, tối đa 200.000 đồng/bản',
            },
          ],
        },
        online: {
          processingTime: SAME_DAY,
          processingTimeText: SAME_DAY_TEXT,
          fees: [
            {
              name: t('Phí chứng thực bản sao điện tử', 'Certification fee (electronic copy)'),
              amount: 2000,
              per: 'page',
            },
          ],
        },
      },
      form: certifiedCopyForm,
      sampleData: {
        requester: {
          fullName: 'Lê Văn Cường',
          idType: 'citizenId',
          citizenId: '001085012345',
          phone: '+84 987 654 321',
        },
        document: {
          type: 'diploma',
          title: 'Bằng tốt nghiệp đại học',
          issuer: 'Đại học Bách khoa Hà Nội',
          issueDate: '15/07/2007',
          pageCount: 1,
        },
        copyCount: 3,
      },
      source: {
        document:
          'Nghị định 23/2015/NĐ-CP Điều 7 (same day; after 15:00 the next working day); Thông tư 226/2016/TT-BTC (fees)',
        confidence: 'medium',
        note: 'Code 2.000815 recalled, not checked.',
      },
    }),
    defineProcedure({
      code: '2.000884',
      name: t('Chứng thực chữ ký trong các giấy tờ, văn bản', 'Signature certification'),
      field: 'Chứng thực',
      level: 'commune',
      implementingAgency: COMMUNE,
      receivingAgency: PASC,
      subjects: ['Cá nhân'],
      legalBasis: ['Nghị định 23/2015/NĐ-CP, Điều 7, 24–25', 'Thông tư 226/2016/TT-BTC'],
      result: 'Giấy tờ, văn bản được chứng thực chữ ký',
      results: [{ name: 'Giấy tờ, văn bản được chứng thực chữ ký', paper: true }],
      onlineLevel: 'none',
      onTheSpot: false,
      channels: {
        direct: {
          processingTime: SAME_DAY,
          processingTimeText: SAME_DAY_TEXT,
          fees: [
            { name: t('Phí chứng thực chữ ký', 'Certification fee'), amount: 10000, per: 'case' },
          ],
        },
      },
      form: requesterForm(
        'chung-thuc-chu-ky',
        t('Yêu cầu chứng thực chữ ký', 'Signature certification request'),
        [
          {
            key: 'document.title',
            type: 'text',
            label: t('Tên giấy tờ, văn bản', 'Document title'),
            required: true,
          },
        ],
        [
          {
            id: 'giay-to',
            name: t('Giấy tờ, văn bản cần chứng thực chữ ký', 'The document to certify'),
            required: true,
            originals: 1,
          },
        ],
      ),
      sampleData: { requester, document: { title: 'Giấy ủy quyền' } },
      source: {
        document:
          'Nghị định 23/2015/NĐ-CP Điều 7; Thông tư 226/2016/TT-BTC (10.000 đồng/trường hợp)',
        confidence: 'medium',
        note: 'Code 2.000884 recalled, not checked.',
      },
    }),
  ];
  return createCatalog(procedures);
}
