/**
 * Reads back a PNG as main/papers/pdf-text.worker.mjs writes it (8-bit RGBA rows, each behind a "no
 * filter" byte): its size, and how many pixels are dark in its top and bottom halves. Checks the
 * signature and every chunk's CRC on the way.
 */
import zlib from 'node:zlib';

export interface PngInk {
  width: number;
  height: number;
  top: number;
  bottom: number;
  dark: number;
}

export function readPngInk(png: Uint8Array): PngInk {
  const buf = Buffer.from(png);
  if (!buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) throw new Error('not a PNG');
  const width = buf.readUInt32BE(16);
  const height = buf.readUInt32BE(20);
  const idat: Buffer[] = [];
  for (let at = 8; at < buf.length; ) {
    const length = buf.readUInt32BE(at);
    const data = buf.subarray(at + 8, at + 8 + length);
    if (zlib.crc32(data, zlib.crc32(buf.subarray(at + 4, at + 8))) !== buf.readUInt32BE(at + 8 + length)) throw new Error('a chunk with a bad CRC');
    if (buf.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  if (raw.length !== (width * 4 + 1) * height) throw new Error('the pixel data is not RGBA rows without filters');
  let top = 0;
  let bottom = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if ((raw[y * (width * 4 + 1) + 1 + x * 4] as number) >= 128) continue;
      if (y < height / 2) top++;
      else bottom++;
    }
  }
  return { width, height, top, bottom, dark: top + bottom };
}
