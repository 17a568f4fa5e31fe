/**
 * File bytes cross the API as base64. Converted in chunks: spreading a whole file into one
 * String.fromCharCode call overflows the call stack for files of a few hundred kilobytes.
 */
const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const chunk = bytes.subarray(start, start + CHUNK);
    let binary = '';
    for (let i = 0; i < chunk.length; i += 1) binary += String.fromCharCode(chunk[i] ?? 0);
    parts.push(binary);
  }
  return btoa(parts.join(''));
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
