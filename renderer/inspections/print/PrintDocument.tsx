import type { PrintSheet } from '../../../electron/api/schemas/inspections';
import { NationalHeading, paperDate, PrintPage, Signatures } from '../../print/decree';
import { docText } from './documentText';
import { paginate, type Block, type SheetPage } from './layout';

function Box({ ticked }: { ticked: boolean }) {
  return <span className="dd-print-box">{ticked ? 'X' : ''}</span>;
}

function Heading({ sheet }: { sheet: PrintSheet }) {
  return <NationalHeading agency={sheet.officeName} subAgency={docText('team')} title={docText(sheet.kind === 'minutes' ? 'minutes' : 'checklist')} subtitle={sheet.title} />;
}

function Details({ sheet }: { sheet: PrintSheet }) {
  const b = sheet.business;
  return (
    <div className="dd-print-details">
      <p>{docText('decision', { no: sheet.plan.decisionNo, date: paperDate(sheet.plan.decisionDate) })}</p>
      <p>{docText('business', { name: b.name })}</p>
      <p>{docText('address', { address: b.address || '....................', commune: b.communeName })}</p>
      <p>{docText('owner', { owner: b.ownerName || '....................' })}</p>
      <p>{docText('registration', { registration: b.registrationNo || '..........', cert: b.securityCertNo || '..........' })}</p>
      <p>{docText('date', { date: paperDate(sheet.inspectedOn) })}</p>
      <p>{docText('teamMembers')}</p>
      <ol>
        {sheet.plan.team.map((m, i) => (
          <li key={i}>
            {m.name} - {m.agency}
          </li>
        ))}
      </ol>
    </div>
  );
}

type Item = PrintSheet['sections'][number]['items'][number];

function Answer({ item, value }: { item: Item; value: string | undefined }) {
  if (item.kind === 'yesno') {
    return (
      <>
        <td className="dd-print-center">
          <Box ticked={value === 'yes'} />
        </td>
        <td className="dd-print-center">
          <Box ticked={value === 'no'} />
        </td>
        <td className="dd-print-center">
          <Box ticked={value === 'na'} />
        </td>
      </>
    );
  }
  return (
    <td colSpan={3}>
      <span className="dd-print-answer-line">{value ?? ''}</span> {item.unit}
    </td>
  );
}

function ItemRow({ sheet, block }: { sheet: PrintSheet; block: Extract<Block, { kind: 'item' }> }) {
  const { item, number } = block;
  return (
    <tr>
      <td className="dd-print-center">{number}</td>
      <td>
        {item.text}
        {item.legalBasis && <span className="dd-print-basis">{item.legalBasis}</span>}
      </td>
      <Answer item={item} value={sheet.answers[item.key]} />
      <td />
    </tr>
  );
}

const COLUMN_WIDTHS = ['10mm', '85mm', '13mm', '13mm', '13mm', '31mm'];

/** Consecutive table blocks share one table; others stand alone. */
function groupBlocks(blocks: Block[]): Block[][] {
  const groups: Block[][] = [];
  for (const block of blocks) {
    const inTable = block.kind === 'tableHead' || block.kind === 'section' || block.kind === 'item';
    const last = groups[groups.length - 1];
    const lastInTable = last?.[0] && ['tableHead', 'section', 'item'].includes(last[0].kind);
    if (inTable && last && lastInTable) last.push(block);
    else groups.push([block]);
  }
  return groups;
}

function Table({ sheet, blocks }: { sheet: PrintSheet; blocks: Block[] }) {
  return (
    <table className="dd-print-table">
      <colgroup>
        {COLUMN_WIDTHS.map((w, i) => (
          <col key={i} style={{ width: w }} />
        ))}
      </colgroup>
      <tbody>
        {blocks.map((block, i) => {
          if (block.kind === 'tableHead') {
            return (
              <tr key={i}>
                <th>{docText('no')}</th>
                <th>{docText('item')}</th>
                <th>{docText('yes')}</th>
                <th>{docText('noAnswer')}</th>
                <th>{docText('na')}</th>
                <th>{docText('notesColumn')}</th>
              </tr>
            );
          }
          if (block.kind === 'section') {
            return (
              <tr key={i} className="dd-print-section">
                <td colSpan={6}>{block.title}</td>
              </tr>
            );
          }
          return block.kind === 'item' ? <ItemRow key={i} sheet={sheet} block={block} /> : null;
        })}
      </tbody>
    </table>
  );
}

function Closing() {
  return (
    <>
      <div className="dd-print-notes">
        <p>{docText('notes')}</p>
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="dd-print-dots" />
        ))}
        <p>
          <i>{docText('naNote')}</i>
        </p>
      </div>
      <Signatures roles={[docText('signBusiness'), docText('signLeader')]} />
    </>
  );
}

function Page({ page }: { page: SheetPage }) {
  const { sheet } = page;
  return (
    <PrintPage label={sheet.code} page={page.page} pages={page.pages} footer={docText('code', { code: sheet.code, version: sheet.templateVersion })} qr={sheet.code}>
      {groupBlocks(page.blocks).map((group, i) => {
        const first = group[0];
        if (first?.kind === 'heading') return <Heading key={i} sheet={sheet} />;
        if (first?.kind === 'details') return <Details key={i} sheet={sheet} />;
        if (first?.kind === 'closing') return <Closing key={i} />;
        return <Table key={i} sheet={sheet} blocks={group} />;
      })}
    </PrintPage>
  );
}

/** Every sheet's pages, in order: one business or a whole plan in one print job. */
export function PrintDocument({ sheets }: { sheets: readonly PrintSheet[] }) {
  return (
    <div className="dd-print-doc">
      {paginate(sheets).map((page) => (
        <Page key={`${page.sheet.code}-${page.page}`} page={page} />
      ))}
    </div>
  );
}
