import { z } from 'zod';

/**
 * Asking the desktop shell for a path (a USB stick's folder, a backup file to restore, a name to
 * save under). Electron answers with its file dialogs through the preload's `window.desk`; in the
 * browser host there is no such bridge and the screen lets the clerk type the path instead.
 */
export const PathRequest = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('folder') }),
  z.object({ kind: z.literal('file'), extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/)).max(10) }),
  z.object({ kind: z.literal('save'), defaultName: z.string().max(255), extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/)).max(10) }),
]);
export type PathRequest = z.infer<typeof PathRequest>;

export interface DeskShell {
  /** The chosen absolute path, or null when the clerk cancelled. */
  choosePath(request: PathRequest): Promise<string | null>;
}

export const CHOOSE_PATH_CHANNEL = 'dd-shell:choosePath';
