import { areaMessages } from '../area';

/** Issue 13's remainder: own-entries activity log, generated passphrases, recovery key on the restore page, re-registration. */
export const confidentialMessages = areaMessages(
  {
    'audit.ownOnly': 'Bạn chỉ xem được các thao tác của chính mình. Nhật ký của cả cơ quan do quản trị viên xem.',
    'errors.db.keySourceRefused':
      'Phần mềm đã cài chỉ dùng khóa do Windows bảo vệ, không nhận --key-file hay biến DISTRICT_DESK_DB_KEY. Hãy bỏ tham số/biến đó rồi mở lại. Máy mới: dùng mã khôi phục ở trang Khôi phục (hoặc --recovery-key-file); dòng lệnh vẫn dùng được --key-file.',
  },
  {
    'audit.ownOnly': 'You see only your own actions. The whole office’s log is for administrators.',
    'errors.db.keySourceRefused':
      'The installed app uses only the key Windows protects; it does not take --key-file or DISTRICT_DESK_DB_KEY. Remove that switch or variable and start again. On a new PC use the recovery key on the Restore page (or --recovery-key-file); the command line still takes --key-file.',
  },
);
