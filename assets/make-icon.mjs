// Rasterises the shapes of assets/icon.svg to assets/icon.png (no image library needed): node assets/make-icon.mjs assets/icon.png
import fs from 'node:fs';
import zlib from 'node:zlib';
import { Buffer } from 'node:buffer';
const N = 1024, SS = 3;
const hex = (h) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];
const roundRect = (x, y, w, h, r) => (px, py) => {
  const cx = Math.min(Math.max(px, x + r), x + w - r), cy = Math.min(Math.max(py, y + r), y + h - r);
  return px >= x && px <= x + w && py >= y && py <= y + h && (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
};
const ring = (cx, cy, r, sw) => (px, py) => { const d = Math.hypot(px - cx, py - cy); return d >= r - sw / 2 && d <= r + sw / 2; };
const seg = (x1, y1, x2, y2, w) => (px, py) => {
  const dx = x2 - x1, dy = y2 - y1, t = Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy)) <= w / 2;
};
const shapes = [
  [roundRect(64, 64, 896, 896, 192), hex('#1d4f73')],
  [roundRect(232, 176, 440, 600, 36), hex('#ffffff')],
  [roundRect(300, 270, 300, 32, 16), hex('#9fb7c9')],
  [roundRect(300, 350, 300, 32, 16), hex('#9fb7c9')],
  [roundRect(300, 430, 220, 32, 16), hex('#9fb7c9')],
  [roundRect(300, 510, 260, 32, 16), hex('#9fb7c9')],
  [ring(612, 604, 150, 56), hex('#f2b134')],
  [seg(722, 714, 840, 832, 72), hex('#f2b134')],
];
const raw = Buffer.alloc(N * (N * 4 + 1));
for (let y = 0; y < N; y++) {
  raw[y * (N * 4 + 1)] = 0;
  for (let x = 0; x < N; x++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < SS; sy++) for (let sx = 0; sx < SS; sx++) {
      const px = x + (sx + 0.5) / SS, py = y + (sy + 0.5) / SS;
      let c = null;
      for (const [inside, colour] of shapes) if (inside(px, py)) c = colour;
      if (c) { r += c[0]; g += c[1]; b += c[2]; a += 1; }
    }
    const o = y * (N * 4 + 1) + 1 + x * 4;
    if (a > 0) { raw[o] = Math.round(r / a); raw[o + 1] = Math.round(g / a); raw[o + 2] = Math.round(b / a); }
    raw[o + 3] = Math.round((255 * a) / (SS * SS));
  }
}
const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc = (buf) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
const chunk = (type, data) => { const len = Buffer.alloc(4); len.writeUInt32BE(data.length); const td = Buffer.concat([Buffer.from(type), data]); const c = Buffer.alloc(4); c.writeUInt32BE(crc(td)); return Buffer.concat([len, td, c]); };
const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(N, 0); ihdr.writeUInt32BE(N, 4); ihdr[8] = 8; ihdr[9] = 6;
fs.writeFileSync(process.argv[2], Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]));
