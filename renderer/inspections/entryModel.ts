/**
 * The keyboard model of results entry from paper: which item has the focus and what each key does
 * to it. Pure, so a property test can type whole answer sheets through it; ResultsEntry follows it.
 *
 * One item has the focus at a time, in its answer or in its note, and a key changes only that item:
 * - yes/no answer: Y or C = yes, N or K = no, 0 = not applicable, Backspace/Delete clears. The key
 *   sets the answer and stays on the item; nothing moves by itself, so "Y Enter" never skips one.
 * - number or text answer: typed as text (Backspace deletes).
 * - Enter, in an answer or a note: on to the next item's answer (after the last: the finish area).
 * - Tab: from an answer to the same item's note (the one way to a note); from a note to the next
 *   item's answer. Shift+Tab goes back the same way. Arrow Up/Down: previous/next item's answer.
 */
import { answerForKey } from './answerKeys';

export type EntryKind = 'yesno' | 'number' | 'text';
export interface EntryItem {
  key: string;
  kind: EntryKind;
}

export type EntryField = 'answer' | 'note';

export interface EntryState {
  /** Index of the focused item; items.length is the finish area after the last item. */
  focus: number;
  field: EntryField;
  values: Readonly<Record<string, string>>;
  notes: Readonly<Record<string, string>>;
}

export interface EntryKey {
  key: string;
  shift?: boolean;
  ctrl?: boolean;
  alt?: boolean;
  meta?: boolean;
}

export interface EntryStep {
  state: EntryState;
  /** The key was the model's: the screen prevents the browser's own handling of it. */
  handled: boolean;
  /** The item whose answer or note the key changed. */
  changed: string | null;
}

export const MAX_ENTRY_TEXT = 500;

export function startEntry(items: readonly EntryItem[], values: Record<string, string> = {}, notes: Record<string, string> = {}): EntryState {
  const first = items.findIndex((i) => (values[i.key] ?? '') === '');
  return { focus: first === -1 ? 0 : first, field: 'answer', values, notes };
}

const moveTo = (state: EntryState, focus: number, field: EntryField, count: number): EntryState => ({
  ...state,
  focus: Math.max(0, Math.min(count, focus)),
  field: focus >= count ? 'answer' : field,
});

/** The clerk puts the focus somewhere with the mouse (or the screen does). */
export function focusAt(state: EntryState, focus: number, field: EntryField): EntryState {
  return { ...state, focus, field };
}

/** Text replaced in the focused field (what an input reports after typing, paste or an IME). */
export function setText(items: readonly EntryItem[], state: EntryState, text: string): EntryStep {
  const item = items[state.focus];
  if (!item || (state.field === 'answer' && item.kind === 'yesno')) return { state, handled: false, changed: null };
  const clipped = text.slice(0, MAX_ENTRY_TEXT);
  const next =
    state.field === 'note'
      ? { ...state, notes: { ...state.notes, [item.key]: clipped } }
      : { ...state, values: { ...state.values, [item.key]: clipped } };
  return { state: next, handled: true, changed: item.key };
}

export function press(items: readonly EntryItem[], state: EntryState, k: EntryKey): EntryStep {
  const count = items.length;
  const item = items[state.focus];
  const same = { state, handled: false, changed: null };
  const moved = (focus: number, field: EntryField): EntryStep => ({ state: moveTo(state, focus, field, count), handled: true, changed: null });
  if (k.ctrl || k.alt || k.meta) return same;

  switch (k.key) {
    case 'Enter':
      return item ? moved(state.focus + 1, 'answer') : same;
    case 'Tab':
      if (k.shift) {
        if (state.field === 'note') return moved(state.focus, 'answer');
        return state.focus > 0 ? moved(state.focus - 1, 'note') : same;
      }
      if (!item) return same;
      return state.field === 'answer' ? moved(state.focus, 'note') : moved(state.focus + 1, 'answer');
    case 'ArrowDown':
      return item ? moved(state.focus + 1, 'answer') : same;
    case 'ArrowUp':
      return state.focus > 0 ? moved(state.focus - 1, 'answer') : same;
    default:
      break;
  }
  if (!item) return same;

  const current = state.field === 'note' ? (state.notes[item.key] ?? '') : (state.values[item.key] ?? '');
  if (state.field === 'answer' && item.kind === 'yesno') {
    if (k.key === 'Backspace' || k.key === 'Delete') return change(state, item.key, 'answer', '');
    const answer = answerForKey(k.key);
    // Any other printable key is swallowed: it must not reach another item.
    if (answer === null) return { state, handled: [...k.key].length === 1, changed: null };
    return change(state, item.key, 'answer', answer);
  }
  if (k.key === 'Backspace') return setText(items, state, [...current].slice(0, -1).join(''));
  if ([...k.key].length === 1) return setText(items, state, current + k.key);
  return same;
}

function change(state: EntryState, itemKey: string, field: EntryField, text: string): EntryStep {
  const next = field === 'note' ? { ...state, notes: { ...state.notes, [itemKey]: text } } : { ...state, values: { ...state.values, [itemKey]: text } };
  return { state: next, handled: true, changed: itemKey };
}

/** Types a sequence of keys, as the property test and the e2e do. */
export function typeKeys(items: readonly EntryItem[], state: EntryState, keys: readonly EntryKey[]): EntryState {
  return keys.reduce((s, k) => press(items, s, k).state, state);
}
