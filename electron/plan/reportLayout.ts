import type { Db } from '../../db/open';
import { reportLayoutRows } from '../../db/reportLayout';
import { fill } from '../../renderer/print/decree';

/** The report layout read once per report: document lines, tables in print order, terms (migration 0009). */
export interface ReportLayout {
  version: number;
  texts: Record<string, string>;
  terms: Record<string, string>;
  /** Every table, in position order, shown or not (a hidden table is left out of the PDF and the .xlsx). */
  tables: { id: string; title: string; columns: [string, string][]; shown: boolean }[];
}

export function readReportLayout(db: Db): ReportLayout {
  const rows = reportLayoutRows(db);
  const strip = (id: string, prefix: string) => id.slice(prefix.length);
  return {
    version: rows.reduce((v, r) => Math.max(v, r.version), 1),
    texts: Object.fromEntries(rows.filter((r) => r.kind === 'text').map((r) => [strip(r.id, 'text.'), r.text])),
    terms: Object.fromEntries(rows.filter((r) => r.kind === 'term').map((r) => [strip(r.id, 'term.'), r.text])),
    tables: rows.filter((r) => r.kind === 'table').map((r) => ({ id: strip(r.id, 'table.'), title: r.text, columns: r.columns, shown: r.shown })),
  };
}

/** A document line of the layout with its {placeholders} filled; the id itself when the province removed the row. */
export function layoutText(layout: ReportLayout, id: string, params: Record<string, string | number> = {}): string {
  return fill(layout.texts[id] ?? id, params);
}

/** The name of a value (a business type, a handling...); the code itself when the layout has no term for it. */
export function layoutTerm(layout: ReportLayout, id: string): string {
  return layout.terms[id] ?? id.slice(id.indexOf('.') + 1);
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** "quý III năm 2026", "tháng 7 năm 2026", "6 tháng đầu năm 2026", "năm 2026" from a period code. */
export function periodName(layout: ReportLayout, code: string): string {
  const year = code.slice(0, 4);
  const rest = code.slice(5);
  if (rest === '') return layoutText(layout, 'period.year', { year });
  if (rest.startsWith('Q')) return layoutText(layout, 'period.quarter', { year, roman: ROMAN[Number(rest.slice(1)) - 1] ?? rest });
  if (rest.startsWith('H')) return layoutText(layout, rest === 'H1' ? 'period.half1' : 'period.half2', { year });
  return layoutText(layout, 'period.month', { year, n: Number(rest) });
}
