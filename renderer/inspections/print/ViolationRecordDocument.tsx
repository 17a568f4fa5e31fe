import type { ViolationRecordSheet } from '../../../electron/api/schemas/inspections';
import { NationalHeading, PrintPage } from '../../print/decree';
import { docText } from './documentText';
import { PRINT_CSS } from './layout';
import { SignerRow } from './PrintDocument';
import { paginateRecord, recordText, type RecordBlock } from './violationRecordLayout';

function Block({ sheet, block }: { sheet: ViolationRecordSheet; block: RecordBlock }) {
  if (block.kind === 'heading') {
    return (
      <>
        <NationalHeading parentBody={sheet.officeName} agency={sheet.documents?.teamName ?? docText('team')} title={recordText('title')} subtitle={recordText('subject')} />
        <p className="dd-record-number">{recordText('number', { no: sheet.recordNo })}</p>
      </>
    );
  }
  if (block.kind === 'signers') {
    return (
      <div className="dd-record-signers">
        <SignerRow
          signers={[
            { role: recordText('signOrg'), name: block.representative },
            { role: recordText('signMaker'), name: block.maker },
          ]}
        />
      </div>
    );
  }
  const className = block.style === 'part' ? 'dd-record-part' : block.style === 'note' ? 'dd-record-note' : block.style === 'small' ? 'dd-record-small' : 'dd-record-para';
  return <p className={className}>{block.text}</p>;
}

/** The violation record's pages: printed from the inspection once the record's number and date are recorded. */
export function ViolationRecordDocument({ sheet }: { sheet: ViolationRecordSheet }) {
  return (
    <div className="dd-print-doc">
      {paginateRecord(sheet).map((page) => (
        <PrintPage key={page.page} label={recordText('title')} page={page.page} pages={page.pages} footer={recordText('footer', { no: sheet.recordNo, code: sheet.code })}>
          {page.blocks.map((block, i) => (
            <Block key={i} sheet={sheet} block={block} />
          ))}
        </PrintPage>
      ))}
    </div>
  );
}

export const RECORD_CSS = `${PRINT_CSS}
.dd-record-number { text-align: left; margin: 1mm 0 0; width: 42%; text-align: center; }
.dd-record-para { margin: 0; text-align: justify; }
.dd-record-part { margin: 2mm 0 0; font-weight: bold; }
.dd-record-note { margin: 1mm 0 0; font-style: italic; }
.dd-record-small { margin: 0; font-size: 11pt; font-style: italic; }
.dd-record-signers .dd-print-signers { grid-template-columns: 1fr 1fr; }
`;
