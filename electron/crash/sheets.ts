import { writeBusinessesSheet } from '../businesses/exportSheet';
import { businessFields, type TestApp } from '../testing/factories';

/** An .xlsx of `rows` new businesses, every one carrying `tag` in its name, number and notes (`nhập <tag>`). */
export async function taggedSheet(tag: string, communes: readonly string[], rows: number): Promise<string> {
  const businesses = Array.from({ length: rows }, (_, i) => ({
    ...businessFields({
      name: `Nhập ${tag} cơ sở ${i}`,
      address: `Số ${i}, lô ${tag}`,
      communeCode: communes[i % communes.length] ?? '',
      registrationNo: `N${tag}x${i}`,
      notes: `nhập ${tag}`,
    }),
    id: '',
    communeName: '',
    unitCode: '',
    unitListVersion: '',
    createdAt: '',
    updatedAt: '',
    createdBy: null,
    updatedBy: null,
  }));
  return Buffer.from(await writeBusinessesSheet(businesses)).toString('base64');
}

/** Reads a sheet through businesses.importRead and waits for the worker: returns the job to commit. */
export async function readSheet(app: TestApp, bytes: string): Promise<string> {
  const { jobId } = await app.ok('businesses.importRead', { fileName: 'nhap.xlsx', bytes });
  for (let state = await app.ok('jobs.get', { jobId }); state.state !== 'done'; state = await app.ok('jobs.get', { jobId })) {
    if (state.state !== 'running') throw new Error(`reading the sheet: ${JSON.stringify(state)}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return jobId;
}
