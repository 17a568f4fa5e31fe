import { Alert, Button, Checkbox, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../app/i18n';

/** The recovery key, shown once after setup: nothing goes on until the administrator says it is kept. */
export function RecoveryKeyNotice({ recoveryKey, onDone }: { recoveryKey: string; onDone: () => void }) {
  const { t } = useT();
  const [kept, setKept] = useState(false);
  return (
    <section aria-labelledby="recovery-key-title">
      <Typography.Title level={3} id="recovery-key-title">
        {t('encryption.recoveryKey.title')}
      </Typography.Title>
      <Alert className="dd-gap-bottom" type="warning" showIcon title={t('encryption.recoveryKey.warning')} />
      <Typography.Paragraph className="dd-recovery-key" copyable={{ text: recoveryKey }} data-testid="recovery-key">
        <code>{recoveryKey}</code>
      </Typography.Paragraph>
      <Checkbox className="dd-gap-bottom" checked={kept} onChange={(e) => setKept(e.target.checked)}>
        {t('encryption.recoveryKey.confirm')}
      </Checkbox>
      <div>
        <Button type="primary" disabled={!kept} onClick={onDone}>
          {t('common.next')}
        </Button>
      </div>
    </section>
  );
}
