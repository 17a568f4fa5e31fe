import { afterEach, describe, expect, it } from 'vitest';
import { workbookBytes } from '../businesses/testing';
import { TestApp } from '../testing/factories';

let app: TestApp;
afterEach(() => app.close());

async function readBusinessSheet(bytes: Uint8Array): Promise<string> {
  const { jobId } = await app.ok('businesses.importRead', { fileName: 'co-so.xlsx', bytes: Buffer.from(bytes).toString('base64') });
  for (;;) {
    const job = await app.ok('jobs.get', { jobId });
    if (job.state === 'done') return jobId;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the shared import flow with the business record kind', () => {
  it('previews per-row errors, commits the valid rows in one transaction, and keeps files of one kind to that kind', async () => {
    app = await TestApp.withOffice();
    const jobId = await readBusinessSheet(
      await workbookBytes([
        ['Tên cơ sở', 'Loại hình', 'Xã, phường'],
        ['Karaoke Hoa Mai', 'Karaoke', 'Phường Đông Kinh'],
        ['Quán Vui', 'Sòng bạc', '05977'],
      ]),
    );
    // A business file is not a staff file: the staff preview does not see it.
    const foreign = await app.call('staff.importPreview', { jobId });
    expect(foreign.ok ? null : foreign.error.code).toBe('IMPORT_EXPIRED');
    const preview = await app.ok('businesses.importPreview', { jobId });
    expect([preview.validCount, preview.invalidCount, preview.warningRows]).toEqual([1, 1, []]);
    expect(preview.invalidRows[0]).toMatchObject({ rowNumber: 3, errors: [{ field: 'type', messageKey: 'import.unknownType' }] });
    expect(await app.ok('businesses.importCommit', { jobId, validOnly: true })).toEqual({ imported: 1, skipped: 1 });
    expect((await app.ok('businesses.list', {})).rows.map((b) => b.name)).toEqual(['Karaoke Hoa Mai']);
  });
});
