import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../cli';
import { findChromium } from '../print/pdf';
import { pdfText } from '../print/pdfText';
import { cliTestFolder } from '../testing/cliTestFolder';
import { TEST_OFFICE, TestApp } from '../testing/factories';
import { courseFields, staffFields } from '../training/testing';

const folder = cliTestFolder('dd-cli-signin-');
const { out, err } = folder;
let app: TestApp;
beforeEach(async () => {
  app = TestApp.at(folder.dir);
  await app.ok('setup.complete', TEST_OFFICE);
});
// Runs before the folder's own clean-up (after-hooks run last-registered first).
afterEach(() => app.close());

const cli = (...args: string[]) => runCli([...args, '--data-dir', folder.dir]);

async function course() {
  const created = await app.ok('training.createCourse', courseFields({ title: 'Tập huấn kỹ năng truyền thông' }));
  await app.ok('training.addParticipant', { courseId: created.id, person: { newPerson: staffFields({ fullName: 'Đặng Thị Ngọc Ánh' }) } });
  return created;
}

describe('training print-signin', () => {
  it('refuses a missing course, a session out of range and a bad session number with clear messages', async () => {
    const { id } = await course();
    const file = path.join(folder.dir, 'ky-nhan.pdf');
    expect(await cli('training', 'print-signin', 'Lớp không có', '--session', '1', '--out', file)).toBe(1);
    expect(err.join('\n')).toContain('Không tìm thấy lớp tập huấn "Lớp không có"');
    err.length = 0;
    expect(await cli('training', 'print-signin', id, '--session', '3', '--out', file)).toBe(1);
    expect(err.join('\n')).toContain('Lớp này có 2 buổi học, không có buổi 3');
    expect(await cli('training', 'print-signin', id, '--session', 'hai', '--out', file)).toBe(2);
    expect(await cli('training', 'print-signin', id, '--out', file)).toBe(2);
    expect(fs.existsSync(file)).toBe(false);
    // `training list` shows the id to print by.
    out.length = 0;
    expect(await cli('training', 'list')).toBe(0);
    expect(out.join('\n')).toContain(`${id}\t2026-03-10\t2026-03-11\tTập huấn kỹ năng truyền thông`);
  });

  it.skipIf(findChromium() === null)('prints a session by course id, or by title typed without diacritics', async () => {
    const { id } = await course();
    const file = path.join(folder.dir, 'ky-nhan.pdf');
    expect(await cli('training', 'print-signin', id, '--session', '2', '--out', file)).toBe(0);
    const read = await pdfText(fs.readFileSync(file));
    const text = read.text.join('\n').normalize('NFC');
    expect(text).toContain('Tập huấn kỹ năng truyền thông');
    expect(text).toContain('Đặng Thị Ngọc Ánh');
    expect(text).toContain('Buổi 2/2: buổi sáng, ngày 11/03/2026');
    expect(out.join('\n')).toContain(`Đã ghi danh sách ký nhận (1 người, ${read.pages} trang) vào ${file}`);
    out.length = 0;
    expect(await cli('training', 'print-signin', 'tap huan ky nang', '--session', '1', '--out', file, '--json')).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ ok: true, file, participants: 1 });
  }, 60_000);

  it('says clearly when no Chromium is available', async () => {
    const { id } = await course();
    vi.stubEnv('CHROMIUM_PATH', path.join(folder.dir, 'no-chromium-here'));
    expect(await cli('training', 'print-signin', id, '--session', '1', '--out', path.join(folder.dir, 'x.pdf'))).toBe(1);
    vi.unstubAllEnvs();
    expect(err.join('\n')).toContain('Không tìm thấy trình duyệt Chromium');
  });
});
