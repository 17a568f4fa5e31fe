import { areaMessages } from '../area';

/** Issue 14 (lawb): count targets, reporting-period conventions, settings of the printed documents. */
export const law2026Messages = areaMessages(
  {
    'plan.thresholdKind.percent': 'Tỷ lệ (%)',
    'plan.thresholdKind.count': 'Số lượng',
    'plan.adopt.kindOf': 'Loại chỉ tiêu của {code}',
    'plan.thresholdCount': '≥ {value}',
    'plan.valueCount': '{value}',
    'plan.measure': 'Cách tính: {measure}',
    'plan.periodConvention': 'Cách tính kỳ báo cáo',
    'plan.periodConvention.calendar': 'Theo tháng, quý, năm dương lịch',
    'plan.periodConvention.cutoff': 'Chốt số liệu: từ ngày 15 tháng trước đến ngày 14 (năm: 15/12 đến 14/12)',
    'plan.error.countRange': 'Số lượng phải lớn hơn 0',
  },
  {
    'plan.thresholdKind.percent': 'Rate (%)',
    'plan.thresholdKind.count': 'Count',
    'plan.adopt.kindOf': 'Kind of target {code}',
    'plan.thresholdCount': '≥ {value}',
    'plan.valueCount': '{value}',
    'plan.measure': 'How it counts: {measure}',
    'plan.periodConvention': 'How reporting periods run',
    'plan.periodConvention.calendar': 'Calendar months, quarters and years',
    'plan.periodConvention.cutoff': 'Cut-off: from the 15th of the month before to the 14th (a year: 15 Dec to 14 Dec)',
    'plan.error.countRange': 'A count must be above 0',
  },
);
