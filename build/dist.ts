// `npm run dist [-- --win | --linux] [--test-build]`: the installers, in release/.
// electron-builder downloads Electron, NSIS/WiX/AppImage tools and Electron's headers (to rebuild
// better-sqlite3), so without internet this stops first with a message saying so.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build, Platform } from 'electron-builder';
import electronPackage from 'electron/package.json';
import { builderConfig, signing } from './electronBuilder';

const root = path.resolve(__dirname, '..');

/** The Electron download electron-builder will need first (ELECTRON_MIRROR is honoured as it is there). */
export function probeUrl(env: NodeJS.ProcessEnv = process.env): string {
  if (env.DISTRICT_DESK_DIST_PROBE_URL) return env.DISTRICT_DESK_DIST_PROBE_URL;
  const mirror = env.ELECTRON_MIRROR ?? 'https://github.com/electron/electron/releases/download/';
  return `${mirror}v${electronPackage.version}/SHASUMS256.txt`;
}

async function canDownload(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { method: 'HEAD', redirect: 'follow', signal: AbortSignal.timeout(8000) });
    return response.ok;
  } catch {
    return false;
  }
}

function targetPlatform(argv: readonly string[]): Platform {
  if (argv.includes('--win')) return Platform.WINDOWS;
  if (argv.includes('--linux')) return Platform.LINUX;
  return process.platform === 'win32' ? Platform.WINDOWS : Platform.LINUX;
}

async function main(argv: readonly string[]): Promise<number> {
  const url = probeUrl();
  if (!(await canDownload(url))) {
    console.error(
      [
        `Không tạo được bộ cài đặt: máy này không tải được Electron (${url}).`,
        '`npm run dist` cần Internet để tải Electron, công cụ đóng gói (NSIS, WiX, AppImage) và tệp header để biên dịch SQLite cho Electron.',
        'Hãy chạy trên máy có Internet (Windows cho bộ cài .exe/.msi, Linux cho AppImage/.deb), hoặc đặt ELECTRON_MIRROR trỏ tới bản sao nội bộ.',
        '',
        `Cannot build installers: Electron cannot be downloaded from ${url}.`,
        '`npm run dist` needs internet for Electron, the packaging tools and the headers used to rebuild SQLite for Electron.',
        'Run it on a machine with internet (Windows for .exe/.msi, Linux for AppImage/.deb), or set ELECTRON_MIRROR to an internal mirror.',
      ].join('\n'),
    );
    return 1;
  }
  const platform = targetPlatform(argv);
  // Windows code signing from DISTRICT_DESK_SIGN_CERT / DISTRICT_DESK_SIGN_PASSWORD (docs/IT-GUIDE.md).
  const sign = signing(process.env, (file) => fs.existsSync(file));
  if ('error' in sign) {
    console.error(`Không tạo được bộ cài đặt: cấu hình ký số chưa đủ. / Cannot build installers: ${sign.error}`);
    return 1;
  }
  if (platform === Platform.WINDOWS) {
    if (sign.sign) Object.assign(process.env, sign.env);
    else console.warn(sign.warning);
  }
  const bundle = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (bundle.status !== 0) return bundle.status ?? 1;
  const files = await build({
    projectDir: root,
    targets: platform.createTarget(),
    config: builderConfig({ testBuild: argv.includes('--test-build'), sign: platform === Platform.WINDOWS && sign.sign }),
    publish: 'never',
  });
  console.log(files.map((f) => path.relative(root, f)).join('\n'));
  return 0;
}

if (require.main === module) {
  void main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
