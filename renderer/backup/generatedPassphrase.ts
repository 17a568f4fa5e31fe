/**
 * A generated passphrase: 5 groups of 4 characters of Crockford's base32 (no I, L, O, U: nothing to
 * misread when copied from paper), 100 random bits from the platform's CSPRNG. `byte & 31` is
 * unbiased because 32 divides 256.
 */
export const PASSPHRASE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 5;
const GROUP_LENGTH = 4;

export function generatePassphrase(): string {
  const bytes = new Uint8Array(GROUPS * GROUP_LENGTH);
  globalThis.crypto.getRandomValues(bytes);
  const chars = Array.from(bytes, (b) => PASSPHRASE_ALPHABET[b & 31] ?? '0');
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g += 1) groups.push(chars.slice(g * GROUP_LENGTH, (g + 1) * GROUP_LENGTH).join(''));
  return groups.join('-');
}
