import { formatRecoveryKey, requireDbKey } from '../../../db/key';
import type { Handler } from '../router';

export const encryptionHandlers: { 'office.recoveryKey': Handler<'office.recoveryKey'> } = {
  // The key the database was opened with (the app's, or the environment's key source).
  'office.recoveryKey': ({ app }) => ({ recoveryKey: formatRecoveryKey(requireDbKey(app.sqlite.key)) }),
};
