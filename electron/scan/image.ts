/**
 * Image processing for the scan reader, in plain TypeScript on typed arrays: grey conversion, a
 * darkness map normalised by the paper's local brightness (a phone photo's uneven light), the corner
 * marks, a homography from page millimetres to pixels, and sampling through it. No native code: the
 * same functions run in the worker, in tests and in the benchmark.
 */

/** 8-bit image, one channel, row-major. For a darkness map 0 is paper and 255 is full ink. */
export interface Channel {
  width: number;
  height: number;
  data: Uint8Array;
}

export function greyFromRgba(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): Channel {
  const data = new Uint8Array(width * height);
  for (let i = 0, j = 0; i < data.length; i += 1, j += 4) {
    data[i] = ((rgba[j] ?? 0) * 77 + (rgba[j + 1] ?? 0) * 150 + (rgba[j + 2] ?? 0) * 29) >> 8;
  }
  return { width, height, data };
}

/**
 * Darkness relative to the paper around it: the paper's brightness is estimated per block (a high
 * percentile, so ink in the block does not count), spread to neighbours (a block all ink takes its
 * neighbours' paper), and interpolated. A grey scan, a yellowed page and a shadowed photo read alike.
 */
export function darknessMap(grey: Channel): Channel {
  const { width, height, data } = grey;
  const block = Math.max(16, Math.round(Math.min(width, height) / 24));
  const bw = Math.ceil(width / block);
  const bh = Math.ceil(height / block);
  const hist = new Uint32Array(bw * bh * 32);
  const counts = new Uint32Array(bw * bh);
  for (let y = 0; y < height; y += 2) {
    const by = Math.floor(y / block);
    for (let x = 0; x < width; x += 2) {
      const b = by * bw + Math.floor(x / block);
      const bin = b * 32 + ((data[y * width + x] ?? 0) >> 3);
      hist[bin] = (hist[bin] ?? 0) + 1;
      counts[b] = (counts[b] ?? 0) + 1;
    }
  }
  const paper = new Float32Array(bw * bh);
  for (let b = 0; b < bw * bh; b += 1) {
    const stop = (counts[b] ?? 0) * 0.1;
    let seen = 0;
    let bin = 31;
    for (; bin > 0; bin -= 1) {
      seen += hist[b * 32 + bin] ?? 0;
      if (seen >= stop) break;
    }
    paper[b] = bin * 8 + 4;
  }
  // A block mostly ink (a corner mark, the QR code) borrows the brightest neighbour's paper.
  const spread = new Float32Array(bw * bh);
  for (let by = 0; by < bh; by += 1) {
    for (let bx = 0; bx < bw; bx += 1) {
      let best = 0;
      for (let dy = -1; dy <= 1; dy += 1) {
        for (let dx = -1; dx <= 1; dx += 1) {
          const x = bx + dx;
          const y = by + dy;
          if (x >= 0 && y >= 0 && x < bw && y < bh) best = Math.max(best, paper[y * bw + x] ?? 0);
        }
      }
      spread[by * bw + bx] = Math.max(40, best);
    }
  }
  // Interpolation weights per column once; per row, the paper row between the two block rows once.
  const x0s = new Int32Array(width);
  const x1s = new Int32Array(width);
  const txs = new Float32Array(width);
  for (let x = 0; x < width; x += 1) {
    const fx = Math.min(bw - 1, Math.max(0, (x + 0.5) / block - 0.5));
    x0s[x] = Math.floor(fx);
    x1s[x] = Math.min(bw - 1, Math.floor(fx) + 1);
    txs[x] = fx - Math.floor(fx);
  }
  const row = new Float32Array(bw);
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) {
    const fy = Math.min(bh - 1, Math.max(0, (y + 0.5) / block - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(bh - 1, y0 + 1);
    const ty = fy - y0;
    for (let bx = 0; bx < bw; bx += 1) row[bx] = (spread[y0 * bw + bx] as number) * (1 - ty) + (spread[y1 * bw + bx] as number) * ty;
    const base = y * width;
    for (let x = 0; x < width; x += 1) {
      const tx = txs[x] as number;
      const bg = (row[x0s[x] as number] as number) * (1 - tx) + (row[x1s[x] as number] as number) * tx;
      const d = 1 - (data[base + x] as number) / bg;
      out[base + x] = d <= 0 ? 0 : d >= 1 ? 255 : (d * 255 + 0.5) | 0;
    }
  }
  return { width, height, data: out };
}

export interface Point {
  x: number;
  y: number;
}

interface Blob {
  area: number;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
  sx: number;
  sy: number;
}

/** Dark connected regions of a (small) binary image, 4-connected. */
function blobs(mask: Uint8Array, width: number, height: number, maxArea: number): Blob[] {
  const seen = new Uint8Array(mask.length);
  const stack = new Int32Array(mask.length);
  const found: Blob[] = [];
  for (let start = 0; start < mask.length; start += 1) {
    if (!mask[start] || seen[start]) continue;
    let top = 0;
    stack[top++] = start;
    seen[start] = 1;
    const b: Blob = { area: 0, minX: width, maxX: 0, minY: height, maxY: 0, sx: 0, sy: 0 };
    while (top > 0) {
      const p = stack[--top] ?? 0;
      const x = p % width;
      const y = (p - x) / width;
      b.area += 1;
      b.sx += x;
      b.sy += y;
      if (x < b.minX) b.minX = x;
      if (x > b.maxX) b.maxX = x;
      if (y < b.minY) b.minY = y;
      if (y > b.maxY) b.maxY = y;
      const next = [x > 0 ? p - 1 : -1, x < width - 1 ? p + 1 : -1, y > 0 ? p - width : -1, y < height - 1 ? p + width : -1];
      for (const q of next) {
        if (q >= 0 && mask[q] && !seen[q]) {
          seen[q] = 1;
          stack[top++] = q;
        }
      }
    }
    if (b.area <= maxArea) found.push(b);
  }
  return found;
}

/**
 * The four corner marks, in image order top-left, top-right, bottom-right, bottom-left; null when four
 * solid squares are not found. Works on a reduced copy, then refines each centre at full resolution.
 */
export function findMarks(dark: Channel): Point[] | null {
  const f = Math.max(1, Math.round(Math.max(dark.width, dark.height) / 700));
  const w = Math.floor(dark.width / f);
  const h = Math.floor(dark.height / f);
  const mask = new Uint8Array(w * h);
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      let sum = 0;
      for (let dy = 0; dy < f; dy += 1) for (let dx = 0; dx < f; dx += 1) sum += dark.data[(y * f + dy) * dark.width + x * f + dx] ?? 0;
      mask[y * w + x] = sum / (f * f) > 120 ? 1 : 0;
    }
  }
  const short = Math.min(w, h);
  // A mark is 6 mm of a 210 mm page: at least 1/100 of the short side even when the page fills half a photo.
  const minSide = Math.max(3, short / 110);
  const maxSide = short / 12;
  const candidates = blobs(mask, w, h, maxSide * maxSide * 1.5).filter((b) => {
    const bw = b.maxX - b.minX + 1;
    const bh = b.maxY - b.minY + 1;
    return bw >= minSide && bh >= minSide && bw <= maxSide && bh <= maxSide && bw / bh < 1.6 && bh / bw < 1.6 && b.area / (bw * bh) > 0.7;
  });
  if (candidates.length < 4) return null;
  const centre = (b: Blob) => ({ x: b.sx / b.area, y: b.sy / b.area });
  const scores: ((p: Point) => number)[] = [(p) => -(p.x + p.y), (p) => p.x - p.y, (p) => p.x + p.y, (p) => p.y - p.x];
  const chosen: Blob[] = [];
  for (const score of scores) {
    let best: Blob | undefined;
    for (const b of candidates) if (!chosen.includes(b) && (!best || score(centre(b)) > score(centre(best)))) best = b;
    if (!best) return null;
    chosen.push(best);
  }
  const areas = chosen.map((b) => b.area);
  if (Math.max(...areas) > Math.min(...areas) * 3.5) return null;
  return chosen.map((b) => refine(dark, { x: (b.sx / b.area + 0.5) * f, y: (b.sy / b.area + 0.5) * f }, Math.max(b.maxX - b.minX, b.maxY - b.minY) * f));
}

