import { Alert, Button, Form, Input, Radio, Select, Space, Steps } from 'antd';
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import { SetupInput, type AdminUnitOut, type UnitListInfo } from '../../electron/api/schemas/office';
import type { UnitLevel } from '../../electron/api/schemas/common';
import { api } from '../api';
import { filterOptionByLabel } from '../app/foldText';
import { issuesFromZod, showIssuesInForm, type FieldIssue } from '../app/formErrors';
import { useT } from '../app/i18n';
import { PublicPage } from '../app/PublicPage';
import { useSession } from '../app/session';
import { useApiCall } from '../app/useApiCall';
import { RecoveryKeyNotice } from './RecoveryKeyNotice';
import { UnitListImport } from './UnitListImport';

const OFFICE_FIELDS = ['officeName', 'level', 'listVersion', 'provinceCode', 'unitCode'] as const;
const ADMIN_FIELDS = ['adminName', 'password', 'passwordAgain'] as const;
const ALL_FIELDS = [...OFFICE_FIELDS, ...ADMIN_FIELDS];
const LEVELS: UnitLevel[] = ['province', 'district', 'commune'];
const DEFAULT_LIST = 'VN-2025';
/** Lạng Sơn stays the default province (the same code in both lists). */
const DEFAULT_PROVINCE = '20';

type SetupValues = Partial<z.input<typeof SetupInput>> & { passwordAgain?: string };

