import { Alert } from 'antd';
import { useT } from './i18n';
import { useSession } from './session';

/** Shown on every page while the data folder refuses writes (the app opened its database read-only). */
export function ReadOnlyBanner() {
  const { t } = useT();
  const { status } = useSession();
  if (!status.readOnly) return null;
  return <Alert type="warning" showIcon role="alert" style={{ marginBottom: 16 }} title={t('readOnly.banner')} />;
}
