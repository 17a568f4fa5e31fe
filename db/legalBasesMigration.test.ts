import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { insertBusiness, listBusinesses } from './business';
import { listTemplates, seedDefaultTemplates, templateVersions } from './checklistTemplates';
import { legalBases, legalData, setLegalBasis } from './legalBases';
import { migrate, migrationVersion } from './migrate';
import { businessFields } from './testing';

const STAMP = { userId: null, now: '2026-12-01T08:00:00.000Z' };
const itemsOf = (sections: { items: { key: string; text: string; legalBasis: string }[] }[]) => new Map(sections.flatMap((s) => s.items.map((i) => [i.key, i])));

describe('migration legal_bases_2026', () => {
  it('keeps every business and template version, adds the new types and the licence, and marks the seeded defaults', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, { target: migrationVersion('legal_bases_2026') - 1 });
    db.exec(`
      INSERT INTO business (id, unit_code, unit_list_version, name, type, commune_code, status, search_text, sort_key, identity_key, created_at, updated_at)
        VALUES ('b1', '05977', 'VN-2025', 'Karaoke Hoa Mai', 'karaoke', '05977', 'operating', 'karaoke hoa mai', 'karaoke hoa mai', 'k1', 'now', 'now');
      INSERT INTO checklist_template (id, template_key, version, unit_code, business_type, title, sections_json, created_at, updated_at)
        VALUES ('t1', 'default.karaoke', 1, '05977', 'karaoke', 'Phiếu', '[]', 'now', 'now'),
               ('t2', 'default.barber', 1, '05977', 'barber', 'Phiếu', '[]', 'now', 'now'),
               ('t3', 'default.barber', 2, '05977', 'barber', 'Phiếu do quản trị sửa', '[]', 'now', 'now');
      INSERT INTO inspection_plan (id, unit_code, title, period_from, period_to, decision_no, decision_date, team_json, created_at, updated_at)
        VALUES ('p1', '05977', 'Kế hoạch', '2026-01-01', '2026-12-31', '1/QĐ', '2026-01-01', '[]', 'now', 'now');
      INSERT INTO inspection (id, unit_code, code, plan_id, business_id, template_id, status, year, created_at, updated_at)
        VALUES ('i1', '05977', 'K-26-0001', 'p1', 'b1', 't1', 'final', 2026, 'now', 'now');
    `);
    const before = db.prepare('SELECT * FROM business').all() as Record<string, unknown>[];
    migrate(db);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.prepare('SELECT * FROM business').all()).toEqual(before.map((b) => ({ ...b, licence_no: '', licence_date: null, licence_issuer: '', previous_commune_code: null, previous_list_version: null })));
    // The search index still finds it, and a homestay with a licence can be registered.
    expect(listBusinesses(db, { search: 'hoa mai', communeCode: null, type: null, status: null, sort: 'name', descending: false, offset: 0, limit: 20 }).total).toBe(1);
    insertBusiness(db, 'b2', { unitCode: '05977', unitListVersion: 'VN-2025' }, businessFields({ name: 'Homestay Mẫu Sơn', type: 'homestay', registrationNo: 'H2' }), STAMP);
    insertBusiness(db, 'b3', { unitCode: '05977', unitListVersion: 'VN-2025' }, businessFields({ name: 'Karaoke Sao', type: 'karaoke', registrationNo: 'K3', licenceNo: '12/GP-UBND', licenceDate: '2025-09-01', licenceIssuer: 'UBND phường Đông Kinh' }), STAMP);
    expect(db.prepare("SELECT licence_no, licence_date, licence_issuer FROM business WHERE id = 'b3'").get()).toEqual({ licence_no: '12/GP-UBND', licence_date: '2025-09-01', licence_issuer: 'UBND phường Đông Kinh' });
    expect(() => db.prepare("UPDATE business SET type = 'casino' WHERE id = 'b1'").run()).toThrow(/CHECK/);
    expect(db.prepare('SELECT id, default_revision AS r FROM checklist_template ORDER BY id').all()).toEqual([
      { id: 't1', r: 1 },
      { id: 't2', r: 1 },
      { id: 't3', r: null },
    ]);

    // The next start writes the 2026 defaults as a new version; the inspection keeps its version; an edited template is left alone.
    seedDefaultTemplates(db, '05977', STAMP);
    expect(templateVersions(db, 'default.karaoke').map((t) => t.version)).toEqual([1, 2]);
    expect(templateVersions(db, 'default.barber').map((t) => t.version)).toEqual([1, 2]);
    expect(db.prepare("SELECT template_id FROM inspection WHERE id = 'i1'").get()).toEqual({ template_id: 't1' });
    expect(listTemplates(db).some((t) => t.businessType === 'spa')).toBe(true);
    const seededAgain = seedDefaultTemplates(db, '05977', STAMP);
    expect(seededAgain).toBe(0);
    db.close();
  });
});

