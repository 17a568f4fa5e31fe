/**
 * The user guide's one source: a Markdown page per task (docs/guide/<lang>/<id>.md) with front matter
 * naming the screens it covers. This parser reads the small subset the guide uses into plain data, so
 * the in-app help (React elements, never raw HTML) and the PDF (escaped HTML) render the same content.
 *
 * Subset: `## heading`, `### heading`, paragraphs, `1.` ordered and `-` unordered lists, `**bold**`,
 * `` `key` `` and a figure on its own line: `![caption](shot:name)`. Anything else is plain text.
 */

export type Inline = { kind: 'text'; text: string } | { kind: 'strong'; text: string } | { kind: 'code'; text: string };

export type Block =
  | { kind: 'heading'; level: 2 | 3; inlines: Inline[] }
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'list'; ordered: boolean; start: number; items: Inline[][] }
  | { kind: 'figure'; shot: string; caption: string };

export interface GuidePage {
  id: string;
  title: string;
  /** Help keys of the screens this page explains (`section`, `section.tab`, `province/section`). */
  screens: string[];
  blocks: Block[];
}

export class GuideSyntaxError extends Error {}

const FIGURE = /^!\[([^\]]*)\]\(shot:([a-z0-9-]+)\)$/;
const ORDERED = /^(\d+)\.\s+(.*)$/;
const BULLET = /^[-*]\s+(.*)$/;
const HEADING = /^(#{2,3})\s+(.*)$/;

/** `**bold**` and `` `code` ``; an unclosed marker stays as text. */
export function parseInlines(text: string): Inline[] {
  const out: Inline[] = [];
  const pattern = /\*\*([^*]+)\*\*|`([^`]+)`/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const at = match.index;
    if (at > last) out.push({ kind: 'text', text: text.slice(last, at) });
    if (match[1] !== undefined) out.push({ kind: 'strong', text: match[1] });
    else out.push({ kind: 'code', text: match[2] ?? '' });
    last = at + match[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

function frontMatter(source: string, file: string): { fields: Map<string, string>; body: string } {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  if (lines[0] !== '---') throw new GuideSyntaxError(`${file}: the page must start with front matter (---)`);
  const end = lines.indexOf('---', 1);
  if (end < 0) throw new GuideSyntaxError(`${file}: front matter is not closed (---)`);
  const fields = new Map<string, string>();
  for (const line of lines.slice(1, end)) {
    const match = /^([a-z]+):\s*(.*)$/.exec(line);
    if (!match?.[1]) throw new GuideSyntaxError(`${file}: cannot read front matter line "${line}"`);
    fields.set(match[1], (match[2] ?? '').trim());
  }
  return { fields, body: lines.slice(end + 1).join('\n') };
}

function screenList(value: string): string[] {
  const inner = value.replace(/^\[/, '').replace(/\]$/, '');
  return inner
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** One guide page; `file` names it in errors. */
export function parseGuidePage(id: string, source: string, file = id): GuidePage {
  const { fields, body } = frontMatter(source, file);
  const title = fields.get('title');
  if (!title) throw new GuideSyntaxError(`${file}: front matter needs a title`);
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: Extract<Block, { kind: 'list' }> | null = null;

  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', inlines: parseInlines(paragraph.join(' ')) });
    paragraph = [];
    list = null;
  };

  for (const raw of body.split('\n')) {
    const line = raw.trim();
    if (!line) {
      if (paragraph.length) flush();
      continue;
    }
    const heading = HEADING.exec(line);
    const figure = FIGURE.exec(line);
    const ordered = ORDERED.exec(line);
    const bullet = BULLET.exec(line);
    if (heading?.[1] && heading[2] !== undefined) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1].length === 2 ? 2 : 3, inlines: parseInlines(heading[2]) });
    } else if (figure) {
      flush();
      blocks.push({ kind: 'figure', caption: figure[1] ?? '', shot: figure[2] ?? '' });
    } else if (line.startsWith('![')) {
      throw new GuideSyntaxError(`${file}: a picture is written ![caption](shot:name), got "${line}"`);
    } else if (ordered || bullet) {
      const isOrdered = Boolean(ordered);
      const text = (ordered ? ordered[2] : bullet?.[1]) ?? '';
      if (paragraph.length) flush();
      if (!list || list.ordered !== isOrdered) {
        list = { kind: 'list', ordered: isOrdered, start: ordered ? Number(ordered[1]) : 1, items: [] };
        blocks.push(list);
      }
      list.items.push(parseInlines(text));
    } else if (list && raw.startsWith('  ')) {
      // An indented line continues the list item above it.
      const items = list.items;
      const lastItem = items[items.length - 1];
      if (lastItem) lastItem.push({ kind: 'text', text: ' ' }, ...parseInlines(line));
    } else {
      list = null;
      paragraph.push(line);
    }
  }
  flush();
  return { id, title, screens: screenList(fields.get('screens') ?? ''), blocks };
}

/** Every screenshot a page shows, in order. */
export function pageShots(page: GuidePage): string[] {
  return page.blocks.flatMap((b) => (b.kind === 'figure' ? [b.shot] : []));
}

/** The plain text of inlines (titles of the table of contents, search). */
export function inlineText(inlines: Inline[]): string {
  return inlines.map((i) => i.text).join('');
}
