// Training figures and the staff import at the sizes of a province: T12 over 50,000 people and
// 5,000 courses, and a 10,000-row staff spreadsheet checked for duplicates. Prints, never asserts.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { insertStaff } from '../../db/staff';
import type { StaffFields } from '../../db/staffTypes';
import { addParticipant, insertCourse, refreshCompletion } from '../../db/training';
import { STAFF_GROUPS } from '../../db/staffTypes';
import { vi } from '../../renderer/i18n/vi';
import { findChromium } from '../print/pdf';
import { STAFF_COLUMNS } from '../training/staffImport';
import { signInToPdf } from '../training/signInPdf';
import { TestApp } from '../testing/factories';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vi', 'Lương', 'Nông', 'Hà', 'Triệu'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Quốc'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hồng', 'Lan', 'Mai', 'Nam', 'Phương', 'Quân', 'Sơn', 'Tâm', 'Yến'];

function person(i: number, units: string[]): StaffFields {
  const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;
  return {
    fullName: `${pick(FAMILY, i)} ${pick(MIDDLE, Math.floor(i / 10))} ${pick(GIVEN, Math.floor(i / 60))} ${i}`,
    gender: i % 2 ? 'male' : 'female',
    birthYear: 1960 + (i % 40),
    position: 'Cán bộ',
    agency: `UBND ${i % 200}`,
    level: 'commune',
    unitCode: pick(units, i),
    group: pick(STAFF_GROUPS, i),
    phone: '',
    status: i % 20 === 0 ? 'left' : 'active',
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

function line(label: string, value: string, target: string): void {
  console.log(`${label.padEnd(58)} ${value.padStart(12)}   (target ${target})`);
}

async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

export async function trainingBench(): Promise<void> {
  // Shared build machines skew timings: say how busy this one was.
  console.log(`\nTraining figures (load average ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} CPUs)`);
  const app = await TestApp.withOffice({ validateOutput: false });
  try {
    const db = app.running.app.db;
    const units = (await app.ok('units.communes', {})).map((c) => c.code);
    const owner = { unitCode: '20', unitListVersion: 'VN-2025' };
    const stamp = { userId: null, now: new Date().toISOString() };
    let n = 0;
    const newId = () => `00000000-0000-4000-8000-${String((n += 1)).padStart(12, '0')}`;
    const people: string[] = [];
    const seedStart = performance.now();
    db.transaction(() => {
      for (let i = 0; i < 50_000; i += 1) {
        const id = newId();
        insertStaff(db, id, owner, person(i, units), stamp);
        people.push(id);
      }
      const participant = db.prepare(
        `INSERT INTO training_participant (id, unit_code, course_id, person_id, completed, created_at, updated_at) VALUES (?, '20', ?, ?, 0, ?, ?)`,
      );
      const attend = db.prepare(`INSERT INTO training_attendance (id, unit_code, session_id, person_id, created_at) VALUES (?, '20', ?, ?, ?)`);
      const sessionsOf = db.prepare('SELECT id FROM training_session WHERE course_id = ? ORDER BY session_no');
      for (let c = 0; c < 5000; c += 1) {
        const id = newId();
        const month = String((c % 12) + 1).padStart(2, '0');
        insertCourse(
          db,
          id,
          owner,
          {
            title: `Lớp ${c}`,
            topics: ['prevention'],
            organiser: '',
            trainers: '',
            venue: '',
            startDate: `2026-${month}-10`,
            endDate: `2026-${month}-11`,
            completionPercent: 80,
            sessions: [
              { date: `2026-${month}-10`, part: 'day' },
              { date: `2026-${month}-11`, part: 'day' },
            ],
          },
          stamp,
          newId,
        );
        const sessions = (sessionsOf.all(id) as { id: string }[]).map((s) => s.id);
        // 20 people a course: many are trained more than once, some attend only one session.
        for (let k = 0; k < 20; k += 1) {
          const personId = people[(c * 7 + k * 2503) % people.length] ?? '';
          participant.run(newId(), id, personId, stamp.now, stamp.now);
          sessions.forEach((sessionId, s) => {
            if (s === 0 || k % 4 !== 0) attend.run(newId(), sessionId, personId, stamp.now);
          });
        }
        refreshCompletion(db, id);
      }
    })();
    line('seed 50,000 people, 5,000 courses, 100,000 places', `${((performance.now() - seedStart) / 1000).toFixed(1)} s`, 'info');

    const t12: number[] = [];
    let figure = { numerator: 0, denominator: 0 };
    for (let round = 0; round < 15; round += 1) {
      t12.push(
        await timeAsync(async () => {
          const figures = await app.ok('training.figures', { year: 2026, communeCode: null });
          figure = figures.find((f) => f.id === 'T12') ?? figure;
        }),
      );
    }
    line(`T12 (+T1, T3, T4) for 50,000 people / 5,000 courses, median`, `${median(t12).toFixed(1)} ms`, '< 100 ms');
    line('  T12 value', `${figure.numerator}/${figure.denominator}`, 'info');

    // 10,000 staff rows, one in ten already registered (offered for merging), through the handlers.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách');
    ws.addRow(STAFF_COLUMNS.map((c) => vi[c.headerKey]));
    for (let i = 0; i < 10_000; i += 1) {
      const p = person(i % 10 === 0 ? i : 100_000 + i, units);
      ws.addRow([p.fullName.toLocaleUpperCase('vi'), p.gender === 'male' ? 'Nam' : 'Nữ', p.birthYear, p.position, p.agency, 'Xã', p.unitCode, vi[`staff.group.${p.group}`], '', '']);
    }
    const bytes = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    let warned = 0;
    const elapsed = await timeAsync(async () => {
      const { jobId } = await app.ok('staff.importRead', { fileName: 'bench.xlsx', bytes });
      for (;;) {
        const state = await app.ok('jobs.get', { jobId });
        if (state.state === 'done') break;
        if (state.state !== 'running') throw new Error(`import ${state.state}`);
        await new Promise((r) => setTimeout(r, 10));
      }
      warned = (await app.ok('staff.importPreview', { jobId })).warningRows.length;
      const result = await app.ok('staff.importCommit', { jobId, validOnly: false });
      if (result.imported !== 10_000) throw new Error(`imported ${result.imported}`);
    });
    line('import 10,000 staff rows (read + preview + duplicates + commit)', `${(elapsed / 1000).toFixed(2)} s`, '< 10 s');
    line('  likely duplicates offered for merging', String(warned), '1,000');

    let pairs = 0;
    const duplicates = await timeAsync(async () => {
      pairs = (await app.ok('staff.duplicates', {})).length;
    });
    line('likely duplicate pairs in a register of 60,000', `${duplicates.toFixed(0)} ms`, 'info');
    line('  pairs offered', String(pairs), '1,000');

    // A sign-in sheet of 200 people, laid out and printed to PDF where a Chromium is installed.
    const [courseRow] = db.prepare('SELECT id FROM training_course ORDER BY id LIMIT 1').all() as { id: string }[];
    const courseId = courseRow?.id ?? '';
    const placed = new Set((db.prepare('SELECT person_id AS id FROM training_participant WHERE course_id = ?').all(courseId) as { id: string }[]).map((r) => r.id));
    db.transaction(() => {
      for (const personId of people.filter((id) => !placed.has(id)).slice(0, 200 - placed.size)) addParticipant(db, newId(), '20', courseId, personId, stamp.now);
    })();
    const sheetStart = performance.now();
    const sheet = await app.ok('training.signInSheet', { courseId, sessionNo: 1 });
    const sheetMs = performance.now() - sheetStart;
    line(`sign-in sheet data, ${sheet.participants.length} people`, `${sheetMs.toFixed(1)} ms`, 'info');
    const chromium = findChromium();
    if (chromium) {
      let pages = 0;
      const pdfMs = await timeAsync(async () => {
        pages = (await signInToPdf(sheet, chromium)).pages;
      });
      line(`  printed to PDF (${pages} pages, headless Chromium)`, `${(pdfMs / 1000).toFixed(2)} s`, 'info');
    } else {
      line('  printed to PDF', 'skipped', 'no Chromium');
    }
  } finally {
    app.close();
  }
}
