import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Col, Form, Input, Row, Select, Space } from 'antd';
import { clearWhenChanged } from '../components/liveValidation';
import { markSaved, useGuardedClose } from '../components/unsavedGuard';
import { DateInput } from '../components/DateInput';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import type { ProcedureOutput } from '../../electron/api/contract';
import { api } from '../api';
import { useT } from '../app/i18n';
import { filterOptionByLabel } from '../app/foldText';
import { useApiCall } from '../app/useApiCall';
import { isoDate, pickerDate } from './dates';
import { PlanBusinesses } from './PlanBusinesses';

type PlanDetail = ProcedureOutput<'inspections.plan'>;

interface PlanFormValues {
  title: string;
  periodFrom: Dayjs | null;
  periodTo: Dayjs | null;
  decisionNo: string;
  decisionDate: Dayjs | null;
  team: { name: string; agency: string; userId: string | null }[];
}

const FIELDS = ['title', 'periodFrom', 'periodTo', 'decisionNo', 'decisionDate'] as const;
const EMPTY_TEAM = [0, 1, 2].map(() => ({ name: '', agency: '', userId: null }));

function formValues(detail: PlanDetail | null): PlanFormValues {
  if (!detail) return { title: '', periodFrom: null, periodTo: null, decisionNo: '', decisionDate: null, team: EMPTY_TEAM };
  const p = detail.plan;
  return {
    title: p.title,
    periodFrom: pickerDate(p.periodFrom),
    periodTo: pickerDate(p.periodTo),
    decisionNo: p.decisionNo,
    decisionDate: pickerDate(p.decisionDate),
    team: p.team.map((m) => ({ name: m.name, agency: m.agency, userId: m.userId })),
  };
}

