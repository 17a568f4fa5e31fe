import { fill } from '../../print/decree';

/** Wording of the printed checklist and minutes (Vietnamese only: see renderer/print/decree). */
export const DOCUMENT_TEXT = {
  team: 'ĐOÀN KIỂM TRA LIÊN NGÀNH',
  checklist: 'PHIẾU KIỂM TRA',
  minutes: 'BIÊN BẢN KIỂM TRA',
  business: 'Tên cơ sở: {name}',
  address: 'Địa chỉ: {address}, {commune}',
  owner: 'Người đại diện: {owner}',
  registration: 'Số ĐKKD: {registration} · Số GCN đủ điều kiện ANTT: {cert}',
  decision: 'Căn cứ Quyết định kiểm tra số {no} ngày {date}',
  date: 'Ngày kiểm tra: {date}',
  teamMembers: 'Thành phần đoàn kiểm tra:',
  no: 'STT',
  item: 'Nội dung kiểm tra',
  yes: 'Có',
  noAnswer: 'Không',
  na: 'KAD',
  result: 'Kết quả',
  notesColumn: 'Ghi chú',
  notes: 'Ý kiến của cơ sở và ghi chú khác:',
  signBusiness: 'ĐẠI DIỆN CƠ SỞ',
  signLeader: 'TRƯỞNG ĐOÀN KIỂM TRA',
  code: 'Mã phiếu: {code} · Mẫu phiên bản {version}',
  naNote: 'KAD: không áp dụng',
} as const;

export type DocumentTextKey = keyof typeof DOCUMENT_TEXT;

/** A document line with its {placeholders} filled. */
export function docText(key: DocumentTextKey, params: Record<string, string | number> = {}): string {
  return fill(DOCUMENT_TEXT[key], params);
}
