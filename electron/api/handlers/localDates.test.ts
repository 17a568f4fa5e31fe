// Every "today" is the office's (Asia/Ho_Chi_Minh): checked with the clock at 00:30, 06:00 and 23:30 local.
import { afterEach, describe, expect, it } from 'vitest';
import { answerAll, plannedInspection } from '../../inspections/testing';
import { TestApp } from '../../testing/factories';

let app: TestApp | undefined;
afterEach(() => app?.close());

/** 00:30 on 2 Dec 2026 in Vietnam: still 1 Dec in UTC. */
const HALF_PAST_MIDNIGHT = '2026-12-01T17:30:00.000Z';
/** 23:30 on 2 Dec 2026 in Vietnam (16:30 UTC). */
const HALF_PAST_ELEVEN = '2026-12-02T16:30:00.000Z';
/** 06:00 on 2 Dec 2026 in Vietnam (23:00 UTC on 1 Dec). */
const SIX_IN_THE_MORNING = '2026-12-01T23:00:00.000Z';

async function finalisable(): Promise<{ app: TestApp; inspectionId: string }> {
  const a = await TestApp.withOffice();
  app = a;
  await a.ok('session.signIn', { name: 'Quản trị', password: 'mat-khau-123' });
  const { code } = await plannedInspection(a, { name: 'Nhà nghỉ Hoa Mai', type: 'guest_house' });
  const opened = await answerAll(a, code);
  return { app: a, inspectionId: opened.id };
}

describe('local dates (Asia/Ho_Chi_Minh)', () => {
  it('at 00:30 local an inspection dated today is accepted, tomorrow is refused as in the future', async () => {
    const { app: a, inspectionId } = await finalisable();
    a.running.app.now = () => HALF_PAST_MIDNIGHT;
    expect(await a.call('inspections.finalise', { inspectionId, inspectedOn: '2026-12-03' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'inspectedOn', messageKey: 'inspections.date.future' }] },
    });
    const final = await a.ok('inspections.finalise', { inspectionId, inspectedOn: '2026-12-02' });
    expect(final.inspectedOn).toBe('2026-12-02');
  });

  it('at 23:30 local tomorrow is still in the future, today accepted', async () => {
    const { app: a, inspectionId } = await finalisable();
    a.running.app.now = () => HALF_PAST_ELEVEN;
    expect((await a.call('inspections.finalise', { inspectionId, inspectedOn: '2026-12-03' })).ok).toBe(false);
    expect((await a.ok('inspections.finalise', { inspectionId, inspectedOn: '2026-12-02' })).status).toBe('final');
  });

  it('a report made at 06:00 local carries that day, not the UTC day before', async () => {
    const a = await TestApp.withOffice();
    app = a;
    await a.ok('session.signIn', { name: 'Quản trị', password: 'mat-khau-123' });
    a.running.app.now = () => SIX_IN_THE_MORNING;
    await a.ok('plan.adopt', { year: 2026, documentRef: '45/KH-UBND', adoptedOn: '2026-02-27', startFrom: 'defaults' });
    const made = await a.ok('reports.make', { period: '2026-12', format: 'pdf' });
    expect(made.document.madeOn).toBe('2026-12-02');
    expect(made.document.asOf).toBe('2026-12-02');
  });

  it('a case received today at 00:30 local is accepted and its list is dated today', async () => {
    const a = await TestApp.withOffice();
    app = a;
    await a.ok('session.signIn', { name: 'Quản trị', password: 'mat-khau-123' });
    a.running.app.now = () => HALF_PAST_MIDNIGHT;
    expect((await a.ok('cases.list', {})).today).toBe('2026-12-02');
  });
});
