// The guide's sources read from disk (docs/guide/<lang>/<id>.md) for the PDF and the checks; the app
// bundles the same files through Vite (renderer/help/guidePages.ts).
import fs from 'node:fs';
import path from 'node:path';
import { GUIDE_LANGUAGES, GUIDE_TASKS, type GuideLanguage, type GuideRole } from '../../renderer/help/catalogue';
import { pageShots, parseGuidePage, type GuidePage } from '../../renderer/help/guideMarkdown';

export const ROOT = path.join(__dirname, '..', '..');
export const GUIDE_DIR = path.join(ROOT, 'docs', 'guide');
export const E2E_DIR = path.join(ROOT, 'e2e');

export interface GuideTaskPage extends GuidePage {
  role: GuideRole;
}

export function guideFile(lang: GuideLanguage, id: string, dir = GUIDE_DIR): string {
  return path.join(dir, lang, `${id}.md`);
}

/** The pages of one language in the catalogue's order; a missing file is skipped (checkGuide names it). */
export function loadGuide(lang: GuideLanguage, dir = GUIDE_DIR): GuideTaskPage[] {
  return GUIDE_TASKS.flatMap((task) => {
    const file = guideFile(lang, task.id, dir);
    if (!fs.existsSync(file)) return [];
    return [{ ...parseGuidePage(task.id, fs.readFileSync(file, 'utf8'), `${lang}/${task.id}.md`), role: task.role }];
  });
}

/** Screenshot names the e2e specs take: every literal `shot(page, 'name')` call, with the spec that takes it. */
export function shotsTakenBySpecs(dir = E2E_DIR): Map<string, string> {
  const taken = new Map<string, string>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.spec.ts'))) {
    const source = fs.readFileSync(path.join(dir, file), 'utf8');
    for (const match of source.matchAll(/\bshot\(\s*\w+\s*,\s*'([a-z0-9-]+)'\s*\)/g)) if (match[1]) taken.set(match[1], file);
  }
  return taken;
}

/** Every picture the guide shows (any language), in order, once. */
export function guideShots(dir = GUIDE_DIR): string[] {
  return [...new Set(GUIDE_LANGUAGES.flatMap((lang) => loadGuide(lang, dir).flatMap(pageShots)))];
}

/**
 * What is wrong with the guide's sources, in words: a task without its page in a language, a page
 * that no task names, a picture no spec takes, languages that disagree on screens or pictures, a
 * screen claimed by two pages. Empty when all is well.
 */
export function checkGuide(dir = GUIDE_DIR, specs = E2E_DIR): string[] {
  const problems: string[] = [];
  const known = new Set<string>(GUIDE_TASKS.map((t) => t.id));
  for (const lang of GUIDE_LANGUAGES) {
    for (const task of GUIDE_TASKS) if (!fs.existsSync(guideFile(lang, task.id, dir))) problems.push(`task ${task.id} has no page ${lang}/${task.id}.md`);
    const folder = path.join(dir, lang);
    for (const file of fs.existsSync(folder) ? fs.readdirSync(folder) : []) {
      if (file.endsWith('.md') && !known.has(file.slice(0, -3))) problems.push(`${lang}/${file} is not a task of the catalogue (renderer/help/catalogue.ts)`);
    }
  }
  const taken = shotsTakenBySpecs(specs);
  const languages = GUIDE_LANGUAGES.map((lang) => ({ lang, pages: loadGuide(lang, dir) }));
  const [first, ...others] = languages;
  for (const { lang, pages } of languages) {
    const claimed = new Map<string, string>();
    for (const page of pages) {
      for (const name of pageShots(page)) if (!taken.has(name)) problems.push(`${lang}/${page.id}.md shows the picture "${name}", which no e2e spec takes with shot(page, '${name}')`);
      for (const screen of page.screens) {
        const other = claimed.get(screen);
        if (other) problems.push(`${lang}: the screen "${screen}" is claimed by both ${other} and ${page.id}`);
        claimed.set(screen, page.id);
      }
    }
  }
  if (first) {
    for (const { lang, pages } of others) {
      for (const page of pages) {
        const base = first.pages.find((p) => p.id === page.id);
        if (!base) continue;
        if (base.screens.join() !== page.screens.join()) problems.push(`${lang}/${page.id}.md covers screens [${page.screens.join(', ')}], ${first.lang} [${base.screens.join(', ')}]`);
        if (pageShots(base).join() !== pageShots(page).join()) problems.push(`${lang}/${page.id}.md shows pictures [${pageShots(page).join(', ')}], ${first.lang} [${pageShots(base).join(', ')}]`);
      }
    }
  }
  return problems;
}
