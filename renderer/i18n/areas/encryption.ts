import { areaMessages } from '../area';

/** Encryption at rest: the database key, its recovery key and the one-time conversion (db/key.ts, db/encryption.ts). */
export const encryptionMessages = areaMessages(
  {
    'errors.db.keyMissing':
      'Chưa có khóa của cơ sở dữ liệu (dữ liệu được mã hóa). Ứng dụng tự giữ khóa; dòng lệnh cần --key-file TỆP hoặc biến môi trường DISTRICT_DESK_DB_KEY (xem Hướng dẫn cho cán bộ CNTT).',
    'errors.db.keyInvalid': 'Khóa không hợp lệ: cần mã khôi phục đúng như đã in (11 nhóm 5 ký tự), hoặc 64 chữ số hệ 16.',
    'errors.db.keyWrong': 'Không đọc được cơ sở dữ liệu bằng khóa này: khóa sai (của máy khác?) hoặc tệp bị hỏng.',
    'errors.db.keyUnwrapFailed':
      'Khóa của cơ sở dữ liệu được bảo vệ bởi tài khoản Windows trên máy khác (hoặc người dùng khác) nên không mở được ở đây. Hãy khởi động với --recovery-key-file TỆP chứa mã khôi phục đã in khi cài đặt.',
    'errors.db.keyProtectionUnavailable':
      'Hệ điều hành không có kho bảo vệ khóa (safeStorage) nên không giữ được khóa của cơ sở dữ liệu. Hãy dùng --key-file TỆP hoặc biến DISTRICT_DESK_DB_KEY.',
    'errors.db.cipherUnavailable': 'Bản SQLite đang dùng không hỗ trợ mã hóa (cần better-sqlite3-multiple-ciphers). Hãy cài lại phần mềm.',
    'errors.db.encryptFailed': 'Chưa mã hóa được cơ sở dữ liệu cũ; dữ liệu vẫn nguyên như trước. Hãy kiểm tra chỗ trống trên ổ đĩa rồi mở lại.',
    'encryption.recoveryKey.title': 'Mã khôi phục dữ liệu',
    'audit.action.office.recoveryKey': 'Xem mã khôi phục dữ liệu',
    'encryption.recoveryKey.warning':
      'Dữ liệu trên máy này được mã hóa. Nếu máy hỏng, chỉ mã này mở được dữ liệu và các bản sao lưu trên máy khác. Hãy in hoặc chép lại, cất nơi an toàn (két của cơ quan). Mã chỉ hiện một lần.',
    'encryption.recoveryKey.confirm': 'Tôi đã in hoặc chép lại mã khôi phục',
    'cli.recoveryKey': 'Mã khôi phục dữ liệu (in ra, cất nơi an toàn; chỉ hiện lần này): {key}',
    'cli.key.written': 'Đã ghi khóa mới vào {file}. Cất tệp này nơi an toàn, ngoài máy; dùng với --key-file.',
    'cli.usage.key': `  key new --out TỆP   (tạo khóa mới cho dòng lệnh; sau đó: init --key-file TỆP)
  Mọi lệnh mở dữ liệu cần khóa: --key-file TỆP hoặc biến DISTRICT_DESK_DB_KEY. restore TỆP --recovery-key-file TỆP: khôi phục bản sao lưu của máy khác bằng mã khôi phục của máy đó.`,
  },
  {
    'errors.db.keyMissing':
      'No database key (the data is encrypted). The app keeps its key itself; the command line needs --key-file FILE or the DISTRICT_DESK_DB_KEY environment variable (see the IT guide).',
    'errors.db.keyInvalid': 'Invalid key: give the recovery key exactly as printed (11 groups of 5 characters), or 64 hex digits.',
    'errors.db.keyWrong': 'The database cannot be read with this key: the key is wrong (from another PC?) or the file is damaged.',
    'errors.db.keyUnwrapFailed':
      "The database key is protected by a Windows account on another PC (or another user), so it cannot be opened here. Start with --recovery-key-file FILE holding the recovery key printed at setup.",
    'errors.db.keyProtectionUnavailable':
      'The operating system offers no key protection (safeStorage), so the database key cannot be kept. Use --key-file FILE or DISTRICT_DESK_DB_KEY.',
    'errors.db.cipherUnavailable': 'The SQLite build in use cannot encrypt (better-sqlite3-multiple-ciphers is needed). Reinstall the app.',
    'errors.db.encryptFailed': 'The old database could not be encrypted yet; the data is as it was. Check the free disk space and open it again.',
    'encryption.recoveryKey.title': 'Data recovery key',
    'audit.action.office.recoveryKey': 'Viewed the data recovery key',
    'encryption.recoveryKey.warning':
      'The data on this PC is encrypted. If the PC dies, only this key opens the data and its backups on another PC. Print it or copy it down and keep it somewhere safe (the office safe). It is shown only once.',
    'encryption.recoveryKey.confirm': 'I have printed or copied the recovery key',
    'cli.recoveryKey': 'Data recovery key (print it, keep it safe; shown only now): {key}',
    'cli.key.written': 'New key written to {file}. Keep this file somewhere safe, off this PC; use it with --key-file.',
    'cli.usage.key': `  key new --out FILE   (makes a new key for the command line; then: init --key-file FILE)
  Every command that opens data needs the key: --key-file FILE or DISTRICT_DESK_DB_KEY. restore FILE --recovery-key-file FILE: restores another PC's backup with that PC's recovery key.`,
  },
);
