// `npm start`: launches the Electron app, fetching its runtime on first use. Runs under plain Node
// and never requires the `electron` module itself (that would throw before we can explain).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { electronSqliteBinding, installRuntime, root, runtimePath } from './runtime';

const executable = runtimePath() ?? installRuntime();
if (!executable) {
  console.error(
    [
      'Không khởi động được District Desk: bộ chạy Electron chưa được cài và không tải được (máy không có Internet?).',
      'Cách khắc phục: kết nối Internet rồi chạy lại `npm start`, hoặc cài bằng bộ cài đặt (installer) của phần mềm.',
      'Trong lúc chờ, có thể dùng giao diện trong trình duyệt: `npm run dev:browser`.',
      '',
      'The Electron runtime is not installed and could not be downloaded (no internet?).',
      'Connect to the internet and run `npm start` again, or use the installer; meanwhile `npm run dev:browser` runs the UI in a browser.',
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
