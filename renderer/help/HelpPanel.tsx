import './help.css';
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { useT } from '../app/i18n';
import { GUIDE_ROLES, pageForScreen } from './catalogue';
import { GuideBlocks } from './GuideContent';
import { guidePages } from './guidePages';
import type { HelpRequest } from './HelpProvider';

/** The help drawer's content: one guide page, with the contents to go to any other. */
export function HelpPanel({ request }: { request: HelpRequest }) {
  const { t, locale } = useT();
  const pages = guidePages(locale);
  const initial = request.kind === 'screen' ? (pageForScreen(pages, request.candidates)?.id ?? null) : null;
  const [chosen, setChosen] = useState<string | null>(initial);
  const page = pages.find((p) => p.id === chosen);
  function choose(id: string) {
    setChosen(id);
    // The drawer keeps its scroll position: the chosen page starts at its title.
    document.querySelector('.dd-help .ant-drawer-body')?.scrollTo(0, 0);
  }

  return (
    <div className="dd-help-panel">
      {page ? (
        <article aria-labelledby="dd-help-page-title" data-guide-page={page.id}>
          <h2 id="dd-help-page-title" className="dd-help-title">
            {page.title}
          </h2>
          <GuideBlocks blocks={page.blocks} />
        </article>
      ) : (
        request.kind === 'screen' && <Alert type="info" showIcon title={t('help.noPage')} />
      )}
      <nav aria-label={t('help.contents')} className="dd-help-contents">
        <h2 className="dd-help-title">{page ? t('help.allTopics') : t('help.contents')}</h2>
        {GUIDE_ROLES.map((role) => (
          <section key={role}>
            <h3>{t(`help.role.${role}`)}</h3>
            <ul>
              {pages
                .filter((p) => p.role === role)
                .map((p) => (
                  <li key={p.id}>
                    <Button type="link" size="small" aria-current={p.id === chosen ? 'page' : undefined} onClick={() => choose(p.id)}>
                      {p.title}
                    </Button>
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </nav>
    </div>
  );
}
