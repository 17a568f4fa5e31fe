import { areaMessages } from '../area';

/** Printing any document: the preview's button, and the PDF made without a window (CLI, tests). */
export const printMessages = areaMessages(
  {
    'print.print': 'In / Lưu PDF',
    'print.noRenderer': 'Không tìm thấy trình duyệt Chromium để tạo PDF. Cài chromium hoặc đặt biến CHROMIUM_PATH.',
    'print.written': 'Đã ghi {pages} trang vào {file}',
    'print.toPrinter': 'In...',
    'print.savePdf': 'Lưu PDF...',
    'print.savePdf.saved': 'Đã lưu tệp PDF: {file}',
    'print.savePdf.failed': 'Không ghi được tệp PDF ({reason}). Hãy chọn thư mục khác hoặc kiểm tra ổ đĩa.',
    'print.savePdf.badPath': 'Tên tệp không hợp lệ: hãy chọn một thư mục và đặt tên tệp .pdf.',
    'print.savePdf.notPdf': 'Không tạo được PDF từ bản xem trước.',
    'print.savePdf.refused': 'Yêu cầu lưu PDF bị từ chối.',
  },
  {
    'print.print': 'Print / Save as PDF',
    'print.noRenderer': 'No Chromium found to make the PDF. Install chromium or set CHROMIUM_PATH.',
    'print.written': 'Wrote {pages} pages to {file}',
    'print.toPrinter': 'Print...',
    'print.savePdf': 'Save PDF...',
    'print.savePdf.saved': 'PDF saved: {file}',
    'print.savePdf.failed': 'Could not write the PDF file ({reason}). Choose another folder or check the drive.',
    'print.savePdf.badPath': 'Invalid file name: choose a folder and a .pdf file name.',
    'print.savePdf.notPdf': 'Could not make a PDF of the preview.',
    'print.savePdf.refused': 'The request to save a PDF was refused.',
  },
);
