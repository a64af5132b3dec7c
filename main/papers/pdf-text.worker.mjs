// Runs in a worker thread: extracts the text of each page of one PDF with PDFium compiled to
// WebAssembly (@hyzyla/pdfium). Chosen by measurement over pdf.js for extraction (about 3× faster
// on a 500-page pack: `npm run bench -- import`); the reader still renders with pdf.js.
// Plain JavaScript so that Node loads it as a worker without a TypeScript loader, in tests and in the app.
import { parentPort, workerData } from 'node:worker_threads';
import { Buffer } from 'node:buffer';
import zlib from 'node:zlib';
import { PDFiumLibrary } from '@hyzyla/pdfium';

/** The first page's picture is this many pixels wide (about a page's width in the reader at 1280 px). */
const PICTURE_WIDTH = 800;

/** An 8-bit RGBA PNG of an RGBA bitmap: each row behind a "no filter" byte, deflated (fast level: it is kept small anyway). */
function encodePng(rgba, width, height) {
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  const src = Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength);
  for (let y = 0; y < height; y++) src.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  const chunk = (type, data) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(data, zlib.crc32(head.subarray(4))), 0);
    return [head, data, crc];
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter method, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(Buffer.concat([signature, ...chunk('IHDR', ihdr), ...chunk('IDAT', zlib.deflateSync(raw, { level: 1 })), ...chunk('IEND', Buffer.alloc(0))]));
}

/** A picture of the first page for the reader to show at once (renderer/features/reader/OpeningView.tsx). */
async function firstPagePicture(doc) {
  const page = doc.getPage(0);
  const { originalWidth, originalHeight } = page.getOriginalSize();
  if (!(originalWidth > 0 && originalHeight > 0)) return null;
  // Never taller than 3 widths (a strip of a page is not worth the bytes).
  if (originalHeight / originalWidth > 3) return null;
  const bitmap = await page.render({ scale: PICTURE_WIDTH / originalWidth, render: 'bitmap' });
  return { pageWidth: originalWidth, pageHeight: originalHeight, png: encodePng(bitmap.data, bitmap.width, bitmap.height) };
}

function classify(message) {
  if (/password|security/i.test(message)) return 'PasswordException';
  if (/format|corrupt|not found/i.test(message)) return 'InvalidPDFException';
  return 'Error';
}

/** Sends the first page's picture, or null when it cannot be made (the reader then waits for pdf.js, as without one). */
async function postPicture(doc) {
  let picture = null;
  try {
    picture = await firstPagePicture(doc);
  } catch {
    // No picture.
  }
  parentPort.postMessage({ type: 'picture', picture }, picture ? [picture.png.buffer] : []);
}

async function extract(data) {
  const library = await PDFiumLibrary.init();
  let doc;
  try {
    try {
      doc = await library.loadDocument(data);
    } catch (error) {
      const message = String(error?.message ?? error);
      parentPort.postMessage({ type: 'error', name: classify(message), message });
      return;
    }
    // Only a picture: for a version stored before pictures were made (main/papers/pictures.ts).
    if (workerData.pictureOnly) return await postPicture(doc);
    const pageCount = doc.getPageCount();
    parentPort.postMessage({ type: 'start', pageCount });
    // Worker `share` of `shares` takes every shares-th page, so parallel workers finish together.
    const { share = 0, shares = 1 } = workerData;
    for (let n = share; n < pageCount; n += shares) {
      const text = doc.getPage(n).getText().replace(/\r\n?/g, '\n').replace(/[ \t]+\n/g, '\n').trim();
      parentPort.postMessage({ type: 'page', pageNumber: n + 1, text });
    }
    parentPort.postMessage({ type: 'done' });
    // After the text, so extraction never waits for it: main stores and indexes the text meanwhile.
    if (workerData.picture) await postPicture(doc);
  } finally {
    doc?.destroy();
    library.destroy();
  }
}

extract(workerData.data).catch((error) => {
  parentPort.postMessage({ type: 'error', name: 'Error', message: String(error?.message ?? error) });
});
