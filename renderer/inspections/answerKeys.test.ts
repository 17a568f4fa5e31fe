import { describe, expect, it } from 'vitest';
import { answerForKey, answerForText } from './answerKeys';

describe('typing answers from paper', () => {
  it('maps Y, N and 0 (and the Vietnamese initials C, K) whatever the case', () => {
    expect(['Y', 'n', '0', 'c', 'K', 'x'].map(answerForKey)).toEqual(['yes', 'no', 'na', 'yes', 'no', null]);
    expect(['có', 'Khong', 'y', '0', '18,5'].map(answerForText)).toEqual(['yes', 'no', 'yes', 'na', '18,5']);
  });
});