/** Ink-weighted centre of the mark near `p`, at full resolution. */
function refine(dark: Channel, p: Point, side: number): Point {
  const r = Math.ceil(side);
  let sx = 0;
  let sy = 0;
  let sw = 0;
  for (let y = Math.max(0, Math.floor(p.y - r)); y < Math.min(dark.height, Math.ceil(p.y + r)); y += 1) {
    for (let x = Math.max(0, Math.floor(p.x - r)); x < Math.min(dark.width, Math.ceil(p.x + r)); x += 1) {
      const d = dark.data[y * dark.width + x] ?? 0;
      if (d > 128) {
        sx += x * d;
        sy += y * d;
        sw += d;
      }
    }
  }
  return sw > 0 ? { x: sx / sw + 0.5, y: sy / sw + 0.5 } : p;
}

/** 3x3 projective map, row-major with h[8] = 1. */
export type Homography = Float64Array;

/** The homography taking each `from` point to its `to` point (four pairs). */
export function homography(from: readonly Point[], to: readonly Point[]): Homography {
  const a: number[][] = [];
  for (let i = 0; i < 4; i += 1) {
    const { x, y } = from[i] ?? { x: 0, y: 0 };
    const { x: u, y: v } = to[i] ?? { x: 0, y: 0 };
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y, v]);
  }
  for (let c = 0; c < 8; c += 1) {
    let pivot = c;
    for (let r = c + 1; r < 8; r += 1) if (Math.abs(a[r]?.[c] ?? 0) > Math.abs(a[pivot]?.[c] ?? 0)) pivot = r;
    const tmp = a[c] ?? [];
    a[c] = a[pivot] ?? [];
    a[pivot] = tmp;
    const row = a[c] ?? [];
    const div = row[c] ?? 1;
    for (let k = c; k < 9; k += 1) row[k] = (row[k] ?? 0) / div;
    for (let r = 0; r < 8; r += 1) {
      if (r === c) continue;
      const other = a[r] ?? [];
      const factor = other[c] ?? 0;
      for (let k = c; k < 9; k += 1) other[k] = (other[k] ?? 0) - factor * (row[k] ?? 0);
    }
  }
  const h = new Float64Array(9);
  for (let i = 0; i < 8; i += 1) h[i] = a[i]?.[8] ?? 0;
  h[8] = 1;
  return h;
}

