/**
 * The parts every printed document shares, in the Decree 30/2020/NĐ-CP layout: A4 margins, the
 * national title and motto beside the issuing body (under its parent body, with the number line and the
 * place and date), signature blocks, the page number at the top from page 2, the page footer, a QR code.
 * An administrative document is Vietnamese by law whatever language the screen is in, so this text
 * has no English side. Checklists, sign-in sheets, reports and registration forms build on it.
 */
import QRCode from 'qrcode';
import type { ReactNode } from 'react';

/** Decree 30/2020: top 20-25 mm, bottom 20-25 mm, left 30-35 mm, right 15-20 mm. */
export const MARGIN_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
export const PAGE_HEIGHT_MM = 297;
export const FOOTER_MM = 24;
/** Height of one 13 pt line of Tinos, for layouts that paginate before rendering. */
export const LINE_MM = 5.4;

export const DECREE_TEXT = {
  nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  number: 'Số: {no}/{symbol}',
  placeDate: '{place}, ngày {day} tháng {month} năm {year}',
  recipients: 'Nơi nhận:',
  signHint: '(Ký, ghi rõ họ tên)',
  signStampHint: '(Ký, ghi rõ họ tên, đóng dấu)',
} as const;

/** A document line with its {placeholders} filled. */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** dd/mm/yyyy of an ISO date; blank dots for a date to be written by hand. */
export function paperDate(iso: string | null): string {
  if (!iso) return '..../..../........';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/**
 * "Lạng Sơn, ngày 05 tháng 7 năm 2026" (Decree 30/2020): a leading zero only for days 1-9 and months 1-2;
 * dots to fill by hand when the date is not known.
 */
export function placeDate(place: string, iso: string | null): string {
  if (!iso) return fill(DECREE_TEXT.placeDate, { place, day: '.....', month: '.....', year: '.........' });
  const [year = '', month = '', day = ''] = iso.slice(0, 10).split('-');
  const m = Number(month);
  return fill(DECREE_TEXT.placeDate, { place, day: day.padStart(2, '0'), month: m <= 2 ? month.padStart(2, '0') : String(m), year });
}

/** "Số: 12/BC-UBND", or "Số: .../BC-UBND" for a number written by hand. */
export function numberLine(no: string, symbol: string): string {
  return fill(DECREE_TEXT.number, { no: no || '......', symbol });
}

/** Text as a QR code (vector, so it stays sharp on paper and costs no image memory). */
export function QrCode({ text }: { text: string }) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  let path = '';
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) if (modules.get(x, y)) path += `M${x + 2} ${y + 2}h1v1h-1z`;
  }
  return (
    <svg className="dd-print-qr" viewBox={`0 0 ${size + 4} ${size + 4}`} role="img" aria-label={text} shapeRendering="crispEdges">
      <rect width={size + 4} height={size + 4} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}

/** The parts of a Decree 30/2020 heading: who issues it (under whom), its number, where and when. */
export interface HeadingParts {
  /** The body above the issuer (not bold); empty for none. A geographic unit is not a parent body. */
  parentBody?: string;
  /** The issuing body: uppercase, bold. */
  agency: string;
  /** The number and symbol line ("Số: .../BC-UBND"), under the issuing body. */
  number?: string;
  /** The place and date line, under the motto, in italics. */
  placeDate?: string;
}

/** The issuing body (left) and the national title and motto (right), then the document's title. */
export function NationalHeading({ parentBody, agency, number, placeDate: where, title, subtitle }: HeadingParts & { title: string; subtitle?: string }) {
  return (
    <>
      <div className="dd-print-heading">
        <div>
          {parentBody && <p className="dd-print-parent">{parentBody.toUpperCase()}</p>}
          <p className="dd-print-agency">{agency.toUpperCase()}</p>
          {number && <p className="dd-print-number">{number}</p>}
        </div>
        <div>
          <p className="dd-print-nation">{DECREE_TEXT.nation}</p>
          <p className="dd-print-motto">{DECREE_TEXT.motto}</p>
          {where && <p className="dd-print-place-date">{where}</p>}
        </div>
      </div>
      <p className="dd-print-title">{title}</p>
      {subtitle && <p className="dd-print-subtitle">{subtitle}</p>}
    </>
  );
}

