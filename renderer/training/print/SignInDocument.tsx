import type { SignInSheet } from '../../../electron/api/schemas/training';
import { fill, NationalHeading, paperDate, placeDate, PrintPage, Signatures } from '../../print/decree';
import { paginateSignIn, SIGN_IN_COLUMNS_MM, type SignInBlock, type SignInPage } from './signInLayout';

/** Wording of the printed sign-in sheet (Vietnamese only: see renderer/print/decree). */
export const SIGN_IN_TEXT = {
  title: 'DANH SÁCH KÝ NHẬN',
  course: 'Lớp tập huấn: {title}',
  session: 'Buổi {n}/{count}: {part}, ngày {date}',
  venue: 'Địa điểm: {venue}',
  organiser: 'Đơn vị tổ chức: {organiser}',
  no: 'STT',
  fullName: 'Họ và tên',
  position: 'Chức vụ',
  agency: 'Cơ quan, đơn vị',
  signature: 'Ký nhận',
  count: 'Danh sách có {count} người.',
  listedBy: 'NGƯỜI LẬP DANH SÁCH',
  organiserSign: 'ĐẠI DIỆN ĐƠN VỊ TỔ CHỨC',
  footer: 'Danh sách ký nhận · Buổi {n} · {date}',
  day: 'cả ngày',
  morning: 'buổi sáng',
  afternoon: 'buổi chiều',
} as const;

const DOTS = '....................';

function Table({ blocks }: { blocks: SignInBlock[] }) {
  return (
    <table className="dd-print-table dd-signin-table">
      <colgroup>
        {SIGN_IN_COLUMNS_MM.map((w, i) => (
          <col key={i} style={{ width: `${w}mm` }} />
        ))}
      </colgroup>
      <tbody>
        {blocks.map((block, i) =>
          block.kind === 'tableHead' ? (
            <tr key={i}>
              <th>{SIGN_IN_TEXT.no}</th>
              <th>{SIGN_IN_TEXT.fullName}</th>
              <th>{SIGN_IN_TEXT.position}</th>
              <th>{SIGN_IN_TEXT.agency}</th>
              <th>{SIGN_IN_TEXT.signature}</th>
            </tr>
          ) : block.kind === 'row' ? (
            <tr key={i}>
              <td className="dd-print-center">{block.row.number}</td>
              <td>{block.row.fullName}</td>
              <td>{block.row.position}</td>
              <td>{block.row.agency}</td>
              <td />
            </tr>
          ) : null,
        )}
      </tbody>
    </table>
  );
}

function Page({ sheet, page }: { sheet: SignInSheet; page: SignInPage }) {
  const date = paperDate(sheet.date);
  const table = page.blocks.filter((b) => b.kind === 'tableHead' || b.kind === 'row');
  return (
    <PrintPage label={SIGN_IN_TEXT.title} page={page.page} pages={page.pages} footer={fill(SIGN_IN_TEXT.footer, { n: sheet.sessionNo, date })}>
      {page.blocks.some((b) => b.kind === 'heading') && (
        <NationalHeading parentBody={sheet.documents.parentBody} agency={sheet.officeName} placeDate={placeDate(sheet.documents.place, sheet.date)} title={SIGN_IN_TEXT.title} subtitle={sheet.title} />
      )}
      {page.blocks.some((b) => b.kind === 'details') && (
        <div className="dd-signin-details">
          <p>{fill(SIGN_IN_TEXT.course, { title: sheet.title })}</p>
          <p>{fill(SIGN_IN_TEXT.session, { n: sheet.sessionNo, count: sheet.sessionCount, part: SIGN_IN_TEXT[sheet.part], date })}</p>
          <p>{fill(SIGN_IN_TEXT.venue, { venue: sheet.venue || DOTS })}</p>
          <p>{fill(SIGN_IN_TEXT.organiser, { organiser: sheet.organiser || DOTS })}</p>
        </div>
      )}
      {table.length > 0 && <Table blocks={table} />}
      {page.blocks.some((b) => b.kind === 'closing') && (
        <>
          <p className="dd-signin-count">{fill(SIGN_IN_TEXT.count, { count: sheet.participants.length })}</p>
          <Signatures roles={[SIGN_IN_TEXT.listedBy, SIGN_IN_TEXT.organiserSign]} />
        </>
      )}
    </PrintPage>
  );
}

/** One session's sign-in sheet, every page laid out in advance. */
export function SignInDocument({ sheet }: { sheet: SignInSheet }) {
  return (
    <div className="dd-print-doc">
      {paginateSignIn(sheet).map((page) => (
        <Page key={page.page} sheet={sheet} page={page} />
      ))}
    </div>
  );
}
