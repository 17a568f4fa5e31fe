import type { TargetSpec } from '../../db/plan';

/**
 * The Lạng Sơn 2023 plan's twelve targets (DOMAIN.md): the default set of a new year's plan.
 * Indicator ids name entries of the registry in ./indicators.ts; those whose records live in other
 * areas (outreach, inspections, training) show "no data yet" until that area registers its indicator.
 */
export const DEFAULT_TARGETS: readonly TargetSpec[] = [
  {
    code: 'T1',
    text: 'Ít nhất 20% xã, phường, thị trấn triển khai ít nhất 01 hình thức tuyên truyền, duy trì thường xuyên',
    kind: 'computed',
    threshold: 20,
    indicatorId: 'outreach.communes',
    denominatorId: 'communes.all',
  },
  {
    code: 'T2',
    text: 'Báo, đài của tỉnh đưa tin, bài về phòng, chống mại dâm ít nhất 01 lần/tháng',
    kind: 'declared_yes_no',
    threshold: 100,
    indicatorId: null,
    denominatorId: null,
  },
  {
    code: 'T3',
    text: 'Ít nhất 20% người lao động tại cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm được tuyên truyền',
    kind: 'computed',
    threshold: 20,
    indicatorId: 'outreach.workers',
    denominatorId: 'businesses.workers',
  },
  {
    code: 'T4',
    text: '20% học sinh, sinh viên các trường trung học phổ thông, cao đẳng, trung cấp nghề được tuyên truyền',
    kind: 'computed',
    threshold: 20,
    indicatorId: 'outreach.students',
    denominatorId: 'schools.enrolment',
  },
  {
    code: 'T5',
    text: '100% huyện, thành phố xây dựng kế hoạch và tổ chức triển khai thực hiện',
    kind: 'declared_yes_no',
    threshold: 100,
    indicatorId: null,
    denominatorId: null,
  },
  {
    code: 'T6',
    text: '100% sở, ngành, UBND huyện lồng ghép nhiệm vụ phòng, chống mại dâm với phòng, chống ma túy, HIV/AIDS, mua bán người, trợ giúp xã hội',
    kind: 'declared_yes_no',
    threshold: 100,
    indicatorId: null,
    denominatorId: null,
  },
  {
    code: 'T7',
    text: '100% vụ việc tố giác, tin báo, khiếu nại được tiếp nhận, xác minh, phân loại, xử lý đúng thời hạn',
    kind: 'computed',
    threshold: 100,
    indicatorId: 'cases.onTime',
    denominatorId: null,
  },
  {
    code: 'T8',
    text:
      '100% hành vi vi phạm được xử lý theo quy định của pháp luật (tính là đã xử lý khi có quyết định xử phạt, đã chuyển người có thẩm quyền xử phạt hoặc cơ quan công an, hoặc không ra quyết định xử phạt vì lý do pháp luật quy định; nhắc nhở không tính)',
    kind: 'computed',
    threshold: 100,
    indicatorId: 'inspections.violationsHandled',
    denominatorId: null,
  },
  {
    code: 'T9',
    text: 'Kiểm tra ít nhất 30% cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm',
    kind: 'computed',
    threshold: 30,
    indicatorId: 'inspections.coverage',
    denominatorId: 'businesses.active',
  },
  {
    code: 'T10',
    text: '100% huyện, thành phố triển khai hoạt động phòng ngừa, giảm hại, phòng, chống bạo lực trên cơ sở giới, bảo vệ quyền người lao động và hỗ trợ tái hòa nhập',
    kind: 'declared_number',
    threshold: 100,
    indicatorId: null,
    denominatorId: null,
  },
  {
    code: 'T11',
    text: '100% người bán dâm có nhu cầu được tiếp cận các dịch vụ hỗ trợ',
    kind: 'declared_number',
    threshold: 100,
    indicatorId: null,
    denominatorId: null,
  },
  {
    code: 'T12',
    text: 'Ít nhất 30% cộng tác viên, cán bộ, công chức, viên chức, chiến sĩ lực lượng vũ trang cấp tỉnh, huyện, xã được tập huấn, bồi dưỡng',
    kind: 'computed',
    threshold: 30,
    indicatorId: 'training.staff',
    denominatorId: 'staff.active',
  },
];
