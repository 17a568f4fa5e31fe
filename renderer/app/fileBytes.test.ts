import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './fileBytes';

describe('base64 file bytes', () => {
  it('matches Node for small and empty inputs', () => {
    for (const text of ['', 'a', 'ab', 'abc', 'Nhà nghỉ']) {
      const bytes = new TextEncoder().encode(text);
      expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });

  it('converts files larger than one chunk without overflowing the stack', () => {
    const bytes = new Uint8Array(1024 * 1024 + 7);
    for (let i = 0; i < bytes.length; i += 1) bytes[i] = (i * 31) & 0xff;
    const encoded = bytesToBase64(bytes);
    expect(encoded).toBe(Buffer.from(bytes).toString('base64'));
    // Compared as buffers: a deep equality over a megabyte of elements is needlessly slow.
    expect(Buffer.from(base64ToBytes(encoded)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('decodes every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(base64ToBytes(Buffer.from(bytes).toString('base64'))).toEqual(bytes);
  });
});
