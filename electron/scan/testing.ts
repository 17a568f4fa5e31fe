/**
 * Filled-in checklists made the generated way, for the reader's tests, the benchmark and e2e: the
 * app's own printed page rasterised (pdftoppm), answers drawn in its boxes as people mark paper (ticks,
 * crosses, filled boxes, light pencil, corrections), then the sheet moved as a scanner or a phone moves
 * it (rotation, scale, shift, perspective, uneven light, noise) and saved as JPEG or a PDF of JPEGs.
 * Test and benchmark code only: the app never runs pdftoppm.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { homography, project, type Channel, type Point } from './image';
import { GRID, type ScanItem } from '../../renderer/inspections/print/scanLayout';

/** A small deterministic generator (mulberry32), so a corpus is the same on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every page of a PDF as a grey image at `dpi` (pdftoppm, poppler-utils). */
export function rasterisePdf(pdf: Buffer, dpi: number): Channel[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-scan-'));
  try {
    fs.writeFileSync(path.join(dir, 'in.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', path.join(dir, 'in.pdf'), path.join(dir, 'p')]);
    return fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.pgm'))
      .sort()
      .map((f) => readPgm(fs.readFileSync(path.join(dir, f))));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function readPgm(buf: Buffer): Channel {
  // P5 <w> <h> <max>\n<bytes>
  let pos = 0;
  const tokens: string[] = [];
  while (tokens.length < 4) {
    while (/\s/.test(String.fromCharCode(buf[pos] ?? 32))) pos += 1;
    let t = '';
    while (!/\s/.test(String.fromCharCode(buf[pos] ?? 32))) t += String.fromCharCode(buf[pos++] ?? 32);
    tokens.push(t);
  }
  pos += 1;
  const width = Number(tokens[1]);
  const height = Number(tokens[2]);
  return { width, height, data: new Uint8Array(buf.subarray(pos, pos + width * height)) };
}

export type MarkStyle = 'tick' | 'cross' | 'filled' | 'pencil';

/** How an answer is put on paper; a correction fills the wrong box solid and ticks the right one. */
export interface Marking {
  key: string;
  /** The answer meant ('' for left blank). */
  value: string;
  style: MarkStyle;
  /** Also filled solid: the box first ticked by mistake. */
  cancelled?: string;
}

function stroke(img: Channel, pxPerMm: number, a: Point, b: Point, widthMm: number, level: number) {
  const ax = a.x * pxPerMm;
  const ay = a.y * pxPerMm;
  const bx = b.x * pxPerMm;
  const by = b.y * pxPerMm;
  const r = (widthMm * pxPerMm) / 2;
  const minX = Math.max(0, Math.floor(Math.min(ax, bx) - r - 1));
  const maxX = Math.min(img.width - 1, Math.ceil(Math.max(ax, bx) + r + 1));
  const minY = Math.max(0, Math.floor(Math.min(ay, by) - r - 1));
  const maxY = Math.min(img.height - 1, Math.ceil(Math.max(ay, by) + r + 1));
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy || 1;
  for (let y = minY; y <= maxY; y += 1) {
    for (let x = minX; x <= maxX; x += 1) {
      const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
      const d = Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
      if (d <= r) {
        const i = y * img.width + x;
        img.data[i] = Math.min(img.data[i] ?? 255, level);
      }
    }
  }
}

function drawMark(img: Channel, pxPerMm: number, box: { x: number; y: number; w: number; h: number }, style: MarkStyle, rnd: () => number) {
  const j = () => (rnd() - 0.5) * box.w * 0.15;
  const at = (u: number, v: number): Point => ({ x: box.x + u * box.w + j(), y: box.y + v * box.h + j() });
  const ink = 30 + Math.round(rnd() * 50);
  if (style === 'tick' || style === 'pencil') {
    const level = style === 'pencil' ? 120 + Math.round(rnd() * 30) : ink;
    const width = style === 'pencil' ? 0.4 : 0.5 + rnd() * 0.3;
    stroke(img, pxPerMm, at(0.2, 0.5), at(0.42, 0.8), width, level);
    stroke(img, pxPerMm, at(0.42, 0.8), at(0.85, 0.15), width, level);
  } else if (style === 'cross') {
    const width = 0.5 + rnd() * 0.3;
    stroke(img, pxPerMm, at(0.15, 0.15), at(0.85, 0.85), width, ink);
    stroke(img, pxPerMm, at(0.85, 0.15), at(0.15, 0.85), width, ink);
  } else {
    // Filled: pen scribbled across the box, rows of strokes.
    for (let v = 0.12; v <= 0.9; v += 0.11) stroke(img, pxPerMm, { x: box.x + box.w * 0.1, y: box.y + box.h * v }, { x: box.x + box.w * 0.9, y: box.y + box.h * (v + 0.05) }, 0.75, ink);
  }
}

/** Draws the answers on a clean page image (rendered at `dpi`) where the layout has its boxes. */
export function fillPage(page: Channel, dpi: number, items: readonly ScanItem[], markings: readonly Marking[], rnd: () => number): Channel {
  const img: Channel = { width: page.width, height: page.height, data: new Uint8Array(page.data) };
  const pxPerMm = dpi / 25.4;
  const byKey = new Map(markings.map((m) => [m.key, m] as const));
  for (const item of items) {
    const m = byKey.get(item.key);
    if (!m || m.value === '') continue;
    if (item.kind === 'yesno') {
      const box = item.boxes.find((b) => b.value === m.value);
      if (box) drawMark(img, pxPerMm, box, m.style, rnd);
      const wrong = m.cancelled ? item.boxes.find((b) => b.value === m.cancelled) : undefined;
      if (wrong) drawMark(img, pxPerMm, wrong, 'filled', rnd);
      continue;
    }
    const digits = numberDigits(m.value);
    digits.forEach((digit, row) => {
      if (digit === null) return;
      const box = item.boxes.find((b) => b.row === row && b.value === String(digit));
      if (box) drawMark(img, pxPerMm, box, m.style === 'pencil' ? 'pencil' : 'filled', rnd);
    });
  }
  return img;
}

/** A stored number ("18.5", "120") as grid rows: leading zeros left blank, as people fill it. */
export function numberDigits(value: string): (number | null)[] {
  const n = Math.round(Number(value) * 10);
  const digits = [Math.floor(n / 1000) % 10, Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let leading = true;
  return digits.map((d, i) => {
    if (i < 2 && leading && d === 0) return null;
    leading = false;
    return i === GRID.rows.length - 1 && d === 0 ? null : d;
  });
}

export interface Distortion {
  /** Degrees. */
  rotate?: number;
  scale?: number;
  shiftMm?: Point;
  /** Corner displacement as a share of the page (a phone held at an angle). */
  perspective?: number;
  /** Darkening from one side to the other (0-1), as a photo under a window. */
  gradient?: number;
  noise?: number;
  /** Output is a photo: the page lies on a darker table and fills part of the frame. */
  photo?: boolean;
  upsideDown?: boolean;
  /** The scanned frame against the sheet (a flatbed's glass is a little larger than A4): 1.04 unless set. */
  frame?: number;
}

/** The page as a scanner or a phone sees it. */
export function distort(page: Channel, d: Distortion, rnd: () => number): Channel {
  const w = page.width;
  const h = page.height;
  const frame = d.frame ?? 1.04;
  const outW = Math.round(w * (d.photo ? 1.15 : frame));
  const outH = Math.round(h * (d.photo ? 1.12 : frame));
  const corners: Point[] = [
    { x: 0, y: 0 },
    { x: w, y: 0 },
    { x: w, y: h },
    { x: 0, y: h },
  ];
  const theta = ((d.rotate ?? 0) * Math.PI) / 180 + (d.upsideDown ? Math.PI : 0);
  const s = d.scale ?? 1;
  const pxPerMm = w / 210;
  const shift = { x: (d.shiftMm?.x ?? 0) * pxPerMm, y: (d.shiftMm?.y ?? 0) * pxPerMm };
  const c = { x: outW / 2, y: outH / 2 };
  const placed = corners.map((p) => {
    const x = (p.x - w / 2) * s * (d.photo ? 0.9 : 1);
    const y = (p.y - h / 2) * s * (d.photo ? 0.9 : 1);
    const jx = d.perspective ? (rnd() - 0.5) * 2 * d.perspective * w : 0;
    const jy = d.perspective ? (rnd() - 0.5) * 2 * d.perspective * h : 0;
    return { x: c.x + x * Math.cos(theta) - y * Math.sin(theta) + shift.x + jx, y: c.y + x * Math.sin(theta) + y * Math.cos(theta) + shift.y + jy };
  });
  const back = homography(placed, corners);
  const out = new Uint8Array(outW * outH);
  const table = 70;
  for (let y = 0; y < outH; y += 1) {
    for (let x = 0; x < outW; x += 1) {
      const p = project(back, x + 0.5, y + 0.5);
      let v: number;
      if (p.x < 0 || p.y < 0 || p.x >= w - 1 || p.y >= h - 1) v = d.photo ? table : 255;
      else {
        const x0 = Math.floor(p.x);
        const y0 = Math.floor(p.y);
        const tx = p.x - x0;
        const ty = p.y - y0;
        const i = y0 * w + x0;
        const a = page.data;
        v = ((a[i] ?? 255) * (1 - tx) + (a[i + 1] ?? 255) * tx) * (1 - ty) + ((a[i + w] ?? 255) * (1 - tx) + (a[i + w + 1] ?? 255) * tx) * ty;
      }
      if (d.gradient) v *= 1 - d.gradient * (x / outW) * 0.6 - d.gradient * (y / outH) * 0.4;
      if (d.noise) v += (rnd() + rnd() + rnd() - 1.5) * d.noise;
      out[y * outW + x] = v < 0 ? 0 : v > 255 ? 255 : v;
    }
  }
  return { width: outW, height: outH, data: out };
}


/** JPEG pages as one PDF, each image filling an A4 page, as a scanner writes them (DCTDecode, no re-encoding). */
export function jpegsToPdf(pages: readonly { jpeg: Buffer; width: number; height: number }[]): Buffer {
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (b: Buffer) => {
    parts.push(b);
    length += b.length;
  };
  const object = (n: number, body: Buffer | string, stream?: Buffer) => {
    offsets[n] = length;
    push(Buffer.from(`${n} 0 obj\n`));
    push(typeof body === 'string' ? Buffer.from(body) : body);
    if (stream) {
      push(Buffer.from('\nstream\n'));
      push(stream);
      push(Buffer.from('\nendstream'));
    }
    push(Buffer.from('\nendobj\n'));
  };
  push(Buffer.from('%PDF-1.4\n'));
  const kids = pages.map((_, i) => `${3 + i * 3} 0 R`).join(' ');
  object(1, '<< /Type /Catalog /Pages 2 0 R >>');
  object(2, `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`);
  pages.forEach((p, i) => {
    const n = 3 + i * 3;
    object(n, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Resources << /XObject << /Im0 ${n + 1} 0 R >> >> /Contents ${n + 2} 0 R >>`);
    object(n + 1, `<< /Type /XObject /Subtype /Image /Width ${p.width} /Height ${p.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${p.jpeg.length} >>`, p.jpeg);
    const content = Buffer.from('q 595.28 0 0 841.89 0 0 cm /Im0 Do Q');
    object(n + 2, `<< /Length ${content.length} >>`, content);
  });
  const xref = length;
  const count = 3 + pages.length * 3;
  let table = `xref\n0 ${count}\n0000000000 65535 f \n`;
  for (let n = 1; n < count; n += 1) table += `${String(offsets[n] ?? 0).padStart(10, '0')} 00000 n \n`;
  push(Buffer.from(`${table}trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`));
  return Buffer.concat(parts);
}
