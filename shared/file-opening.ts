/**
 * The opening of a PDF (see FileOpening) as one run of bytes, so it travels raw over IPC and the
 * preview's bytes route, never as base64 in JSON: a 32-byte header ("SCRO", version 1, the version id,
 * the file's length, where the tail starts, the head's length), then the head, then the tail.
 */
import type { FileOpening } from './types/papers';

const MAGIC = 0x5343524f; // "SCRO"
const HEADER = 32;

export function encodeOpening(opening: FileOpening): Uint8Array {
  const out = new Uint8Array(HEADER + opening.head.byteLength + opening.tail.byteLength);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC);
  view.setUint32(4, 1);
  view.setFloat64(8, opening.versionId);
  view.setFloat64(16, opening.length);
  view.setUint32(24, opening.tailStart === opening.length ? 0xffffffff : opening.tailStart);
  view.setUint32(28, opening.head.byteLength);
  out.set(opening.head, HEADER);
  out.set(opening.tail, HEADER + opening.head.byteLength);
  return out;
}

export function decodeOpening(bytes: Uint8Array): FileOpening {
  if (bytes.byteLength < HEADER) throw new Error('The PDF could not be opened (a short reply).');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0) !== MAGIC || view.getUint32(4) !== 1) throw new Error('The PDF could not be opened (an unknown reply).');
  const versionId = view.getFloat64(8);
  const length = view.getFloat64(16);
  const rawTail = view.getUint32(24);
  const headLength = view.getUint32(28);
  const tailStart = rawTail === 0xffffffff ? length : rawTail;
  if (HEADER + headLength > bytes.byteLength || headLength > length || tailStart < headLength || tailStart > length) {
    throw new Error('The PDF could not be opened (a damaged reply).');
  }
  const head = bytes.subarray(HEADER, HEADER + headLength);
  const tail = bytes.subarray(HEADER + headLength);
  if (tail.byteLength !== length - tailStart) throw new Error('The PDF could not be opened (a damaged reply).');
  return { versionId, length, head, tailStart, tail };
}
