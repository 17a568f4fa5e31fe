import { Alert, App as AntApp, Button, Checkbox, Col, Drawer, Form, Input, Row, Select, Space } from 'antd';
import { clearWhenChanged } from '../components/liveValidation';
import { focusFirstField, useGuardedClose } from '../components/unsavedGuard';
import { DateInput } from '../components/DateInput';
import { RevealReporter } from './RevealReporter';
import dayjs from 'dayjs';
import { useState } from 'react';
import { CaseChannel, CaseKind } from '../../electron/api/schemas/plan';
import { api } from '../api';
import { filterOptionByLabel } from '../app/foldText';
import { useT } from '../app/i18n';
import { useApiCall } from '../app/useApiCall';
import type { Communes } from '../businesses/useCommunes';
import { CASE_FIELD_NAMES, caseFieldsInput, caseFormValues, emptyCaseForm, type CaseFormValues, type CaseOut } from './caseFormValues';

export type CaseTarget = { mode: 'create' } | { mode: 'edit'; case: CaseOut };

const half = { xs: 24, md: 12 };
const third = { xs: 24, md: 8 };

/** The businesses a case may concern, searched as the clerk types. */
function useBusinessSearch(initial: { id: string; name: string } | null) {
  const call = useApiCall();
  const [options, setOptions] = useState(initial ? [{ value: initial.id, label: initial.name }] : []);
  const search = (text: string) => {
    void call(api['businesses.list']({ search: text, limit: 20 })).then(
      (page) => page && setOptions(page.rows.map((b) => ({ value: b.id, label: `${b.name} – ${b.address}` }))),
    );
  };
  return { options, search };
}

/** Records or updates a case: received, then the steps (verified, classified, transferred, resolved) with dates. */
export function CaseForm({ target, today, communes, onClose, onSaved }: { target: CaseTarget; today: string; communes: Communes; onClose: () => void; onSaved: () => void }) {
  const { t } = useT();
  const { message } = AntApp.useApp();
  const call = useApiCall();
  const [form] = Form.useForm<CaseFormValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const anonymous = Form.useWatch('anonymous', form);
  const kind = Form.useWatch('kind', form);
  const editing = target.mode === 'edit' ? target.case : null;
  const close = useGuardedClose(() => form.isFieldsTouched(), onClose);
  const businesses = useBusinessSearch(editing?.businessId ? { id: editing.businessId, name: editing.businessName ?? '' } : null);

  async function submit() {
    const input = caseFieldsInput(form.getFieldsValue(true) as CaseFormValues);
    const formTarget = { form, fields: CASE_FIELD_NAMES, setFormError };
    const saved = await call(editing ? api['cases.update']({ id: editing.id, fields: input }) : api['cases.create'](input), formTarget);
    if (!saved) return;
    void (saved.deadlinePassed ? message.warning(t('cases.form.deadlinePassed')) : message.success(t('cases.form.saved')));
    onSaved();
  }

  const date = <DateInput className="dd-full-width" />;
  const item = (name: (typeof CASE_FIELD_NAMES)[number], node: React.ReactNode, extra?: string) => (
    <Form.Item label={t(`cases.field.${name}`)} name={name} extra={extra}>
      {node}
    </Form.Item>
  );

  return (
    <Drawer
      open
      size={760}
      title={t(editing ? 'cases.form.editTitle' : 'cases.form.createTitle')}
      onClose={close}
      destroyOnHidden
      afterOpenChange={(visible) => visible && focusFirstField(document.querySelector<HTMLElement>('.dd-case-form'))}
      rootClassName="dd-case-form"
      footer={
        <Space className="dd-form-footer">
          <Button type="primary" onClick={() => void submit()}>
            {t('common.save')}
          </Button>
          <Button onClick={close}>{t('common.cancel')}</Button>
        </Space>
      }
    >
      {formError && <Alert className="dd-gap-bottom" type="error" showIcon title={formError} role="alert" />}
      <Form form={form} name="case" layout="vertical" initialValues={editing ? caseFormValues(editing) : emptyCaseForm(dayjs(today))} onValuesChange={clearWhenChanged(form)}>
        <Row gutter={16}>
          <Col {...third}>{item('kind', <Select showSearch={{ filterOption: filterOptionByLabel }} options={CaseKind.options.map((k) => ({ value: k, label: t(`cases.kind.${k}`) }))} />)}</Col>
          <Col {...third}>{item('receivedOn', date)}</Col>
          <Col {...third}>{item('channel', <Select showSearch={{ filterOption: filterOptionByLabel }} options={CaseChannel.options.map((c) => ({ value: c, label: t(`cases.channel.${c}`) }))} />)}</Col>
          <Col span={24}>
            <Form.Item name="anonymous" valuePropName="checked">
              <Checkbox>{t('cases.field.anonymous')}</Checkbox>
            </Form.Item>
          </Col>
          {!anonymous && editing?.reporterHidden && (
            <Col span={24}>
              <RevealReporter caseId={editing.id} />
            </Col>
          )}
          {!anonymous && <Col {...half}>{item('reporterName', <Input maxLength={200} autoComplete="off" />)}</Col>}
          {!anonymous && <Col {...half}>{item('reporterContact', <Input maxLength={200} autoComplete="off" />)}</Col>}
          <Col {...half}>
            {item(
              'businessId',
              <Select allowClear showSearch={{ filterOption: false, onSearch: businesses.search }} options={businesses.options} onFocus={() => businesses.search('')} />,
            )}
          </Col>
          <Col {...half}>{item('communeCode', <Select allowClear showSearch={{ filterOption: filterOptionByLabel }} options={communes.options} />)}</Col>
          <Col span={24}>{item('place', <Input maxLength={500} />)}</Col>
          <Col span={24}>{item('content', <Input.TextArea rows={3} maxLength={4000} />)}</Col>
          <Col {...half}>{item('classification', <Input maxLength={200} />)}</Col>
          <Col {...half}>{item('handler', <Input maxLength={200} />)}</Col>
          {kind !== 'denunciation' && kind !== 'report' && <Col {...half}>{item('acceptedOn', date, t('cases.field.deadlineHint'))}</Col>}
          {kind === 'complaint' && (
            <Col {...half}>
              <Form.Item name="complex" valuePropName="checked" label=" ">
                <Checkbox>{t('cases.field.complex')}</Checkbox>
              </Form.Item>
            </Col>
          )}
          <Col {...half}>{item('verifiedOn', date)}</Col>
          <Col {...half}>{item('classifiedOn', date)}</Col>
          <Col {...half}>{item('transferredOn', date)}</Col>
          <Col span={24}>{item('transferredTo', <Input maxLength={300} />)}</Col>
          <Col {...half}>{item('resolvedOn', date)}</Col>
          <Col span={24}>{item('outcome', <Input.TextArea rows={2} maxLength={4000} />)}</Col>
        </Row>
      </Form>
    </Drawer>
  );
}
