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
  // Minutes (biên bản kiểm tra): the record of a finished inspection, signed on the spot.
  minutesOpening: 'Hôm nay, hồi ..... giờ ..... ngày {date}, tại {place}.',
  minutesBasis: 'Căn cứ Quyết định kiểm tra số {no} ngày {date}, chúng tôi gồm:',
  minutesTeam: 'I. ĐOÀN KIỂM TRA',
  minutesMember: '{n}. Ông/Bà {name} - {agency}{role}',
  minutesLeaderRole: ' (Trưởng đoàn)',
  minutesBusiness: 'II. ĐẠI DIỆN CƠ SỞ ĐƯỢC KIỂM TRA',
  minutesRepresentative: 'Ông/Bà: {owner} - đại diện cơ sở {name}',
  minutesRegistration: 'Địa chỉ: {address}. Số ĐKKD: {registration} · Số GCN đủ điều kiện ANTT: {cert}',
  minutesResults: 'III. KẾT QUẢ KIỂM TRA',
  minutesResultsIntro: 'Đoàn đã kiểm tra việc chấp hành các quy định theo mẫu phiếu "{title}", kết quả như sau:',
  minutesViolations: 'IV. CÁC VI PHẠM PHÁT HIỆN VÀ HÌNH THỨC XỬ LÝ',
  minutesNoViolations: 'Không phát hiện vi phạm.',
  violation: 'Nội dung vi phạm',
  handlingColumn: 'Việc xử lý, thời hạn khắc phục',
  minutesConclusion: 'V. KẾT LUẬN',
  conclusionClean: 'Cơ sở {name} chấp hành đúng các quy định đã được kiểm tra.',
  conclusionViolations: 'Cơ sở {name} có {count} nội dung vi phạm nêu tại mục IV{serious}. Yêu cầu cơ sở khắc phục theo hình thức và thời hạn đã nêu; đoàn sẽ kiểm tra lại việc khắc phục.',
  conclusionSerious: ', trong đó {serious} vi phạm nghiêm trọng',
  findingBelow: '{text} {value}{unit}, dưới {limit}{unit}',
  findingAbove: '{text} {value}{unit}, vượt {limit}{unit}',
  findingNotMet: 'Không đáp ứng: {text}',
  minutesOpinion: 'Ý kiến của đại diện cơ sở:',
  minutesClosing: 'Biên bản kết thúc hồi ..... giờ ..... cùng ngày, được đọc lại cho những người có mặt cùng nghe, nhất trí và ký tên dưới đây.',
  // The minutes are signed on the spot: they say what was done then (a record made, a file passed on),
  // never a sanction, which comes later in its own decision.
  handlingReminder: 'Đã nhắc nhở',
  handlingRecord: 'Đã lập biên bản vi phạm hành chính số {no} ngày {date}',
  handlingTransferCompetent: 'Chuyển {to} (người có thẩm quyền xử phạt)',
  handlingTransferPolice: 'Chuyển hồ sơ đến {to} (có dấu hiệu tội phạm)',
  handlingPending: 'Việc xử lý: ....................',
  deadline: 'Hạn khắc phục: {date}',
  seriousMark: '(nghiêm trọng)',
  signMember: 'THÀNH VIÊN ĐOÀN',
} as const;

export type DocumentTextKey = keyof typeof DOCUMENT_TEXT;

/** A document line with its {placeholders} filled. */
export function docText(key: DocumentTextKey, params: Record<string, string | number> = {}): string {
  return fill(DOCUMENT_TEXT[key], params);
}

/** 2000000 -> "2.000.000", the way amounts are written on Vietnamese paper. */
export function paperAmount(amount: number): string {
  return String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
