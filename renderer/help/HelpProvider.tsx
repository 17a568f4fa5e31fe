import { QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Drawer, Spin } from 'antd';
import { createContext, lazy, Suspense, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useT } from '../app/i18n';
import { helpKeyCandidates } from './catalogue';

const HelpPanel = lazy(async () => ({ default: (await import('./HelpPanel')).HelpPanel }));

/** What help shows: the page for the screen (its help keys), or the whole guide from its contents. */
export type HelpRequest = { kind: 'screen'; candidates: string[] } | { kind: 'all' };

interface HelpContextValue {
  openForScreen: () => void;
  openWholeGuide: () => void;
}

const HelpContext = createContext<HelpContextValue | null>(null);

/** The open tab of the page on screen, as antd marks it (`data-node-key`). */
function activeTab(): string | null {
  return document.querySelector('.dd-content .ant-tabs-tab-active[data-node-key]')?.getAttribute('data-node-key') ?? null;
}

/**
 * Help for the whole signed-in app, in one place: F1 anywhere (also over a drawer or dialog) and the
 * header's "?" open the guide page for the section and tab on screen.
 */
export function HelpProvider({ section, province, children }: { section: string; province: boolean; children: ReactNode }) {
  const { t } = useT();
  const [request, setRequest] = useState<HelpRequest | null>(null);
  const where = useRef({ section, province });
  where.current = { section, province };

  const openForScreen = useCallback(() => {
    setRequest({ kind: 'screen', candidates: helpKeyCandidates(where.current.section, activeTab(), where.current.province) });
  }, []);
  const openWholeGuide = useCallback(() => setRequest({ kind: 'all' }), []);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'F1' || event.ctrlKey || event.altKey || event.metaKey) return;
      // The browser's own help page would open otherwise.
      event.preventDefault();
      openForScreen();
    }
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [openForScreen]);

  const value = useMemo(() => ({ openForScreen, openWholeGuide }), [openForScreen, openWholeGuide]);
  return (
    <HelpContext.Provider value={value}>
      {children}
      <Drawer open={request !== null} onClose={() => setRequest(null)} size={560} title={t('help.drawerTitle')} destroyOnHidden className="dd-help">
        {request && (
          <Suspense fallback={<Spin aria-label={t('app.loading')} />}>
            <HelpPanel request={request} />
          </Suspense>
        )}
      </Drawer>
    </HelpContext.Provider>
  );
}

function useHelp(): HelpContextValue {
  const value = useContext(HelpContext);
  if (!value) throw new Error('useHelp outside HelpProvider');
  return value;
}

/** The header's "?" button; none on a screen without help (sign-in, loading). */
export function HelpButton() {
  const { t } = useT();
  const help = useContext(HelpContext);
  if (!help) return null;
  const { openForScreen } = help;
  return <Button icon={<QuestionCircleOutlined aria-hidden />} aria-label={t('help.button')} title={t('help.button')} onClick={openForScreen} />;
}

/** The About page's link to the whole guide. */
export function WholeGuideLink() {
  const { t } = useT();
  const { openWholeGuide } = useHelp();
  return (
    <Button type="link" className="dd-help-whole" onClick={openWholeGuide}>
      {t('help.wholeGuide')}
    </Button>
  );
}
