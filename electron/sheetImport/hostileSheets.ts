// Test factories for hostile spreadsheets, built in code: a zip bomb (honest or lying about its
// sizes) and a workbook with a DTD. A tiny zip writer re-packs a real ExcelJS workbook.
import { createDeflateRaw, crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

export interface ZipPart {
  name: string;
  /** Deflated bytes. */
  compressed: Buffer;
  crc: number;
  /** What the central directory says it unpacks to. */
  declaredSize: number;
}

/** The parts of a zip (deflated or stored), read from its central directory. */
export function unzipParts(bytes: Uint8Array): ZipPart[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const parts: ZipPart[] = [];
  for (let i = 0; i < count; i += 1) {
    const method = buf.readUInt16LE(at + 10);
    const crc = buf.readUInt32LE(at + 16);
    const compressedSize = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    const local = buf.readUInt32LE(at + 42);
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(dataStart, dataStart + compressedSize);
    parts.push({ name, compressed: method === 8 ? Buffer.from(raw) : deflateRawSync(raw), crc, declaredSize: size });
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return parts;
}

export function partText(part: ZipPart): string {
  return inflateRawSync(part.compressed).toString('utf8');
}

export function textPart(name: string, text: string): ZipPart {
  const data = Buffer.from(text, 'utf8');
  return { name, compressed: deflateRawSync(data), crc: crc32(data), declaredSize: data.length };
}

/** A zip of deflated parts. */
export function zipParts(parts: readonly ZipPart[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(part.crc, 14);
    local.writeUInt32LE(part.compressed.length, 18);
    local.writeUInt32LE(part.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(part.crc, 16);
    central.writeUInt32LE(part.compressed.length, 20);
    central.writeUInt32LE(part.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, part.compressed);
    centrals.push(central, name);
    offset += 30 + name.length + part.compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** `megabytes` of one repeated worksheet row, deflated as it streams (never held inflated). */
export async function bombPart(name: string, megabytes: number): Promise<ZipPart> {
  const row = Buffer.from('<row><c t="inlineStr"><is><t>aaaaaaaaaaaaaaaa</t></is></c></row>'.repeat(16_384));
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const head = Buffer.from('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
  deflate.write(head);
  let crc = crc32(head);
  let size = head.length;
  while (size < megabytes * 1024 * 1024) {
    deflate.write(row);
    crc = crc32(row, crc);
    size += row.length;
  }
  const tail = Buffer.from('</sheetData></worksheet>');
  deflate.end(tail);
  crc = crc32(tail, crc);
  size += tail.length;
  await done;
  return { name, compressed: Buffer.concat(chunks), crc, declaredSize: size };
}
