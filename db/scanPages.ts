// Scanned checklist pages (migration scan_evidence): the reader's catalogue of inspections, and the pages kept as evidence.
import type { ChecklistSection } from './inspectionTypes';
import type { Db } from './open';

export interface ScanCatalogueRecord {
  inspections: Record<string, { templateId: string; version: number }>;
  templates: Record<string, ChecklistSection[]>;
}

/** Every inspection's short code with its template version, and the templates in use: what a scan's QR codes can name. */
export function scanCatalogue(db: Db): ScanCatalogueRecord {
  const rows = db
    .prepare('SELECT i.code, i.template_id AS templateId, t.version FROM inspection i JOIN checklist_template t ON t.id = i.template_id')
    .all() as { code: string; templateId: string; version: number }[];
  const templates = db
    .prepare('SELECT id, sections_json AS sections FROM checklist_template WHERE id IN (SELECT DISTINCT template_id FROM inspection)')
    .all() as { id: string; sections: string }[];
  return {
    inspections: Object.fromEntries(rows.map((r) => [r.code.toUpperCase(), { templateId: r.templateId, version: r.version }])),
    templates: Object.fromEntries(templates.map((t) => [t.id, JSON.parse(t.sections) as ChecklistSection[]])),
  };
}

export interface ScanPageRow {
  id: string;
  unitCode: string;
  inspectionId: string;
  batchId: string;
  page: number;
  sourceIndex: number;
  sourceName: string;
  templateVersion: number;
  image: Uint8Array;
  readings: string;
  createdAt: string;
  createdBy: string | null;
}

export function insertScanPage(db: Db, row: ScanPageRow): void {
  db.prepare(
    `INSERT INTO scan_page (id, unit_code, inspection_id, batch_id, page, source_index, source_name, template_version, image, readings, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(row.id, row.unitCode, row.inspectionId, row.batchId, row.page, row.sourceIndex, row.sourceName, row.templateVersion, Buffer.from(row.image), row.readings, row.createdAt, row.createdBy);
}

/** An inspection's kept pages, newest batch first, in page order. */
export function scanPagesOf(db: Db, inspectionId: string): ScanPageRow[] {
  const rows = db
    .prepare(
      `SELECT id, unit_code AS unitCode, inspection_id AS inspectionId, batch_id AS batchId, page, source_index AS sourceIndex, source_name AS sourceName,
        template_version AS templateVersion, image, readings, created_at AS createdAt, created_by AS createdBy
       FROM scan_page WHERE inspection_id = ? ORDER BY created_at DESC, page`,
    )
    .all(inspectionId) as (Omit<ScanPageRow, 'image'> & { image: Buffer })[];
  return rows.map((r) => ({ ...r, image: new Uint8Array(r.image) }));
}
