import { Button, Card, Col, Row, Select, Table } from 'antd';
import { useEffect, useState } from 'react';
import type { FigureIdOut as TrainingFigureId, FigureRecordOut as FigureRecord, TrainingFigureOut as TrainingFigure } from '../../electron/api/schemas/training';
import { api } from '../api';
import { filterOptionByLabel } from '../app/foldText';
import { useT } from '../app/i18n';
import { OfficeFilter, useOfficeFilter } from '../app/OfficeFilter';
import { useApiCall } from '../app/useApiCall';
import type { Communes } from '../businesses/useCommunes';
import { DenominatorNote } from '../plan/DenominatorNote';

const UNIT = '';

/** T12, T1, T3, T4 for the year, for the unit or one commune; each opens to the records it counts. */
export function FiguresTab({ year, communes, refreshToken }: { year: number; communes: Communes; refreshToken: number }) {
  const { t } = useT();
  const call = useApiCall();
  const [commune, setCommune] = useState(UNIT);
  const [figures, setFigures] = useState<TrainingFigure[]>([]);
  const [opened, setOpened] = useState<{ id: TrainingFigureId; records: FigureRecord[] } | null>(null);
  const communeCode = commune === UNIT ? null : commune;
  const [office, setOffice] = useOfficeFilter();

  useEffect(() => {
    void call(api['training.figures']({ year, communeCode, ...office })).then((value) => value && setFigures(value));
    setOpened(null);
  }, [call, year, communeCode, office, refreshToken]);

  async function open(id: TrainingFigureId) {
    const records = await call(api['training.figureRecords']({ year, communeCode, figure: id, ...office }));
    if (records) setOpened({ id, records });
  }

  const recordLabel = (id: TrainingFigureId, r: FigureRecord) => (id === 'T3' || id === 'T4' ? `${r.label.split('-').reverse().join('/')} · ${t(`outreach.type.${r.detail}` as 'outreach.type.talk')}` : r.label);

  return (
    <>
      <OfficeFilter id="training-figures-filter" value={office} onChange={setOffice} />
      <label htmlFor="figures-scope" className="dd-gap-right">
        {t('figures.scope')}
      </label>
      <Select
        id="figures-scope"
        className="dd-gap-bottom"
        style={{ minWidth: 260 }}
        showSearch={{ filterOption: filterOptionByLabel }}
        value={commune}
        onChange={(value: string) => setCommune(value)}
        options={[{ value: UNIT, label: t('figures.wholeUnit') }, ...communes.options]}
      />
      <Row gutter={[16, 16]}>
        {figures.map((f) => (
          <Col key={f.id} xs={24} md={12}>
            <Card size="small" title={<h2 className="dd-section-title">{t(`figures.${f.id}`)}</h2>}>
              <p role="status" aria-label={t(`figures.${f.id}`)} className="dd-figure">
                {t('figures.value', {
                  numerator: f.numerator,
                  denominator: f.denominator,
                  percent: f.percent === null ? t('figures.noDenominator') : t('figures.percent', { value: f.percent }),
                })}
                <DenominatorNote frozen={f.frozenDenominator} live={f.liveDenominator} />
              </p>
              <Button onClick={() => void open(f.id)}>{t('figures.open')}</Button>
            </Card>
          </Col>
        ))}
      </Row>
      {opened && (
        <section aria-label={t('figures.records', { figure: t(`figures.${opened.id}`) })}>
          <h2 className="dd-section-title dd-gap-top">{t('figures.records', { figure: t(`figures.${opened.id}`) })}</h2>
          <Table<FigureRecord>
            rowKey="id"
            size="small"
            pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
            dataSource={opened.records}
            locale={{ emptyText: t('figures.empty') }}
            columns={[
              { key: 'label', title: t(`figures.${opened.id}`), render: (_, r) => recordLabel(opened.id, r) },
              { key: 'detail', title: '', render: (_, r) => (opened.id === 'T12' ? r.detail : '') },
              { key: 'count', title: t('figures.recordCount'), dataIndex: 'count', width: 100 },
            ]}
          />
        </section>
      )}
    </>
  );
}
