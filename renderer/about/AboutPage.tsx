import { CheckCircleOutlined, CloseCircleOutlined } from '@ant-design/icons';
import { Descriptions } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../api';
import { useT } from '../app/i18n';
import { useSession } from '../app/session';
import { PageTitle } from '../app/PageTitle';
import { WholeGuideLink } from '../help/HelpProvider';

/** Version, data version, installation and office identity, data folder. */
export function AboutPage() {
  const { t } = useT();
  const { status } = useSession();
  const office = status.office;
  const [fingerprint, setFingerprint] = useState('');
  useEffect(() => {
    if (!status.user) return;
    void api['packages.keys']({}).then((result) => {
      if (result.ok) setFingerprint(result.value.signing.fingerprint);
    });
  }, [status.user]);
  const selfTest = status.cryptoSelfTest;
  return (
    <>
      <PageTitle focusToken={1} extra={<WholeGuideLink />}>{t('about.title')}</PageTitle>
      <Descriptions
        bordered
        column={1}
        size="small"
        items={[
          { key: 'version', label: t('about.version'), children: status.appVersion },
          { key: 'schema', label: t('about.schema'), children: status.schemaVersion },
          { key: 'installation', label: t('about.installationId'), children: <code data-identifier>{office?.installationId ?? ''}</code> },
          { key: 'office', label: t('about.office'), children: office?.officeName ?? '' },
          { key: 'level', label: t('about.level'), children: office ? t(`level.${office.level}`) : '' },
          { key: 'unit', label: t('app.unit'), children: office ? `${office.unitName} (${office.unitCode})` : '' },
          { key: 'list', label: t('setup.listVersion'), children: office?.unitListVersion ?? '' },
          { key: 'dataDir', label: t('about.dataDir'), children: <code>{status.dataDir}</code> },
          // Read aloud to the province when registering this installation.
          { key: 'fingerprint', label: t('about.fingerprint'), children: <code className="dd-fingerprint">{fingerprint}</code> },
          {
            key: 'selfTest',
            label: t('about.cryptoSelfTest'),
            children: selfTest.ok ? (
              <span>
                <CheckCircleOutlined aria-hidden /> {t('about.cryptoOk')}
              </span>
            ) : (
              <strong>
                <CloseCircleOutlined aria-hidden /> {t('about.cryptoFailed', { failed: selfTest.failed.join(', ') })}
              </strong>
            ),
          },
        ]}
      />
    </>
  );
}
