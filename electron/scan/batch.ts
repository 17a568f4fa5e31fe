/**
 * Reads a whole scanned batch (a PDF of many pages, or one photo): each page rasterised, located by its
 * marks, identified by its QR code and read. Identified pages keep an upright, compressed copy (the
 * evidence the inspection keeps); a page whose code cannot be read is listed with its position, never guessed.
 */
import { PAGE_MM } from '../../renderer/inspections/print/scanLayout';
import { warpRegion, type Channel, type Homography } from './image';
import { layoutLookup, type ScanCatalogue } from './layouts';
import { greyToJpeg, openSource, sourceOf } from './raster';
import { readPage, type PageReading } from './read';

/** Kept pages are stored at this resolution, grey JPEG: about 150 kB a page, crops still legible. */
export const EVIDENCE_PX_PER_MM = 150 / 25.4;
const EVIDENCE_QUALITY = 72;

export interface ScannedPage extends PageReading {
  /** The page upright, cropped to A4, as JPEG; null for a page not identified. */
  image: Uint8Array | null;
  ms: number;
}

export class ScanFileError extends Error {
  constructor(readonly messageKey: 'inspections.scan.notScan' | 'inspections.scan.unreadable') {
    super(messageKey);
  }
}

async function uprightJpeg(grey: Channel, h: Homography): Promise<Uint8Array> {
  const page = warpRegion(grey, h, { x: 0, y: 0, w: PAGE_MM.width, h: PAGE_MM.height }, EVIDENCE_PX_PER_MM);
  return new Uint8Array(await greyToJpeg(page, EVIDENCE_QUALITY));
}

export async function readBatch(
  data: Uint8Array,
  catalogue: ScanCatalogue,
  report: (done: number, total: number) => void = () => undefined,
  options: { keepImages?: boolean } = {},
): Promise<ScannedPage[]> {
  const source = sourceOf(data);
  if (!source) throw new ScanFileError('inspections.scan.notScan');
  const opened = await openSource(source).catch(() => {
    throw new ScanFileError('inspections.scan.unreadable');
  });
  const lookup = layoutLookup(catalogue);
  const pages: ScannedPage[] = [];
  try {
    for (let index = 1; index <= opened.pages; index += 1) {
      const started = performance.now();
      const grey = await opened.page(index);
      const reading = readPage(index, grey, lookup);
      const h = reading.homography ? Float64Array.from(reading.homography) : null;
      const image = h && reading.failure === null && options.keepImages !== false ? await uprightJpeg(grey, h) : null;
      pages.push({ ...reading, image, ms: performance.now() - started });
      report(index, opened.pages);
    }
  } finally {
    await opened.close();
  }
  return pages;
}
