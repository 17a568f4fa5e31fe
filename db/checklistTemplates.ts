import { createHash } from 'node:crypto';
import type { BusinessType } from './businessTypes';
import { DEFAULT_REVISION, defaultTemplates } from './inspectionDefaults';
import { legalData } from './legalBases';
import type { ChecklistSection, ChecklistTemplate } from './inspectionTypes';
import type { Db } from './open';

export interface WriteStamp {
  userId: string | null;
  now: string;
}

interface TemplateRow {
  id: string;
  template_key: string;
  version: number;
  business_type: BusinessType;
  title: string;
  sections_json: string;
  created_at: string;
  in_use: number;
}

const SELECT = `SELECT t.id, t.template_key, t.version, t.business_type, t.title, t.sections_json, t.created_at,
  (SELECT count(*) FROM inspection i WHERE i.template_id = t.id) AS in_use FROM checklist_template t`;

function toTemplate(row: TemplateRow): ChecklistTemplate {
  return {
    id: row.id,
    templateKey: row.template_key,
    version: row.version,
    businessType: row.business_type,
    title: row.title,
    sections: JSON.parse(row.sections_json) as ChecklistSection[],
    createdAt: row.created_at,
    inUse: row.in_use,
  };
}

/**
 * The row id of a template version, derived from its stable key and number (UUID layout, version 5 bits):
 * every office seeding the same default gets the same id, so packages from two offices never clash.
 */
export function templateVersionId(templateKey: string, version: number): string {
  const hex = createHash('sha1').update(`checklist_template:${templateKey}:${version}`).digest('hex');
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function insertVersion(
  db: Db,
  t: { templateKey: string; version: number; unitCode: string; businessType: BusinessType; title: string; sections: ChecklistSection[]; defaultRevision?: number },
  stamp: WriteStamp,
): string {
  const id = templateVersionId(t.templateKey, t.version);
  db.prepare(
    `INSERT INTO checklist_template (id, template_key, version, unit_code, business_type, title, sections_json,
       created_at, updated_at, created_by, updated_by, default_revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, t.templateKey, t.version, t.unitCode, t.businessType, t.title, JSON.stringify(t.sections), stamp.now, stamp.now, stamp.userId, stamp.userId, t.defaultRevision ?? null);
  return id;
}

/**
 * Every default template this database lacks (at setup, or after an upgrade), and a new version of each
 * default whose newest version is an older, unedited default (the 2023 legal bases): inspections keep the
 * version they were planned with. A template an administrator edited is left as they made it.
 */
export function seedDefaultTemplates(db: Db, unitCode: string, stamp: WriteStamp): number {
  const latest = db.prepare('SELECT version, default_revision AS revision FROM checklist_template WHERE template_key = ? ORDER BY version DESC LIMIT 1');
  let added = 0;
  db.transaction(() => {
    for (const template of defaultTemplates(legalData(db))) {
      const held = latest.get(template.templateKey) as { version: number; revision: number | null } | undefined;
      if (held && (held.revision === null || held.revision >= DEFAULT_REVISION)) continue;
      insertVersion(db, { ...template, version: (held?.version ?? 0) + 1, unitCode, defaultRevision: DEFAULT_REVISION }, stamp);
      added += 1;
    }
  }).immediate();
  return added;
}

/** The latest version of every template, by business type. */
export function listTemplates(db: Db): ChecklistTemplate[] {
  const rows = db
    .prepare(
      `${SELECT} WHERE t.version = (SELECT max(version) FROM checklist_template l WHERE l.template_key = t.template_key)
       ORDER BY t.business_type, t.template_key`,
    )
    .all() as TemplateRow[];
  return rows.map(toTemplate);
}

export function templateVersions(db: Db, templateKey: string): ChecklistTemplate[] {
  return (db.prepare(`${SELECT} WHERE t.template_key = ? ORDER BY t.version`).all(templateKey) as TemplateRow[]).map(toTemplate);
}

export function getTemplate(db: Db, id: string): ChecklistTemplate | undefined {
  const row = db.prepare(`${SELECT} WHERE t.id = ?`).get(id) as TemplateRow | undefined;
  return row && toTemplate(row);
}

/** The version a new inspection of this type is printed with: the newest template for the type. */
export function currentTemplateFor(db: Db, businessType: BusinessType): ChecklistTemplate | undefined {
  const row = db
    .prepare(`${SELECT} WHERE t.business_type = ? ORDER BY t.created_at DESC, t.version DESC LIMIT 1`)
    .get(businessType) as TemplateRow | undefined;
  return row && toTemplate(row);
}

/** Editing never changes a version: it writes the next one, and inspections keep the version they had. */
export function saveTemplateVersion(
  db: Db,
  templateKey: string,
  fields: { title: string; sections: ChecklistSection[] },
  unitCode: string,
  stamp: WriteStamp,
): ChecklistTemplate | undefined {
  const latest = templateVersions(db, templateKey).at(-1);
  if (!latest) return undefined;
  const id = insertVersion(
    db,
    { templateKey, version: latest.version + 1, unitCode, businessType: latest.businessType, title: fields.title, sections: fields.sections },
    stamp,
  );
  return getTemplate(db, id);
}

export type DeleteOutcome = 'deleted' | 'not_found' | 'in_use' | 'only_version';

export function deleteTemplateVersion(db: Db, id: string): DeleteOutcome {
  const template = getTemplate(db, id);
  if (!template) return 'not_found';
  if (template.inUse > 0) return 'in_use';
  if (templateVersions(db, template.templateKey).length === 1) return 'only_version';
  db.prepare('DELETE FROM checklist_template WHERE id = ?').run(id);
  return 'deleted';
}