export function project(h: Homography, x: number, y: number): Point {
  const w = (h[6] ?? 0) * x + (h[7] ?? 0) * y + (h[8] ?? 1);
  return { x: ((h[0] ?? 0) * x + (h[1] ?? 0) * y + (h[2] ?? 0)) / w, y: ((h[3] ?? 0) * x + (h[4] ?? 0) * y + (h[5] ?? 0)) / w };
}

/** Bilinear sample (outside the image: paper). */
export function sample(c: Channel, x: number, y: number): number {
  const fx = x - 0.5;
  const fy = y - 0.5;
  const x0 = Math.floor(fx);
  const y0 = Math.floor(fy);
  if (x0 < 0 || y0 < 0 || x0 + 1 >= c.width || y0 + 1 >= c.height) return 0;
  const tx = fx - x0;
  const ty = fy - y0;
  const i = y0 * c.width + x0;
  const d = c.data;
  return ((d[i] ?? 0) * (1 - tx) + (d[i + 1] ?? 0) * tx) * (1 - ty) + ((d[i + c.width] ?? 0) * (1 - tx) + (d[i + c.width + 1] ?? 0) * tx) * ty;
}

/** A page region (mm) resampled upright at `pxPerMm`: QR decoding and the clerk's crops. */
export function warpRegion(c: Channel, h: Homography, region: { x: number; y: number; w: number; h: number }, pxPerMm: number): Channel {
  const width = Math.round(region.w * pxPerMm);
  const height = Math.round(region.h * pxPerMm);
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const p = project(h, region.x + (x + 0.5) / pxPerMm, region.y + (y + 0.5) / pxPerMm);
      data[y * width + x] = Math.round(sample(c, p.x, p.y));
    }
  }
  return { width, height, data };
}
