import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { press, startEntry, typeKeys, type EntryItem, type EntryKey, type EntryState } from './entryModel';

const keys = (text: string): EntryKey[] => [...text].map((key) => ({ key }));
const K = (key: string, shift = false): EntryKey => ({ key, shift });

const items: EntryItem[] = [
  { key: 'a', kind: 'yesno' },
  { key: 'b', kind: 'yesno' },
  { key: 'c', kind: 'number' },
  { key: 'd', kind: 'text' },
];

describe('results entry keyboard', () => {
  it('"Y Enter" answers every item in turn, never skipping one', () => {
    const s = typeKeys(items, startEntry(items), [K('y'), K('Enter'), K('n'), K('Enter'), ...keys('6.000.000'), K('Enter'), ...keys('Ổn'), K('Enter')]);
    expect(s.values).toEqual({ a: 'yes', b: 'no', c: '6.000.000', d: 'Ổn' });
    expect(s.focus).toBe(4);
  });

  it('an answer key changes only the focused item and does not move on', () => {
    const s = typeKeys(items, startEntry(items), [K('y'), K('n'), K('0')]);
    expect(s.values).toEqual({ a: 'na' });
    expect(s.focus).toBe(0);
  });

  it('Enter on an empty yes/no item moves once', () => {
    const s = typeKeys(items, startEntry(items), [K('Enter'), K('y')]);
    expect(s.values).toEqual({ b: 'yes' });
  });

  it('Tab reaches the same item\'s note, and the next Tab the next item\'s answer', () => {
    let s: EntryState = startEntry(items);
    s = typeKeys(items, s, [K('y'), K('Tab')]);
    expect([s.focus, s.field]).toEqual([0, 'note']);
    s = typeKeys(items, s, [...keys('yếu'), K('Tab'), K('n')]);
    expect(s.notes).toEqual({ a: 'yếu' });
    expect(s.values).toEqual({ a: 'yes', b: 'no' });
    s = typeKeys(items, s, [K('Tab', true)]);
    expect([s.focus, s.field]).toEqual([0, 'note']);
  });

  it('letters other than the answer keys are swallowed on a yes/no item', () => {
    const step = press(items, startEntry(items), K('x'));
    expect(step.handled).toBe(true);
    expect(step.state.values).toEqual({});
  });

  it('starts at the first unanswered item', () => {
    expect(startEntry(items, { a: 'yes', b: 'no' }).focus).toBe(2);
  });
});

/** A clerk copying one paper sheet: answers, notes, slips corrected on the way. */
const LETTERS = [...'abcdeghiklmnopqrstuvxyABCDEGHKLMNOPQRSTUVXYđĐăâêôơưàáảãạệộửữỳ0123456789 ,.-/%'];
const text = (max: number) => fc.array(fc.constantFrom(...LETTERS), { maxLength: max }).map((cs) => cs.join(''));
const kinds = fc.array(fc.constantFrom<EntryItem['kind']>('yesno', 'number', 'text'), { minLength: 1, maxLength: 25 });

const sheetFor = (its: EntryItem[]) =>
  fc.tuple(
    ...its.map((item) =>
      fc.record({
        answer: item.kind === 'yesno' ? fc.constantFrom('yes', 'no', 'na', '') : item.kind === 'number' ? fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 9_999_999 }).map((n) => n.toLocaleString('vi-VN')), fc.constant('18,5')) : text(12),
        note: fc.oneof(fc.constant(''), text(10)),
        slip: text(3),
        leaveByTab: fc.boolean(),
        fixPrevious: fc.boolean(),
      }),
    ),
  );

const ANSWER_KEY: Record<string, string> = { yes: 'y', no: 'n', na: '0' };
const WRONG_KEY: Record<string, string> = { yes: 'n', no: '0', na: 'y', '': 'y' };

describe('typing random answer sheets through the model', () => {
  it('gets back exactly the sheet', () => {
    fc.assert(
      fc.property(
        kinds.chain((ks) => {
          const its = ks.map((kind, i) => ({ key: `item-${i}`, kind }));
          return fc.tuple(fc.constant(its), sheetFor(its));
        }),
        ([its, sheet]) => {
          const typed: EntryKey[] = [];
          sheet.forEach((line, i) => {
            const item = its[i] as EntryItem;
            if (item.kind === 'yesno') {
              // A slip of the finger, then the right key (or Backspace to leave it blank).
              if (line.slip) typed.push(K(WRONG_KEY[line.answer] ?? 'y'));
              typed.push(line.answer ? K(ANSWER_KEY[line.answer] ?? '') : K('Backspace'));
            } else {
              typed.push(...keys(line.slip), ...[...line.slip].map(() => K('Backspace')), ...keys(line.answer));
            }
            if (line.note) typed.push(K('Tab'), ...keys(line.slip), ...[...line.slip].map(() => K('Backspace')), ...keys(line.note));
            if (line.note && line.leaveByTab) typed.push(K('Tab'));
            else typed.push(K('Enter'));
            // Back up to re-check the previous yes/no item and type its answer again, then on again.
            const previous = i > 0 ? (its[i - 1] as EntryItem) : null;
            const previousAnswer = sheet[i - 1]?.answer ?? '';
            if (line.fixPrevious && previous?.kind === 'yesno' && previousAnswer) {
              typed.push(K('ArrowUp'), K('ArrowUp'), K(ANSWER_KEY[previousAnswer] ?? ''), K('ArrowDown'), K('ArrowDown'));
            }
          });
          const end = typeKeys(its, startEntry(its), typed);
          const got = its.map((item) => ({ answer: end.values[item.key] ?? '', note: end.notes[item.key] ?? '' }));
          expect(got).toEqual(sheet.map((l) => ({ answer: l.answer, note: l.note })));
          expect(end.focus).toBe(its.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
