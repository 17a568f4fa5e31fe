/**
 * Numbers as Vietnamese clerks type them: "6.000.000" or "6 000 000" (dots or spaces group
 * thousands), "18,5" (comma before the decimals). Anything else is refused with a reason, never
 * rounded or cut short: "6.000.000" is six million, "18.5" is refused (a decimal point, not a
 * Vietnamese decimal comma), "3-2" and "abc" are refused. Pure, no React.
 */

export interface NumberRules {
  /** Whole numbers only: "18,5" is refused, not rounded. */
  integer?: boolean;
  min?: number;
  max?: number;
  /** How many digits after the comma are allowed (default 6); more is refused, not rounded. */
  decimals?: number;
}

export type NumberProblem = 'notNumber' | 'decimalPoint' | 'notInteger' | 'negative' | 'belowMin' | 'aboveMax' | 'tooManyDecimals' | 'tooLarge';

export type NumberParse =
  | { ok: true; value: number | null }
  | { ok: false; problem: NumberProblem; params: Record<string, string> };

/** Spaces a clerk or a copied cell may hold: ordinary, no-break, narrow no-break, thin. */
const SPACE = /[\s\u00a0\u202f\u2009]/g;
const GROUPED = /^\d{1,3}(?:([. ])\d{3})(?:\1\d{3})*$/;
const PLAIN = /^\d+$/;
/** Digits beyond this cannot be held exactly by a JavaScript number. */
const MAX_DIGITS = 15;

function refuse(problem: NumberProblem, params: Record<string, string> = {}): NumberParse {
  return { ok: false, problem, params };
}

/** Reads a typed number; empty text is "no value" (null), valid whatever the rules. */
export function parseViNumber(typed: string, rules: NumberRules = {}): NumberParse {
  // Runs of spaces become one, so "6 000  000" reads like "6 000 000"; the ends are dropped.
  const text = typed.replace(SPACE, ' ').replace(/ +/g, ' ').trim().replace(/^[-\u2212] /, '-');
  if (text === '') return { ok: true, value: null };
  const negative = /^[-\u2212]/.test(text);
  const body = negative ? text.slice(1) : text;
  const [whole = '', fraction, ...rest] = body.split(',');
  if (rest.length > 0) return refuse('notNumber');
  if (fraction !== undefined && !PLAIN.test(fraction)) return refuse('notNumber');
  let digits: string;
  if (PLAIN.test(whole)) digits = whole;
  else if (GROUPED.test(whole)) digits = whole.replace(/[. ]/g, '');
  else if (fraction === undefined && /^\d+\.\d+$/.test(whole)) return refuse('decimalPoint', { suggestion: whole.replace('.', ',') });
  else return refuse('notNumber');
  if (fraction !== undefined && rules.integer) return refuse('notInteger');
  const decimals = rules.decimals ?? 6;
  if (fraction !== undefined && fraction.length > decimals) return refuse('tooManyDecimals', { decimals: String(decimals) });
  if (digits.replace(/^0+(?=\d)/, '').length > MAX_DIGITS) return refuse('tooLarge');
  const magnitude = Number(fraction === undefined ? digits : `${digits}.${fraction}`);
  const value = negative && magnitude !== 0 ? -magnitude : magnitude;
  if (rules.min !== undefined && value < rules.min) {
    return rules.min === 0 && value < 0 ? refuse('negative') : refuse('belowMin', { min: formatViNumber(rules.min) });
  }
  if (rules.max !== undefined && value > rules.max) return refuse('aboveMax', { max: formatViNumber(rules.max) });
  return { ok: true, value };
}

/** A number in Vietnamese form, every digit kept: 6000000 -> "6.000.000", 18.5 -> "18,5". */
export function formatViNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const plain = Math.abs(value).toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
  const [whole = '0', fraction] = plain.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}
