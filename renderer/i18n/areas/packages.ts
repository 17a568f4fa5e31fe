import { areaMessages } from '../area';

/** Data packages: the reason shown for every rejection code (electron/packages/errors.ts). */
export const packageMessages = areaMessages(
  {
    'packages.error.NOT_A_PACKAGE': 'Tệp này không phải là gói dữ liệu của District Desk.',
    'packages.error.UNSUPPORTED_VERSION': 'Gói dữ liệu được tạo bằng phiên bản phần mềm khác, phiên bản này không đọc được. Hãy cập nhật phần mềm.',
    'packages.error.TOO_LARGE': 'Tệp quá lớn để là một gói dữ liệu. Không nhập tệp này.',
    'packages.error.TRUNCATED': 'Gói dữ liệu bị thiếu phần cuối (tệp chép chưa xong hoặc bị hỏng). Hãy xin đơn vị gửi lại.',
    'packages.error.BAD_SIGNATURE': 'Chữ ký của gói dữ liệu không đúng: gói có thể đã bị sửa hoặc không phải do đơn vị đó gửi.',
    'packages.error.WRONG_RECIPIENT': 'Gói dữ liệu này được gửi cho nơi nhận khác, không phải cho đơn vị này.',
    'packages.error.TAMPERED': 'Nội dung gói dữ liệu đã bị thay đổi hoặc hỏng. Không nhập gì; hãy xin đơn vị gửi lại.',
    'packages.error.INVALID_CONTENT': 'Nội dung gói dữ liệu không hợp lệ (dữ liệu sai hoặc trỏ tới bản ghi không có). Không nhập gì.',
    'packages.error.UNKNOWN_SENDER': 'Gói dữ liệu đến từ một máy chưa được đăng ký. Hãy đăng ký đơn vị gửi trước.',
    'packages.error.REVOKED_SENDER': 'Máy gửi gói dữ liệu này đã bị thu hồi, gói không được chấp nhận.',
    'packages.error.WRONG_PASSPHRASE': 'Mật khẩu không đúng.',
    'packages.error.CRYPTO_SELF_TEST_FAILED':
      'Kiểm tra mật mã khi khởi động không đạt: không thể tạo hoặc mở gói dữ liệu trên máy này. Hãy cài lại phần mềm hoặc báo cán bộ CNTT.',
  },
  {
    'packages.error.NOT_A_PACKAGE': 'This file is not a District Desk data package.',
    'packages.error.UNSUPPORTED_VERSION': 'The package was made by a different version of the app that this one cannot read. Update the app.',
    'packages.error.TOO_LARGE': 'The file is too large to be a data package. Nothing was imported.',
    'packages.error.TRUNCATED': 'The package is cut short (an unfinished copy or a damaged file). Ask the office to send it again.',
    'packages.error.BAD_SIGNATURE': 'The package signature is wrong: it may have been altered or not come from that office.',
    'packages.error.WRONG_RECIPIENT': 'This package was sent to another recipient, not to this office.',
    'packages.error.TAMPERED': 'The package content was changed or damaged. Nothing was imported; ask the office to send it again.',
    'packages.error.INVALID_CONTENT': 'The package content is invalid (bad data or references to records that do not exist). Nothing was imported.',
    'packages.error.UNKNOWN_SENDER': 'The package comes from an installation that is not registered. Register the sending office first.',
    'packages.error.REVOKED_SENDER': 'The installation that sent this package has been revoked; the package is not accepted.',
    'packages.error.WRONG_PASSPHRASE': 'Wrong passphrase.',
    'packages.error.CRYPTO_SELF_TEST_FAILED':
      'The start-up cryptography check failed: data packages cannot be made or opened on this PC. Reinstall the app or call IT staff.',
  },
);
