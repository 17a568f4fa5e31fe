import { afterEach, describe, expect, it } from 'vitest';
import type { Session } from '../api/context';
import { TestApp } from '../testing/factories';

// Issue 13: the activity log names who opened which case and when; on main any signed-in user listed it all.

let app: TestApp | undefined;
afterEach(() => {
  app?.close();
  app = undefined;
});

async function seatOf(test: TestApp, name: string, password: string) {
  const session: Session = { user: null };
  const call = (procedure: Parameters<TestApp['call']>[0], input: unknown) =>
    test.running.router(procedure, input, { app: test.running.app, session, sender: { kind: 'cli' } });
  expect(await call('session.signIn', { name, password })).toMatchObject({ ok: true });
  return call;
}

type Seat = Awaited<ReturnType<typeof seatOf>>;

async function rowsOf(seat: Seat, procedure: 'audit.list', input: unknown): Promise<{ userName: string | null; action: string }[]> {
  const result = await seat(procedure, input);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return (result.value as { rows: { userName: string | null; action: string }[] }).rows;
}

describe('the activity log over the router', () => {
  it("gives a clerk and an inspector only their own entries, never the administrator's or each other's", async () => {
    app = await TestApp.withOffice();
    await app.ok('cases.create', { kind: 'denunciation', receivedOn: '2026-03-01', channel: 'phone', content: 'Tố giác karaoke', reporterName: 'Người Tố Giác', reporterContact: '0912 000 111' });
    await app.ok('users.add', { name: 'Thanh tra Bình', role: 'inspector', password: 'binh-mat-khau' });
    await app.ok('users.add', { name: 'Văn thư An', role: 'clerk', password: 'an-mat-khau-1' });
    const inspector = await seatOf(app, 'thanh tra binh', 'binh-mat-khau');
    const clerk = await seatOf(app, 'van thu an', 'an-mat-khau-1');

    for (const [seat, own] of [
      [clerk, 'Văn thư An'],
      [inspector, 'Thanh tra Bình'],
    ] as const) {
      // Asking for everything, or for the administrator by name, still returns only the caller's entries.
      const all = await rowsOf(seat, 'audit.list', { limit: 500 });
      expect(all.length).toBeGreaterThan(0); // at least the sign-in
      expect(all.every((r) => r.userName === own)).toBe(true);
      expect(await rowsOf(seat, 'audit.list', { user: 'quan tri', limit: 500 })).toEqual([]);
      expect(await rowsOf(seat, 'audit.list', { action: 'record.create', limit: 500 })).toEqual([]);
      expect(await rowsOf(seat, 'audit.list', { action: 'users.add', limit: 500 })).toEqual([]);
      const exported = await seat('audit.export', {});
      expect(exported).toMatchObject({ ok: true, value: { rows: all.length } });
      expect(await seat('audit.verify', {})).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED', params: { area: 'administration' } } });
    }

    // The administrator (administration area) sees every account's entries.
    const everything = (await app.ok('audit.list', { limit: 500 })).rows;
    const names = new Set(everything.map((r) => r.userName));
    expect(names.has('Văn thư An') && names.has('Thanh tra Bình')).toBe(true);
    expect(everything.some((r) => r.action === 'record.create')).toBe(true);
    expect(await app.ok('audit.verify', {})).toMatchObject({ ok: true });
  });
});
