import { GUIDE_TASKS, type GuideLanguage, type GuideRole } from './catalogue';
import { parseGuidePage, type GuidePage } from './guideMarkdown';

/**
 * The guide's Markdown, bundled into the renderer at build time (Vite reads docs/guide/*), so
 * help works offline and is the same text as the PDF. Parsed once, when help first opens.
 */
const sources = import.meta.glob('../../docs/guide/*/*.md', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export interface BundledPage extends GuidePage {
  role: GuideRole;
}

const cache = new Map<GuideLanguage, BundledPage[]>();

/** The guide's pages in one language, in the catalogue's order. */
export function guidePages(lang: GuideLanguage): BundledPage[] {
  const known = cache.get(lang);
  if (known) return known;
  const pages = GUIDE_TASKS.flatMap((task) => {
    const source = sources[`../../docs/guide/${lang}/${task.id}.md`];
    return source === undefined ? [] : [{ ...parseGuidePage(task.id, source, `${lang}/${task.id}.md`), role: task.role }];
  });
  cache.set(lang, pages);
  return pages;
}
