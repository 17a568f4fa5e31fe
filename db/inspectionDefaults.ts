/**
 * The default checklists shipped with the app (DOMAIN.md "What inspectors check"): common items for every
 * at-risk business plus the items of its type. Every item is editable by an administrator (a new version).
 */
import { BUSINESS_TYPES, type BusinessType } from './businessTypes';
import type { ChecklistItem, ChecklistSection } from './inspectionTypes';
import type { LegalData } from './legalBases';

/** An item as written here: its legal basis is a key of the legal_basis table (db/legalBases.ts), not text. */
type ItemSpec = Pick<ChecklistItem, 'key' | 'text'> & Partial<Omit<ChecklistItem, 'legalBasis'>> & { basis: string };
type ItemDraft = Omit<ChecklistItem, 'legalBasis'> & { basis: string };

/** A yes/no item whose "no" is the violation, required, minor unless said otherwise. */
function item(spec: ItemSpec): ItemDraft {
  return { kind: 'yesno', unit: '', required: true, violation: { kind: 'answer', answer: 'no' }, severity: 'minor', ...spec };
}

/** A repealed or local-practice rule kept for reference: answered if the team checks it, never a violation. */
function optional(spec: ItemSpec): ItemDraft {
  return item({ required: false, violation: null, ...spec });
}

const COMMON: ItemDraft[] = [
  item({ key: 'registration', text: 'Có giấy chứng nhận đăng ký kinh doanh', basis: 'business_registration' }),
  item({ key: 'security_cert', text: 'Có giấy chứng nhận đủ điều kiện về an ninh, trật tự', basis: 'security_order', severity: 'serious' }),
  item({ key: 'labour_contracts', text: 'Ký hợp đồng lao động bằng văn bản với người lao động', basis: 'labour_contract' }),
  item({ key: 'workers_declared', text: 'Khai báo đầy đủ người lao động với cơ quan có thẩm quyền', basis: 'labour_declared' }),
  item({
    key: 'no_minors',
    text: 'Có sử dụng người chưa thành niên làm công việc không phù hợp',
    basis: 'minors',
    violation: { kind: 'answer', answer: 'yes' },
    severity: 'serious',
  }),
  item({ key: 'workers_count', text: 'Số người lao động có mặt', basis: '', kind: 'number', unit: 'người', violation: null }),
  item({ key: 'health_checks', text: 'Người lao động được khám sức khỏe định kỳ', basis: 'health_checks' }),
  item({
    key: 'posted_rules',
    text: 'Niêm yết nội quy về an ninh trật tự, phòng chống tệ nạn xã hội, phòng cháy chữa cháy',
    basis: 'security_order_rules',
  }),
  item({
    key: 'prostitution_signs',
    text: 'Có dấu hiệu hoạt động mại dâm tại cơ sở (bao cao su, đồ dùng, người lạ ở phòng riêng, môi giới)',
    basis: 'prostitution',
    violation: { kind: 'answer', answer: 'yes' },
    severity: 'serious',
  }),
  item({ key: 'fire_safety', text: 'Bảo đảm điều kiện phòng cháy, chữa cháy và cứu nạn, cứu hộ', basis: 'fire_safety', severity: 'serious' }),
  optional({ key: 'pledge', text: 'Có bản cam kết không để xảy ra hoạt động mại dâm tại cơ sở', basis: 'local_practice' }),
];

const LICENCE = item({ key: 'business_licence', text: 'Có giấy phép đủ điều kiện kinh doanh dịch vụ karaoke, vũ trường còn hiệu lực', basis: 'business_licence', severity: 'serious' });

const KARAOKE: ItemDraft[] = [
  LICENCE,
  item({ key: 'room_area', text: 'Diện tích phòng hát nhỏ nhất', kind: 'number', unit: 'm²', violation: { kind: 'below', limit: 20 }, basis: 'karaoke_room' }),
  item({ key: 'no_latch', text: 'Không có chốt cửa bên trong, không lắp thiết bị báo động (trừ báo cháy)', basis: 'karaoke_latch', severity: 'serious' }),
  item({ key: 'hours', text: 'Không hoạt động từ 0 giờ đến 8 giờ sáng', basis: 'karaoke_rules' }),
  item({ key: 'screen_images', text: 'Hình ảnh trên màn hình phù hợp lời bài hát', basis: 'karaoke_rules' }),
  item({ key: 'songs_cleared', text: 'Chỉ sử dụng bài hát được phép phổ biến', basis: 'common_duties' }),
  item({ key: 'uniform', text: 'Nhân viên mặc đồng phục, đeo biển tên', basis: 'common_duties' }),
  item({ key: 'licence_adjusted', text: 'Điều chỉnh giấy phép khi thay đổi số phòng hoặc chủ sở hữu', basis: 'licence_adjusted' }),
  optional({ key: 'glass_door', text: 'Cửa phòng hát bằng kính trong suốt (đã bãi bỏ, tham khảo)', basis: 'repealed_142' }),
  optional({ key: 'lighting', text: 'Độ sáng trong phòng hát (đã bãi bỏ, tham khảo ≥ 10 lux)', kind: 'number', unit: 'lux', basis: 'repealed_142' }),
];

