import path from 'node:path';

export const DATA_DIR_ENV = 'DISTRICT_DESK_DATA_DIR';

/** `--data-dir DIR` (or `--data-dir=DIR`) wins, then the environment variable, then the OS default. */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, defaultDir: string): string {
  const index = argv.findIndex((a) => a === '--data-dir' || a.startsWith('--data-dir='));
  if (index >= 0) {
    const arg = argv[index] ?? '';
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[index + 1];
    if (value) return path.resolve(value);
  }
  const fromEnv = env[DATA_DIR_ENV];
  if (fromEnv) return path.resolve(fromEnv);
  return defaultDir;
}