/** Office first, then its administrator; checked with the API's own SetupInput schema. */
export function SetupWizard() {
  const { t, tKey } = useT();
  const { reload } = useSession();
  const call = useApiCall();
  const [form] = Form.useForm<SetupValues>();
  const [step, setStep] = useState(0);
  const [lists, setLists] = useState<z.output<typeof UnitListInfo>[]>([]);
  const [units, setUnits] = useState<AdminUnitOut[]>([]);
  const [provinces, setProvinces] = useState<AdminUnitOut[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const listVersion = Form.useWatch('listVersion', { form, preserve: true });
  const level = Form.useWatch('level', { form, preserve: true });
  const provinceCode = Form.useWatch('provinceCode', { form, preserve: true });

  const [listsLoaded, setListsLoaded] = useState(0);
  useEffect(() => {
    void call(api['units.lists']({})).then((value) => value && setLists(value));
  }, [call, listsLoaded]);

  useEffect(() => {
    if (!listVersion) return;
    let current = true;
    void call(api['units.list']({ listVersion, level: 'province' })).then((value) => {
      if (!current || !value) return;
      setProvinces(value);
      const chosen = form.getFieldValue('provinceCode') as string | undefined;
      if (!value.some((p) => p.code === chosen)) {
        form.setFieldValue('provinceCode', (value.find((p) => p.code === DEFAULT_PROVINCE) ?? value[0])?.code);
      }
    });
    return () => {
      current = false;
    };
  }, [call, form, listVersion]);

  useEffect(() => {
    if (!listVersion || !level || !provinceCode) return;
    let current = true;
    void call(api['units.list']({ listVersion, level, provinceCode })).then((value) => {
      if (current && value) setUnits(value);
    });
    return () => {
      current = false;
    };
  }, [call, listVersion, level, provinceCode]);

  function show(issues: FieldIssue[], fields: readonly string[]): boolean {
    const rest = showIssuesInForm(form, issues, fields, tKey);
    setFormError(rest.length ? rest.map((i) => tKey(i.messageKey, i.params)).join('. ') : null);
    return issues.length === 0;
  }

  function officeIssues(values: SetupValues): FieldIssue[] {
    const parsed = SetupInput.pick({ officeName: true, level: true, listVersion: true, unitCode: true }).safeParse({
      officeName: values.officeName ?? '',
      level: values.level,
      listVersion: values.listVersion ?? '',
      unitCode: values.unitCode ?? '',
    });
    return parsed.success ? [] : issuesFromZod(parsed.error);
  }

  async function submit() {
    const values = form.getFieldsValue(true) as SetupValues;
    if (step === 0) {
      if (show(officeIssues(values), OFFICE_FIELDS)) setStep(1);
      return;
    }
    const input = {
      officeName: values.officeName ?? '',
      level: values.level,
      listVersion: values.listVersion ?? '',
      unitCode: values.unitCode ?? '',
      ...(values.provinceCode ? { provinceCode: values.provinceCode } : {}),
      adminName: values.adminName ?? '',
      password: values.password ?? '',
    };
    const parsed = SetupInput.safeParse(input);
    const issues = parsed.success ? [] : issuesFromZod(parsed.error);
    if ((values.password ?? '') !== (values.passwordAgain ?? '')) {
      issues.push({ path: 'passwordAgain', messageKey: 'validation.passwordMismatch' });
    }
    if (issues.some((i) => (OFFICE_FIELDS as readonly string[]).includes(i.path))) setStep(0);
    if (!show(issues, ALL_FIELDS) || !parsed.success) return;
    setBusy(true);
    const admin = await call(api['setup.complete'](parsed.data), { form, fields: ALL_FIELDS, setFormError });
    if (!admin) return setBusy(false);
    // Shown once, now: the data is encrypted and only this key opens it on another PC.
    const shown = await call(api['office.recoveryKey']({}));
    setBusy(false);
    if (shown) setRecoveryKey(shown.recoveryKey);
    else await reload();
  }

  if (recoveryKey) {
    return (
      <PublicPage title={t('setup.title')} wide>
        <RecoveryKeyNotice recoveryKey={recoveryKey} onDone={() => void reload()} />
      </PublicPage>
    );
  }

  return (
    <PublicPage title={t('setup.title')} wide>
      <p>{t('setup.intro')}</p>
      <Steps
        className="dd-gap-bottom"
        current={step}
        items={[{ title: t('setup.step.office') }, { title: t('setup.step.admin') }]}
      />
      {formError && <Alert className="dd-gap-bottom" type="error" showIcon title={formError} />}
      <Form
        form={form}
        name="setup"
        layout="vertical"
        initialValues={{ level: 'commune', listVersion: DEFAULT_LIST }}
        onValuesChange={(changed: SetupValues) => {
          if ('level' in changed || 'listVersion' in changed || 'provinceCode' in changed) form.setFieldValue('unitCode', undefined);
        }}
        onFinish={() => void submit()}
      >
        {step === 0 ? (
          <>
            <Form.Item label={t('setup.officeName')} name="officeName" required>
              <Input autoFocus maxLength={200} />
            </Form.Item>
            <Form.Item label={t('setup.level')} name="level" required>
              <Radio.Group options={LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))} />
            </Form.Item>
            <Form.Item label={t('setup.listVersion')} name="listVersion" required>
              <Select options={lists.map((l) => ({ value: l.listVersion, label: l.label }))} />
            </Form.Item>
            <Form.Item>
              <UnitListImport
                onLoaded={(listVersion) => {
                  setListsLoaded((n) => n + 1);
                  form.setFieldsValue({ listVersion, unitCode: undefined });
                }}
              />
            </Form.Item>
            <Form.Item label={t('setup.province')} name="provinceCode" required>
              <Select showSearch={{ filterOption: filterOptionByLabel }} options={provinces.map((p) => ({ value: p.code, label: p.name }))} />
            </Form.Item>
            {level === 'district' && provinceCode && units.length === 0 && (
              <Alert className="dd-gap-bottom" type="info" showIcon title={t('setup.noDistrictsInList')} />
            )}
            <Form.Item label={t('setup.unit')} name="unitCode" required extra={t('setup.unitSearchHint')}>
              <Select
                showSearch={{ filterOption: filterOptionByLabel }}
                options={units.map((u) => ({ value: u.code, label: u.name }))}
              />
            </Form.Item>
            <Button type="primary" htmlType="submit">
              {t('common.next')}
            </Button>
          </>
        ) : (
          <>
            <Form.Item label={t('setup.adminName')} name="adminName" required>
              <Input autoFocus autoComplete="username" maxLength={100} />
            </Form.Item>
            <Form.Item label={t('setup.password')} name="password" required>
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Form.Item label={t('setup.passwordAgain')} name="passwordAgain" required>
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Space>
              <Button onClick={() => setStep(0)}>{t('common.back')}</Button>
              <Button type="primary" htmlType="submit" loading={busy}>
                {t('setup.finish')}
              </Button>
            </Space>
          </>
        )}
      </Form>
    </PublicPage>
  );
}
