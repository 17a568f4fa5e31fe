import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import { useClearButtonsOutOfTabOrder } from '../components/clearButtons';
import { App } from './App';
import { I18nProvider, useT } from './i18n';
import { requiredMark } from './requiredMark';
import { theme } from './theme';

function LocalizedApp() {
  const { locale, t } = useT();
  useClearButtonsOutOfTabOrder(t('entry.clear'));
  return (
    <ConfigProvider locale={locale === 'vi' ? viVN : enUS} theme={theme} form={{ requiredMark }}>
      <AntApp>
        <App />
      </AntApp>
    </ConfigProvider>
  );
}

export function Root() {
  return (
    <I18nProvider>
      <LocalizedApp />
    </I18nProvider>
  );
}
