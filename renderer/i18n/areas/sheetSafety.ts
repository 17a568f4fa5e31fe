import { areaMessages } from '../area';

/** Spreadsheet import: the true reason a hostile or implausible file is refused (electron/businesses/sheetReader.ts). */
export const sheetSafetyMessages = areaMessages(
  {
    'import.dateImplausible': 'Ngày {date} không hợp lý (chỉ nhận từ năm {min} đến năm {max})',
    'import.inflatesTooMuch': 'Tệp nén chứa {size} MB dữ liệu khi giải nén (tối đa {max} MB): không đọc tệp này. Hãy chia bảng tính thành nhiều tệp nhỏ hơn',
    'import.notPlainSheet':
      'Tệp không phải là bảng tính thông thường: có khai báo DTD hoặc thực thể XML, thứ mà Excel không tạo ra. Hãy mở tệp bằng Excel và lưu lại dưới dạng .xlsx',
    'import.readerLimit': 'Đọc tệp này cần quá nhiều bộ nhớ nên đã dừng lại. Hãy chia bảng tính thành nhiều tệp nhỏ hơn',
    'import.missingColumnsAtRow': 'Thiếu cột bắt buộc: {columns} (dòng {row} được lấy làm dòng tiêu đề)',
  },
  {
    'import.dateImplausible': 'The date {date} is not plausible (only years {min} to {max} are accepted)',
    'import.inflatesTooMuch': 'The compressed file holds {size} MB once unpacked (at most {max} MB): it is not read. Split the spreadsheet into smaller files',
    'import.notPlainSheet':
      'The file is not a plain spreadsheet: it declares a DTD or XML entities, which Excel never writes. Open it in Excel and save it again as .xlsx',
    'import.readerLimit': 'Reading this file needed too much memory and was stopped. Split the spreadsheet into smaller files',
    'import.missingColumnsAtRow': 'Required columns missing: {columns} (row {row} was taken as the header row)',
  },
);
