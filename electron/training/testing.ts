// Test factories for the training area: people, courses and the import round trip through the API.
import type { StaffFields } from '../../db/staffTypes';
import { TEST_COMMUNE } from '../../db/testing';
import type { CourseFieldsInput, OutreachFieldsInput } from '../api/schemas/training';
import type { TestApp } from '../testing/factories';

export const STAFF_HEADERS = ['Họ và tên', 'Giới tính', 'Năm sinh', 'Chức vụ', 'Cơ quan', 'Cấp', 'Đơn vị', 'Nhóm đối tượng', 'Điện thoại'];

export function staffFields(overrides: Partial<StaffFields> = {}): StaffFields {
  return {
    fullName: 'Hoàng Văn Bình',
    gender: 'male',
    birthYear: 1985,
    position: 'Cán bộ văn hóa - xã hội',
    agency: 'UBND phường Đông Kinh',
    level: 'commune',
    unitCode: TEST_COMMUNE,
    group: 'civil_servant',
    phone: '',
    status: 'active',
    ...overrides,
  };
}

/** An outreach event: a talk in the test commune with no audience counted; tests set what they count. */
export function eventFields(overrides: Partial<OutreachFieldsInput> = {}): OutreachFieldsInput {
  return {
    type: 'talk',
    date: '2026-05-20',
    communeCodes: [TEST_COMMUNE],
    organiser: 'Phòng Văn hóa - Xã hội',
    workersReached: 0,
    businessIds: [],
    studentsReached: 0,
    schoolId: null,
    publicReached: 0,
    materials: '',
    headcountReason: '',
    notes: '',
    ...overrides,
  };
}

export function courseFields(overrides: Partial<CourseFieldsInput> = {}): CourseFieldsInput {
  return {
    title: 'Tập huấn kỹ năng phòng, chống mại dâm',
    topics: ['prevention', 'law'],
    organiser: 'Phòng Văn hóa - Xã hội',
    trainers: 'Nguyễn Thị Hoa',
    venue: 'Hội trường UBND',
    startDate: '2026-03-10',
    endDate: '2026-03-11',
    completionPercent: 50,
    sessions: [
      { date: '2026-03-10', part: 'day' },
      { date: '2026-03-11', part: 'morning' },
    ],
    ...overrides,
  };
}

/** Reads a spreadsheet through the staff import procedures, as the dialog does, and returns the preview's job. */
export async function readStaffSheet(app: TestApp, bytes: Uint8Array): Promise<string> {
  const { jobId } = await app.ok('staff.importRead', { fileName: 'can-bo.xlsx', bytes: Buffer.from(bytes).toString('base64') });
  for (;;) {
    const job = await app.ok('jobs.get', { jobId });
    if (job.state === 'done') return jobId;
    if (job.state !== 'running') throw new Error(`reading failed: ${JSON.stringify(job.error)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
