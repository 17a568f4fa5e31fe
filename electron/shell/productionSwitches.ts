/**
 * What a packaged app accepts from its environment and command line. Plain Node (no `electron`
 * import), so the rules are tested directly; main.ts passes in `app.isPackaged`.
 *
 * The release build's fuses already drop ELECTRON_RUN_AS_NODE, NODE_OPTIONS and Node's --inspect
 * (build/electronBuilder.ts); Chromium's own debugging switches are not covered by a fuse, so a
 * packaged app refuses to start with them. The developer switches below only work from `npm start`.
 */

/** Switches that would let another program read or drive the app (the office's records). */
const DEBUG_SWITCHES = ['remote-debugging-port', 'remote-debugging-pipe', 'remote-debugging-address', 'inspect', 'inspect-brk', 'inspect-port', 'inspect-publish-uid', 'js-flags'];

/**
 * The first debugging switch in `argv`, or null. Chromium reads switches with `--` or `-` (and `/` on
 * Windows) and a value after `=`, so all those spellings count.
 */
export function debugSwitchIn(argv: readonly string[], platform: NodeJS.Platform = process.platform): string | null {
  const prefixes = platform === 'win32' ? ['--', '-', '/'] : ['--', '-'];
  for (const arg of argv) {
    const prefix = prefixes.find((p) => arg.startsWith(p));
    if (!prefix) continue;
    const name = arg.slice(prefix.length).split('=')[0]?.toLowerCase() ?? '';
    if (DEBUG_SWITCHES.includes(name)) return arg.split('=')[0] ?? arg;
  }
  return null;
}

export interface DevelopmentSwitches {
  /** A better-sqlite3 build for Electron's ABI (`npm start` prepares one); the packaged app has its own. */
  sqliteBinding: string | undefined;
  /** DevTools in the window (DISTRICT_DESK_DEVTOOLS=1). */
  devTools: boolean;
}

/** The environment switches for development, honoured only when the app is not packaged. */
export function developmentSwitches(env: NodeJS.ProcessEnv, isPackaged: boolean): DevelopmentSwitches {
  if (isPackaged) return { sqliteBinding: undefined, devTools: false };
  return { sqliteBinding: env.DISTRICT_DESK_SQLITE_BINDING || undefined, devTools: env.DISTRICT_DESK_DEVTOOLS === '1' };
}

/** Said (before ready: on stderr on Linux, in a box on Windows) when a packaged app refuses a switch. */
export function debugSwitchMessage(found: string): string {
  return [
    `District Desk không chạy với tham số gỡ lỗi ${found}: tham số này cho phép chương trình khác đọc dữ liệu của văn phòng.`,
    'Hãy mở phần mềm bằng biểu tượng trên màn hình, không thêm tham số.',
    '',
    `District Desk does not run with the debugging switch ${found}: it would let another program read the office's records.`,
    'Start it from its shortcut, without switches.',
  ].join('\n');
}
