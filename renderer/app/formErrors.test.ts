import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { groupIssues, issuesFromZod, showIssuesInForm } from './formErrors';

describe('issuesFromZod', () => {
  it('keeps message keys and replaces library messages', () => {
    const schema = z.object({ name: z.string().min(1, { error: 'validation.required' }), age: z.number() });
    const result = schema.safeParse({ name: '', age: 'x' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(issuesFromZod(result.error)).toEqual([
      { path: 'name', messageKey: 'validation.required' },
      { path: 'age', messageKey: 'validation.invalid' },
    ]);
  });
});

describe('groupIssues', () => {
  const fields = ['name', 'communeCode'] as const;

  it('puts issues under the field named by the last known path segment', () => {
    const { byField, formLevel } = groupIssues(
      [
        { path: 'fields.communeCode', messageKey: 'import.unknownCommune' },
        { path: 'name', messageKey: 'validation.required' },
        { path: 'name', messageKey: 'validation.tooLong' },
        { path: '', messageKey: 'errors.validation' },
        { path: 'other', messageKey: 'validation.invalid' },
      ],
      fields,
    );
    expect(byField.get('communeCode')?.messageKey).toBe('import.unknownCommune');
    expect(byField.get('name')?.messageKey).toBe('validation.required');
    expect(formLevel.map((i) => i.messageKey)).toEqual(['errors.validation', 'validation.invalid']);
  });
});

describe('showIssuesInForm', () => {
  it('sets translated errors and clears fields without issues', () => {
    const calls: unknown[] = [];
    const rest = showIssuesInForm(
      { setFields: (f) => calls.push(...f) },
      [{ path: 'name', messageKey: 'business.duplicate', params: { name: 'A' } }],
      ['name', 'communeCode'],
      (key, params) => `${key}:${String(params?.name ?? '')}`,
    );
    expect(rest).toEqual([]);
    expect(calls).toEqual([
      { name: 'name', errors: ['business.duplicate:A'] },
      { name: 'communeCode', errors: [] },
    ]);
  });
});
