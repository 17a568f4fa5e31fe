import { Alert, Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { api } from '../api';
import { useT } from '../app/i18n';
import { useApiCall } from '../app/useApiCall';

/**
 * Who denounced a business is never in the case as the screen gets it (electron/cases/redact.ts):
 * "Show the reporter" asks for a reason, and the call is written to the activity log.
 */
export function RevealReporter({ caseId }: { caseId: string }) {
  const { t } = useT();
  const call = useApiCall();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [shown, setShown] = useState<{ reporterName: string; reporterContact: string } | null>(null);

  async function reveal() {
    const revealed = await call(api['cases.revealReporter']({ id: caseId, reason }));
    if (revealed) setShown(revealed);
  }

  if (shown) return <Alert className="dd-gap-bottom" type="info" showIcon role="status" title={t('cases.revealed', { name: shown.reporterName, contact: shown.reporterContact })} />;
  return (
    <div className="dd-gap-bottom">
      <p>
        {t('cases.reporterHidden')} {t('cases.keepReporterHint')}
      </p>
      {asking ? (
        <Form layout="vertical" onFinish={() => void reveal()} component="div">
          <Form.Item label={t('cases.revealReason')} extra={t('cases.revealReasonHint')} required>
            <Space.Compact block>
              <Input autoFocus value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} onPressEnter={() => void reveal()} />
              <Button onClick={() => void reveal()}>{t('cases.reveal')}</Button>
            </Space.Compact>
          </Form.Item>
        </Form>
      ) : (
        <Button onClick={() => setAsking(true)}>{t('cases.reveal')}</Button>
      )}
    </div>
  );
}
