import type { Db } from '../../db/open';
import { createAppContext, type AppContext } from '../api/context';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../api/contract';
import type { Session } from '../api/context';
import type { Sender } from '../api/router';
import { APP_HOST, APP_SCHEME, isAppUrl } from '../window';
import type { Result } from '../api/errors';
import { startApp, type RunningApp } from '../app';
import { businessFields, tempDataDir, TEST_COMMUNE } from '../../db/testing';
import type { OpenOptions } from '../../db/open';

export { businessFields, tempDataDir, TEST_COMMUNE };

/** An app context on a database the test opened itself (in memory, or a copy). */
export function appContextOn(db: Db): AppContext {
  return createAppContext(() => ({ db, problem: null, recovery: 'nothing' }), { dataDir: '', appVersion: 'test' });
}

/** Lạng Sơn province office, two-tier list. */
export const TEST_OFFICE = {
  officeName: 'Sở Y tế tỉnh Lạng Sơn',
  level: 'province',
  listVersion: 'VN-2025',
  unitCode: '20',
  adminName: 'Quản trị',
  password: 'mat-khau-123',
} as const;
/** The real app (database, router, handlers) with a caller that speaks as the app window would. */
/** The app window's frame, as Electron's IPC reports it. */
export const WINDOW_SENDER: Sender = { kind: 'ipc', frameUrl: `${APP_SCHEME}://${APP_HOST}/index.html` };

/** Who the shipped transports trust: the CLI, the app's own frame over IPC, the loopback host with its token. */
function trustedAsInProduction(s: Sender): boolean {
  return s.kind === 'cli' || (s.kind === 'ipc' && isAppUrl(s.frameUrl)) || (s.kind === 'http' && s.loopback && s.tokenOk);
}

export class TestApp {
  readonly session: Session = { user: null };
  private constructor(
    readonly running: RunningApp,
    readonly dataDir: string,
    private readonly cleanupDir: () => void,
  ) {
    running.app.onReopen(() => (this.session.user = null));
  }

  /** Output validation is on by default (catches drift); benchmarks turn it off, as in production. */
  static open(options: { validateOutput?: boolean } = {}): TestApp {
    const { dir, cleanup } = tempDataDir();
    return TestApp.at(dir, { ...options, cleanup });
  }

  /** The real app over a given data folder, which close() leaves in place unless told how to clean up. */
  static at(dataDir: string, options: { validateOutput?: boolean; cleanup?: () => void; db?: OpenOptions } = {}): TestApp {
    const running = startApp({
      dataDir,
      isTrustedSender: trustedAsInProduction,
      validateOutput: options.validateOutput ?? true,
      ...(options.db ? { db: options.db } : {}),
    });
    return new TestApp(running, dataDir, options.cleanup ?? (() => {}));
  }

  /** The app on an existing data folder that the test owns (close() leaves it in place). */
  static openAt(dataDir: string, options: { besideRunningApp?: boolean } = {}): TestApp {
    // Beside an app this process already runs on the folder (an e2e's loopback host): the folder's
    // lock is that app's, so this second connection shares it instead of being refused.
    const running = startApp({ dataDir, isTrustedSender: trustedAsInProduction, validateOutput: true, ...(options.besideRunningApp ? { share: true } : {}) });
    return new TestApp(running, dataDir, () => undefined);
  }

  /** The app started again on another one's data folder, as after closing and reopening it. */
  static restart(previous: TestApp): TestApp {
    previous.running.close();
    const running = startApp({ dataDir: previous.dataDir, isTrustedSender: trustedAsInProduction, validateOutput: true });
    return new TestApp(running, previous.dataDir, () => undefined);
  }

  static async withOffice(options: { validateOutput?: boolean } = {}): Promise<TestApp> {
    const app = TestApp.open(options);
    await app.ok('setup.complete', TEST_OFFICE);
    return app;
  }

  /** The same call as the app's window (IPC from its own frame) or the loopback host would make it. */
  callFrom<N extends ProcedureName>(sender: Sender, name: N, input: ProcedureInput<N>, session: Session = this.session): Promise<Result<ProcedureOutput<N>>> {
    return this.running.router(name, input, { app: this.running.app, session, sender }) as Promise<Result<ProcedureOutput<N>>>;
  }

  call<N extends ProcedureName>(name: N, input: ProcedureInput<N>): Promise<Result<ProcedureOutput<N>>> {
    return this.running.router(name, input, { app: this.running.app, session: this.session, sender: { kind: 'cli' } }) as Promise<
      Result<ProcedureOutput<N>>
    >;
  }

  async ok<N extends ProcedureName>(name: N, input: ProcedureInput<N>): Promise<ProcedureOutput<N>> {
    const result = await this.call(name, input);
    if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
    return result.value;
  }

  close(): void {
    this.running.close();
    this.cleanupDir();
  }
}
