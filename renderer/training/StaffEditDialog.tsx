import { App as AntApp, Col, Form, Row, Select } from 'antd';
import { DateInput } from '../components/DateInput';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import type { StaffPersonOut as StaffPerson } from '../../electron/api/schemas/training';
import { api } from '../api';
import { useT } from '../app/i18n';
import { useApiCall } from '../app/useApiCall';
import { isoDate } from './choices';
import { FormModal } from './FormModal';
import { STAFF_FORM_FIELDS, StaffFormFields, staffInput, type StaffFormValues } from './StaffForm';

type EditValues = Omit<StaffFormValues, 'leftOn'> & { status?: StaffPerson['status']; leftOn?: Dayjs | null };

/** Corrects a person of the register, or marks them "đã nghỉ" from a date (they leave T12's live denominator then). */
export function StaffEditDialog({ person, onClose }: { person: StaffPerson | null; onClose: (saved: boolean) => void }) {
  const { t } = useT();
  const { message } = AntApp.useApp();
  const call = useApiCall();
  const [form] = Form.useForm<EditValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const status = Form.useWatch('status', form);

  useEffect(() => {
    if (!person) return;
    setFormError(null);
    form.setFieldsValue({ ...person, leftOn: person.leftOn ? dayjs(person.leftOn) : null });
  }, [form, person]);

  async function save() {
    if (!person) return;
    const values = form.getFieldsValue(true) as EditValues;
    const fields = { ...staffInput(values), status: values.status ?? 'active', leftOn: values.status === 'left' ? isoDate(values.leftOn) || null : null };
    const saved = await call(api['staff.update']({ id: person.id, fields }), { form, fields: [...STAFF_FORM_FIELDS, 'status', 'leftOn'], setFormError });
    if (!saved) return;
    void message.success(t('staff.saved', { name: saved.fullName }));
    onClose(true);
  }

  return (
    <FormModal open={person !== null} title={t('staff.editTitle')} error={formError} onCancel={() => onClose(false)} onSave={() => void save()}>
      <Form form={form} layout="vertical" onFinish={() => void save()}>
        <StaffFormFields idPrefix="staff-edit" />
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item label={t('staff.field.status')} name="status" htmlFor="staff-edit-status">
              <Select
                id="staff-edit-status"
                options={(['active', 'left'] as const).map((value) => ({ value, label: t(`staff.status.${value}`) }))}
              />
            </Form.Item>
          </Col>
          {status === 'left' && (
            <Col xs={24} md={12}>
              <Form.Item label={t('staff.field.leftOn')} name="leftOn" htmlFor="staff-edit-leftOn" required>
                <DateInput id="staff-edit-leftOn" className="dd-full-width" />
              </Form.Item>
            </Col>
          )}
        </Row>
      </Form>
    </FormModal>
  );
}
