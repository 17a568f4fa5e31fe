// "A month of typical office work" for the data-package bench (issue 6): 200 inspections with their
// answers, 20 courses with 500 attendance rows, written at an office as SQL (the clerk's screens would
// write the same rows); the month's package size, and the same records as an .xlsx for comparison.
import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { insertBusiness } from '../../db/business';
import { currentTemplateFor, seedDefaultTemplates } from '../../db/checklistTemplates';
import { insertPlan } from '../../db/inspectionPlans';
import { lastChangeSeq, readDelta } from '../../db/packageRecords';
import { insertStaff } from '../../db/staff';
import { businessFields, TEST_COMMUNE } from '../../db/testing';
import { addParticipant, insertCourse, setAttendance } from '../../db/training';
import { planInput } from '../inspections/testing';
import { courseFields, staffFields } from '../training/testing';
import type { TestApp } from '../testing/factories';

const INSPECTIONS = 200;
const COURSES = 20;
/** 25 people per pair of courses, each at both sessions: 500 attendance rows in the month. */
const PEOPLE_PER_COURSE = 13;
const rosterSize = (course: number) => (course % 2 === 0 ? 13 : 12);

/** Businesses and staff the office already sent; then the month's rows. Returns the change-log span of the month. */
export async function writeOfficeMonth(office: TestApp, sendEarlier: () => Promise<unknown>) {
  const db = office.running.app.db;
  const owner = { unitCode: TEST_COMMUNE, unitListVersion: 'VN-2025' };
  const stamp = { userId: null, now: new Date().toISOString() };
  const businesses: string[] = [];
  const people: string[] = [];
  db.transaction(() => {
    seedDefaultTemplates(db, owner.unitCode, stamp);
    for (let i = 0; i < INSPECTIONS; i++) {
      const id = randomUUID();
      insertBusiness(db, id, owner, businessFields({ name: `Nhà nghỉ số ${i}`, registrationNo: '' }), stamp);
      businesses.push(id);
    }
    for (let i = 0; i < COURSES * PEOPLE_PER_COURSE; i++) {
      const id = randomUUID();
      insertStaff(db, id, owner, staffFields({ fullName: `Nguyễn Văn Cán Bộ ${i}`, birthYear: 1960 + (i % 40) }), stamp);
      people.push(id);
    }
  })();
  {
    await sendEarlier();
    const from = lastChangeSeq(db);
    const template = currentTemplateFor(db, 'guest_house');
    if (!template) throw new Error('no template');
    const items = template.sections.flatMap((s) => s.items);
    const year = new Date().getFullYear();
    const month = `${year}-${String(new Date().getMonth() + 1).padStart(2, '0')}`;
    db.transaction(() => {
      const planId = randomUUID();
      insertPlan(db, planId, owner.unitCode, planInput(), stamp);
      const inspection = db.prepare(
        `INSERT INTO inspection (id, unit_code, code, plan_id, business_id, template_id, status, year, inspected_on, finalised_at, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, 'final', ?, ?, ?, ?, ?)`,
      );
      const answer = db.prepare(
        `INSERT INTO inspection_answer (id, unit_code, inspection_id, item_key, value, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '', ?, ?)`,
      );
      // Each inspection typed in at its own moment over the month, as a clerk would (not one timestamp for all).
      const at = (i: number) => new Date(Date.parse(`${month}-01T01:00:00Z`) + i * 3_517_000 + (i % 7) * 61_013).toISOString();
      businesses.forEach((businessId, i) => {
        const id = randomUUID();
        const typed = at(i);
        inspection.run(id, owner.unitCode, `K-${String(year % 100)}-${String(i + 1).padStart(4, '0')}`, planId, businessId, template.id, year, `${month}-${String(1 + (i % 28)).padStart(2, '0')}`, typed, typed, typed);
        items.forEach((item, k) => {
          const value = item.kind === 'number' ? String(10 + ((i * 7 + k) % 30)) : (i + k) % 9 === 0 ? 'no' : 'yes';
          answer.run(randomUUID(), owner.unitCode, id, item.key, value, new Date(Date.parse(typed) + k * 20_000).toISOString(), typed);
        });
      });
      for (let c = 0; c < COURSES; c++) {
        const courseId = randomUUID();
        const sessions: string[] = [];
        insertCourse(db, courseId, owner, courseFields({ title: `Tập huấn phòng, chống mại dâm đợt ${c + 1}` }), stamp, () => {
          const id = randomUUID();
          sessions.push(id);
          return id;
        });
        const roster = people.slice(c * PEOPLE_PER_COURSE, c * PEOPLE_PER_COURSE + rosterSize(c));
        for (const personId of roster) addParticipant(db, randomUUID(), owner.unitCode, courseId, personId, stamp.now);
        for (const sessionId of sessions) setAttendance(db, sessionId, courseId, owner.unitCode, roster, stamp.now, randomUUID);
      }
    })();
    const to = lastChangeSeq(db);
    const counts = Object.fromEntries(Object.entries(readDelta(db, from, to)).map(([t, r]) => [t, r.rows.length]));
    return { from, to, counts };
  }
}

/** The month's records as a workbook, one sheet per table (header row of column names, one row per record). */
export async function monthAsXlsx(office: TestApp, from: number, to: number): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  for (const [table, records] of Object.entries(readDelta(office.running.app.db, from, to))) {
    const sheet = workbook.addWorksheet(table.slice(0, 31));
    sheet.addRow(records.columns);
    for (const [, , , values] of records.rows) if (values) sheet.addRow(values);
  }
  return (await workbook.xlsx.writeBuffer()).byteLength;
}
