import { SwapOutlined } from '@ant-design/icons';
import { AlertOutlined, AuditOutlined, CloudUploadOutlined, DashboardOutlined, HistoryOutlined, InfoCircleOutlined, LogoutOutlined, ShopOutlined, SolutionOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Spin } from 'antd';
import { lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { api } from '../api';
import { SessionActions } from '../lock/SessionActions';
import { DashboardPage } from '../plan/DashboardPage';
import { useConfirmDiscard } from '../components/unsavedGuard';
import { LanguageSwitch } from './LanguageSwitch';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import type { MessageKey } from '../i18n/vi';
import type { AppStatus } from '../../electron/api/schemas/office';
import { useT } from './i18n';
import { useSession } from './session';
import { useApiCall } from './useApiCall';
import { HelpButton, HelpProvider } from '../help/HelpProvider';

/**
 * Every page but the dashboard (the first screen) loads when first opened: the window paints the
 * dashboard without parsing the code of areas the clerk may not visit.
 */
function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return lazy(async () => ({ default: pick(await load()) }));
}

const BusinessesArea = lazyPage(() => import('../businesses/BusinessesArea'), (m) => m.BusinessesArea);
const InspectionsArea = lazyPage(() => import('../inspections/InspectionsArea'), (m) => m.InspectionsArea);
const CasesPage = lazyPage(() => import('../plan/CasesPage'), (m) => m.CasesPage);
const TrainingArea = lazyPage(() => import('../training/TrainingArea'), (m) => m.TrainingArea);
const AuditPage = lazyPage(() => import('../audit/AuditPage'), (m) => m.AuditPage);
const UsersPage = lazyPage(() => import('../users/UsersPage'), (m) => m.UsersPage);
const BackupPage = lazyPage(() => import('../backup/BackupPage'), (m) => m.BackupPage);
const AboutPage = lazyPage(() => import('../about/AboutPage'), (m) => m.AboutPage);
const PackagesPage = lazyPage(() => import('../packages/PackagesPage'), (m) => m.PackagesPage);

/** The pages of the side navigation, in order. An area adds one entry here. */
const SECTIONS = [
  { key: 'dashboard', icon: <DashboardOutlined aria-hidden />, label: 'nav.dashboard', page: () => <DashboardPage /> },
  { key: 'businesses', icon: <ShopOutlined aria-hidden />, label: 'nav.businesses', page: () => <BusinessesArea />, area: 'registers' },
  { key: 'inspections', icon: <AuditOutlined aria-hidden />, label: 'nav.inspections', page: () => <InspectionsArea />, area: 'inspections' },
  { key: 'cases', icon: <AlertOutlined aria-hidden />, label: 'nav.cases', page: () => <CasesPage />, area: 'case_log' },
  { key: 'training', icon: <SolutionOutlined aria-hidden />, label: 'nav.training', page: () => <TrainingArea />, area: 'training' },
  { key: 'audit', icon: <HistoryOutlined aria-hidden />, label: 'nav.audit', page: () => <AuditPage /> },
  { key: 'users', icon: <TeamOutlined aria-hidden />, label: 'nav.users', page: () => <UsersPage />, area: 'administration' },
  { key: 'backup', icon: <CloudUploadOutlined aria-hidden />, label: 'nav.backup', page: () => <BackupPage />, area: 'administration' },
  { key: 'about', icon: <InfoCircleOutlined aria-hidden />, label: 'nav.about', page: () => <AboutPage /> },
  { key: 'packages', icon: <SwapOutlined aria-hidden />, label: 'nav.packages', provinceLabel: 'nav.packagesProvince', page: () => <PackagesPage />, area: 'registers' },
] as const satisfies readonly { key: string; icon: ReactNode; label: MessageKey; provinceLabel?: MessageKey; page: () => ReactNode; area?: AppStatus['areas'][number] }[];

type Section = (typeof SECTIONS)[number]['key'];

/** The signed-in app: header (office, language, user), side navigation, one page. */
export function Shell() {
  const { t } = useT();
  const { status, reload } = useSession();
  const call = useApiCall();
  const [section, setSection] = useState<Section>(SECTIONS[0].key);
  const office = status.office;
  const user = status.user;
  // Pages of areas the user was not given are not offered (the router refuses their calls anyway).
  const sections = SECTIONS.filter((s) => !('area' in s) || status.areas.includes(s.area));

  // Changing page or signing out throws away any form still open: ask first if one holds changes.
  const confirmDiscard = useConfirmDiscard();

  async function signOut() {
    if (!(await confirmDiscard())) return;
    await call(api['session.signOut']({}));
    await reload();
  }

  return (
    <HelpProvider section={section} province={office?.level === 'province'}>
    <Layout className="dd-shell">
      <Layout.Header className="dd-header">
        <span className="dd-app-title">{t('app.title')}</span>
        {office && (
          <span className="dd-header-office" title={`${office.officeName} · ${office.unitName}`}>
            {office.officeName} · {office.unitName}
          </span>
        )}
        <span className="dd-header-spacer" />
        <LanguageSwitch />
        <HelpButton />
        {user && (
          <span className="dd-header-user" title={t('app.signedInAs', { name: user.name })}>
            <UserOutlined aria-hidden /> <span className="dd-header-label">{t('app.signedInAs', { name: user.name })}</span>
          </span>
        )}
        <SessionActions />
        <Button icon={<LogoutOutlined aria-hidden />} aria-label={t('app.signOut')} title={t('app.signOut')} onClick={() => void signOut()}>
          <span className="dd-header-label">{t('app.signOut')}</span>
        </Button>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={210} className="dd-sider" theme="light">
          <nav aria-label={t('app.mainNav')}>
            <Menu
              mode="inline"
              selectedKeys={[section]}
              onClick={({ key }) => void confirmDiscard().then((ok) => ok && setSection(key as Section))}
              items={sections.map((s) => ({ key: s.key, icon: s.icon, label: t('provinceLabel' in s && office?.level === 'province' ? s.provinceLabel : s.label) }))}
            />
          </nav>
        </Layout.Sider>
        <Layout.Content className="dd-content">
          <ReadOnlyBanner />
          {/* Keyed: a page still loading must not keep the previous page mounted behind the fallback. */}
          <Suspense key={section} fallback={<Spin className="dd-page-loading" aria-label={t('app.loading')} />}>{sections.find((s) => s.key === section)?.page()}</Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
    </HelpProvider>
  );
}
