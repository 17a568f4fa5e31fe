/**
 * The default checklists shipped with the app (DOMAIN.md "What inspectors check"): common items for every
 * at-risk business plus the items of its type. Every item is editable by an administrator (a new version).
 */
import { BUSINESS_TYPES, type BusinessType } from './businessTypes';
import type { ChecklistItem, ChecklistSection } from './inspectionTypes';

type ItemSpec = Pick<ChecklistItem, 'key' | 'text' | 'legalBasis'> & Partial<ChecklistItem>;

/** A yes/no item whose "no" is the violation, required, minor unless said otherwise. */
function item(spec: ItemSpec): ChecklistItem {
  return { kind: 'yesno', unit: '', required: true, violation: { kind: 'answer', answer: 'no' }, severity: 'minor', ...spec };
}

/** A repealed or local-practice rule kept for reference: answered if the team checks it, never a violation. */
function optional(spec: ItemSpec): ChecklistItem {
  return item({ required: false, violation: null, ...spec });
}

const COMMON: ChecklistSection = {
  title: 'I. Điều kiện chung',
  items: [
    item({ key: 'registration', text: 'Có giấy chứng nhận đăng ký kinh doanh', legalBasis: 'Luật Doanh nghiệp 2020; Nghị định 01/2021/NĐ-CP' }),
    item({
      key: 'security_cert',
      text: 'Có giấy chứng nhận đủ điều kiện về an ninh, trật tự',
      legalBasis: 'Nghị định 96/2016/NĐ-CP',
      severity: 'serious',
    }),
    item({ key: 'labour_contracts', text: 'Ký hợp đồng lao động bằng văn bản với người lao động', legalBasis: 'Bộ luật Lao động 2019, Điều 14' }),
    item({ key: 'workers_declared', text: 'Khai báo đầy đủ người lao động với cơ quan có thẩm quyền', legalBasis: 'Bộ luật Lao động 2019, Điều 12' }),
    item({
      key: 'no_minors',
      text: 'Có sử dụng người chưa thành niên làm công việc không phù hợp',
      legalBasis: 'Bộ luật Lao động 2019, Điều 147',
      violation: { kind: 'answer', answer: 'yes' },
      severity: 'serious',
    }),
    item({ key: 'workers_count', text: 'Số người lao động có mặt', legalBasis: '', kind: 'number', unit: 'người', violation: null }),
    item({
      key: 'posted_rules',
      text: 'Niêm yết nội quy về an ninh trật tự, phòng chống tệ nạn xã hội, phòng cháy chữa cháy',
      legalBasis: 'Nghị định 96/2016/NĐ-CP, Điều 25',
    }),
    optional({ key: 'pledge', text: 'Có bản cam kết không để xảy ra hoạt động mại dâm tại cơ sở', legalBasis: 'Thực tiễn địa phương' }),
  ],
};

const KARAOKE: ChecklistItem[] = [
  item({
    key: 'room_area',
    text: 'Diện tích phòng hát nhỏ nhất',
    kind: 'number',
    unit: 'm²',
    violation: { kind: 'below', limit: 20 },
    legalBasis: 'Nghị định 54/2019/NĐ-CP, Điều 4',
  }),
  item({
    key: 'no_latch',
    text: 'Không có chốt cửa bên trong, không lắp thiết bị báo động (trừ báo cháy)',
    legalBasis: 'Nghị định 54/2019/NĐ-CP, Điều 4; Nghị định 38/2021/NĐ-CP, Điều 15',
    severity: 'serious',
  }),
  item({ key: 'hours', text: 'Không hoạt động từ 0 giờ đến 8 giờ sáng', legalBasis: 'Nghị định 54/2019/NĐ-CP, Điều 7' }),
  item({ key: 'screen_images', text: 'Hình ảnh trên màn hình phù hợp lời bài hát', legalBasis: 'Nghị định 54/2019/NĐ-CP, Điều 7' }),
  item({ key: 'songs_cleared', text: 'Chỉ sử dụng bài hát được phép phổ biến', legalBasis: 'Nghị định 54/2019/NĐ-CP, Điều 7' }),
  item({ key: 'uniform', text: 'Nhân viên mặc đồng phục, đeo biển tên', legalBasis: 'Nghị định 54/2019/NĐ-CP, Điều 7' }),
  item({ key: 'licence_adjusted', text: 'Điều chỉnh giấy phép khi thay đổi số phòng hoặc chủ sở hữu', legalBasis: 'Nghị định 54/2019/NĐ-CP, Điều 13' }),
  item({ key: 'fire_safety', text: 'Bảo đảm điều kiện phòng cháy, chữa cháy', legalBasis: 'Luật Phòng cháy, chữa cháy', severity: 'serious' }),
  optional({ key: 'glass_door', text: 'Cửa phòng hát bằng kính trong suốt (đã bãi bỏ, tham khảo)', legalBasis: 'Nghị định 142/2018/NĐ-CP bãi bỏ' }),
  optional({
    key: 'lighting',
    text: 'Độ sáng trong phòng hát',
    kind: 'number',
    unit: 'lux',
    legalBasis: 'Nghị định 142/2018/NĐ-CP bãi bỏ (tham khảo ≥ 10 lux)',
  }),
];

