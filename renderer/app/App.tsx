import { Alert, Button, Spin } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ApiErrorData } from '../../electron/api/errors';
import type { AppStatus } from '../../electron/api/schemas/office';
import { api } from '../api';
import { RecoveryPage } from '../backup/RecoveryPage';
import { SetupWizard } from '../setup/SetupWizard';
import { SessionLock } from '../lock/SessionLock';
import { SignInPage } from '../signIn/SignInPage';
import { PublicPage } from './PublicPage';
import { SessionContext, type Session } from './session';
import { Shell } from './Shell';
import { useT } from './i18n';
import { HelpProvider } from '../help/HelpProvider';

type Boot = { kind: 'loading' } | { kind: 'failed'; error: ApiErrorData } | { kind: 'ready'; status: AppStatus };

/** Start flow: not set up -> setup wizard; no user -> sign-in; else the app. */
export function App() {
  const { t, tKey } = useT();
  const [boot, setBoot] = useState<Boot>({ kind: 'loading' });

  const reload = useCallback(async () => {
    const result = await api['app.status']({});
    setBoot(result.ok ? { kind: 'ready', status: result.value } : { kind: 'failed', error: result.error });
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  const session = useMemo<Session | null>(
    () => (boot.kind === 'ready' ? { status: boot.status, reload } : null),
    [boot, reload],
  );

  if (boot.kind === 'loading') {
    return (
      <PublicPage title={t('app.loading')}>
        <Spin />
      </PublicPage>
    );
  }
  if (boot.kind === 'failed' || !session) {
    const error = boot.kind === 'failed' ? boot.error : { code: 'INTERNAL', messageKey: 'errors.internal' };
    return (
      <PublicPage title={t('app.startFailed')} wide>
        <Alert type="error" showIcon title={tKey(error.messageKey, error.params)} />
        <Button className="dd-gap-top" onClick={() => void reload()}>
          {t('common.retry')}
        </Button>
      </PublicPage>
    );
  }
  return (
    <SessionContext.Provider value={session}>
      {session.status.recovery ? (
        <HelpProvider section="recovery" province={false}>
          <RecoveryPage />
        </HelpProvider>
      ) : !session.status.setUp ? (
        <HelpProvider section="setup" province={false}>
          <SetupWizard />
        </HelpProvider>
      ) : !session.status.user ? (
        <SignInPage />
      ) : (
        <SessionLock>
          <Shell />
        </SessionLock>
      )}
    </SessionContext.Provider>
  );
}
