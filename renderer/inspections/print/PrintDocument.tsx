import type { PrintSheet } from '../../../electron/api/schemas/inspections';
import { DECREE_TEXT, NationalHeading, numberLine, paperDate, placeDate, PrintPage, Signatures } from '../../print/decree';
import { docText } from './documentText';
import { blockHeight, handlingLines, paginate, paperNumber, scanCodeOf, violationFinding, type Block, type SheetPage, type Signer } from './layout';
import { answerBoxes, COLUMN_MM, encodeScanCode, GRID, MARK_MM, MARKS, type ScanBox } from './scanLayout';

function Box({ ticked }: { ticked: boolean }) {
  return <span className="dd-print-box">{ticked ? 'X' : ''}</span>;
}

function Heading({ sheet }: { sheet: PrintSheet }) {
  // The team issues the paper under the office (its parent body); the minutes carry a number, a place and a date.
  const minutes = sheet.kind === 'minutes';
  return (
    <NationalHeading
      parentBody={sheet.officeName}
      agency={sheet.documents.teamName}
      number={minutes ? numberLine('', sheet.documents.minutesSymbol) : undefined}
      placeDate={minutes ? placeDate(sheet.documents.place, sheet.inspectedOn) : undefined}
      title={docText(minutes ? 'minutes' : 'checklist')}
      subtitle={sheet.title}
    />
  );
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
      <span className="dd-print-answer-line">{value === undefined ? '' : paperNumber(value)}</span> {item.unit}
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
      <td className="dd-print-note-cell">{sheet.notes[item.key] ?? ''}</td>
    </tr>
  );
}

const COLUMN_WIDTHS = ['10mm', '85mm', '13mm', '13mm', '13mm', '31mm'];

const TABLE_OF: Partial<Record<Block['kind'], 'items' | 'violations'>> = {
  tableHead: 'items',
  section: 'items',
  item: 'items',
  violationHead: 'violations',
  violation: 'violations',
};

/** Consecutive rows of the same table share one table; other blocks stand alone. */
function groupBlocks(blocks: Block[]): Block[][] {
  const groups: Block[][] = [];
  for (const block of blocks) {
    const table = TABLE_OF[block.kind];
    const last = groups[groups.length - 1];
    if (table && last?.[0] && TABLE_OF[last[0].kind] === table) last.push(block);
    else groups.push([block]);
  }
  return groups;
}

const VIOLATION_WIDTHS = ['10mm', '85mm', '70mm'];

function Columns({ widths }: { widths: readonly string[] }) {
  return (
    <colgroup>
      {widths.map((w, i) => (
        <col key={i} style={{ width: w }} />
      ))}
    </colgroup>
  );
}

