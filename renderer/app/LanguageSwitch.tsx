import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useT } from './i18n';

/** Switches between Vietnamese and English; the button names the other language in that language. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useT();
  const other = locale === 'vi' ? 'en' : 'vi';
  return (
    <Button
      icon={<GlobalOutlined aria-hidden />}
      lang={other}
      title={t('app.language')}
      onClick={() => setLocale(other)}
    >
      {t('app.otherLanguage')}
    </Button>
  );
}
