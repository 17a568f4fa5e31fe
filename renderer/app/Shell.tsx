import { AuditOutlined, InfoCircleOutlined, LogoutOutlined, ShopOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Layout, Menu } from 'antd';
import { useState, type ReactNode } from 'react';
import { api } from '../api';
import { AboutPage } from '../about/AboutPage';
import { BusinessesArea } from '../businesses/BusinessesArea';
import { InspectionsArea } from '../inspections/InspectionsArea';
import { LanguageSwitch } from './LanguageSwitch';
import type { MessageKey } from '../i18n/vi';
import { useT } from './i18n';
import { useSession } from './session';
import { useApiCall } from './useApiCall';

/** The pages of the side navigation, in order. An area adds one entry here. */
const SECTIONS = [
  { key: 'businesses', icon: <ShopOutlined aria-hidden />, label: 'nav.businesses', page: () => <BusinessesArea /> },
  { key: 'inspections', icon: <AuditOutlined aria-hidden />, label: 'nav.inspections', page: () => <InspectionsArea /> },
  { key: 'about', icon: <InfoCircleOutlined aria-hidden />, label: 'nav.about', page: () => <AboutPage /> },
] as const satisfies readonly { key: string; icon: ReactNode; label: MessageKey; page: () => ReactNode }[];

type Section = (typeof SECTIONS)[number]['key'];

/** The signed-in app: header (office, language, user), side navigation, one page. */
export function Shell() {
  const { t } = useT();
  const { status, reload } = useSession();
  const call = useApiCall();
  const [section, setSection] = useState<Section>('businesses');
  const office = status.office;
  const user = status.user;

  async function signOut() {
    await call(api['session.signOut']({}));
    await reload();
  }

  return (
    <Layout className="dd-shell">
      <Layout.Header className="dd-header">
        <span className="dd-app-title">{t('app.title')}</span>
        {office && (
          <span className="dd-header-office">
            {office.officeName} · {office.unitName}
          </span>
        )}
        <span className="dd-header-spacer" />
        <LanguageSwitch />
        {user && (
          <span className="dd-header-user">
            <UserOutlined aria-hidden /> {t('app.signedInAs', { name: user.name })}
          </span>
        )}
        <Button icon={<LogoutOutlined aria-hidden />} onClick={() => void signOut()}>
          {t('app.signOut')}
        </Button>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={210} className="dd-sider" theme="light">
          <nav aria-label={t('app.mainNav')}>
            <Menu
              mode="inline"
              selectedKeys={[section]}
              onClick={({ key }) => setSection(key as Section)}
              items={SECTIONS.map(({ key, icon, label }) => ({ key, icon, label: t(label) }))}
            />
          </nav>
        </Layout.Sider>
        <Layout.Content className="dd-content">{SECTIONS.find((s) => s.key === section)?.page()}</Layout.Content>
      </Layout>
    </Layout>
  );
}
