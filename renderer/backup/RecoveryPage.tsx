import { Alert, Button, Card, Descriptions } from 'antd';
import { useState } from 'react';
import { useT } from '../app/i18n';
import { PublicPage } from '../app/PublicPage';
import { useSession } from '../app/session';
import { formatDateTime } from '../i18n/translate';
import { RestoreFromFile } from './BackupPage';
import { RestorePanel } from './RestorePanel';

/**
 * Shown instead of the app when the database was found damaged (or missing) at start: says so
 * plainly and offers the newest good automatic backup, or another backup file.
 */
export function RecoveryPage() {
  const { t } = useT();
  const { status } = useSession();
  const [file, setFile] = useState<string | null>(null);
  const recovery = status.recovery;
  if (!recovery) return null;
  const good = recovery.newestGoodBackup;
  return (
    <PublicPage title={t('recovery.title')} wide>
      {file ? (
        <Card>
          <RestorePanel file={file} onCancel={() => setFile(null)} />
        </Card>
      ) : (
        <>
          <Alert type="error" showIcon role="alert" title={t(`recovery.reason.${recovery.reason}`)} description={t('recovery.nothingDeleted')} />
          <Card className="dd-gap-top" title={<h2 className="dd-section-title">{t('recovery.newestTitle')}</h2>}>
            {good ? (
              <>
                <Descriptions
                  bordered
                  column={1}
                  size="small"
                  items={[
                    { key: 'date', label: t('backupPage.createdAt'), children: formatDateTime(good.createdAt) },
                    { key: 'office', label: t('backupPage.office'), children: good.officeName ? `${good.officeName} (${good.unitCode ?? ''})` : t('backupPage.noOffice') },
                  ]}
                />
                <Button className="dd-gap-top" type="primary" onClick={() => setFile(good.file)}>
                  {t('recovery.restoreNewest')}
                </Button>
              </>
            ) : (
              <p>{t('recovery.noBackup')}</p>
            )}
          </Card>
          <Card className="dd-gap-top" title={<h2 className="dd-section-title">{t('recovery.otherFile')}</h2>}>
            <RestoreFromFile onChosen={setFile} />
          </Card>
        </>
      )}
    </PublicPage>
  );
}
