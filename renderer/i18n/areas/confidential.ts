import { areaMessages } from '../area';

/** Issue 13's remainder: own-entries activity log, generated passphrases, recovery key on the restore page, re-registration. */
export const confidentialMessages = areaMessages(
  {
    'audit.ownOnly': 'Bạn chỉ xem được các thao tác của chính mình. Nhật ký của cả cơ quan do quản trị viên xem.',
    'backupPage.generate': 'Tạo mật khẩu ngẫu nhiên',
    'backupPage.generated': 'Mật khẩu vừa tạo (chỉ hiện lần này)',
    'backupPage.generatedLabel': 'Mật khẩu sao lưu vừa tạo',
    'backupPage.generatedGuidance':
      'Chép tay hoặc in trang này ngay và cất cùng ổ USB ở nơi an toàn (két của cơ quan). Khi khôi phục, gõ đúng như đã chép: chữ in hoa, cả dấu gạch ngang. Không có mật khẩu này thì không ai mở được bản sao lưu.',
    'errors.db.keySourceRefused':
      'Phần mềm đã cài chỉ dùng khóa do Windows bảo vệ, không nhận --key-file hay biến DISTRICT_DESK_DB_KEY. Hãy bỏ tham số/biến đó rồi mở lại. Máy mới: dùng mã khôi phục ở trang Khôi phục (hoặc --recovery-key-file); dòng lệnh vẫn dùng được --key-file.',
  },
  {
    'audit.ownOnly': 'You see only your own actions. The whole office’s log is for administrators.',
    'backupPage.generate': 'Generate a random passphrase',
    'backupPage.generated': 'Generated passphrase (shown only now)',
    'backupPage.generatedLabel': 'The generated backup passphrase',
    'backupPage.generatedGuidance':
      'Copy it by hand or print this page now, and keep it with the USB stick somewhere safe (the office safe). When restoring, type it exactly as copied: capitals, dashes included. Without this passphrase nobody can open the backup.',
    'errors.db.keySourceRefused':
      'The installed app uses only the key Windows protects; it does not take --key-file or DISTRICT_DESK_DB_KEY. Remove that switch or variable and start again. On a new PC use the recovery key on the Restore page (or --recovery-key-file); the command line still takes --key-file.',
  },
);
