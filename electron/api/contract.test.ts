import { describe, expect, it } from 'vitest';
import { contract, PROCEDURE_NAMES } from './contract';

// Procedures are audited unless marked 'read' (electron/api/procedure.ts). A lookup left unmarked would
// fill the activity log with every screen refresh, so names that only read must say so.
const READ_VERB = /^(list|lists|get|status|keys|offices|stats|verify|history|communes|units|job|figures|figureRecords|records|duplicates|courses|course|dashboard|deadlines|template)$|Preview$/;

describe('the contract', () => {
  it('marks every lookup as a read, so the activity log holds actions, not screen refreshes', () => {
    const unmarked = PROCEDURE_NAMES.filter((name) => READ_VERB.test(name.split('.').at(-1) ?? '') && (contract[name] as { kind?: string }).kind !== 'read');
    expect(unmarked).toEqual([]);
  });
});
