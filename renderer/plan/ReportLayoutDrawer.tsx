import { App as AntApp, Button, Checkbox, Drawer, Input, Space, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import type { ProcedureOutput } from '../../electron/api/contract';
import { api } from '../api';
import { useT } from '../app/i18n';
import { useApiCall } from '../app/useApiCall';

type Row = ProcedureOutput<'reports.layout'>[number];

/** One row's wording (and for a table, whether it is printed), saved on its own. */
function RowEditor({ row, onSaved }: { row: Row; onSaved: (rows: Row[]) => void }) {
  const { t } = useT();
  const call = useApiCall();
  const [text, setText] = useState(row.text);
  const [shown, setShown] = useState(row.shown);
  const changed = text !== row.text || shown !== row.shown;
  async function save() {
    const rows = await call(api['reports.setLayout']({ id: row.id, text, ...(row.kind === 'table' ? { shown } : {}) }));
    if (rows) onSaved(rows);
  }
  return (
    <Space.Compact block>
      <Input aria-label={row.id} value={text} maxLength={500} onChange={(e) => setText(e.target.value)} onPressEnter={() => changed && void save()} />
      {row.kind === 'table' && (
        <Checkbox className="dd-layout-shown" checked={shown} onChange={(e) => setShown(e.target.checked)}>
          {t('report.layout.shown')}
        </Checkbox>
      )}
      <Button disabled={!changed} onClick={() => void save()}>
        {t('common.save')}
      </Button>
    </Space.Compact>
  );
}

/** The province edits the periodic report's wording; offices receive it in the configuration package. */
export function ReportLayoutButton() {
  const { t } = useT();
  const call = useApiCall();
  const { message } = AntApp.useApp();
  const [open, setOpen] = useState(false);
  const [rows, setRows] = useState<Row[]>([]);
  useEffect(() => {
    if (open) void call(api['reports.layout']({})).then((value) => value && setRows(value));
  }, [call, open]);
  const version = rows.reduce((v, r) => Math.max(v, r.version), 1);
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('report.layout.open')}</Button>
      <Drawer open={open} size={900} title={t('report.layout.title', { version })} onClose={() => setOpen(false)} destroyOnHidden>
        <p className="dd-hint">{t('report.layout.hint')}</p>
        <Table<Row>
          rowKey="id"
          size="small"
          dataSource={rows}
          pagination={false}
          columns={[
            { title: t('report.layout.col.kind'), dataIndex: 'kind', width: 100, render: (kind: Row['kind']) => <Tag>{t(`report.layout.kind.${kind}`)}</Tag> },
            {
              title: t('report.layout.col.text'),
              key: 'text',
              render: (_: unknown, row) => (
                <RowEditor
                  key={`${row.id}-${row.version}`}
                  row={row}
                  onSaved={(next) => {
                    setRows(next);
                    void message.success(t('report.layout.saved', { version: next.reduce((v, r) => Math.max(v, r.version), 1) }));
                  }}
                />
              ),
            },
          ]}
        />
      </Drawer>
    </>
  );
}
