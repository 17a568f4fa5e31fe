import { areaMessages } from '../area';

/** Backups and restore: the reason shown for every failure code (electron/backup/errors.ts). */
export const backupMessages = areaMessages(
  {
    'backup.error.NOT_A_BACKUP': 'Tệp này không phải là bản sao lưu của District Desk.',
    'backup.error.UNSUPPORTED_VERSION': 'Bản sao lưu có định dạng mà phiên bản này không đọc được.',
    'backup.error.WRONG_PASSPHRASE': 'Mật khẩu của bản sao lưu không đúng.',
    'backup.error.PASSPHRASE_REQUIRED': 'Bản sao lưu này được mã hóa: hãy nhập mật khẩu.',
    'backup.error.TRUNCATED': 'Bản sao lưu bị thiếu phần cuối (chép chưa xong hoặc hỏng). Dữ liệu hiện tại không bị thay đổi.',
    'backup.error.TAMPERED': 'Bản sao lưu đã bị thay đổi hoặc hỏng. Dữ liệu hiện tại không bị thay đổi.',
    'backup.error.TOO_NEW': 'Bản sao lưu được tạo bằng phiên bản phần mềm mới hơn. Hãy cập nhật phần mềm trước khi khôi phục.',
    'backup.error.INTEGRITY_FAILED': 'Cơ sở dữ liệu trong bản sao lưu bị hỏng, không dùng được.',
    'backup.error.VERIFY_FAILED': 'Đọc lại bản sao lưu vừa ghi thấy không khớp. Hãy thử lại hoặc dùng thiết bị lưu trữ khác.',
    'backup.error.OTHER_OFFICE': 'Bản sao lưu này thuộc về một cơ quan khác. Cần xác nhận trước khi khôi phục.',
    'backup.error.CANCELLED': 'Đã hủy.',
    'backup.error.DISK_FULL': 'Ổ đĩa đã đầy. Dữ liệu đã lưu trước đó vẫn nguyên vẹn; hãy giải phóng chỗ trống rồi thử lại.',
    'backup.error.NOT_WRITABLE': 'Không ghi được vào thư mục này (chỉ đọc hoặc không có quyền). Hãy chọn thư mục khác.',
    'backup.error.UNREADABLE': 'Không đọc được tệp (tệp không tồn tại, đang bị khóa hoặc thiết bị bị rút ra).',
    'backup.error.DATA_DIR_IN_USE':
      'Thư mục dữ liệu đang được một chương trình khác dùng ("{command}", tiến trình {pid}, từ {since}). Hãy đóng chương trình đó rồi thử lại; dữ liệu không bị thay đổi.',
    'backup.error.CHECKSUM_FAILED': 'Bản sao lưu không khớp với mã kiểm tra của nó (bị cắt bớt hoặc bị sửa). Không dùng được; dữ liệu hiện tại không bị thay đổi.',
    'backup.error.SCHEMA_MISMATCH':
      'Cấu trúc cơ sở dữ liệu trong bản sao lưu khác với cấu trúc chuẩn của phiên bản đó ({detail}). Không khôi phục tệp này.',
  },
  {
    'backup.error.NOT_A_BACKUP': 'This file is not a District Desk backup.',
    'backup.error.UNSUPPORTED_VERSION': 'The backup uses a format this version cannot read.',
    'backup.error.WRONG_PASSPHRASE': 'Wrong backup passphrase.',
    'backup.error.PASSPHRASE_REQUIRED': 'This backup is encrypted: enter its passphrase.',
    'backup.error.TRUNCATED': 'The backup is cut short (an unfinished copy or a damaged file). Current data was not changed.',
    'backup.error.TAMPERED': 'The backup was altered or damaged. Current data was not changed.',
    'backup.error.TOO_NEW': 'The backup was made by a newer version of the app. Update the app before restoring.',
    'backup.error.INTEGRITY_FAILED': 'The database inside the backup is damaged and cannot be used.',
    'backup.error.VERIFY_FAILED': 'Reading back the backup just written did not match. Try again or use another storage device.',
    'backup.error.OTHER_OFFICE': 'This backup belongs to another office. Confirm before restoring it.',
    'backup.error.CANCELLED': 'Cancelled.',
    'backup.error.DISK_FULL': 'The disk is full. Data saved earlier is intact; free some space and try again.',
    'backup.error.NOT_WRITABLE': 'Cannot write to this folder (read-only or no permission). Choose another folder.',
    'backup.error.UNREADABLE': 'Cannot read the file (missing, locked, or the device was removed).',
    'backup.error.DATA_DIR_IN_USE': 'The data folder is in use by another program ("{command}", process {pid}, since {since}). Close it and try again; no data was changed.',
    'backup.error.CHECKSUM_FAILED': 'The backup does not match its checksum (cut short or altered). It cannot be used; current data was not changed.',
    'backup.error.SCHEMA_MISMATCH': 'The database structure inside the backup differs from the standard structure of its version ({detail}). This file is not restored.',
  },
);
