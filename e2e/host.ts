import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { contentTypeOf, CONTENT_SECURITY_POLICY, resolveAppFile } from '../electron/appFiles';
import type { Session } from '../electron/api/context';
import type { Sender } from '../electron/api/router';
import { startApp, type RunningApp } from '../electron/app';
import { startBackupScheduler } from '../electron/backup/scheduler';
import { resolveDataDir } from '../electron/dataDir';
import { formatRecoveryKey, keyFromEnvironment, newDbKey, readDbKeyFile, type DbKey } from '../db/key';
import type { OpenOptions } from '../db/open';

/**
 * Loopback host: serves the built renderer and the real router over HTTP on 127.0.0.1, for the
 * e2e tests and for development in a browser. Same handlers, same database as the Electron app.
 */
export const RENDERER_DIR = path.join(__dirname, '..', 'dist', 'renderer');
const MAX_BODY_BYTES = 120 * 1024 * 1024;
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export interface Host {
  url: string;
  /** The URL a browser opens: the token travels in the fragment, never in a request line. */
  appUrl: string;
  token: string;
  running: RunningApp;
  close(): Promise<void>;
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'content-type': type,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  res.end(body);
}

export async function startHost(options: { dataDir: string; port?: number; rendererDir?: string; db?: OpenOptions }): Promise<Host> {
  const token = randomBytes(24).toString('base64url');
  const running = startApp({
    dataDir: options.dataDir,
    role: 'host',
    isTrustedSender: (sender: Sender) => sender.kind === 'http' && sender.loopback && sender.tokenOk,
    validateOutput: true,
    ...(options.db ? { db: options.db } : {}),
  });
  const backups = startBackupScheduler({
    dataDir: options.dataDir,
    database: () => (running.app.databaseOpen() ? running.app.db : null),
    ...running.app.sqlite,
  });
  const session: Session = { user: null };
  // A restore swapped the database: its users and passwords may differ, so sign in again.
  running.app.onReopen(() => (session.user = null));
  const rendererDir = options.rendererDir ?? RENDERER_DIR;

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'POST' && url.pathname.startsWith('/api/')) {
      const sender: Sender = {
        kind: 'http',
        // Only this page's own Host: a page of another site rebinding its name to 127.0.0.1 sends its own.
        loopback: LOOPBACK.has(req.socket.remoteAddress ?? '') && req.headers.host === `127.0.0.1:${port}`,
        tokenOk: sameToken(req.headers['x-dd-token'] as string | undefined, token),
        // This host is for e2e tests and browser development only (never shipped): its pages have no
        // dialogs, so the clerk types paths. The Electron IPC sender never carries this flag.
        typedPaths: true,
      };
      readBody(req)
        .then(async (body) => {
          let input: unknown;
          try {
            input = body ? JSON.parse(body) : {};
          } catch {
            input = undefined;
          }
          const name = decodeURIComponent(url.pathname.slice('/api/'.length));
          const result = await running.router(name, input, { app: running.app, session, sender });
          send(res, 200, 'application/json', JSON.stringify(result));
        })
        .catch(() => send(res, 413, 'text/plain', 'request too large'));
      return;
    }
    if (req.method !== 'GET') return send(res, 405, 'text/plain', 'method not allowed');
    const file = resolveAppFile(rendererDir, url.pathname);
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) return send(res, 404, 'text/plain', 'not found');
    send(res, 200, contentTypeOf(file), fs.readFileSync(file));
  });

  let port = 0;
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  ({ port } = server.address() as AddressInfo);
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    appUrl: `${url}#token=${token}`,
    token,
    running,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          void backups.backupOnClose().finally(() => {
            running.close();
            resolve();
          });
        });
      }),
  };
}

/**
 * The key for developing in a browser: `--key-file F` or DISTRICT_DESK_DB_KEY, else a development key
 * kept beside the data folder (`.data.dev-key`): this host is a developer's tool, not the product.
 */
function devKey(argv: readonly string[], dataDir: string): DbKey {
  const keyFile = argv[argv.indexOf('--key-file') + 1];
  if (argv.includes('--key-file') && keyFile) return readDbKeyFile(keyFile);
  const fromEnv = keyFromEnvironment();
  if (fromEnv) return fromEnv;
  const file = `${path.resolve(dataDir)}.dev-key`;
  if (!fs.existsSync(file)) fs.writeFileSync(file, formatRecoveryKey(newDbKey()), { mode: 0o600 });
  console.log(`Khóa phát triển / development key: ${file}`);
  return readDbKeyFile(file);
}

// `npx tsx e2e/host.ts [--data-dir DIR] [--port N] [--key-file F]`: develop in a browser against real data.
if (require.main === module) {
  const argv = process.argv.slice(2);
  const portArg = argv.indexOf('--port');
  const dataDir = resolveDataDir(argv, process.env, path.join(process.cwd(), '.data'));
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    console.error('Chưa có bản dựng giao diện: chạy `npm run build:renderer` trước.');
    process.exit(1);
  }
  startHost({ dataDir, port: portArg >= 0 ? Number(argv[portArg + 1]) : undefined, db: { key: devKey(argv, dataDir) } }).then(
    (host) => {
      console.log(`District Desk (trình duyệt): ${host.appUrl}`);
      console.log(`Dữ liệu: ${dataDir}`);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
