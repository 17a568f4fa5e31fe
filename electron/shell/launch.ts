// `npm start`: launches the Electron app, fetching its runtime on first launch (from Electron 42 on,
// `npm install` / `npm ci` no longer download it). Runs under plain Node and never requires the
// `electron` module itself: that would start the download too, and throw a stack trace offline.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { electronSqliteBinding, electronVersion, installRuntime, root, runtimePath } from './runtime';

const executable = runtimePath() ?? installRuntime();
if (!executable) {
  const version = electronVersion();
  console.error(
    [
      'Không khởi động được District Desk: bộ chạy Electron chưa được cài và không tải được (máy không có Internet?).',
      `Electron ${version} không tải bộ chạy khi \`npm install\`; \`npm start\` tải nó ở lần chạy đầu (khoảng 100 MB).`,
      'Cách khắc phục: kết nối Internet rồi chạy lại `npm start` (hoặc đặt ELECTRON_MIRROR trỏ tới bản sao nội bộ),',
      'hoặc cài bằng bộ cài đặt (installer) của phần mềm.',
      'Trong lúc chờ, có thể dùng giao diện trong trình duyệt: `npm run dev:browser`.',
      '',
      'The Electron runtime is not installed and could not be downloaded (no internet?).',
      `Electron ${version} is not downloaded by \`npm install\`; \`npm start\` fetches it on first launch (about 100 MB).`,
      'Connect to the internet and run `npm start` again (or set ELECTRON_MIRROR to an internal mirror), or use the installer;',
      'meanwhile `npm run dev:browser` runs the UI in a browser.',
    ].join('\n'),
  );
  process.exit(1);
}

const sqliteBinding = electronSqliteBinding();
if (!sqliteBinding) {
  console.error(
    'Không chuẩn bị được SQLite cho Electron (cần Internet lần đầu, hoặc công cụ biên dịch C++). / Could not prepare SQLite for Electron (needs internet once, or a C++ toolchain).',
  );
  process.exit(1);
}

const child = spawn(executable, [path.join(root, 'dist', 'main.cjs'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, DISTRICT_DESK_SQLITE_BINDING: sqliteBinding },
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