function ViolationTable({ sheet, blocks }: { sheet: PrintSheet; blocks: Block[] }) {
  const items = new Map(sheet.sections.flatMap((s) => s.items.map((i) => [i.key, i] as const)));
  return (
    <table className="dd-print-table">
      <Columns widths={VIOLATION_WIDTHS} />
      <tbody>
        {blocks.map((block, i) => {
          if (block.kind === 'violationHead') {
            return (
              <tr key={i}>
                <th>{docText('no')}</th>
                <th>{docText('violation')}</th>
                <th>{docText('handlingColumn')}</th>
              </tr>
            );
          }
          if (block.kind !== 'violation') return null;
          const v = block.violation;
          return (
            <tr key={i}>
              <td className="dd-print-center">{block.number}</td>
              <td>
                {violationFinding(items.get(v.itemKey), sheet.answers[v.itemKey], v.description)}
                {v.severity === 'serious' && ` ${docText('seriousMark')}`}
                {block.basis && <span className="dd-print-basis">{block.basis}</span>}
              </td>
              <td>
                {handlingLines(v).map((line) => (
                  <span key={line} className="dd-print-line">
                    {line}
                  </span>
                ))}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** A signature for each person present: role, hint, room to sign, then the printed name. */
export function SignerRow({ signers }: { signers: Signer[] }) {
  return (
    <div className="dd-print-signers">
      {signers.map((s, i) => (
        <div key={i}>
          <p>
            <b>{s.role}</b>
          </p>
          <p>
            <i>{DECREE_TEXT.signHint}</i>
          </p>
          <p className="dd-print-signer-name">{s.name}</p>
        </div>
      ))}
    </div>
  );
}

function Paragraph({ block }: { block: Extract<Block, { kind: 'para' }> }) {
  const className = block.style === 'part' ? 'dd-print-part' : block.style === 'note' ? 'dd-print-note' : 'dd-print-para';
  return <p className={className}>{block.text}</p>;
}

function BlockGroup({ sheet, group }: { sheet: PrintSheet; group: Block[] }) {
  const first = group[0];
  switch (first?.kind) {
    case 'heading':
      return <Heading sheet={sheet} />;
    case 'details':
      return <Details sheet={sheet} />;
    case 'closing':
      return <Closing />;
    case 'para':
      return <Paragraph block={first} />;
    case 'dots':
      return (
        <>
          {Array.from({ length: first.count }, (_, i) => (
            <div key={i} className="dd-print-dots" />
          ))}
        </>
      );
    case 'signers':
      return <SignerRow signers={first.signers} />;
    case 'violationHead':
    case 'violation':
      return <ViolationTable sheet={sheet} blocks={group} />;
    default:
      return <Table sheet={sheet} blocks={group} />;
  }
}

function Table({ sheet, blocks }: { sheet: PrintSheet; blocks: Block[] }) {
  return (
    <table className="dd-print-table">
      <Columns widths={COLUMN_WIDTHS} />
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

/** A box or bubble where scanLayout puts it (page mm, the block's left edge is the left margin). */
function ScanMark({ box, top, ticked }: { box: ScanBox; top: number; ticked: boolean }) {
  const style = { left: `${box.x - 30}mm`, top: `${box.y - top}mm`, width: `${box.w}mm`, height: `${box.h}mm` };
  return (
    <span className={box.round ? 'dd-scan-bubble' : 'dd-scan-box'} style={style}>
      {box.round ? box.value : ticked ? 'X' : ''}
    </span>
  );
}

/** One checklist row as a table of its own, exactly as tall as the layout says, its boxes placed on top. */
function ScanRow({ sheet, block, top }: { sheet: PrintSheet; block: Block; top: number }) {
  const cells = (() => {
    if (block.kind === 'tableHead') {
      return (
        <tr>
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
        <tr className="dd-print-section">
          <td colSpan={6}>{block.title}</td>
        </tr>
      );
    }
    if (block.kind !== 'item') return null;
    const { item, number } = block;
    const value = sheet.answers[item.key];
    return (
      <tr>
        <td className="dd-print-center">{number}</td>
        <td>
          {item.text}
          {item.legalBasis && <span className="dd-print-basis">{item.legalBasis}</span>}
        </td>
        {item.kind === 'yesno' ? (
          <>
            <td />
            <td />
            <td />
          </>
        ) : (
          <td colSpan={3}>
            <span className="dd-print-answer-line">{value === undefined ? '' : paperNumber(value)}</span> {item.unit}
          </td>
        )}
        <td className="dd-print-note-cell">{sheet.notes[item.key] ?? ''}</td>
      </tr>
    );
  })();
  const value = block.kind === 'item' ? sheet.answers[block.item.key] : undefined;
  return (
    <>
      <table className={`dd-print-table dd-scan-table${block.kind === 'tableHead' ? ' dd-scan-head' : ''}`}>
        <Columns widths={COLUMN_MM.map((w) => `${w}mm`)} />
        <tbody>{cells}</tbody>
      </table>
      {block.kind === 'item' &&
        answerBoxes(block.item, top).map((box, i) => <ScanMark key={i} box={box} top={top} ticked={box.row === undefined && value === box.value} />)}
      {block.kind === 'item' &&
        block.item.kind === 'number' &&
        GRID.labels.map((label, row) => (
          <span key={label} className="dd-scan-grid-label" style={{ left: `${COLUMN_MM[0] + COLUMN_MM[1] + 0.4}mm`, top: `${GRID.top + row * GRID.pitchY}mm` }}>
            {label}
          </span>
        ))}
    </>
  );
}

/**
 * A checklist page the scan reader can read back: every block exactly as tall as the layout says (so the
 * boxes are where scanLayout.ts puts them), four corner marks, and a QR code naming the inspection, the
 * template version, the page and its rows.
 */
function ScanPage({ page }: { page: SheetPage }) {
  const { sheet } = page;
  let top = 20;
  const TABLE_KINDS = new Set<Block['kind']>(['tableHead', 'section', 'item']);
  return (
    <PrintPage
      label={sheet.code}
      page={page.page}
      pages={page.pages}
      footer={docText('code', { code: sheet.code, version: sheet.templateVersion })}
      qr={encodeScanCode(scanCodeOf(page))}
    >
      {MARKS.map((m) => (
        <span key={m.corner} className="dd-scan-corner" style={{ left: `${m.x - MARK_MM / 2}mm`, top: `${m.y - MARK_MM / 2}mm`, width: `${MARK_MM}mm`, height: `${MARK_MM}mm` }} />
      ))}
      {page.blocks.map((block, i) => {
        const height = blockHeight(block, sheet);
        const at = top;
        top += height;
        return (
          <div key={i} className="dd-scan-block" style={{ height: `${height}mm` }}>
            {TABLE_KINDS.has(block.kind) ? <ScanRow sheet={sheet} block={block} top={at} /> : <BlockGroup sheet={sheet} group={[block]} />}
          </div>
        );
      })}
    </PrintPage>
  );
}

function Page({ page }: { page: SheetPage }) {
  const { sheet } = page;
  if (sheet.kind === 'checklist') return <ScanPage page={page} />;
  return (
    <PrintPage label={sheet.code} page={page.page} pages={page.pages} footer={docText('code', { code: sheet.code, version: sheet.templateVersion })} qr={sheet.code}>
      {groupBlocks(page.blocks).map((group, i) => (
        <BlockGroup key={i} sheet={sheet} group={group} />
      ))}
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