/** A plan: its decision and team, then (once saved) the businesses chosen, coverage and printing. */
export function PlanEditor({ planId, onBack, onChanged }: { planId: string | null; onBack: () => void; onChanged: () => void }) {
  const { t } = useT();
  const { message } = AntApp.useApp();
  const call = useApiCall();
  const [form] = Form.useForm<PlanFormValues>();
  const [detail, setDetail] = useState<PlanDetail | null>(null);
  const [loaded, setLoaded] = useState(planId === null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [users, setUsers] = useState<{ id: string; name: string }[]>([]);
  // Back and the side navigation ask before a half-filled plan is thrown away.
  const back = useGuardedClose(() => form.isFieldsTouched(), onBack);
  // The user pickers show form values that are not fields of their own: re-render when one changes.
  const [, setPicked] = useState(0);

  useEffect(() => {
    void call(api['inspections.teamUsers']({})).then((value) => value && setUsers(value));
  }, [call]);

  useEffect(() => {
    if (planId === null) return;
    void call(api['inspections.plan']({ id: planId })).then((value) => {
      if (value) setDetail(value);
      setLoaded(true);
    });
  }, [call, planId]);

  async function save() {
    const v = form.getFieldsValue(true) as PlanFormValues;
    setBusy(true);
    const saved = await call(
      api['inspections.savePlan']({
        id: detail?.plan.id ?? null,
        fields: {
          title: v.title ?? '',
          periodFrom: isoDate(v.periodFrom) ?? '',
          periodTo: isoDate(v.periodTo) ?? '',
          decisionNo: v.decisionNo ?? '',
          decisionDate: isoDate(v.decisionDate) ?? '',
          // A row left blank is no member; a half-filled one is sent and shown as incomplete.
          team: (v.team ?? [])
            .map((m) => ({ name: m?.name ?? '', agency: m?.agency ?? '', userId: m?.userId ?? null }))
            .filter((m) => m.name.trim() || m.agency.trim()),
        },
      }),
      { form, fields: FIELDS, setFormError },
    );
    setBusy(false);
    if (!saved) return;
    markSaved(form);
    setDetail(saved);
    void message.success(t('inspections.plan.saved'));
    onChanged();
  }

  if (!loaded) return null;
  return (
    <>
      <Space className="dd-gap-bottom">
        <Button onClick={back}>{t('inspections.plan.back')}</Button>
      </Space>
      <h2>{detail ? t('inspections.plan.editTitle', { title: detail.plan.title }) : t('inspections.plan.newTitle')}</h2>
      {formError && <Alert className="dd-gap-bottom" type="error" showIcon title={formError} role="alert" />}
      <Form form={form} name="plan" layout="vertical" initialValues={formValues(detail)} onValuesChange={clearWhenChanged(form)}>
        <Row gutter={16}>
          <Col span={24}>
            <Form.Item label={t('inspections.plan.title')} name="title" required>
              <Input maxLength={300} autoFocus />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item label={t('inspections.plan.periodFrom')} name="periodFrom" required>
              <DateInput className="dd-full-width" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item label={t('inspections.plan.periodTo')} name="periodTo" required>
              <DateInput className="dd-full-width" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item label={t('inspections.plan.decisionNo')} name="decisionNo" required>
              <Input maxLength={60} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item label={t('inspections.plan.decisionDate')} name="decisionDate" required>
              <DateInput className="dd-full-width" />
            </Form.Item>
          </Col>
        </Row>
        <fieldset className="dd-fieldset">
          <legend>{t('inspections.plan.team')}</legend>
          <Form.List name="team">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, index) => (
                  <Row gutter={16} key={field.key}>
                    <Col xs={6}>
                      <Select
                        className="dd-full-width"
                        aria-label={t('inspections.plan.pickUser', { n: index + 1 })}
                        placeholder={t('inspections.plan.pickUser', { n: index + 1 })}
                        showSearch={{ filterOption: filterOptionByLabel }}
                        allowClear
                        value={form.getFieldValue(['team', field.name, 'userId']) ?? undefined}
                        options={users.map((u) => ({ value: u.id, label: u.name }))}
                        onChange={(id?: string) => {
                          const user = users.find((u) => u.id === id);
                          form.setFieldValue(['team', field.name, 'userId'], user?.id ?? null);
                          if (user) form.setFieldValue(['team', field.name, 'name'], user.name);
                          setPicked((n) => n + 1);
                        }}
                      />
                    </Col>
                    <Col xs={8}>
                      <Form.Item name={[field.name, 'name']}>
                        <Input
                          aria-label={t('inspections.plan.memberName', { n: index + 1 })}
                          placeholder={t('inspections.plan.memberName', { n: index + 1 })}
                          maxLength={100}
                          onChange={() => {
                            // A typed name is no longer the picked user.
                            if (form.getFieldValue(['team', field.name, 'userId'])) {
                              form.setFieldValue(['team', field.name, 'userId'], null);
                              setPicked((n) => n + 1);
                            }
                          }}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={8}>
                      <Form.Item name={[field.name, 'agency']}>
                        <Input aria-label={t('inspections.plan.memberAgency', { n: index + 1 })} placeholder={t('inspections.plan.memberAgency', { n: index + 1 })} maxLength={200} />
                      </Form.Item>
                    </Col>
                    <Col xs={2}>
                      <Button icon={<DeleteOutlined aria-hidden />} aria-label={t('inspections.plan.removeMember', { n: index + 1 })} onClick={() => remove(field.name)} />
                    </Col>
                  </Row>
                ))}
                <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ name: '', agency: '', userId: null })}>
                  {t('inspections.plan.addMember')}
                </Button>
              </>
            )}
          </Form.List>
        </fieldset>
        <Button type="primary" loading={busy} onClick={() => void save()} className="dd-gap-top">
          {t('inspections.plan.save')}
        </Button>
      </Form>
      {detail ? (
        <PlanBusinesses detail={detail} onChange={(next) => { setDetail(next); onChanged(); }} />
      ) : (
        <p className="dd-hint">{t('inspections.plan.saveFirst')}</p>
      )}
    </>
  );
}
