import { brotliCompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeOfficePayload, encodeOfficePayload, type OfficePayload } from './officePayload';

const payload: OfficePayload = {
  format: 1,
  installationId: '7d3c2b1a-0f9e-4d8c-8b7a-6f5e4d3c2b1a',
  unitCode: '05977',
  snapshot: false,
  fromChangeSeq: 0,
  upToChangeSeq: 2,
  auditHash: null,
  tables: { business: { columns: ['id', 'name'], rows: [[1, 'U', 'a', ['a', 'Nhà nghỉ Hoàng Anh']], [2, 'U', 'b', ['b', 'Nhà nghỉ Hoàng Anh 2']]] } },
};

describe('office payload encoding', () => {
  it('compresses, reads back what it wrote, and still reads plain JSON payloads', () => {
    const encoded = encodeOfficePayload(payload);
    expect(encoded.length).toBeLessThan(JSON.stringify(payload).length);
    expect(decodeOfficePayload(encoded)).toEqual(payload);
    expect(decodeOfficePayload(Buffer.from(JSON.stringify(payload)))).toEqual(payload);
  });

  it('refuses a compressed stream that is broken, or is not JSON once inflated', () => {
    const broken = Buffer.concat([Buffer.from('DDB1'), Buffer.from('not brotli at all, just bytes')]);
    expect(() => decodeOfficePayload(broken)).toThrow(expect.objectContaining({ code: 'INVALID_CONTENT' }));
    const zeros = Buffer.concat([Buffer.from('DDB1'), brotliCompressSync(Buffer.alloc(1024 * 1024))]);
    expect(() => decodeOfficePayload(zeros)).toThrow(expect.objectContaining({ code: 'INVALID_CONTENT' }));
  });
});
