import type { TargetSpec } from '../../db/plan';

/**
 * How T3 counts (its `measure`): a business's workers are counted once a year. Events that name the
 * businesses they reached count at most the workers those businesses employ (two events at the same
 * karaoke do not count its staff twice); events naming no business count their headcount as entered.
 */
export const T3_MEASURE =
  'Người lao động được tuyên truyền trong năm, mỗi cơ sở tính một lần: buổi có ghi tên cơ sở tính tối đa số lao động của cơ sở chưa được tính trong năm (cộng số vượt có ghi lý do); buổi không ghi tên cơ sở tính theo số người đã nhập';

/** The first year whose plans are written for the two-tier state (province, commune/ward) after the 1 Jul 2025 reform. */
export const TWO_TIER_FROM_YEAR = 2026;

/**
 * The Lạng Sơn 2023 plan's twelve targets (DOMAIN.md; T4 and T6 as the plan's article words them): the
 * defaults of plans for years before the reform. Indicator ids name entries of ./indicators.ts.
 */
const TARGETS_2023: readonly TargetSpec[] = [
  {
    code: 'T1',
    text: 'Ít nhất 20% xã, phường, thị trấn triển khai ít nhất 01 hình thức tuyên truyền, duy trì thường xuyên',
    kind: 'computed',
    thresholdKind: 'percent',
    threshold: 20,
    measure: '',
    indicatorId: 'outreach.communes',
    denominatorId: 'communes.all',
  },
  {
    code: 'T2',
    text: 'Báo, đài của tỉnh đưa tin, bài về phòng, chống mại dâm ít nhất 01 lần/tháng',
    kind: 'declared_yes_no',
    thresholdKind: 'percent',
    threshold: 100,
    measure: '',
    indicatorId: null,
    denominatorId: null,
  },
  {
    code: 'T3',
    text: 'Ít nhất 20% người lao động tại cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm được tuyên truyền',
    kind: 'computed',
    thresholdKind: 'percent',
    threshold: 20,
    measure: T3_MEASURE,
    indicatorId: 'outreach.workers',
    denominatorId: 'businesses.workers',
  },
  {
    code: 'T4',
    text: '20% học sinh, sinh viên các trường trung học phổ thông, trường cao đẳng và các cơ sở giáo dục nghề nghiệp được tuyên truyền',
    kind: 'computed',
    thresholdKind: 'percent',
    threshold: 20,
    measure: '',
    indicatorId: 'outreach.students',
    denominatorId: 'schools.enrolment',
  },
  {
    code: 'T5',
    text: '100% huyện, thành phố xây dựng kế hoạch và tổ chức triển khai thực hiện',
    kind: 'declared_yes_no',
    thresholdKind: 'percent',
    threshold: 100,
    measure: '',
    indicatorId: null,
    denominatorId: null,
  },
  {
    code: 'T6',
    text: '100% sở, ban, ngành và UBND các huyện, thành phố lồng ghép nhiệm vụ phòng, chống tệ nạn mại dâm với nhiệm vụ phát triển kinh tế - xã hội, các chương trình an sinh, trợ giúp xã hội, phòng, chống ma túy, phòng, chống HIV/AIDS, phòng, chống mua bán người',
    kind: 'declared_yes_no',
    thresholdKind: 'percent',
    threshold: 100,
    measure: '',
    indicatorId: null,
    denominatorId: null,
  },
  {
    code: 'T7',
    text: '100% vụ việc tố giác, tin báo, khiếu nại được tiếp nhận, xác minh, phân loại, xử lý đúng thời hạn',
    kind: 'computed',
    thresholdKind: 'percent',
    threshold: 100,
    measure: '',
    indicatorId: 'cases.onTime',
    denominatorId: null,
  },
  {
    code: 'T8',
    text:
      '100% hành vi vi phạm được xử lý theo quy định của pháp luật (tính là đã xử lý khi có quyết định xử phạt, đã chuyển người có thẩm quyền xử phạt hoặc cơ quan công an, hoặc không ra quyết định xử phạt vì lý do pháp luật quy định; nhắc nhở không tính)',
    kind: 'computed',
    thresholdKind: 'percent',
    threshold: 100,
    measure: '',
    indicatorId: 'inspections.violationsHandled',
    denominatorId: null,
  },
  {
    code: 'T9',
    text: 'Kiểm tra ít nhất 30% cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm',
    kind: 'computed',
    thresholdKind: 'percent',
    threshold: 30,
    measure: '',
    indicatorId: 'inspections.coverage',
    denominatorId: 'businesses.active',
  },
  {
    code: 'T10',
    text: '100% huyện, thành phố triển khai hoạt động phòng ngừa, giảm hại, phòng, chống bạo lực trên cơ sở giới, bảo vệ quyền người lao động và hỗ trợ tái hòa nhập',
    kind: 'declared_number',
    thresholdKind: 'percent',
    threshold: 100,
    measure: '',
    indicatorId: null,
    denominatorId: null,
  },
  {
    code: 'T11',
    text: '100% người bán dâm có nhu cầu được tiếp cận các dịch vụ hỗ trợ',
    kind: 'declared_number',
    thresholdKind: 'percent',
    threshold: 100,
    measure: '',
    indicatorId: null,
    denominatorId: null,
  },
  {
    code: 'T12',
    text: 'Ít nhất 30% cộng tác viên, cán bộ, công chức, viên chức, chiến sĩ lực lượng vũ trang cấp tỉnh, huyện, xã được tập huấn, bồi dưỡng',
    kind: 'computed',
    thresholdKind: 'percent',
    threshold: 30,
    measure: '',
    indicatorId: 'training.staff',
    denominatorId: 'staff.active',
  },
];

