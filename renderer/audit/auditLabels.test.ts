import { describe, expect, it } from 'vitest';
import { contract, type ProcedureSpec } from '../../electron/api/contract';
import { isMessageKey } from '../i18n/translate';

describe('activity log labels', () => {
  it('every audited procedure reads as words in the log and is offered in its action filter', () => {
    const audited = Object.entries(contract as Record<string, ProcedureSpec>)
      .filter(([, spec]) => spec.kind !== 'read')
      .map(([name]) => name);
    expect(audited.filter((name) => !isMessageKey(`audit.action.${name}`))).toEqual([]);
  });
});
