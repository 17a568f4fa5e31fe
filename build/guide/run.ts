// `npm run guide [-- --lang en] [--out FILE]`: the user guide as an A4 PDF, from docs/guide and the
// screenshots the e2e walk-through takes (e2e/guide.spec.ts); runs those specs first if any is missing.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { findChromium } from '../../electron/print/pdf';
import type { GuideLanguage } from '../../renderer/help/catalogue';
import { checkGuidePdf } from './checkPdf';
import { buildGuidePdf } from './pdf';
import { checkGuide, guideShots, ROOT, shotsTakenBySpecs } from './sources';

const SHOTS_DIR = path.join(ROOT, 'out', 'guide', 'screenshots');

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function main(): Promise<void> {
  const lang: GuideLanguage = arg('--lang') === 'en' ? 'en' : 'vi';
  const out = path.resolve(arg('--out') ?? path.join(ROOT, 'out', 'guide', lang === 'vi' ? 'huong-dan-su-dung.pdf' : 'user-guide.pdf'));
  const problems = checkGuide();
  if (problems.length) throw new Error(`the guide's sources have problems:\n- ${problems.join('\n- ')}`);
  const chromiumPath = findChromium();
  if (!chromiumPath) throw new Error('no Chromium found (install chromium or set CHROMIUM_PATH)');

  const missing = guideShots().filter((shot) => !fs.existsSync(path.join(SHOTS_DIR, `${shot}.png`)));
  if (missing.length) {
    const taken = shotsTakenBySpecs();
    const specs = [...new Set(missing.map((shot) => taken.get(shot) ?? ''))].filter(Boolean).map((file) => `e2e/${file}`);
    console.log(`screenshots missing (${missing.join(', ')}): running ${specs.join(' ')}`);
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    execFileSync('npx', ['playwright', 'test', ...specs, '--project=chromium'], { cwd: ROOT, stdio: 'inherit' });
  }

  const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const { pdf, layout, pages } = await buildGuidePdf({ lang, shotsDir: SHOTS_DIR, chromiumPath, version });
  const wrong = checkGuidePdf(pdf, lang, layout);
  if (wrong.length) throw new Error(`the built guide is incomplete:\n- ${wrong.join('\n- ')}`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, pdf);
  const tasks = layout.chapters.reduce((n, c) => n + c.tasks.length, 0);
  console.log(`${out}: ${pages} pages, ${tasks} tasks, ${layout.figures.length} pictures`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
