/**
 * Page images from what the office scanned: every page of a PDF (pdf.js, rendered onto @napi-rs/canvas,
 * a prebuilt N-API binary that loads in Node and in Electron alike), or a phone photo (JPEG/PNG, decoded
 * by the same canvas). Both are package dependencies, loaded from node_modules, never fetched.
 */
import { greyFromRgba, type Channel } from './image';

/** Pages are read at this resolution whatever the scanner used: enough for 5 mm boxes, quick to process. */
export const READ_DPI = 200;
/** A photo's long side is brought down to this (a 12 MP phone photo is 4000 px): about 200 dpi on A4. */
const PHOTO_LONG_SIDE = 2400;

export type ScanSource = { kind: 'pdf'; data: Uint8Array } | { kind: 'image'; data: Uint8Array };

/** What a file is, by its first bytes (not its name): PDF, JPEG or PNG; null otherwise. */
export function sourceOf(data: Uint8Array): ScanSource | null {
  const head = Buffer.from(data.subarray(0, 8));
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return { kind: 'pdf', data };
  if (head[0] === 0xff && head[1] === 0xd8) return { kind: 'image', data };
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return { kind: 'image', data };
  return null;
}

interface PageSource {
  pages: number;
  page: (index: number) => Promise<Channel>;
  close: () => Promise<void>;
}

export async function openSource(source: ScanSource): Promise<PageSource> {
  const { createCanvas, loadImage } = await import('@napi-rs/canvas');
  if (source.kind === 'image') {
    const image = await loadImage(Buffer.from(source.data));
    const scale = Math.min(1, PHOTO_LONG_SIDE / Math.max(image.width, image.height));
    const width = Math.round(image.width * scale);
    const height = Math.round(image.height * scale);
    return {
      pages: 1,
      page: async () => {
        const canvas = createCanvas(width, height);
        const ctx = canvas.getContext('2d');
        ctx.drawImage(image, 0, 0, width, height);
        return greyFromRgba(ctx.getImageData(0, 0, width, height).data, width, height);
      },
      close: async () => undefined,
    };
  }
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(source.data), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  return {
    pages: doc.numPages,
    page: async (index) => {
      const page = await doc.getPage(index);
      const viewport = page.getViewport({ scale: READ_DPI / 72 });
      const width = Math.ceil(viewport.width);
      const height = Math.ceil(viewport.height);
      const canvas = createCanvas(width, height);
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, width, height);
      // pdf.js draws on any canvas-like object; its types name the DOM's.
      await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: ctx as unknown as CanvasRenderingContext2D, viewport }).promise;
      page.cleanup();
      return greyFromRgba(ctx.getImageData(0, 0, width, height).data, width, height);
    },
    close: () => doc.destroy(),
  };
}

/** A grey image as JPEG (quality 0-100), with the same canvas that decodes photos. */
export async function greyToJpeg(img: Channel, quality: number): Promise<Buffer> {
  const { createCanvas } = await import('@napi-rs/canvas');
  const canvas = createCanvas(img.width, img.height);
  const ctx = canvas.getContext('2d');
  const data = ctx.createImageData(img.width, img.height);
  for (let i = 0; i < img.data.length; i += 1) {
    const v = img.data[i] ?? 255;
    data.data[i * 4] = v;
    data.data[i * 4 + 1] = v;
    data.data[i * 4 + 2] = v;
    data.data[i * 4 + 3] = 255;
  }
  ctx.putImageData(data, 0, 0);
  return canvas.encode('jpeg', quality);
}
