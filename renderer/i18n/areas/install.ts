import { areaMessages } from '../area';

/** Installation by IT staff: the unattended-setup settings file. */
export const installMessages = areaMessages(
  {
    'settings.tooLarge': 'Tệp thiết lập {file} quá lớn: đây không phải tệp thiết lập của District Desk.',
    'settings.unreadable': 'Không đọc được tệp thiết lập {file} (không có tệp hoặc không có quyền đọc).',
    'settings.notJson': 'Tệp thiết lập {file} không đúng định dạng JSON (thiếu dấu ngoặc, dấu phẩy hoặc dấu nháy?).',
    'settings.invalid': 'Tệp thiết lập {file} có mục sai hoặc thiếu; xem hướng dẫn trong docs/IT-GUIDE.md.',
    'about.fingerprint': 'Dấu vân tay khóa ký (đọc theo nhóm)',
    'about.cryptoSelfTest': 'Kiểm tra mật mã khi khởi động',
    'about.cryptoOk': 'Đạt',
    'about.cryptoFailed': 'Không đạt: {failed}. Không tạo, không mở được gói dữ liệu.',
  },
  {
    'settings.tooLarge': 'The settings file {file} is too large: it is not a District Desk settings file.',
    'settings.unreadable': 'Cannot read the settings file {file} (missing or no permission).',
    'settings.notJson': 'The settings file {file} is not valid JSON (a missing bracket, comma or quote?).',
    'settings.invalid': 'The settings file {file} has wrong or missing entries; see docs/IT-GUIDE.md.',
    'about.fingerprint': 'Signing key fingerprint (read in groups)',
    'about.cryptoSelfTest': 'Start-up cryptography check',
    'about.cryptoOk': 'Passed',
    'about.cryptoFailed': 'Failed: {failed}. Data packages cannot be made or opened.',
  },
);