/** Replaces the words of the targets named; everything else (kinds, thresholds, indicators) as in 2023. */
function reworded(base: readonly TargetSpec[], texts: Record<string, string>): readonly TargetSpec[] {
  return base.map((t) => ({ ...t, text: texts[t.code] ?? t.text }));
}

/**
 * The same targets worded for the two-tier state (2026 plans, e.g. Hà Nội 07/KH-UBND): "xã, phường", no
 * "thị trấn" or "huyện"; "cấp tỉnh và cấp xã". T7 and T8 keep their words.
 */
const TARGETS_2026 = reworded(TARGETS_2023, {
  T1: 'Ít nhất 20% xã, phường triển khai ít nhất 01 hình thức tuyên truyền về phòng ngừa mại dâm, duy trì thường xuyên',
  T2: 'Cơ quan báo chí của tỉnh đăng tải thông tin về phòng, chống mại dâm ít nhất 01 lần/tháng',
  T4: '20% học sinh, sinh viên các trường trung học phổ thông, trường cao đẳng và các cơ sở giáo dục nghề nghiệp được tuyên truyền',
  T5: '100% xã, phường xây dựng kế hoạch và tổ chức triển khai thực hiện',
  T6: '100% sở, ban, ngành và UBND các xã, phường lồng ghép nhiệm vụ phòng, chống tệ nạn mại dâm với nhiệm vụ phát triển kinh tế - xã hội, các chương trình an sinh, trợ giúp xã hội, phòng, chống ma túy, phòng, chống HIV/AIDS, phòng, chống mua bán người',
  T10: '100% xã, phường triển khai hoạt động phòng ngừa, giảm hại, phòng, chống bạo lực trên cơ sở giới, bảo vệ quyền người lao động và hỗ trợ tái hòa nhập',
  T12: 'Ít nhất 30% cộng tác viên, cán bộ, công chức, viên chức, chiến sĩ lực lượng vũ trang cấp tỉnh và cấp xã được tập huấn, bồi dưỡng',
});

/** The default targets of a plan for `year`: the two-tier wording from 2026, the 2023 plan's before. */
export function defaultTargets(year: number): readonly TargetSpec[] {
  return year >= TWO_TIER_FROM_YEAR ? TARGETS_2026 : TARGETS_2023;
}

/** The 2023 defaults (kept for callers that name them). */
export const DEFAULT_TARGETS = TARGETS_2023;
