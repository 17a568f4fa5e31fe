import { localYear } from '../../db/localDate';
import { Space, Tabs } from 'antd';
import { NumberInput } from '../components/NumberInput';
import { useCallback, useState } from 'react';
import { useT } from '../app/i18n';
import { PageTitle } from '../app/PageTitle';
import { useCommunes } from '../businesses/useCommunes';
import { CoursesTab } from './CoursesTab';
import { EventsTab } from './EventsTab';
import { FiguresTab } from './FiguresTab';
import { SchoolsTab } from './SchoolsTab';
import { StaffTab } from './StaffTab';

/** Training and communication: staff register, courses, outreach events, schools and the figures they feed. */
export function TrainingArea() {
  const { t } = useT();
  const communes = useCommunes();
  const [year, setYear] = useState(() => localYear());
  const [changes, setChanges] = useState(0);
  const changed = useCallback(() => setChanges((n) => n + 1), []);

  return (
    <>
      <PageTitle
        extra={
          <Space>
            <label htmlFor="training-year">{t('training.year')}</label>
            <NumberInput id="training-year" integer noGrouping min={1900} max={2100} value={year} onChange={(value) => typeof value === 'number' && setYear(value)} />
          </Space>
        }
      >
        {t('training.title')}
      </PageTitle>
      <Tabs
        items={[
          { key: 'staff', label: t('training.tab.staff'), children: <StaffTab onChanged={changed} /> },
          { key: 'courses', label: t('training.tab.courses'), children: <CoursesTab year={year} onChanged={changed} /> },
          { key: 'events', label: t('training.tab.events'), children: <EventsTab year={year} communes={communes} onChanged={changed} /> },
          { key: 'schools', label: t('training.tab.schools'), children: <SchoolsTab communes={communes} onChanged={changed} /> },
          { key: 'figures', label: t('training.tab.figures'), children: <FiguresTab year={year} communes={communes} refreshToken={changes} /> },
        ]}
      />
    </>
  );
}
