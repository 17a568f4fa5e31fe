import { Space } from 'antd';
import type { ReactNode } from 'react';
import { LanguageSwitch } from './LanguageSwitch';
import { useT } from './i18n';
import { HelpButton } from '../help/HelpProvider';

/** The frame of the screens shown before sign-in: app name and language, then one card. */
export function PublicPage({ title, children, wide = false }: { title: string; children: ReactNode; wide?: boolean }) {
  const { t } = useT();
  return (
    <div className="dd-public">
      <header className="dd-public-header">
        <span className="dd-app-title">{t('app.title')}</span>
        <Space>
          <LanguageSwitch />
          <HelpButton />
        </Space>
      </header>
      <main className={wide ? 'dd-public-main dd-public-main-wide' : 'dd-public-main'}>
        <h1 className="dd-page-title">{title}</h1>
        {children}
      </main>
    </div>
  );
}
