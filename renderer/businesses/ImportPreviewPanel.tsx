import { Alert, Select, Space, Table } from 'antd';
import type { ReactNode } from 'react';
import type { ImportPreviewOut } from '../../electron/api/schemas/import';
import { filterOptionByLabel } from '../app/foldText';
import { useT } from '../app/i18n';
import { isMessageKey } from '../i18n/translate';
import { columnOptions, invalidRowLines, NOT_MAPPED, readAsLines, type ColumnMapping, type InvalidRowLine } from './importPreview';

interface Props {
  fileName: string;
  /** Message-key prefix of the field names ('business.field.'). */
  fieldPrefix: string;
  preview: ImportPreviewOut;
  mapping: ColumnMapping;
  /** The "choose another file" control. */
  chooser: ReactNode;
  onRemap: (field: string, column: number) => void;
}

const ERRORS_PAGE_SIZE = 10;

function useFieldLabel(prefix: string) {
  const { t } = useT();
  return (field: string | null) => {
    if (!field) return t('common.empty');
    const key = `${prefix}${field}`;
    return isMessageKey(key) ? t(key) : field;
  };
}

/** What the file holds: the summary, missing columns, the column matching, the rows with errors. */
export function ImportPreviewPanel({ fileName, fieldPrefix, preview, mapping, chooser, onRemap }: Props) {
  const { t, tKey } = useT();
  const fieldLabel = useFieldLabel(fieldPrefix);
  const options = columnOptions(preview.headers, (n) => t('import.columnN', { n }), t('import.notMapped'));
  const lines = invalidRowLines(preview.invalidRows);
  const warnings = invalidRowLines(preview.warningRows);
  const lineColumns = [
    { key: 'row', title: t('import.rowNumber'), width: 120, render: (_: unknown, l: InvalidRowLine) => t('import.row', { row: l.rowNumber }) },
    { key: 'field', title: t('import.field'), width: 240, render: (_: unknown, l: InvalidRowLine) => fieldLabel(l.field) },
    { key: 'problem', title: t('import.problem'), render: (_: unknown, l: InvalidRowLine) => tKey(l.messageKey, l.params) },
  ];
  const missing = preview.missingColumns.length > 0;
  const readAs = readAsLines(preview.headers, mapping, fieldLabel);

  return (
    <>
      <Space className="dd-gap-bottom" wrap>
        <span>{t('import.fileChosen', { file: fileName })}</span>
        {chooser}
      </Space>
      <p role="status" className="dd-import-summary">
        {t('import.summary', { total: preview.total, valid: preview.validCount, invalid: preview.invalidCount })}
      </p>
      {missing && (
        <Alert
          className="dd-gap-bottom"
          type="error"
          showIcon
          role="alert"
          title={t('import.missingColumnsAtRow', { columns: preview.missingColumns.map(fieldLabel).join(', '), row: preview.headerRow })}
        />
      )}
      <h2 className="dd-section-title">{t('import.mapping')}</h2>
      <p>{t('import.mappingHint')}</p>
      {readAs.length > 0 && (
        <ul className="dd-import-read-as" aria-label={t('import.readAsTitle')}>
          {readAs.map((line) => (
            <li key={line.column}>{t('import.readAs', line)}</li>
          ))}
        </ul>
      )}
      <div className="dd-mapping">
        {/* The server lists the fields in the spreadsheet's column order. */}
        {Object.keys(mapping).map((field) => (
          <div key={field} className="dd-mapping-row">
            <label htmlFor={`import-map-${field}`}>{fieldLabel(field)}</label>
            <Select
              id={`import-map-${field}`}
              showSearch={{ filterOption: filterOptionByLabel }}
              className="dd-full-width"
              value={mapping[field] ?? NOT_MAPPED}
              options={options}
              onChange={(value: number) => onRemap(field, value)}
            />
          </div>
        ))}
      </div>
      {!missing && lines.length === 0 && <p className="dd-gap-top">{t('import.allValid')}</p>}
      {!missing && lines.length > 0 && (
        <>
          <h2 className="dd-section-title dd-gap-top">{t('import.errors')}</h2>
          {/* Pages, not a scroll box: a scrollable region without focusable content fails axe. */}
          <Table<InvalidRowLine>
            size="small"
            rowKey="key"
            pagination={{ pageSize: ERRORS_PAGE_SIZE, showSizeChanger: false, hideOnSinglePage: true }}
            dataSource={lines}
            columns={lineColumns}
          />
        </>
      )}
      {!missing && warnings.length > 0 && (
        <>
          <h2 className="dd-section-title dd-gap-top">{t('import.warnings')}</h2>
          <Table<InvalidRowLine>
            size="small"
            rowKey="key"
            pagination={{ pageSize: ERRORS_PAGE_SIZE, showSizeChanger: false, hideOnSinglePage: true }}
            dataSource={warnings}
            columns={lineColumns}
          />
        </>
      )}
    </>
  );
}