const DANCE_HALL: ItemDraft[] = [
  LICENCE,
  item({ key: 'hall_area', text: 'Diện tích phòng khiêu vũ', kind: 'number', unit: 'm²', violation: { kind: 'below', limit: 80 }, basis: 'dance_hall' }),
  item({
    key: 'distance',
    text: 'Cách trường học, bệnh viện, cơ sở tôn giáo, tín ngưỡng, di tích lịch sử - văn hóa từ 200 m trở lên',
    basis: 'dance_hall',
  }),
  item({ key: 'under_18', text: 'Có khách dưới 18 tuổi trong vũ trường', violation: { kind: 'answer', answer: 'yes' }, severity: 'serious', basis: 'dance_hall_rules' }),
  item({ key: 'hours', text: 'Không hoạt động từ 2 giờ đến 8 giờ sáng', basis: 'dance_hall_rules' }),
  item({ key: 'no_latch', text: 'Không có chốt cửa bên trong, không lắp thiết bị báo động', basis: 'dance_hall' }),
  item({ key: 'songs_cleared', text: 'Chỉ sử dụng bài hát được phép phổ biến', basis: 'common_duties' }),
  item({ key: 'uniform', text: 'Nhân viên mặc đồng phục, đeo biển tên', basis: 'common_duties' }),
];

const MASSAGE: ItemDraft[] = [
  optional({ key: 'bell', text: 'Có chuông từ mỗi phòng đến quầy lễ tân (quy định cũ, tham khảo)', basis: 'old_rules' }),
  optional({ key: 'room_area', text: 'Diện tích phòng hoặc giường ngăn nhỏ nhất (quy định cũ ≥ 4 m²)', kind: 'number', unit: 'm²', basis: 'old_rules' }),
  optional({ key: 'ceiling', text: 'Chiều cao trần (quy định cũ ≥ 2,5 m)', kind: 'number', unit: 'm', basis: 'old_rules' }),
  optional({ key: 'switches', text: 'Không lắp đèn mờ; công tắc đèn đặt ngoài phòng (quy định cũ, tham khảo)', basis: 'old_rules' }),
  optional({ key: 'sign', text: 'Biển hiệu ghi "Xoa bóp" (quy định cũ, tham khảo)', basis: 'old_rules' }),
];

const ACCOMMODATION: ItemDraft[] = [
  item({ key: 'stays_declared', text: 'Thông báo lưu trú của khách với cơ quan công an', basis: 'stay_notification', severity: 'serious' }),
  item({ key: 'guest_register', text: 'Có sổ hoặc phần mềm theo dõi khách lưu trú', basis: 'guest_register' }),
];

const TYPE_ITEMS: Record<BusinessType, ItemDraft[]> = {
  karaoke: KARAOKE,
  dance_hall: DANCE_HALL,
  massage_sauna: MASSAGE,
  spa: MASSAGE,
  hotel: ACCOMMODATION,
  guest_house: ACCOMMODATION,
  rental_rooms: ACCOMMODATION,
  homestay: ACCOMMODATION,
  serviced_apartment: ACCOMMODATION,
  hostess_venue: [],
  barber: [],
  other: [],
};

const TYPE_TITLES: Record<BusinessType, string> = {
  karaoke: 'karaoke',
  dance_hall: 'vũ trường',
  massage_sauna: 'xoa bóp, xông hơi',
  hotel: 'khách sạn',
  guest_house: 'nhà nghỉ',
  rental_rooms: 'nhà trọ, phòng cho thuê',
  hostess_venue: 'nhà hàng, quán bar, cà phê có tiếp viên',
  barber: 'cắt tóc, gội đầu',
  other: 'dịch vụ khác',
  homestay: 'homestay',
  serviced_apartment: 'căn hộ cho thuê',
  spa: 'spa, chăm sóc sắc đẹp',
};

/** The defaults' revision: 1 = the 2023 legal bases, 2 = those checked in Dec 2026 (migration legal_bases_2026). */
export const DEFAULT_REVISION = 2;

export interface DefaultTemplate {
  templateKey: string;
  businessType: BusinessType;
  title: string;
  sections: ChecklistSection[];
}

/** Text a checklist prints from the table's citation (a citation to confirm is printed as written). */
function resolved(draft: ItemDraft, legal: LegalData): ChecklistItem {
  const { basis, ...rest } = draft;
  return { ...rest, legalBasis: basis === '' ? '' : (legal.bases.get(basis)?.citation ?? '') };
}

/** Whether an item applies to a business type (checklist_item_type; not listed = every type). */
function applies(itemKey: string, type: BusinessType, legal: LegalData): boolean {
  return legal.appliesTo.get(itemKey)?.has(type) ?? true;
}

export function defaultTemplates(legal: LegalData): DefaultTemplate[] {
  return BUSINESS_TYPES.map((type) => {
    const common = COMMON.filter((i) => applies(i.key, type, legal)).map((i) => resolved(i, legal));
    const own = TYPE_ITEMS[type].filter((i) => applies(i.key, type, legal)).map((i) => resolved(i, legal));
    return {
      templateKey: `default.${type}`,
      businessType: type,
      title: `Phiếu kiểm tra cơ sở ${TYPE_TITLES[type]}`,
      sections: [{ title: 'I. Điều kiện chung', items: common }, ...(own.length > 0 ? [{ title: 'II. Điều kiện riêng của loại hình', items: own }] : [])],
    };
  });
}
