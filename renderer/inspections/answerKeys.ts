/** Keys a clerk types for a yes/no item, copying from paper: Y = yes, N = no, 0 = not applicable. */
export function answerForKey(key: string): 'yes' | 'no' | 'na' | null {
  const k = key.toLowerCase();
  if (k === 'y' || k === 'c') return 'yes';
  if (k === 'n' || k === 'k') return 'no';
  if (k === '0') return 'na';
  return null;
}

/** The same for a typed word in the amendment box ("y", "có", "0", ...). */
export function answerForText(text: string): string {
  const t = text.trim().toLowerCase().normalize('NFC');
  if (t === 'có' || t === 'co') return 'yes';
  if (t === 'không' || t === 'khong') return 'no';
  return (t.length === 1 ? answerForKey(t) : null) ?? text.trim();
}
