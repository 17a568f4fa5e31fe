import { base64ToBytes, XLSX_MIME } from './fileBytes';

/** Saves a file the API returned as base64 through a temporary <a download> and an object URL. */
export function downloadFile(file: { fileName: string; bytes: string }, type = XLSX_MIME): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(file.bytes)], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
