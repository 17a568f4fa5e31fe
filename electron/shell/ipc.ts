import { ipcMain } from 'electron';
import { channelFor, PROCEDURE_NAMES } from '../api/contract';
import type { Session } from '../api/context';
import type { RunningApp } from '../app';

/** One IPC channel per procedure, each going through the router (which checks the sender frame). */
export function setupIpc(running: RunningApp): void {
  const session: Session = { user: null };
  // A restore swapped the database: its users and passwords may differ, so sign in again.
  running.app.onReopen(() => (session.user = null));
  for (const name of PROCEDURE_NAMES) {
    ipcMain.handle(channelFor(name), (event, input: unknown) =>
      running.router(name, input, {
        app: running.app,
        session,
        sender: { kind: 'ipc', frameUrl: event.senderFrame?.url ?? '' },
      }),
    );
  }
}
