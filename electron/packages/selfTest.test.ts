import { describe, expect, it } from 'vitest';
import { isPackageError } from './errors';
import { assertCryptoSelfTest, runCryptoSelfTest, SELF_TEST_NAMES } from './selfTest';

describe('crypto self-test', () => {
  it('passes every known answer on this Node build', () => {
    expect(runCryptoSelfTest()).toEqual({ ok: true, failed: [] });
    expect(SELF_TEST_NAMES).toEqual(expect.arrayContaining([expect.stringContaining('Ed25519'), expect.stringContaining('X25519'), expect.stringContaining('scrypt')]));
  });

  it('names a primitive that gives a wrong answer or throws, and packaging is then refused', () => {
    const result = runCryptoSelfTest([
      { name: 'good', run: () => true },
      { name: 'wrong answer', run: () => false },
      { name: 'throws', run: () => { throw new Error('unsupported'); } },
    ]);
    expect(result).toEqual({ ok: false, failed: ['wrong answer', 'throws'] });
    let caught: unknown;
    try {
      assertCryptoSelfTest(result);
    } catch (error) {
      caught = error;
    }
    expect(isPackageError(caught) && caught.code).toBe('CRYPTO_SELF_TEST_FAILED');
    expect(() => assertCryptoSelfTest(runCryptoSelfTest())).not.toThrow();
  });
});
