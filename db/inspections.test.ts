import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveUnitList } from './adminUnits';
import { insertBusiness } from './business';
import { syncedTables } from './changeLog';
import {
  currentTemplateFor,
  deleteTemplateVersion,
  getTemplate,
  listTemplates,
  saveTemplateVersion,
  seedDefaultTemplates,
  templateVersionId,
} from './checklistTemplates';
import { BUSINESS_TYPES } from './businessTypes';
import { coverage } from './inspectionFigures';
import { insertInspection, insertPlan, nextInspectionCode } from './inspectionPlans';
import { normaliseCode } from './inspections';
import { isViolation, missingRequired, normaliseAnswer } from './inspectionRules';
import type { ChecklistItem } from './inspectionTypes';
import { migrate, migrationVersion } from './migrate';
import { openDatabase, type Db } from './open';
import { businessFields, tempDataDir } from './testing';
import { embeddedUnitLists } from './units/index';

const owner = { unitCode: '20', unitListVersion: 'VN-2025' };
const stamp = { userId: null, now: '2026-03-02T03:04:05.000Z' };
const team = [1, 2, 3].map((n) => ({ name: `Thành viên ${n}`, agency: 'Công an', userId: null }));
const plan = { title: 'Kiểm tra quý I', periodFrom: '2026-03-01', periodTo: '2026-03-31', decisionNo: '12/QĐ-UBND', decisionDate: '2026-02-25', team };

let db: Db;
let cleanup: () => void;
beforeEach(() => {
  const temp = tempDataDir();
  cleanup = temp.cleanup;
  db = openDatabase(temp.dir);
  for (const list of embeddedUnitLists()) saveUnitList(db, list, stamp.now);
});
afterEach(() => {
  db.close();
  cleanup();
});

