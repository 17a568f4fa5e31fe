import type { PrintSheet } from '../../electron/api/schemas/inspections';

type DocumentSettings = PrintSheet['documents'];

/** Document settings as a commune office would set them, for layout tests. */
export const TEST_DOCUMENTS: DocumentSettings = {
  parentBody: '',
  place: 'Lạng Sơn',
  teamName: 'Đội kiểm tra liên ngành về phòng, chống tệ nạn mại dâm',
  reportSymbol: 'BC-UBND',
  minutesSymbol: 'BB-ĐKT',
  signHead: 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH',
  signPreparer: 'NGƯỜI LẬP BÁO CÁO',
  recipients: 'UBND tỉnh (để báo cáo);\nLưu: VT.',
};
