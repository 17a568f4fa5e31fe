/**
 * Vietnamese text folded for searching: no diacritics, đ -> d, lower case
 * ("Nhà nghỉ Đông" -> "nha nghi dong"), so clerks may type with or without accents.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** True when `query` occurs in `text`, ignoring diacritics and case. */
export function foldedIncludes(text: string, query: string): boolean {
  return foldText(text).includes(foldText(query.trim()));
}

/** antd Select `showSearch.filterOption` that ignores diacritics on both sides. */
export function filterOptionByLabel(input: string, option?: { label?: unknown }): boolean {
  const label = option?.label;
  return typeof label === 'string' && foldedIncludes(label, input);
}