describe('default checklists of 2026', () => {
  it('cite the current law from the legal_basis table, and ask for the security certificate only where Decree 96/2016 requires it', () => {
    const db = new Database(':memory:');
    migrate(db);
    expect(legalBases(db).every((b) => /^\d{4}-\d{2}-\d{2}$/.test(b.checkedOn))).toBe(true);
    seedDefaultTemplates(db, '05977', STAMP);
    const byType = new Map(listTemplates(db).map((t) => [t.businessType, itemsOf(t.sections)]));
    const karaoke = byType.get('karaoke');
    expect(karaoke?.get('registration')?.legalBasis).toContain('Nghị định 168/2025/NĐ-CP');
    expect(karaoke?.get('fire_safety')?.legalBasis).toContain('Luật 55/2024/QH15');
    expect(karaoke?.get('fire_safety')?.legalBasis).toContain('Nghị định 105/2025/NĐ-CP');
    expect(karaoke?.get('songs_cleared')?.legalBasis).toBe('Nghị định 54/2019/NĐ-CP, Điều 6');
    expect(karaoke?.get('uniform')?.legalBasis).toBe('Nghị định 54/2019/NĐ-CP, Điều 6');
    expect(karaoke?.get('business_licence')?.legalBasis).toContain('Nghị định 148/2024/NĐ-CP');
    expect(karaoke?.get('security_cert')?.legalBasis).toContain('Nghị định 56/2023/NĐ-CP');
    expect(karaoke?.has('prostitution_signs') && karaoke.has('health_checks')).toBe(true);
    expect(byType.get('dance_hall')?.get('distance')?.text).toMatch(/tín ngưỡng, di tích lịch sử - văn hóa/);
    expect(byType.get('guest_house')?.get('stays_declared')?.legalBasis).toBe('Luật Cư trú 2020, Điều 30; Thông tư 116/2026/TT-BCA');
    expect(byType.get('homestay')?.has('stays_declared')).toBe(true);
    for (const type of ['barber', 'hostess_venue', 'other'] as const) expect(byType.get(type)?.has('security_cert')).toBe(false);
    for (const type of ['hotel', 'guest_house', 'rental_rooms', 'homestay', 'serviced_apartment', 'karaoke', 'dance_hall', 'massage_sauna'] as const) {
      expect(byType.get(type)?.has('security_cert')).toBe(true);
    }
    const everyCitation = [...byType.values()].flatMap((items) => [...items.values()].map((i) => i.legalBasis)).join('\n');
    expect(everyCitation).not.toMatch(/01\/2021\/NĐ-CP|55\/2021\/TT-BCA|Luật Phòng cháy, chữa cháy$/m);

    // The province rewords a citation: the data changes, with the day it was checked.
    expect(setLegalBasis(db, 'stay_notification', { citation: 'Luật Cư trú 2020, Điều 30; Thông tư 116/2026/TT-BCA (đã xác nhận)', checkedOn: '2027-01-05', confirm: false })).toBe(true);
    expect(legalData(db).bases.get('stay_notification')).toMatchObject({ checkedOn: '2027-01-05', confirm: false });
    db.close();
  });
});
