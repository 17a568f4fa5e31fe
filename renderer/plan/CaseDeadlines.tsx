import { Alert, Button, Checkbox, Modal, Select, Table } from 'antd';
import { NumberInput } from '../components/NumberInput';
import { useState } from 'react';
import type { ProcedureOutput } from '../../electron/api/contract';
import { api } from '../api';
import { useT } from '../app/i18n';
import { useApiCall } from '../app/useApiCall';
import { todayIso } from '../inspections/dates';
import { formatDate } from '../i18n/translate';

type Settings = ProcedureOutput<'cases.deadlines'>;
type Rule = Settings['rules'][number];

/**
 * The legal deadlines as data: each rule's days with its article, source and the day it was checked. The
 * province edits them (offices receive them in the configuration package); "remote area" is this office's own.
 */
export function CaseDeadlinesButton({ onSaved }: { onSaved: () => void }) {
  const { t } = useT();
  const call = useApiCall();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [edited, setEdited] = useState<Record<string, Pick<Rule, 'days' | 'status'>>>({});
  const [remote, setRemote] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);

  async function show() {
    const current = await call(api['cases.deadlines']({}));
    if (!current) return;
    setSettings(current);
    setRemote(current.remoteArea);
    setEdited({});
    setFormError(null);
  }

  async function save() {
    if (!settings) return;
    const target = { form: { setFields: () => undefined }, fields: [], setFormError };
    if (remote !== settings.remoteArea && !(await call(api['cases.setRemoteArea']({ remote }), target))) return;
    for (const rule of settings.rules) {
      const change = edited[rule.id];
      if (!change) continue;
      const input = { id: rule.id, days: change.days, article: rule.article, source: rule.source, checkedOn: todayIso(), status: change.status, note: rule.note };
      if (!(await call(api['cases.setDeadline'](input), target))) return;
    }
    setSettings(null);
    onSaved();
  }

  const ruleName = (r: Rule) =>
    `${t(`cases.kind.${r.kind as 'complaint'}`)} · ${t(`cases.deadlines.stage.${r.stage}`)}${r.variant ? ` (${t(`cases.deadlines.variant.${r.variant}`)})` : ''}`;
  const value = (r: Rule) => edited[r.id] ?? { days: r.days, status: r.status };
  return (
    <>
      <Button onClick={() => void show()}>{t('cases.deadlines.open')}</Button>
      <Modal open={settings !== null} title={t('cases.deadlines.title')} okText={t('common.save')} cancelText={t('common.cancel')} onOk={() => void save()} onCancel={() => setSettings(null)} width={1000}>
        <p className="dd-hint">{t('cases.deadlines.hint')}</p>
        <Checkbox checked={remote} onChange={(e) => setRemote(e.target.checked)}>
          {t('cases.deadlines.remote')}
        </Checkbox>
        {settings && !settings.editable && <Alert className="dd-gap-bottom" type="info" showIcon title={t('cases.deadlines.provinceOnly')} />}
        <Table<Rule>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={settings?.rules ?? []}
          columns={[
            { key: 'rule', title: t('cases.deadlines.rule'), render: (_, r) => ruleName(r) },
            {
              key: 'days',
              title: t('cases.deadlines.days'),
              render: (_, r) =>
                settings?.editable ? (
                  <NumberInput
                    aria-label={`${ruleName(r)}: ${t('cases.deadlines.days')}`}
                    integer
                    min={1}
                    max={365}
                    value={value(r).days}
                    onChange={(days) => typeof days === 'number' && setEdited({ ...edited, [r.id]: { ...value(r), days } })}
                  />
                ) : (
                  `${r.days} ${r.workingDays ? t('cases.deadlines.workingDays') : t('cases.deadlines.days')}`
                ),
            },
            { key: 'article', title: t('cases.deadlines.article'), render: (_, r) => `${r.article} (${r.source})` },
            { key: 'checked', title: t('cases.deadlines.checkedOn'), render: (_, r) => formatDate(r.checkedOn) },
            {
              key: 'status',
              title: t('cases.deadlines.status'),
              render: (_, r) =>
                settings?.editable ? (
                  <Select
                    aria-label={`${ruleName(r)}: ${t('cases.deadlines.status')}`}
                    value={value(r).status}
                    onChange={(status) => setEdited({ ...edited, [r.id]: { ...value(r), status } })}
                    options={(['checked', 'confirm'] as const).map((s) => ({ value: s, label: t(`cases.deadlines.status.${s}`) }))}
                  />
                ) : (
                  t(`cases.deadlines.status.${r.status}`)
                ),
            },
          ]}
        />
        {formError && <Alert type="error" showIcon title={formError} />}
      </Modal>
    </>
  );
}
