import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/translate';
import { periodLabel, periodMatches, periodOrder } from './reportPeriods';

const vi = (key: string, params?: Record<string, string>) => translate('vi', key, params);
const q4 = { code: '2026-Q4', from: '2026-09-15', to: '2026-12-14' };

describe('report period picker', () => {
  it('names a period with the span its plan counts', () => {
    expect(periodLabel(vi, q4)).toBe('Quý IV/2026 (15/09/2026 – 14/12/2026)');
    expect(periodLabel(vi, { code: '2026-07', from: '2026-07-01', to: '2026-07-31' })).toBe('Tháng 7/2026 (01/07/2026 – 31/07/2026)');
    expect(periodLabel(vi, { code: '2026-H1', from: '2026-01-01', to: '2026-06-30' })).toBe('6 tháng đầu năm 2026 (01/01/2026 – 30/06/2026)');
    expect(periodLabel((k, p) => translate('en', k, p), { code: '2026', from: '2026-01-01', to: '2026-12-31' })).toBe('Year 2026 (01/01/2026 – 31/12/2026)');
  });

  it('finds a period typed by its code or its name without diacritics, the exact code first', () => {
    const option = { value: '2026-Q4', label: periodLabel(vi, q4) };
    for (const typed of ['2026-q4', 'quy iv', 'Quý IV', '']) expect(periodMatches(typed, option)).toBe(true);
    expect(periodMatches('2026-Q1', option)).toBe(false);
    const options = ['2026-Q1', '2026-H1', '2026'].map((value) => ({ value }));
    expect([...options].sort(periodOrder('2026')).map((o) => o.value)[0]).toBe('2026');
  });
});
