import type { PrintableReport } from '../../../electron/api/schemas/reports';
import { DECREE_TEXT, fill, NationalHeading, numberLine, paperDate, placeDate, PrintPage, Recipients, Signatures } from '../../print/decree';
import { columnWidthsMm, paginateReport, type ReportBlock, type ReportPage, type ReportTableData } from './reportLayout';

/** A document line of the report's layout with its placeholders filled from the report's facts. */
function line(report: PrintableReport, id: string): string {
  const [year, month, day] = report.madeOn.split('-');
  return fill(report.texts[id] ?? '', {
    period: report.period,
    periodName: report.periodName,
    from: paperDate(report.from),
    to: paperDate(report.to),
    asOf: paperDate(report.asOf),
    seq: report.changeLogSeq,
    day: day ?? '',
    month: month ?? '',
    year: year ?? '',
  });
}

function Heading({ report }: { report: PrintableReport }) {
  return (
    <>
      <NationalHeading
        parentBody={report.documents.parentBody}
        agency={report.officeName}
        number={numberLine('', report.documents.reportSymbol)}
        placeDate={placeDate(report.documents.place, report.madeOn)}
        title={line(report, 'title')}
        subtitle={line(report, 'subject')}
      />
      <p className="dd-report-span">{line(report, 'span')}</p>
    </>
  );
}

type TableBlock = Extract<ReportBlock, { kind: 'tableHead' | 'row' }>;

/** Consecutive rows (and the head) of the same table share one <table>. */
function group(blocks: ReportBlock[]): (ReportBlock | TableBlock[])[] {
  const out: (ReportBlock | TableBlock[])[] = [];
  for (const block of blocks) {
    const last = out[out.length - 1];
    if (block.kind === 'tableHead' || block.kind === 'row') {
      if (Array.isArray(last) && last[0]?.table === block.table) last.push(block);
      else out.push([block]);
    } else out.push(block);
  }
  return out;
}

function Table({ table, blocks }: { table: ReportTableData; blocks: TableBlock[] }) {
  const widths = columnWidthsMm(table);
  return (
    <table className="dd-print-table dd-report-table">
      <colgroup>
        {widths.map((w, i) => (
          <col key={i} style={{ width: `${w.toFixed(1)}mm` }} />
        ))}
      </colgroup>
      <tbody>
        {blocks.map((block, i) =>
          block.kind === 'tableHead' ? (
            <tr key={i}>
              {table.columns.map((c) => (
                <th key={c.key}>{c.label}</th>
              ))}
            </tr>
          ) : (
            <tr key={i}>
              {block.cells.map((cell, j) => (
                <td key={j} className={j > 0 && typeof block.table.rows[0]?.[j] !== 'string' ? 'dd-report-number' : undefined}>
                  {cell}
                </td>
              ))}
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}

function Block({ report, block }: { report: PrintableReport; block: ReportBlock }) {
  switch (block.kind) {
    case 'heading':
      return <Heading report={report} />;
    case 'section':
      return <p className="dd-report-section">{block.text}</p>;
    case 'tableTitle':
      return <p className="dd-report-table-title">{block.text}</p>;
    case 'paragraph':
      return <p className={block.bold ? 'dd-report-para-label' : 'dd-report-para'}>{block.text}</p>;
    case 'signatures':
      // "Nơi nhận" bottom left, the head's signature bottom right (Decree 30/2020): the title the province's layout
      // gives, else the office's setting.
      return (
        <div className="dd-report-closing">
          <Recipients recipients={report.documents.recipients} />
          <Signatures roles={[line(report, 'signHead') || report.documents.signHead]} hint={DECREE_TEXT.signStampHint} />
        </div>
      );
    default:
      return null;
  }
}

function Page({ report, page }: { report: PrintableReport; page: ReportPage }) {
  return (
    <PrintPage label={report.period} page={page.page} pages={page.pages} footer={line(report, 'footer')}>
      {group(page.blocks).map((item, i) =>
        Array.isArray(item) ? (
          item[0] && <Table key={i} table={item[0].table} blocks={item} />
        ) : (
          <Block key={i} report={report} block={item} />
        ),
      )}
    </PrintPage>
  );
}

/** The periodic report in the Decree 30/2020 layout, paginated before rendering. */
export function ReportDocument({ report }: { report: PrintableReport }) {
  return (
    <div className="dd-print-doc">
      {paginateReport(report).map((page) => (
        <Page key={page.page} report={report} page={page} />
      ))}
    </div>
  );
}
