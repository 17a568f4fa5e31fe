/**
 * The parts every printed document shares, in the Decree 30/2020/NĐ-CP layout: A4 margins, the
 * national title and motto beside the issuing body, signature blocks, the page footer, a QR code.
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
  page: 'Trang {page} / {pages}',
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

/** The issuing body (left) and the national title and motto (right), then the document's title. */
export function NationalHeading({ agency, subAgency, title, subtitle }: { agency: string; subAgency?: string; title: string; subtitle?: string }) {
  return (
    <>
      <div className="dd-print-heading">
        <div>
          <p className="dd-print-agency">{agency.toUpperCase()}</p>
          {subAgency && <p className="dd-print-nation">{subAgency}</p>}
        </div>
        <div>
          <p className="dd-print-nation">{DECREE_TEXT.nation}</p>
          <p className="dd-print-motto">{DECREE_TEXT.motto}</p>
        </div>
      </div>
      <p className="dd-print-title">{title}</p>
      {subtitle && <p className="dd-print-subtitle">{subtitle}</p>}
    </>
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

/** One A4 page with the footer every page carries: what the document is, "Trang x / y", optionally a QR code. */
export function PrintPage({ label, page, pages, footer, qr, children }: { label: string; page: number; pages: number; footer: string; qr?: string; children: ReactNode }) {
  return (
    <section className="dd-print-page" aria-label={`${label} ${page}/${pages}`}>
      {children}
      <footer className="dd-print-footer">
        <span>{footer}</span>
        <span>{fill(DECREE_TEXT.page, { page, pages })}</span>
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
.dd-print-agency { font-size: 12pt; }
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
.dd-print-signatures p { margin: 0; }
.dd-print-footer { position: absolute; left: ${MARGIN_MM.left}mm; right: ${MARGIN_MM.right}mm; bottom: ${MARGIN_MM.bottom - 8}mm;
  height: ${FOOTER_MM}mm; display: flex; align-items: flex-end; justify-content: space-between; font-size: 11pt; border-top: 0.2mm solid #000; padding-top: 1mm; }
.dd-print-qr { width: 20mm; height: 20mm; }
`;
