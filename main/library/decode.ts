import { ImportError } from './errors';

const PDF_MAGIC = '%PDF-';

export function isPdf(bytes: Uint8Array): boolean {
  // Some generators put a few bytes of junk before the header; the PDF spec allows it within 1 KB.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes(PDF_MAGIC);
}

/** Magic numbers of files people rename by mistake: images, archives, Office documents. */
const BINARY_SIGNATURES: Array<[string, number[]]> = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a ZIP archive or Office document', [0x50, 0x4b, 0x03, 0x04]],
  ['an old Word document', [0xd0, 0xcf, 0x11, 0xe0]],
];

/** Decodes a text file: UTF-8 (with or without BOM, or UTF-16 with BOM), else Windows-1252 as old council pages use. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ImportError('The file is empty.');
  for (const [what, magic] of BINARY_SIGNATURES) {
    if (magic.every((b, i) => bytes[i] === b)) throw new ImportError(`The file is ${what}, not minutes as HTML, text or PDF.`);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const sample = bytes.subarray(0, 64 * 1024);
  if (sample.includes(0)) throw new ImportError('The file is binary, not minutes as HTML, text or PDF.');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
