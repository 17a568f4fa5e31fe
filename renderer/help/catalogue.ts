/**
 * The guide's tasks, per role, in the order the PDF prints them. Each task is one Markdown page in
 * every language (docs/guide/vi/<id>.md, docs/guide/en/<id>.md); a check fails when one is missing.
 */
export const GUIDE_ROLES = ['clerk', 'admin', 'province', 'it'] as const;
export type GuideRole = (typeof GUIDE_ROLES)[number];

export const GUIDE_LANGUAGES = ['vi', 'en'] as const;
export type GuideLanguage = (typeof GUIDE_LANGUAGES)[number];

export const GUIDE_TASKS = [
  { id: 'clerk-register', role: 'clerk' },
  { id: 'clerk-import', role: 'clerk' },
  { id: 'clerk-inspections', role: 'clerk' },
  { id: 'clerk-results', role: 'clerk' },
  { id: 'clerk-violations', role: 'clerk' },
  { id: 'clerk-training', role: 'clerk' },
  { id: 'clerk-outreach', role: 'clerk' },
  { id: 'clerk-cases', role: 'clerk' },
  { id: 'clerk-plan-dashboard', role: 'clerk' },
  { id: 'clerk-reports', role: 'clerk' },
  { id: 'clerk-sending', role: 'clerk' },
  { id: 'admin-users', role: 'admin' },
  { id: 'admin-permissions', role: 'admin' },
  { id: 'admin-backups', role: 'admin' },
  { id: 'admin-restore', role: 'admin' },
  { id: 'admin-settings', role: 'admin' },
  { id: 'admin-audit', role: 'admin' },
  { id: 'province-offices', role: 'province' },
  { id: 'province-import', role: 'province' },
  { id: 'province-figures', role: 'province' },
  { id: 'province-config', role: 'province' },
  { id: 'it-install', role: 'it' },
  { id: 'it-unattended', role: 'it' },
  { id: 'it-keys', role: 'it' },
  { id: 'it-recovery', role: 'it' },
] as const satisfies readonly { id: string; role: GuideRole }[];

export type GuideTaskId = (typeof GUIDE_TASKS)[number]['id'];

/**
 * The help key of what is on screen: the page, its open tab if it has tabs, and `province/` at a
 * province installation. The page for it is the first that lists, in this order,
 * `province/section.tab`, `province/section`, `section.tab`, `section`.
 */
export function helpKeyCandidates(section: string, tab: string | null, province: boolean): string[] {
  const plain = tab ? [`${section}.${tab}`, section] : [section];
  return province ? [...plain.map((k) => `province/${k}`), ...plain] : plain;
}

export function pageForScreen<P extends { id: string; screens: string[] }>(pages: readonly P[], candidates: string[]): P | undefined {
  for (const key of candidates) {
    const page = pages.find((p) => p.screens.includes(key));
    if (page) return page;
  }
  return undefined;
}
