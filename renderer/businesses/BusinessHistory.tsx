import { Timeline } from 'antd';
import type { BusinessChange } from '../../db/businessTypes';
import { useT } from '../app/i18n';
import { formatDateTime } from '../i18n/translate';
import { historyLines } from './historyLines';
import type { Communes } from './useCommunes';

const OP_KEYS = { I: 'business.history.created', U: 'business.history.updated', D: 'business.history.deleted' } as const;

/** Who changed what and when, newest first, each field as "before -> after". */
export function BusinessHistory({ history, communes }: { history: BusinessChange[]; communes: Communes }) {
  const { t, locale } = useT();
  if (history.length === 0) return <p>{t('business.history.empty')}</p>;
  const format = { locale, t, communeName: communes.nameOf };
  const empty = t('common.empty');
  return (
    <Timeline
      className="dd-history"
      items={[...history].reverse().map((change) => ({
        key: change.seq,
        color: change.op === 'I' ? 'green' : change.op === 'D' ? 'red' : 'blue',
        content: (
          <div>
            <div>
              <span className="dd-history-time">{formatDateTime(change.changedAt)}</span>{' '}
              <strong>{t(OP_KEYS[change.op])}</strong>{' '}
              {t('business.history.by', { user: change.changedBy ?? t('business.history.unknownUser') })}
            </div>
            <ul className="dd-history-fields">
              {historyLines(change, format).map((line) => (
                <li key={line.field}>
                  <span className="dd-history-label">{t(line.labelKey)}:</span>{' '}
                  {change.op === 'I' ? (
                    line.after || empty
                  ) : (
                    <>
                      <span className="dd-history-before">{line.before || empty}</span> →{' '}
                      <span>{line.after || empty}</span>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ),
      }))}
    />
  );
}
