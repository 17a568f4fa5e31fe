/**
 * Citations the default checklists rest on, as data (table legal_basis, seeded by migration legal_bases_2026):
 * the province changes a citation and the day it checked it; `confirm` marks a reported act still to confirm.
 * Which item applies to which business type is data too (checklist_item_type): the security-and-order
 * certificate only where Decree 96/2016 (as amended by Decree 56/2023) requires it.
 */
import type Database from 'better-sqlite3';
import type { BusinessType } from './businessTypes';

type Db = Database.Database;

export interface LegalBasis {
  key: string;
  citation: string;
  checkedOn: string;
  confirm: boolean;
  note: string;
}

export interface LegalData {
  bases: ReadonlyMap<string, LegalBasis>;
  /** Item key -> the business types it applies to; an item not listed applies to every type. */
  appliesTo: ReadonlyMap<string, ReadonlySet<BusinessType>>;
}

export function legalBases(db: Db): LegalBasis[] {
  return (
    db.prepare('SELECT key, citation, checked_on AS checkedOn, confirm, note FROM legal_basis ORDER BY key').all() as (Omit<LegalBasis, 'confirm'> & { confirm: number })[]
  ).map((b) => ({ ...b, confirm: b.confirm === 1 }));
}

export function legalData(db: Db): LegalData {
  const appliesTo = new Map<string, Set<BusinessType>>();
  for (const row of db.prepare('SELECT item_key AS itemKey, business_type AS type FROM checklist_item_type').all() as { itemKey: string; type: BusinessType }[]) {
    const types = appliesTo.get(row.itemKey) ?? new Set<BusinessType>();
    types.add(row.type);
    appliesTo.set(row.itemKey, types);
  }
  return { bases: new Map(legalBases(db).map((b) => [b.key, b])), appliesTo };
}

/** The province rewords a citation after checking it (the next default templates carry it). */
export function setLegalBasis(db: Db, key: string, fields: { citation: string; checkedOn: string; confirm: boolean }): boolean {
  return db.prepare('UPDATE legal_basis SET citation = ?, checked_on = ?, confirm = ? WHERE key = ?').run(fields.citation, fields.checkedOn, fields.confirm ? 1 : 0, key).changes === 1;
}
