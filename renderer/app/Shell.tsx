import { InfoCircleOutlined, LogoutOutlined, ShopOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Layout, Menu } from 'antd';
import { useState } from 'react';
import { api } from '../api';
import { AboutPage } from '../about/AboutPage';
import { BusinessesArea } from '../businesses/BusinessesArea';
import { LanguageSwitch } from './LanguageSwitch';
import { useT } from './i18n';
import { useSession } from './session';
import { useApiCall } from './useApiCall';

type Section = 'businesses' | 'about';

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
              items={[
                { key: 'businesses', icon: <ShopOutlined aria-hidden />, label: t('nav.businesses') },
                { key: 'about', icon: <InfoCircleOutlined aria-hidden />, label: t('nav.about') },
              ]}
            />
          </nav>
        </Layout.Sider>
        <Layout.Content className="dd-content">{section === 'businesses' ? <BusinessesArea /> : <AboutPage />}</Layout.Content>
      </Layout>
    </Layout>
  );
}
