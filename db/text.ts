/**
 * Vietnamese text helpers shared by queries and imports. Search ignores case, diacritics and
 * Unicode normalisation; sorting follows Intl.Collator('vi') but as a key SQLite can index.
 */

const COMBINING_MARKS = /\p{M}/gu;

/** "Nhà  Nghỉ" (NFC or NFD, any case) -> "nha nghi". */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Key for detecting the same thing typed twice: search form without punctuation. */
export function identityKey(...parts: string[]): string {
  return parts
    .map((part) => normalizeForSearch(part).replace(/[^\p{L}\p{N}]+/gu, ' ').trim())
    .join('|');
}

// Vietnamese alphabet with the Latin letters it lacks in their ICU places.
const ALPHABET = ['a', 'ă', 'â', 'b', 'c', 'd', 'đ', 'e', 'ê', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'ô', 'ơ', 'p', 'q', 'r', 's', 't', 'u', 'ư', 'v', 'w', 'x', 'y', 'z'];
const LETTER_RANK = new Map(ALPHABET.map((letter, index) => [letter, index]));
// Tone marks are secondary differences in CLDR's vi collation, in this order.
const TONES = new Map([
  ['\u0300', 1], // huyền
  ['\u0309', 2], // hỏi
  ['\u0303', 3], // ngã
  ['\u0301', 4], // sắc
  ['\u0323', 5], // nặng
]);
const LETTER_BASE = 0x100;
const OTHER_BASE = 0x1000;
const LEVEL_SEPARATOR = '\u0001';

/** A string whose binary order matches Intl.Collator('vi') for Vietnamese text. */
export function vietnameseSortKey(text: string): string {
  let primary = '';
  let secondary = '';
  let tertiary = '';
  // Split into base letters (keeping breve, circumflex, horn) and tone marks.
  const decomposed = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  for (const char of decomposed) {
    const parts = [...char.normalize('NFD')];
    const tone = parts.find((p) => TONES.has(p));
    const base = parts
      .filter((p) => !TONES.has(p))
      .join('')
      .normalize('NFC');
    const lower = base.toLowerCase();
    const rank = LETTER_RANK.get(lower);
    if (rank !== undefined) {
      primary += String.fromCharCode(LETTER_BASE + rank);
      secondary += String.fromCharCode(0x30 + (tone ? (TONES.get(tone) ?? 0) : 0));
      tertiary += lower === base ? '0' : '1';
    } else if (/[\s\p{P}\p{S}\p{N}]/u.test(base)) {
      // Spaces, punctuation and digits keep their code points, all below the letters, as in ICU.
      primary += base;
    } else {
      primary += String.fromCodePoint(OTHER_BASE + (lower.codePointAt(0) ?? 0));
    }
  }
  return primary + LEVEL_SEPARATOR + secondary + LEVEL_SEPARATOR + tertiary;
}

/** Escapes LIKE wildcards so user text matches literally (used with ESCAPE '\'). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
