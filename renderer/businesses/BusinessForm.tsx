import { Alert, App as AntApp, Button, Col, Drawer, Form, Input, Row, Select, Space, type InputRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { Business } from '../../db/businessTypes';
import { BusinessFields } from '../../electron/api/schemas/business';
import { api } from '../api';
import { filterOptionByLabel } from '../app/foldText';
import { clearFormIssues, groupIssues, issuesFromZod, showIssuesInForm } from '../app/formErrors';
import { useT } from '../app/i18n';
import { useApiCall } from '../app/useApiCall';
import { DateInput } from '../components/DateInput';
import { NumberInput } from '../components/NumberInput';
import { liveValidation } from '../components/liveValidation';
import { useGuardedClose } from '../components/unsavedGuard';
import {
  BUSINESS_FIELD_NAMES,
  businessFieldsInput,
  businessFormValues,
  emptyBusinessForm,
  explainEmptyChoices,
  type BusinessFormValues,
} from './businessFormValues';
import { useBusinessChoices } from './labels';
import type { Communes } from './useCommunes';

export type FormTarget = { mode: 'create' } | { mode: 'edit'; business: Business };

interface Props {
  open: boolean;
  target: FormTarget;
  communes: Communes;
  onClose: () => void;
  onSaved: (business: Business, mode: FormTarget['mode']) => void;
}

const half = { xs: 24, md: 12 };

/**
 * Create or edit a business in a drawer. Keyboard: the name field has focus, Tab follows the
 * layout, Enter in the last one-line field or Ctrl+S saves, Esc cancels.
 */
export function BusinessForm({ open, target, communes, onClose, onSaved }: Props) {
  const { t, tKey } = useT();
  const { message } = AntApp.useApp();
  const call = useApiCall();
  const { typeOptions, statusOptions } = useBusinessChoices();
  const [form] = Form.useForm<BusinessFormValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<InputRef>(null);
  const fieldsRef = useRef<HTMLDivElement>(null);

  // Esc, the close button and Cancel ask before throwing away what was typed.
  const close = useGuardedClose(() => form.isFieldsTouched(), onClose, open);
  const localIssues = () => {
    const input = businessFieldsInput(form.getFieldsValue(true) as BusinessFormValues);
    const parsed = BusinessFields.safeParse(input);
    return parsed.success ? [] : explainEmptyChoices(issuesFromZod(parsed.error), input);
  };

  async function submit() {
    if (busy) return;
    const input = businessFieldsInput(form.getFieldsValue(true) as BusinessFormValues);
    const parsed = BusinessFields.safeParse(input);
    if (!parsed.success) {
      const issues = explainEmptyChoices(issuesFromZod(parsed.error), input);
      showIssuesInForm(form, issues, BUSINESS_FIELD_NAMES, tKey);
      setFormError(t('business.form.invalid'));
      const first = BUSINESS_FIELD_NAMES.find((name) => groupIssues(issues, BUSINESS_FIELD_NAMES).byField.has(name));
      if (first) form.focusField(first);
      return;
    }
    clearFormIssues(form, BUSINESS_FIELD_NAMES);
    setBusy(true);
    const formTarget = { form, fields: BUSINESS_FIELD_NAMES, setFormError };
    const saved = await call(
      target.mode === 'edit'
        ? api['businesses.update']({ id: target.business.id, fields: parsed.data })
        : api['businesses.create'](parsed.data),
      formTarget,
    );
    setBusy(false);
    if (!saved) return;
    void message.success(target.mode === 'create' ? t('business.form.created', { name: saved.name }) : t('common.saved'));
    onSaved(saved, target.mode);
  }

  const submitRef = useRef(submit);
  submitRef.current = submit;
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void submitRef.current();
      }
    };
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, [open]);

  const initialValues = target.mode === 'edit' ? businessFormValues(target.business) : emptyBusinessForm();

  return (
    <Drawer
      open={open}
      size={760}
      title={target.mode === 'edit' ? t('business.form.editTitle') : t('business.form.createTitle')}
      onClose={close}
      // Focus the name only if the clerk has not already moved on: a fast typist's Tab must not be undone.
      afterOpenChange={(visible) => {
        if (visible && !fieldsRef.current?.contains(document.activeElement)) nameRef.current?.focus();
      }}
      destroyOnHidden
      footer={
        <Space className="dd-form-footer">
          <Button type="primary" loading={busy} onClick={() => void submit()}>
            {t('common.save')}
          </Button>
          <Button onClick={close}>{t('common.cancel')}</Button>
          <span className="dd-hint">{t('business.form.keysHint')}</span>
        </Space>
      }
    >
      {formError && <Alert className="dd-gap-bottom" type="error" showIcon title={formError} role="alert" />}
      <div ref={fieldsRef}>
      <Form form={form} name="business" layout="vertical" initialValues={initialValues} onValuesChange={liveValidation(form, BUSINESS_FIELD_NAMES, localIssues, tKey)}>
        <Row gutter={16}>
          <Col span={24}>
            <Form.Item label={t('business.field.name')} name="name" required>
              <Input ref={nameRef} autoFocus maxLength={300} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={t('business.field.type')} name="type" required>
              <Select showSearch={{ filterOption: filterOptionByLabel }} options={typeOptions} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={t('business.field.status')} name="status" required>
              <Select showSearch={{ filterOption: filterOptionByLabel }} options={statusOptions} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={t('business.field.address')} name="address">
              <Input maxLength={500} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={t('business.field.communeCode')} name="communeCode" required>
              <Select showSearch={{ filterOption: filterOptionByLabel }} options={communes.options} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={t('business.field.ownerName')} name="ownerName">
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={t('business.field.phone')} name="phone">
              <Input type="tel" maxLength={50} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={t('business.field.registrationNo')} name="registrationNo">
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={t('business.field.registrationDate')} name="registrationDate">
              <DateInput className="dd-full-width" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={t('business.field.securityCertNo')} name="securityCertNo">
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={t('business.field.securityCertDate')} name="securityCertDate">
              <DateInput className="dd-full-width" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={t('business.field.licenceNo')} name="licenceNo">
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={t('business.field.licenceDate')} name="licenceDate">
              <DateInput className="dd-full-width" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item label={t('business.field.licenceIssuer')} name="licenceIssuer">
              <Input maxLength={300} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={t('business.field.workersTotal')} name="workersTotal">
              <NumberInput integer min={0} className="dd-full-width" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={t('business.field.workersWomen')} name="workersWomen">
              <NumberInput integer min={0} className="dd-full-width" onPressEnter={() => void submit()} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item label={t('business.field.notes')} name="notes">
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={4000} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      </div>
    </Drawer>
  );
}
