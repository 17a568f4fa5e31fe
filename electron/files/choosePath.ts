import { z } from 'zod';

/**
 * Asking the desktop shell for a path (a USB stick's folder, a backup file to restore, a name to
 * save under). Electron answers with its file dialogs through the preload's `window.desk`, as a handle
 * (electron/files/pathGrants.ts); in the browser host (e2e, development) there is no such bridge and the
 * screen lets the clerk type the path, which only that host's sender (`typedPaths`) may send.
 */
export const PathRequest = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('folder') }),
  z.object({ kind: z.literal('file'), extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/)).max(10) }),
  z.object({ kind: z.literal('save'), defaultName: z.string().max(255), extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/)).max(10) }),
]);
export type PathRequest = z.infer<typeof PathRequest>;

/** What the dialog chose: an opaque handle for procedures' path fields, and the file or folder name to show. */
export interface ChosenPath {
  handle: string;
  label: string;
}

export interface DeskShell {
  /** The choice, or null when the clerk cancelled. */
  choosePath(request: PathRequest): Promise<ChosenPath | null>;
}

export const CHOOSE_PATH_CHANNEL = 'dd-shell:choosePath';
