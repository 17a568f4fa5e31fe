// `npm start`: launches the Electron app, fetching its runtime on first use. Runs under plain Node
// and never requires the `electron` module itself (that would throw before we can explain).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const electronDir = path.join(root, 'node_modules', 'electron');

function runtimePath(): string | null {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const executable = path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(executable) ? executable : null;
}

function installRuntime(): string | null {
  const installer = path.join(electronDir, 'install.js');
  if (!fs.existsSync(installer)) return null;
  console.log('Đang tải bộ chạy Electron lần đầu (cần Internet)... / Downloading the Electron runtime once...');
  const result = spawnSync(process.execPath, [installer], { cwd: electronDir, stdio: ['ignore', 'ignore', 'pipe'] });
  return result.status === 0 ? runtimePath() : null;
}

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

const child = spawn(executable, [path.join(root, 'dist', 'main.cjs'), ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
