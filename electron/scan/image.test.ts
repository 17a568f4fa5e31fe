import { describe, expect, it } from 'vitest';
import { darknessMap, findMarks, homography, project, type Channel } from './image';

function page(width: number, height: number, gradient = 0): Channel {
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) for (let x = 0; x < width; x += 1) data[y * width + x] = Math.round(240 * (1 - (gradient * x) / width));
  return { width, height, data };
}

function square(img: Channel, cx: number, cy: number, side: number, level = 20) {
  for (let y = Math.round(cy - side / 2); y < cy + side / 2; y += 1) for (let x = Math.round(cx - side / 2); x < cx + side / 2; x += 1) img.data[y * img.width + x] = level;
}

describe('scan image processing', () => {
  it('solves the homography of four point pairs (a rotated, scaled, shifted page maps back exactly)', () => {
    const from = [{ x: 9, y: 9 }, { x: 201, y: 9 }, { x: 201, y: 288 }, { x: 9, y: 288 }];
    const t = (p: { x: number; y: number }) => ({ x: 100 + 7.8 * (p.x * Math.cos(0.04) - p.y * Math.sin(0.04)), y: 50 + 7.8 * (p.x * Math.sin(0.04) + p.y * Math.cos(0.04)) });
    const h = homography(from, from.map(t));
    for (const p of [{ x: 30, y: 40 }, { x: 150, y: 250 }]) {
      const got = project(h, p.x, p.y);
      expect(got.x).toBeCloseTo(t(p).x, 6);
      expect(got.y).toBeCloseTo(t(p).y, 6);
    }
  });

  it('finds the four corner squares in image order, not a filled answer box inside the page, under a lighting gradient', () => {
    const img = page(840, 1188, 0.5);
    const marks = [{ x: 36, y: 36 }, { x: 804, y: 40 }, { x: 800, y: 1150 }, { x: 38, y: 1152 }];
    for (const m of marks) square(img, m.x, m.y, 24);
    square(img, 560, 300, 20); // a box filled solid by the inspector
    const found = findMarks(darknessMap(img));
    expect(found).not.toBeNull();
    found?.forEach((p, i) => {
      expect(Math.abs(p.x - (marks[i]?.x ?? 0))).toBeLessThan(1.5);
      expect(Math.abs(p.y - (marks[i]?.y ?? 0))).toBeLessThan(1.5);
    });
  });

  it('finds no marks on a blank sheet or a sheet with only three', () => {
    expect(findMarks(darknessMap(page(600, 850)))).toBeNull();
    const three = page(600, 850);
    for (const m of [{ x: 30, y: 30 }, { x: 570, y: 30 }, { x: 570, y: 820 }]) square(three, m.x, m.y, 18);
    expect(findMarks(darknessMap(three))).toBeNull();
  });

  it('reads paper as paper whatever its brightness: a shadowed corner is not ink', () => {
    const dark = darknessMap(page(600, 850, 0.6));
    expect(dark.data.reduce((m, v) => Math.max(m, v), 0)).toBeLessThan(40);
  });
});