describe('0003 inspections migration', () => {
  it('keeps the register and makes every office record of inspections travel in data packages', () => {
    const mem = new Database(':memory:');
    migrate(mem, { target: migrationVersion('inspections') - 1 });
    migrate(mem, { target: migrationVersion('inspections') });
    expect(syncedTables(mem)).toEqual(
      expect.arrayContaining(['business', 'checklist_template', 'inspection', 'inspection_amendment', 'inspection_answer', 'inspection_plan', 'violation']),
    );
    expect(mem.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'change_log_violation_update'").get()).toEqual({ n: 1 });
  });
});

describe('checklist templates', () => {
  it('ship a default for every business type, common items first, each with its legal basis', () => {
    expect(seedDefaultTemplates(db, '20', stamp)).toBe(BUSINESS_TYPES.length);
    expect(seedDefaultTemplates(db, '20', stamp)).toBe(0);
    const karaoke = currentTemplateFor(db, 'karaoke');
    expect(karaoke?.version).toBe(1);
    expect(karaoke?.id).toBe(templateVersionId('default.karaoke', 1));
    expect(karaoke?.sections[0]?.items[0]?.text).toBe('Có giấy chứng nhận đăng ký kinh doanh');
    const area = karaoke?.sections[1]?.items.find((i) => i.key === 'room_area');
    expect(area).toMatchObject({ kind: 'number', unit: 'm²', violation: { kind: 'below', limit: 20 }, legalBasis: expect.stringContaining('54/2019') });
    expect(currentTemplateFor(db, 'guest_house')?.sections[1]?.items.map((i) => i.key)).toContain('stays_declared');
    expect(listTemplates(db)).toHaveLength(BUSINESS_TYPES.length);
  });

  it('an inspection printed with version 1 still shows version 1 after the template is edited; a used version cannot be deleted', () => {
    seedDefaultTemplates(db, '20', stamp);
    insertBusiness(db, 'b1', owner, businessFields({ type: 'karaoke' }), stamp);
    insertPlan(db, 'p1', '20', plan, stamp);
    const v1 = currentTemplateFor(db, 'karaoke');
    if (!v1) throw new Error('no template');
    insertInspection(db, { id: 'i1', unitCode: '20', planId: 'p1', businessId: 'b1', templateId: v1.id, year: 2026, followUpOf: null }, stamp);

    const edited = v1.sections.map((s) => ({ ...s, items: s.items.map((i) => (i.key === 'hours' ? { ...i, text: 'Đóng cửa 0 giờ - 8 giờ' } : i)) }));
    const v2 = saveTemplateVersion(db, 'default.karaoke', { title: v1.title, sections: edited }, '20', stamp);
    expect(v2?.version).toBe(2);
    expect(currentTemplateFor(db, 'karaoke')?.version).toBe(2);
    const kept = db.prepare('SELECT template_id AS id FROM inspection WHERE id = ?').get('i1') as { id: string };
    const shown = getTemplate(db, kept.id);
    expect(shown?.version).toBe(1);
    expect(shown?.sections[1]?.items.find((i) => i.key === 'hours')?.text).toBe('Không hoạt động từ 0 giờ đến 8 giờ sáng');

    expect(deleteTemplateVersion(db, v1.id)).toBe('in_use');
    expect(deleteTemplateVersion(db, v2?.id ?? '')).toBe('deleted');
    expect(deleteTemplateVersion(db, v1.id)).toBe('in_use');
    expect(getTemplate(db, v1.id)?.version).toBe(1);
  });
});

describe('inspection codes and coverage', () => {
  it('numbers codes per year, unique in the office', () => {
    seedDefaultTemplates(db, '20', stamp);
    insertPlan(db, 'p1', '20', plan, stamp);
    const templateId = currentTemplateFor(db, 'guest_house')?.id ?? '';
    expect(nextInspectionCode(db, 2026)).toBe('K-26-0001');
    for (const id of ['b1', 'b2']) {
      insertBusiness(db, id, owner, businessFields({ name: `Nhà nghỉ ${id}`, registrationNo: '' }), stamp);
      insertInspection(db, { id: `i-${id}`, unitCode: '20', planId: 'p1', businessId: id, templateId, year: 2026, followUpOf: null }, stamp);
    }
    expect(nextInspectionCode(db, 2026)).toBe('K-26-0003');
    expect(nextInspectionCode(db, 2027)).toBe('K-27-0001');
  });

  it('counts distinct active businesses inspected or planned in the year, per commune', () => {
    seedDefaultTemplates(db, '20', stamp);
    insertPlan(db, 'p1', '20', plan, stamp);
    insertPlan(db, 'p2', '20', { ...plan, title: 'Quý II' }, stamp);
    const templateId = currentTemplateFor(db, 'guest_house')?.id ?? '';
    insertBusiness(db, 'b1', owner, businessFields({ name: 'A', registrationNo: '' }), stamp);
    insertBusiness(db, 'b2', owner, businessFields({ name: 'B', registrationNo: '', communeCode: '05983' }), stamp);
    insertBusiness(db, 'b3', owner, businessFields({ name: 'C', registrationNo: '', status: 'closed' }), stamp);
    insertBusiness(db, 'b4', owner, businessFields({ name: 'D', registrationNo: '' }), stamp);
    for (const [planId, businessId] of [['p1', 'b1'], ['p2', 'b1'], ['p1', 'b3']] as const) {
      insertInspection(db, { id: `${planId}${businessId}`, unitCode: '20', planId, businessId, templateId, year: 2026, followUpOf: null }, stamp);
    }
    const c = coverage(db, 2026);
    expect({ active: c.active, covered: c.covered }).toEqual({ active: 3, covered: 1 });
    expect(c.communes.map((l) => [l.communeName, l.active, l.covered])).toEqual([
      ['Phường Đông Kinh', 2, 1],
      ['Phường Lương Văn Tri', 1, 0],
    ]);
    expect(coverage(db, 2025).covered).toBe(0);
  });
});

describe('answer rules', () => {
  const yesNo: ChecklistItem = { key: 'k', text: 't', kind: 'yesno', unit: '', required: true, violation: { kind: 'answer', answer: 'no' }, severity: 'minor', legalBasis: '' };
  const area: ChecklistItem = { ...yesNo, kind: 'number', unit: 'm²', violation: { kind: 'below', limit: 20 } };

  it('accepts only answers that fit the item, and knows which ones violate', () => {
    expect(normaliseAnswer(yesNo, 'yes')).toBe('yes');
    expect(normaliseAnswer(yesNo, 'maybe')).toBeNull();
    expect(normaliseAnswer(area, '18,5')).toBe('18.5');
    expect(normaliseAnswer(area, 'hai mươi')).toBeNull();
    expect(isViolation(yesNo, 'no')).toBe(true);
    expect(isViolation(yesNo, 'na')).toBe(false);
    expect(isViolation(area, '18.5')).toBe(true);
    expect(isViolation(area, '20')).toBe(false);
    expect(missingRequired([{ title: 's', items: [yesNo, { ...area, required: false }] }], new Map()).map((i) => i.key)).toEqual(['k']);
  });
});

describe('inspection codes typed loosely', () => {
  it('reads the forms a clerk types as the printed code, and leaves other text as it is', () => {
    for (const typed of ['k260008', 'K260008', 'K-26-8', 'k-26-0008', '26-8', '26 8', '26.8', 'K 26 8', '2608', '26/8', 'K-26-0008', '\tK-26-0008\n']) {
      expect(normaliseCode(typed)).toBe('K-26-0008');
    }
    expect(normaliseCode('26-12345')).toBe('K-26-12345');
    expect(normaliseCode('k26-0137')).toBe('K-26-0137');
    // Not a code of this shape: upper-cased and stripped as before, so it is simply not found.
    expect(normaliseCode('26-0')).toBe('26-0');
    expect(normaliseCode('abc')).toBe('ABC');
    expect(normaliseCode('K-2')).toBe('K-2');
  });
});