/** "Nơi nhận:" with one recipient a line (bottom left of a report, Decree 30/2020). */
export function Recipients({ recipients }: { recipients: string }) {
  const lines = recipients.split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0) return null;
  return (
    <div className="dd-print-recipients">
      <p>
        <b>
          <i>{DECREE_TEXT.recipients}</i>
        </b>
      </p>
      {lines.map((line) => (
        <p key={line}>- {line}</p>
      ))}
    </div>
  );
}

/** Signature blocks side by side: a bold role and the hint to sign under it. */
export function Signatures({ roles, hint = DECREE_TEXT.signHint }: { roles: readonly string[]; hint?: string }) {
  return (
    <div className="dd-print-signatures" style={{ gridTemplateColumns: `repeat(${roles.length}, 1fr)` }}>
      {roles.map((role) => (
        <div key={role}>
          <p>
            <b>{role}</b>
          </p>
          <p>
            <i>{hint}</i>
          </p>
        </div>
      ))}
    </div>
  );
}

/**
 * One A4 page: its number centred in the top margin from page 2 (none on page 1, Decree 30/2020), and a footer
 * saying what the document is, optionally with a QR code.
 */
export function PrintPage({ label, page, pages, footer, qr, children }: { label: string; page: number; pages: number; footer: string; qr?: string; children: ReactNode }) {
  return (
    <section className="dd-print-page" aria-label={`${label} ${page}/${pages}`}>
      {page > 1 && <div className="dd-print-page-number">{page}</div>}
      {children}
      <footer className="dd-print-footer">
        <span>{footer}</span>
        {qr ? <QrCode text={qr} /> : <span />}
      </footer>
    </section>
  );
}

/** Print CSS shared by the app's preview and the PDF made in headless Chromium. */
export const DECREE_CSS = `
@page { size: A4; margin: 0; }
.dd-print-doc { font-family: 'Tinos', 'Times New Roman', serif; font-size: 13pt; line-height: 1.3; color: #000; }
.dd-print-page { box-sizing: border-box; width: 210mm; height: ${PAGE_HEIGHT_MM}mm; overflow: hidden; position: relative; background: #fff;
  padding: ${MARGIN_MM.top}mm ${MARGIN_MM.right}mm ${MARGIN_MM.bottom}mm ${MARGIN_MM.left}mm; break-after: page; }
.dd-print-page:last-child { break-after: auto; }
.dd-print-heading { display: grid; grid-template-columns: 42% 58%; text-align: center; }
.dd-print-heading p { margin: 0; }
.dd-print-parent { font-size: 12pt; font-weight: normal; }
.dd-print-agency { font-size: 12pt; font-weight: bold; }
.dd-print-number { font-size: 13pt; margin-top: 1.5mm !important; }
.dd-print-place-date { font-style: italic; font-size: 13pt; margin-top: 2mm !important; }
.dd-print-page-number { position: absolute; top: ${MARGIN_MM.top - 12}mm; left: 0; right: 0; text-align: center; font-size: 13pt; }
.dd-print-recipients { font-size: 11pt; margin-top: 6mm; }
.dd-print-recipients p { margin: 0; }
.dd-print-nation { font-weight: bold; font-size: 12pt; }
.dd-print-motto { font-weight: bold; font-size: 13pt; text-decoration: underline; text-underline-offset: 3px; }
.dd-print-title { text-align: center; font-weight: bold; font-size: 14pt; margin: 8mm 0 0; }
.dd-print-subtitle { text-align: center; font-weight: bold; margin: 0 0 4mm; }
.dd-print-table { width: 100%; border-collapse: collapse; table-layout: fixed; margin-top: 3mm; }
.dd-print-table th, .dd-print-table td { border: 0.3mm solid #000; padding: 0.8mm 1.2mm; vertical-align: top; }
.dd-print-table th { font-size: 11pt; }
.dd-print-center { text-align: center; }
.dd-print-right { text-align: right; }
.dd-print-dots { border-bottom: 0.2mm dotted #000; height: ${LINE_MM + 1}mm; }
.dd-print-signatures { display: grid; grid-template-columns: 1fr 1fr; text-align: center; margin-top: 6mm; }
.dd-print-signatures p { margin: 0; white-space: pre-line; }
.dd-print-footer { position: absolute; left: ${MARGIN_MM.left}mm; right: ${MARGIN_MM.right}mm; bottom: ${MARGIN_MM.bottom - 8}mm;
  height: ${FOOTER_MM}mm; display: flex; align-items: flex-end; justify-content: space-between; font-size: 11pt; border-top: 0.2mm solid #000; padding-top: 1mm; }
.dd-print-qr { width: 20mm; height: 20mm; }
`;
