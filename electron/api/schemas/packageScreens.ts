import { z } from 'zod';
import { FileBytes, Uuid } from './common';
import { FilePath } from './packages';

/*
 * The data-package screens (issue 6, part 5): the clerk chooses a folder (a USB stick) and the app
 * names the file; a file dropped onto the screen arrives as bytes and is staged on disk first.
 */

export const FolderInput = z.object({ folder: FilePath });
export const FolderExportInput = FolderInput.extend({ full: z.boolean().default(false) });
export const FolderResendInput = FolderInput.extend({ sequence: z.number().int().min(1) });
export const FolderReceiptInput = FolderInput.extend({ office: Uuid });

/** A dropped file's bytes (base64); at most STAGE_MAX_BYTES once decoded. */
export const StageInput = z.object({ fileName: z.string().max(260), bytes: FileBytes });
export const StagedOut = z.object({ file: z.string(), size: z.number() });

/** Dropped files larger than this are refused before they are read (choose them by path instead). */
export const STAGE_MAX_BYTES = 48 * 1024 * 1024;
