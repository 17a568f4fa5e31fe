import { areaMessages } from '../area';

/** Printing any document: the preview's button, and the PDF made without a window (CLI, tests). */
export const printMessages = areaMessages(
  {
    'print.print': 'In / Lưu PDF',
    'print.noRenderer': 'Không tìm thấy trình duyệt Chromium để tạo PDF. Cài chromium hoặc đặt biến CHROMIUM_PATH.',
    'print.written': 'Đã ghi {pages} trang vào {file}',
  },
  {
    'print.print': 'Print / Save as PDF',
    'print.noRenderer': 'No Chromium found to make the PDF. Install chromium or set CHROMIUM_PATH.',
    'print.written': 'Wrote {pages} pages to {file}',
  },
);
