import { afterEach, describe, expect, it } from 'vitest';
import { TestApp } from '../testing/factories';

let apps: TestApp[] = [];
afterEach(() => {
  apps.forEach((a) => a.close());
  apps = [];
});

async function adoptedOffice() {
  const app = await TestApp.withOffice();
  apps.push(app);
  await app.ok('session.signIn', { name: 'Quản trị', password: 'mat-khau-123' });
  app.running.app.now = () => '2026-03-01T02:00:00.000Z';
  const plan = await app.ok('plan.adopt', { year: 2026, documentRef: '45/KH-UBND', adoptedOn: '2026-02-27', startFrom: 'defaults' });
  return { app, plan };
}

describe('amending an adopted plan', () => {
  it('changes a threshold, the number and the date with a reason, kept in the history; frozen denominators stay', async () => {
    const { app, plan } = await adoptedOffice();
    const frozen = plan.targets.map((t) => t.frozenDenominator);
    const amended = await app.ok('plan.amend', { planId: plan.id, documentRef: '45a/KH-UBND', adoptedOn: '2026-02-28', thresholds: { T9: 35, T1: plan.targets[0]?.threshold ?? 0 }, reason: 'Kế hoạch sửa đổi của UBND tỉnh' });
    expect(amended.documentRef).toBe('45a/KH-UBND');
    expect(amended.adoptedOn).toBe('2026-02-28');
    expect(amended.targets.find((t) => t.code === 'T9')?.threshold).toBe(35);
    expect(amended.targets.map((t) => t.frozenDenominator)).toEqual(frozen);
    const history = await app.ok('plan.amendments', { planId: plan.id });
    expect(history).toHaveLength(1);
    expect(history[0]?.reason).toBe('Kế hoạch sửa đổi của UBND tỉnh');
    expect(history[0]?.by).toBe('Quản trị');
    // Only what changed is recorded: T1 was sent unchanged.
    expect(history[0]?.changes).toEqual([
      { field: 'documentRef', code: null, before: '45/KH-UBND', after: '45a/KH-UBND' },
      { field: 'adoptedOn', code: null, before: '2026-02-27', after: '2026-02-28' },
      { field: 'threshold', code: 'T9', before: 30, after: 35 },
    ]);
  });

  it('refuses an amendment without a reason, without a change, or with a threshold above 100%', async () => {
    const { app, plan } = await adoptedOffice();
    const same = { planId: plan.id, documentRef: plan.documentRef, adoptedOn: plan.adoptedOn, thresholds: {} };
    const noReason = await app.call('plan.amend', { ...same, documentRef: 'x', reason: ' ' });
    expect(noReason.ok ? null : noReason.error.issues?.[0]?.path).toBe('reason');
    const unchanged = await app.call('plan.amend', { ...same, reason: 'Không đổi gì' });
    expect(unchanged.ok ? null : unchanged.error.issues?.[0]?.messageKey).toBe('plan.amend.unchanged');
    const tooHigh = await app.call('plan.amend', { ...same, thresholds: { T9: 120 }, reason: 'Sai' });
    expect(tooHigh.ok).toBe(false);
    expect(await app.ok('plan.amendments', { planId: plan.id })).toEqual([]);
  });
});
