import { areaMessages } from '../area';

/** Crash safety: what the clerk is told when the data folder cannot take writes. */
export const crashMessages = areaMessages(
  {
    'readOnly.banner':
      'Thư mục dữ liệu đang ở chế độ chỉ đọc: có thể xem hồ sơ nhưng không lưu được thay đổi. Hãy kiểm tra quyền ghi của thư mục hoặc báo cho cán bộ tin học.',
  },
  {
    'readOnly.banner':
      'The data folder is read-only: records can be viewed but changes cannot be saved. Check the folder’s write permission or tell your IT staff.',
  },
);
