import { areaMessages } from '../area';

/** Issue 13's remainder: own-entries activity log, generated passphrases, recovery key on the restore page, re-registration. */
export const confidentialMessages = areaMessages(
  {
    'audit.ownOnly': 'Bạn chỉ xem được các thao tác của chính mình. Nhật ký của cả cơ quan do quản trị viên xem.',
  },
  {
    'audit.ownOnly': 'You see only your own actions. The whole office’s log is for administrators.',
  },
);
