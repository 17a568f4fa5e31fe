import { describe, expect, it } from 'vitest';
import { BackupPassphrase } from '../../electron/api/schemas/backup';
import { generatePassphrase, PASSPHRASE_ALPHABET } from './generatedPassphrase';

describe('generated passphrase', () => {
  it('is 5 groups of 4 unambiguous characters, accepted by the backup schema (12+), and differs every time', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 500; i += 1) {
      const p = generatePassphrase();
      expect(p).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
      expect(BackupPassphrase.safeParse(p).success).toBe(true);
      seen.add(p);
    }
    expect(seen.size).toBe(500);
  });

  it('uses every character of the alphabet evenly (no modulo bias)', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 2000; i += 1) for (const c of generatePassphrase().replace(/-/g, '')) counts.set(c, (counts.get(c) ?? 0) + 1);
    expect(counts.size).toBe(PASSPHRASE_ALPHABET.length);
    const expected = (2000 * 20) / 32;
    for (const n of counts.values()) expect(Math.abs(n - expected)).toBeLessThan(expected * 0.25);
  });

  it('typed passphrases still need 12 characters', () => {
    expect(BackupPassphrase.safeParse('ngắn quá').success).toBe(false);
    expect(BackupPassphrase.safeParse('mười hai ký tự').success).toBe(true);
  });
});
