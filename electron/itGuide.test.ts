import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from './cli';

const guide = fs.readFileSync(path.join(__dirname, '..', 'docs', 'IT-GUIDE.md'), 'utf8');

/** Splits a shell line into words, honouring double quotes; drops a trailing `# comment`. */
function words(line: string): string[] {
  const out: string[] = [];
  for (const match of line.replace(/\s+#.*$/, '').matchAll(/"([^"]*)"|(\S+)/g)) out.push(match[1] ?? match[2] ?? '');
  return out;
}

/** Every `district-desk ...` line inside the guide's code blocks. */
function documentedCommands(): string[][] {
  const blocks = [...guide.matchAll(/```[a-z]*\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  return blocks
    .flatMap((block) => block.split('\n'))
    .map((line) => line.trim())
    .filter((line) => line.startsWith('district-desk '))
    .map((line) => words(line).slice(1));
}

describe('the IT guide (docs/IT-GUIDE.md)', () => {
  it('documents only command lines the CLI accepts', () => {
    const commands = documentedCommands();
    expect(commands.length).toBeGreaterThanOrEqual(3);
    const refused = commands.filter((argv) => parseCommandLine(argv).kind !== 'command').map((argv) => argv.join(' '));
    expect(refused).toEqual([]);
  });

  it('covers install, silent switches, the settings file, data location, backups, moving an office, a lost key and troubleshooting', () => {
    for (const topic of ['/S', '/allusers', '/SETTINGS=', 'msiexec', 'district-desk.settings.json', 'DISTRICT_DESK_DATA_DIR', 'db check', 'backup --out', 'restore ', 'keys show', 'offices revoke', 'offices register', 'audit verify']) {
      expect(guide).toContain(topic);
    }
  });
});
