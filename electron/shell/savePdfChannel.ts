/**
 * The channel and shapes of `window.desk.savePdf`. No Node modules here: the sandboxed preload
 * bundles this file (the file work is in savePdf.ts, main process only).
 */
import { z } from 'zod';

export const SAVE_PDF_CHANNEL = 'dd-shell:savePdf';

export const SavePdfRequest = z.object({ defaultName: z.string().max(255) });
export type SavePdfRequest = z.infer<typeof SavePdfRequest>;

export type SavePdfResult = { outcome: 'saved'; file: string } | { outcome: 'cancelled' } | { outcome: 'failed'; messageKey: string; params?: Record<string, string> };

/** The shell function the preload exposes; absent in the browser host (the preview keeps window.print). */
export interface DeskPdfShell {
  savePdf(request: SavePdfRequest): Promise<SavePdfResult>;
}
