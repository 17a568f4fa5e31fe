/**
 * The paper a clerk types from on a "day at the office" (e2e/day.spec.ts), generated from one seed so
 * the test knows every value: the businesses' forms, the staff list, the course, and the answer sheets of
 * the inspections (generated from each inspection's printed checklist). Each value comes as the clerk
 * types it (Vietnamese numbers and dates) and as the database must hold it.
 */

/** A small seeded generator (mulberry32): the same seed gives the same day. */
export function seeded(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)] as T;
  return { next, int, pick, chance: (p: number) => next() < p };
}
export type Rng = ReturnType<typeof seeded>;

export const DAY_SEED = 20261202;
/** The day of the office (10:00 in Hà Nội): the app's and the browser's clocks are fixed to it. */
export const DAY_NOW = '2026-12-02T03:00:00.000Z';
export const YEAR = 2026;

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
/** A date as written on paper, in one of the forms the date fields read. */
function typedDate(rng: Rng, y: number, m: number, d: number, forms: readonly ('dd/mm/yyyy' | 'ddmmyyyy' | 'd/m/yy')[] = ['dd/mm/yyyy']): { typed: string; iso: string } {
  const form = rng.pick(forms);
  const typed = form === 'ddmmyyyy' ? `${pad(d)}${pad(m)}${y}` : form === 'd/m/yy' ? `${d}/${m}/${String(y).slice(2)}` : `${pad(d)}/${pad(m)}/${y}`;
  return { typed, iso: iso(y, m, d) };
}
/** dd/mm/yyyy of an ISO date. */
export const paperDate = (isoDate: string) => `${isoDate.slice(8, 10)}/${isoDate.slice(5, 7)}/${isoDate.slice(0, 4)}`;
/** A number as written in Vietnamese (6.000.000, 18,5). */
export const viNumber = (n: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(n);

export const COMMUNES = [
  { code: '05977', search: 'dong kinh' },
  { code: '05983', search: 'luong van tri' },
  { code: '05986', search: 'tam thanh' },
  { code: '06001', search: 'doan ket' },
  { code: '06004', search: 'quoc khanh' },
] as const;
/** The communes of the province in the two-tier list (T1's denominator). */
export const PROVINCE_COMMUNES = 65;

type BusinessType = 'karaoke' | 'dance_hall' | 'massage_sauna' | 'hotel' | 'guest_house' | 'rental_rooms' | 'hostess_venue' | 'barber' | 'homestay' | 'spa';
/** What the clerk types in the type select to find it, and the word that starts a business's name. */
const TYPES: Record<BusinessType, { search: string; prefix: string }> = {
  karaoke: { search: 'karaoke', prefix: 'Karaoke' },
  dance_hall: { search: 'vu truong', prefix: 'Vũ trường' },
  massage_sauna: { search: 'xoa bop', prefix: 'Massage' },
  hotel: { search: 'khach san', prefix: 'Khách sạn' },
  guest_house: { search: 'nha nghi', prefix: 'Nhà nghỉ' },
  rental_rooms: { search: 'nha tro', prefix: 'Nhà trọ' },
  hostess_venue: { search: 'tiep vien', prefix: 'Cà phê' },
  barber: { search: 'cat toc', prefix: 'Salon tóc' },
  homestay: { search: 'homestay', prefix: 'Homestay' },
  spa: { search: 'spa', prefix: 'Spa' },
};
/** Twenty businesses of a district town: karaoke, guest houses and massage first, as on the register. */
const TYPE_PLAN: BusinessType[] = [
  'karaoke', 'guest_house', 'massage_sauna', 'karaoke', 'guest_house', 'hotel', 'karaoke', 'rental_rooms', 'massage_sauna', 'dance_hall',
  'guest_house', 'spa', 'karaoke', 'homestay', 'massage_sauna', 'guest_house', 'barber', 'hotel', 'hostess_venue', 'rental_rooms',
];
const NAMES = ['Ánh Dương', 'Hoa Mai', 'Bình An', 'Phương Nam', 'Hoàng Gia', 'Sao Mai', 'Thanh Xuân', 'Đồi Thông', 'Kỳ Lừa', 'Mẫu Sơn', 'Tam Thanh', 'Hương Sen', 'Ngọc Lan', 'Phố Cũ', 'Bắc Sơn', 'Đông Kinh', 'Hữu Nghị', 'Lam Sơn', 'Thảo Nguyên', 'Hồng Phúc'];
const PEOPLE = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Hoàng Thị Dung', 'Nông Văn Đức', 'Lý Thị Hà', 'Vi Văn Hùng', 'Đinh Thị Lan', 'Lương Văn Minh', 'Hà Thị Nga'];
const STREETS = ['Trần Đăng Ninh', 'Lê Lợi', 'Bà Triệu', 'Phai Vệ', 'Tam Thanh', 'Hùng Vương', 'Nhị Thanh', 'Văn Vỉ'];

export interface TypedBusiness {
  name: string;
  type: BusinessType;
  typeSearch: string;
  status: 'operating' | 'suspended' | 'closed';
  /** Typed in the status select, or null to keep "Đang hoạt động". */
  statusSearch: string | null;
  address: string;
  communeCode: string;
  communeSearch: string;
  ownerName: string;
  phone: string;
  registrationNo: string;
  registrationDate: { typed: string; iso: string } | null;
  securityCertNo: string;
  securityCertDate: { typed: string; iso: string } | null;
  licenceNo: string;
  licenceDate: { typed: string; iso: string } | null;
  licenceIssuer: string;
  /** As typed ("1.050"), and the number it is. */
  workersTotal: { typed: string; value: number } | null;
  workersWomen: { typed: string; value: number } | null;
  notes: string;
  /** A refused first try at the workers field ("18,5" is not a headcount), corrected before saving. */
  workersSlip: string | null;
  /** Esc while typing: the clerk stays (the drawer asks first) and goes on. */
  escapeAfterName: boolean;
}

export function businesses(rng: Rng): TypedBusiness[] {
  const statusAt = new Map<number, 'suspended' | 'closed'>([
    [rng.int(15, 17), 'suspended'],
    [8, 'suspended'],
    [19, 'closed'],
  ]);
  return TYPE_PLAN.map((type, i): TypedBusiness => {
    const commune = rng.pick(COMMUNES);
    const status: TypedBusiness['status'] = statusAt.get(i) ?? 'operating';
    const licensed = type === 'karaoke' || type === 'dance_hall';
    const hasRegistration = rng.chance(0.85);
    const hasCert = type !== 'barber' && type !== 'spa' && rng.chance(0.8);
    const total = type === 'hotel' && i === 5 ? 1050 : rng.int(2, 40);
    const women = rng.int(0, total > 60 ? 600 : total);
    const dateForms = ['dd/mm/yyyy', 'dd/mm/yyyy', 'ddmmyyyy', 'd/m/yy'] as const;
    const year = rng.int(2015, 2025);
    return {
      name: `${TYPES[type].prefix} ${NAMES[i] ?? ''}`,
      type,
      typeSearch: TYPES[type].search,
      status,
      statusSearch: status === 'suspended' ? 'tam ngung' : status === 'closed' ? 'dong cua' : null,
      address: `Số ${rng.int(1, 250)}, đường ${rng.pick(STREETS)}`,
      communeCode: commune.code,
      communeSearch: commune.search,
      ownerName: rng.pick(PEOPLE),
      phone: rng.chance(0.8) ? `0205 38${rng.int(10, 99)} ${rng.int(100, 999)}` : '',
      registrationNo: hasRegistration ? `14A80${String(rng.int(10000, 99999))}` : '',
      registrationDate: hasRegistration ? typedDate(rng, year, rng.int(1, 12), rng.int(1, 28), dateForms) : null,
      securityCertNo: hasCert ? `${rng.int(10, 300)}/GCN-ANTT` : '',
      securityCertDate: hasCert ? typedDate(rng, year, rng.int(1, 12), rng.int(1, 28), dateForms) : null,
      licenceNo: licensed ? `${rng.int(1, 99)}/GP-SVHTTDL` : '',
      licenceDate: licensed ? typedDate(rng, rng.int(2019, 2026), rng.int(1, 11), rng.int(1, 28)) : null,
      licenceIssuer: licensed ? 'Sở VHTTDL Lạng Sơn' : '',
      workersTotal: rng.chance(0.95) || total > 60 ? { typed: viNumber(total), value: total } : null,
      workersWomen: { typed: viNumber(women), value: women },
      notes: rng.chance(0.3) ? `Kiểm tra lần cuối năm ${rng.int(2022, 2025)}` : '',
      workersSlip: i === 3 ? '18,5' : null,
      escapeAfterName: i === 2,
    };
  }).map((b) => (b.workersTotal === null ? { ...b, workersWomen: null } : b));
}

export interface TypedPerson {
  fullName: string;
  birthYear: number;
  /** Index in the gender select (0 Nữ, 1 Nam) and what it stores. */
  gender: { index: number; value: 'female' | 'male' };
  group: { index: number; value: string };
  level: { index: number; value: string };
  unitSearch: string;
  unitCode: string;
  position: string;
  agency: string;
  phone: string;
}

const GROUPS = ['official', 'civil_servant', 'public_employee', 'collaborator'] as const;
const STAFF = ['Hoàng Văn Bình', 'Nông Thị Mai', 'Lý Văn Tùng', 'Vi Thị Hoa', 'Đàm Văn Quang', 'Triệu Thị Thu'];

export function staff(rng: Rng): TypedPerson[] {
  return STAFF.map((fullName) => {
    const gender = /Thị/.test(fullName) ? { index: 0, value: 'female' as const } : { index: 1, value: 'male' as const };
    const groupIndex = rng.int(0, GROUPS.length - 1);
    const commune = rng.pick(COMMUNES);
    return {
      fullName,
      birthYear: rng.int(1968, 1998),
      gender,
      group: { index: groupIndex, value: GROUPS[groupIndex] ?? 'official' },
      level: { index: 2, value: 'commune' },
      unitSearch: commune.search,
      unitCode: commune.code,
      position: rng.pick(['Công chức văn hóa - xã hội', 'Cán bộ Hội Phụ nữ', 'Cộng tác viên', 'Phó Chủ tịch UBND']),
      agency: `UBND ${commune.search}`,
      phone: `09${rng.int(10000000, 99999999)}`,
    };
  });
}

/** The course: 3 sessions before today; who signed each session's sheet (by index in the staff list). */
export function course(rng: Rng, people: readonly TypedPerson[]) {
  const enrolled = people.slice(0, 5).map((p) => p.fullName);
  const present = [1, 2, 3].map(() => enrolled.filter(() => rng.chance(0.75)));
  // At least one person at every session, and one who missed one.
  present[0] = [...new Set([enrolled[0] ?? '', ...(present[0] ?? [])])];
  present[1] = (present[1] ?? []).filter((n) => n !== enrolled[1]);
  return {
    title: 'Tập huấn nghiệp vụ phòng, chống mại dâm năm 2026',
    start: '24/11/2026',
    end: '26/11/2026',
    sessions: ['24/11/2026', '25/11/2026', '26/11/2026'],
    sessionIso: ['2026-11-24', '2026-11-25', '2026-11-26'],
    enrolled,
    present,
  };
}

/** One item of a printed checklist, as `inspections.open` describes it. */
export interface SheetItem {
  key: string;
  kind: 'yesno' | 'number' | 'text';
  required: boolean;
  text: string;
  violation: { kind: 'answer'; answer: string } | { kind: 'below' | 'above'; limit: number } | null;
}

/** What the clerk does for one item, and what must be stored. */
export interface SheetLine {
  item: SheetItem;
  /** Keys for a yes/no item (a slip first when corrected), or text typed for a number ('' = left empty). */
  keys: string[];
  typed: string;
  /** Stored answer ('' = none). */
  value: string;
  note: string;
}

const compliant = (item: SheetItem): string => (item.violation?.kind === 'answer' ? (item.violation.answer === 'yes' ? 'no' : 'yes') : 'yes');
const keyOf = (answer: string) => ({ yes: 'y', no: 'n', na: '0' })[answer] ?? '';
const NOTES = ['Hẹn bổ sung trong 15 ngày', 'Chủ cơ sở xuất trình bản sao', 'Sổ ghi chưa đủ', 'Đã nhắc nhở', 'Chưa cập nhật danh sách'];

/** A paper answer sheet for the items of a checklist: mostly in order, some violations, notes and corrections. */
export function answerSheet(rng: Rng, items: readonly SheetItem[], options: { forceViolation: boolean }): SheetLine[] {
  let corrected = false;
  const lines = items.map((item): SheetLine => {
    const note = rng.chance(0.15) ? rng.pick(NOTES) : '';
    if (item.kind === 'yesno') {
      if (!item.required && rng.chance(0.5)) return { item, keys: [], typed: '', value: '', note: '' };
      const roll = rng.next();
      const answer = roll < 0.12 && item.violation ? (item.violation.kind === 'answer' ? item.violation.answer : 'no') : roll < 0.17 ? 'na' : compliant(item);
      const slip = !corrected && rng.chance(0.2) ? [keyOf(answer === 'yes' ? 'no' : 'yes')] : [];
      if (slip.length) corrected = true;
      return { item, keys: [...slip, keyOf(answer)], typed: '', value: answer, note };
    }
    if (item.kind === 'number') {
      if (!item.required && rng.chance(0.5)) return { item, keys: [], typed: '', value: '', note: '' };
      const limit = item.violation && item.violation.kind !== 'answer' ? item.violation.limit : null;
      // An area or a measure with a decimal comma (18,5 m²); a headcount as a whole number.
      const value = limit !== null ? Math.round((limit + (rng.chance(0.3) ? -1.5 : 4.5)) * 10) / 10 : item.text.includes('lao động') ? rng.int(2, 25) : rng.int(20, 300) / 10;
      return { item, keys: [], typed: viNumber(value), value: String(value), note };
    }
    const text = rng.pick(['Đầy đủ', 'Có', 'Theo sổ']);
    return { item, keys: [], typed: text, value: text, note };
  });
  if (options.forceViolation) {
    // A measure under its legal minimum, as inspectors write it: 18,5 m² for a karaoke room of at least 20.
    const at = lines.findIndex((l) => l.item.violation?.kind === 'below');
    const line = lines[at];
    const rule = line?.item.violation;
    if (line && rule && rule.kind === 'below') {
      const value = Math.round((rule.limit - 1.5) * 10) / 10;
      lines[at] = { ...line, typed: viNumber(value), value: String(value) };
    } else if (!lines.some(violates)) {
      const yn = lines.findIndex((l) => l.item.kind === 'yesno' && l.item.violation?.kind === 'answer');
      const first = lines[yn];
      if (first && first.item.violation?.kind === 'answer') lines[yn] = { ...first, keys: [keyOf(first.item.violation.answer)], value: first.item.violation.answer };
    }
  }
  if (!corrected) {
    const at = lines.findIndex((l) => l.item.kind === 'yesno' && l.value !== '');
    const line = lines[at];
    if (line) lines[at] = { ...line, keys: [keyOf(line.value === 'yes' ? 'no' : 'yes'), ...line.keys] };
  }
  return lines;
}

/** Recomputed here from the checklist's own rule, not by the app's code: does this answer make a violation? */
export function violates(line: SheetLine): boolean {
  const rule = line.item.violation;
  if (!rule || line.value === '') return false;
  if (rule.kind === 'answer') return line.value === rule.answer;
  const n = Number(line.value);
  return rule.kind === 'below' ? n < rule.limit : n > rule.limit;
}
