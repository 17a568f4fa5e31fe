import { Col, Form, Input, Row, Select } from 'antd';
import { NumberInput } from '../components/NumberInput';
import { useEffect, useState } from 'react';
import type { StaffFieldsInput } from '../../electron/api/schemas/training';
import { api } from '../api';
import { filterOptionByLabel } from '../app/foldText';
import { useT } from '../app/i18n';
import { useApiCall } from '../app/useApiCall';
import { useTrainingChoices } from './choices';

export const STAFF_FORM_FIELDS = ['fullName', 'gender', 'birthYear', 'position', 'agency', 'level', 'unitCode', 'group', 'phone'] as const;

export type StaffFormValues = Partial<Omit<StaffFieldsInput, 'status' | 'leftOn'>>;

export function staffInput(values: StaffFormValues): StaffFieldsInput {
  return {
    fullName: values.fullName ?? '',
    gender: values.gender ?? null,
    birthYear: values.birthYear ?? null,
    position: values.position ?? '',
    agency: values.agency ?? '',
    level: values.level ?? ('' as StaffFieldsInput['level']),
    unitCode: values.unitCode ?? '',
    group: values.group ?? ('' as StaffFieldsInput['group']),
    phone: values.phone ?? '',
    status: 'active',
  };
}

/** The units people of this office serve, for the unit select. */
export function useStaffUnits() {
  const call = useApiCall();
  const [units, setUnits] = useState<{ value: string; label: string }[]>([]);
  useEffect(() => {
    void call(api['staff.units']({})).then((list) => list && setUnits(list.map((u) => ({ value: u.code, label: u.name }))));
  }, [call]);
  return units;
}

/** The fields of a person; the caller owns the antd form and what saving means. */
export function StaffFormFields({ idPrefix }: { idPrefix: string }) {
  const { t } = useT();
  const choices = useTrainingChoices();
  const units = useStaffUnits();
  const half = { xs: 24, md: 12 };
  return (
    <>
      <Row gutter={16}>
        <Col {...half}>
          <Form.Item label={t('staff.field.fullName')} name="fullName" htmlFor={`${idPrefix}-fullName`} required>
            <Input id={`${idPrefix}-fullName`} maxLength={200} autoFocus />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item label={t('staff.field.birthYear')} name="birthYear" htmlFor={`${idPrefix}-birthYear`}>
            <NumberInput id={`${idPrefix}-birthYear`} integer noGrouping min={1900} max={2100} className="dd-full-width" />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item label={t('staff.field.gender')} name="gender" htmlFor={`${idPrefix}-gender`}>
            <Select id={`${idPrefix}-gender`} allowClear options={choices.genders} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item label={t('staff.field.group')} name="group" htmlFor={`${idPrefix}-group`} required>
            <Select id={`${idPrefix}-group`} options={choices.groups} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item label={t('staff.field.level')} name="level" htmlFor={`${idPrefix}-level`} required>
            <Select id={`${idPrefix}-level`} options={choices.levels} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item label={t('staff.field.unitCode')} name="unitCode" htmlFor={`${idPrefix}-unitCode`} required>
            <Select id={`${idPrefix}-unitCode`} showSearch={{ filterOption: filterOptionByLabel }} options={units} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item label={t('staff.field.position')} name="position" htmlFor={`${idPrefix}-position`}>
            <Input id={`${idPrefix}-position`} maxLength={200} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item label={t('staff.field.agency')} name="agency" htmlFor={`${idPrefix}-agency`}>
            <Input id={`${idPrefix}-agency`} maxLength={300} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item label={t('staff.field.phone')} name="phone" htmlFor={`${idPrefix}-phone`}>
            <Input id={`${idPrefix}-phone`} maxLength={50} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
