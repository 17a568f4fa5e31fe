import { describe, expect, it } from 'vitest';
import { helpKeyCandidates, pageForScreen } from './catalogue';
import { GuideSyntaxError, pageShots, parseGuidePage } from './guideMarkdown';

const page = (body: string, front = 'title: Đăng ký cơ sở\nscreens: [businesses, inspections.plans]') => parseGuidePage('p', `---\n${front}\n---\n${body}`);

describe('guide Markdown', () => {
  it('reads front matter, steps numbered across a picture, bold and keys', () => {
    const p = page('Mở đầu.\n\n1. Bấm **Thêm cơ sở**.\n2. Nhấn `Tab`.\n\n![Danh sách](shot:register-list)\n\n3. Bấm **Lưu**.\n- một ý');
    expect(p.title).toBe('Đăng ký cơ sở');
    expect(p.screens).toEqual(['businesses', 'inspections.plans']);
    expect(p.blocks.map((b) => b.kind)).toEqual(['paragraph', 'list', 'figure', 'list', 'list']);
    const [, first, , second] = p.blocks;
    expect(first).toMatchObject({ ordered: true, start: 1, items: [[{ kind: 'text', text: 'Bấm ' }, { kind: 'strong', text: 'Thêm cơ sở' }, { kind: 'text', text: '.' }], [{ kind: 'text', text: 'Nhấn ' }, { kind: 'code', text: 'Tab' }, { kind: 'text', text: '.' }]] });
    expect(second).toMatchObject({ ordered: true, start: 3 });
    expect(pageShots(p)).toEqual(['register-list']);
  });

  it('keeps HTML as text: nothing in a page can become markup', () => {
    const p = page('<img src=x onerror=alert(1)> **<b>đậm</b>**');
    expect(p.blocks).toEqual([{ kind: 'paragraph', inlines: [{ kind: 'text', text: '<img src=x onerror=alert(1)> ' }, { kind: 'strong', text: '<b>đậm</b>' }] }]);
  });

  it('refuses a page without front matter or title, and a picture not named as a screenshot', () => {
    expect(() => parseGuidePage('p', '# Tiêu đề')).toThrow(GuideSyntaxError);
    expect(() => page('x', 'screens: []')).toThrow(/title/);
    expect(() => page('![Hình](hinh.png)')).toThrow(/shot:name/);
  });

  it('finds the page of the screen on show: province first, then the tab, then the page', () => {
    const pages = [
      { id: 'a', screens: ['packages'] },
      { id: 'b', screens: ['province/packages'] },
      { id: 'c', screens: ['inspections.results'] },
      { id: 'd', screens: ['inspections'] },
    ];
    expect(pageForScreen(pages, helpKeyCandidates('packages', null, false))?.id).toBe('a');
    expect(pageForScreen(pages, helpKeyCandidates('packages', null, true))?.id).toBe('b');
    expect(pageForScreen(pages, helpKeyCandidates('inspections', 'results', true))?.id).toBe('c');
    expect(pageForScreen(pages, helpKeyCandidates('inspections', 'templates', false))?.id).toBe('d');
    expect(pageForScreen(pages, helpKeyCandidates('audit', null, false))).toBeUndefined();
  });
});
