import { DownloadOutlined, FileExcelOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Space } from 'antd';
import { useState } from 'react';
import { api } from '../api';
import { downloadFile } from '../app/download';
import { useT } from '../app/i18n';
import { useApiCall } from '../app/useApiCall';

/** Add, import, export and template buttons above the register. */
export function RegisterToolbar({ onAdd, onImport }: { onAdd: () => void; onImport: () => void }) {
  const { t } = useT();
  const { message } = AntApp.useApp();
  const call = useApiCall();
  const [downloading, setDownloading] = useState<'export' | 'template' | null>(null);

  async function download(kind: 'export' | 'template') {
    setDownloading(kind);
    const file = await call(kind === 'export' ? api['businesses.export']({}) : api['businesses.template']({}));
    setDownloading(null);
    if (!file) return;
    downloadFile(file);
    void message.success(t('common.downloaded', { file: file.fileName }));
  }

  return (
    <Space wrap className="dd-toolbar">
      <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={onAdd}>
        {t('business.list.add')}
      </Button>
      <Button icon={<UploadOutlined aria-hidden />} onClick={onImport}>
        {t('business.list.import')}
      </Button>
      <Button icon={<DownloadOutlined aria-hidden />} loading={downloading === 'export'} onClick={() => void download('export')}>
        {t('business.list.export')}
      </Button>
      <Button
        icon={<FileExcelOutlined aria-hidden />}
        loading={downloading === 'template'}
        onClick={() => void download('template')}
      >
        {t('business.list.template')}
      </Button>
    </Space>
  );
}
