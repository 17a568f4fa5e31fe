import { afterEach, describe, expect, it } from 'vitest';
import { businessFields, TestApp } from '../../testing/factories';
import { plannedInspection } from '../../inspections/testing';

let app: TestApp | undefined;
afterEach(() => app?.close());

describe('inspections.finalisePreview', () => {
  it('lists, with their printed numbers, every violation the saved answers imply and every unanswered item; nothing is recorded', async () => {
    app = await TestApp.withOffice();
    const { code } = await plannedInspection(app, { type: 'guest_house' });
    const opened = await app.ok('inspections.open', { code });
    const items = opened.template.sections.flatMap((s) => s.items);
    const yesno = items.map((item, i) => ({ item, number: i + 1 })).filter(({ item }) => item.violation?.kind === 'answer');
    const [first, second] = yesno;
    if (!first || !second || first.item.violation?.kind !== 'answer') throw new Error('template without yes/no rules');
    await app.ok('inspections.saveAnswer', { inspectionId: opened.id, itemKey: first.item.key, value: first.item.violation.answer });
    await app.ok('inspections.saveAnswer', { inspectionId: opened.id, itemKey: second.item.key, value: 'na' });
    const preview = await app.ok('inspections.finalisePreview', { inspectionId: opened.id });
    expect(preview.violations).toEqual([{ itemKey: first.item.key, number: first.number, text: first.item.text, answer: first.item.violation.answer, severity: first.item.severity }]);
    expect(preview.unanswered).toHaveLength(items.length - 2);
    expect(preview.unanswered[0]).toMatchObject({ number: items.findIndex((i) => i.key !== first.item.key && i.key !== second.item.key) + 1 });
    expect((await app.ok('inspections.open', { code })).violations).toEqual([]);
  });
});

describe('the contract refuses what a count or an amount cannot be', () => {
  it('refuses a fraction or a negative number of workers instead of rounding it', async () => {
    app = await TestApp.withOffice();
    for (const workersWomen of [18.5, -1]) {
      const refused = await app.call('businesses.create', businessFields({ name: 'Nhà nghỉ A', workersTotal: 20, workersWomen }));
      expect(refused.ok ? null : refused.error.issues?.[0]?.path).toBe('workersWomen');
    }
    const text = await app.call('businesses.create', { ...businessFields({ name: 'Nhà nghỉ A' }), workersTotal: '6.000' as unknown as number });
    expect(text.ok).toBe(false);
  });
});
