/**
 * The violation record (biên bản vi phạm hành chính) of an inspection's violations: the form of Decree
 * 118/2021/NĐ-CP (as amended) for the social-evils field of Decree 282/2025/NĐ-CP, in the Decree 30 layout.
 * Laid out before rendering, like the minutes, so every page knows "x / y".
 */
import type { ViolationRecordSheet } from '../../../electron/api/schemas/inspections';
import { fill, FOOTER_MM, LINE_MM, MARGIN_MM, PAGE_HEIGHT_MM, paperDate } from '../../print/decree';

export const RECORD_TEXT = {
  number: 'Số: {no}',
  title: 'BIÊN BẢN VI PHẠM HÀNH CHÍNH',
  subject: 'Về phòng, chống tệ nạn xã hội (lĩnh vực phòng, chống mại dâm)',
  opening: 'Hôm nay, hồi ..... giờ ..... ngày {date}, tại {place}.',
  basisLaw: 'Căn cứ Luật Xử lý vi phạm hành chính; Nghị định số 282/2025/NĐ-CP quy định xử phạt vi phạm hành chính về phòng, chống tệ nạn xã hội;',
  basisInspection: 'Căn cứ Biên bản kiểm tra mã {code} ngày {inspected}, theo Quyết định kiểm tra số {decision} ngày {decisionDate};',
  maker: 'Người lập biên bản: {by}',
  subjectOrg: 'Tiến hành lập biên bản vi phạm hành chính đối với tổ chức:',
  orgName: 'Tên tổ chức: {name}',
  orgAddress: 'Địa chỉ trụ sở: {address}',
  orgRegistration: 'Mã số doanh nghiệp / số giấy chứng nhận đăng ký kinh doanh: {registration}',
  orgRepresentative: 'Người đại diện theo pháp luật hoặc người được ủy quyền có mặt: ...................................',
  violationsHead: 'Đã có các hành vi vi phạm hành chính sau:',
  violation: '{n}. {description}',
  provision: 'Quy định tại: {provision}',
  basis: '(Quy định bị vi phạm: {basis})',
  victims: 'Cá nhân, tổ chức bị thiệt hại (nếu có): ...........................................................',
  explanation: 'Ý kiến trình bày của đại diện tổ chức vi phạm: ................................................',
  preventive: 'Biện pháp ngăn chặn và bảo đảm xử lý vi phạm hành chính được áp dụng (nếu có): ..........................',
  exhibits: 'Tang vật, phương tiện, giấy phép, chứng chỉ hành nghề bị tạm giữ (nếu có): ...............................',
  rightToExplain:
    'Tổ chức vi phạm có quyền giải trình theo Điều 61 Luật Xử lý vi phạm hành chính; ý kiến giải trình gửi đến người có thẩm quyền xử phạt trong thời hạn luật định.',
  closing:
    'Biên bản lập xong hồi ..... giờ ..... cùng ngày, gồm ..... tờ, được lập thành ..... bản có nội dung và giá trị như nhau; đã đọc lại cho những người có tên trên cùng nghe, công nhận là đúng và cùng ký tên dưới đây; giao cho tổ chức vi phạm 01 bản.',
  signOrg: 'ĐẠI DIỆN TỔ CHỨC VI PHẠM',
  signMaker: 'NGƯỜI LẬP BIÊN BẢN',
  footer: 'Biên bản vi phạm hành chính số {no} · Mã kiểm tra {code}',
} as const;

export type RecordBlock =
  | { kind: 'heading' }
  | { kind: 'para'; text: string; style?: 'part' | 'note' | 'small' }
  | { kind: 'signers'; maker: string; representative: string };

export interface RecordPage {
  sheet: ViolationRecordSheet;
  blocks: RecordBlock[];
  page: number;
  pages: number;
}

const PARA_CHARS = 72;
const BODY_MM = PAGE_HEIGHT_MM - MARGIN_MM.top - MARGIN_MM.bottom - FOOTER_MM - 8;
const lines = (text: string) => Math.max(1, Math.ceil(text.length / PARA_CHARS));
const t = (key: keyof typeof RECORD_TEXT, params: Record<string, string | number> = {}) => fill(RECORD_TEXT[key], params);

export function recordBlocks(sheet: ViolationRecordSheet): RecordBlock[] {
  const b = sheet.business;
  const place = [b.name, b.address, b.communeName].filter(Boolean).join(', ');
  const para = (text: string, style?: 'part' | 'note' | 'small'): RecordBlock => (style ? { kind: 'para', text, style } : { kind: 'para', text });
  return [
    { kind: 'heading' },
    para(t('opening', { date: paperDate(sheet.recordOn), place })),
    para(t('basisLaw')),
    para(t('basisInspection', { code: sheet.code, inspected: paperDate(sheet.inspectedOn), decision: sheet.plan.decisionNo, decisionDate: paperDate(sheet.plan.decisionDate) })),
    para(t('maker', { by: sheet.recordBy })),
    para(t('subjectOrg'), 'part'),
    para(t('orgName', { name: b.name })),
    para(t('orgAddress', { address: place })),
    para(t('orgRegistration', { registration: b.registrationNo || '..........' })),
    para(t('orgRepresentative')),
    para(t('violationsHead'), 'part'),
    ...sheet.violations.flatMap((v, i) => [
      para(t('violation', { n: i + 1, description: v.description })),
      para(t('provision', { provision: v.provision || '....................................................' })),
      ...(v.legalBasis ? [para(t('basis', { basis: v.legalBasis }), 'small')] : []),
    ]),
    para(t('victims')),
    para(t('explanation')),
    para(t('preventive')),
    para(t('exhibits')),
    para(t('rightToExplain')),
    para(t('closing'), 'note'),
    { kind: 'signers', maker: sheet.recordBy, representative: '' },
  ];
}

function height(block: RecordBlock): number {
  if (block.kind === 'heading') return 48;
  if (block.kind === 'signers') return 44;
  return lines(block.text) * LINE_MM + (block.style === 'part' ? 2 : 0.5);
}

/** A4 pages; the closing sentence stays with the signatures it introduces. */
export function paginateRecord(sheet: ViolationRecordSheet): RecordPage[] {
  const pages: RecordBlock[][] = [[]];
  let used = 0;
  for (const block of recordBlocks(sheet)) {
    const h = height(block);
    const page = pages[pages.length - 1] ?? [];
    if (used + h > BODY_MM && page.length > 0) {
      const last = page.at(-1);
      const carried = block.kind === 'signers' && last?.kind === 'para' && last.style === 'note' ? page.splice(-1, 1) : [];
      pages.push(carried);
      used = carried.reduce((mm, b) => mm + height(b), 0);
    }
    pages[pages.length - 1]?.push(block);
    used += h;
  }
  return pages.map((blocks, i) => ({ sheet, blocks, page: i + 1, pages: pages.length }));
}

export { t as recordText };