const DANCE_HALL: ChecklistItem[] = [
  item({
    key: 'hall_area',
    text: 'Diện tích phòng khiêu vũ',
    kind: 'number',
    unit: 'm²',
    violation: { kind: 'below', limit: 80 },
    legalBasis: 'Nghị định 54/2019/NĐ-CP, Điều 5',
  }),
  item({
    key: 'distance',
    text: 'Cách trường học, bệnh viện, cơ sở tôn giáo, di tích từ 200 m trở lên',
    legalBasis: 'Nghị định 54/2019/NĐ-CP, Điều 5',
  }),
  item({
    key: 'under_18',
    text: 'Có khách dưới 18 tuổi trong vũ trường',
    violation: { kind: 'answer', answer: 'yes' },
    severity: 'serious',
    legalBasis: 'Nghị định 54/2019/NĐ-CP, Điều 8',
  }),
  item({ key: 'hours', text: 'Không hoạt động từ 2 giờ đến 8 giờ sáng', legalBasis: 'Nghị định 54/2019/NĐ-CP, Điều 8' }),
  item({ key: 'no_latch', text: 'Không có chốt cửa bên trong, không lắp thiết bị báo động', legalBasis: 'Nghị định 54/2019/NĐ-CP, Điều 5' }),
];

const MASSAGE: ChecklistItem[] = [
  optional({ key: 'bell', text: 'Có chuông từ mỗi phòng đến quầy lễ tân', legalBasis: 'Quy định cũ, tham khảo' }),
  optional({ key: 'room_area', text: 'Diện tích phòng hoặc giường ngăn nhỏ nhất', kind: 'number', unit: 'm²', legalBasis: 'Quy định cũ (≥ 4 m²)' }),
  optional({ key: 'ceiling', text: 'Chiều cao trần', kind: 'number', unit: 'm', legalBasis: 'Quy định cũ (≥ 2,5 m)' }),
  optional({ key: 'switches', text: 'Không lắp đèn mờ; công tắc đèn đặt ngoài phòng', legalBasis: 'Quy định cũ, tham khảo' }),
  optional({ key: 'sign', text: 'Biển hiệu ghi "Xoa bóp"', legalBasis: 'Quy định cũ, tham khảo' }),
];

const ACCOMMODATION: ChecklistItem[] = [
  item({
    key: 'stays_declared',
    text: 'Khai báo lưu trú của khách với cơ quan công an',
    legalBasis: 'Luật Cư trú 2020, Điều 30; Thông tư 55/2021/TT-BCA',
    severity: 'serious',
  }),
  item({ key: 'guest_register', text: 'Có sổ theo dõi khách lưu trú', legalBasis: 'Thông tư 55/2021/TT-BCA' }),
];

const TYPE_ITEMS: Record<BusinessType, ChecklistItem[]> = {
  karaoke: KARAOKE,
  dance_hall: DANCE_HALL,
  massage_sauna: MASSAGE,
  hotel: ACCOMMODATION,
  guest_house: ACCOMMODATION,
  rental_rooms: ACCOMMODATION,
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
  rental_rooms: 'nhà trọ',
  hostess_venue: 'nhà hàng, quán bar, cà phê có tiếp viên',
  barber: 'cắt tóc, gội đầu',
  other: 'dịch vụ khác',
};

export interface DefaultTemplate {
  templateKey: string;
  businessType: BusinessType;
  title: string;
  sections: ChecklistSection[];
}

export function defaultTemplates(): DefaultTemplate[] {
  return BUSINESS_TYPES.map((type) => {
    const own = TYPE_ITEMS[type];
    return {
      templateKey: `default.${type}`,
      businessType: type,
      title: `Phiếu kiểm tra cơ sở ${TYPE_TITLES[type]}`,
      sections: own.length > 0 ? [COMMON, { title: 'II. Điều kiện riêng của loại hình', items: own }] : [COMMON],
    };
  });
}
