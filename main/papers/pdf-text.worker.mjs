// Runs in a worker thread: extracts the text of each page of one PDF with PDFium compiled to
// WebAssembly (@hyzyla/pdfium). Chosen by measurement over pdf.js for extraction (about 3× faster
// on a 500-page pack: `npm run bench -- import`); the reader still renders with pdf.js.
// Plain JavaScript so that Node loads it as a worker without a TypeScript loader, in tests and in the app.
import { parentPort, workerData } from 'node:worker_threads';
import { PDFiumLibrary } from '@hyzyla/pdfium';

function classify(message) {
  if (/password|security/i.test(message)) return 'PasswordException';
  if (/format|corrupt|not found/i.test(message)) return 'InvalidPDFException';
  return 'Error';
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
    const pageCount = doc.getPageCount();
    parentPort.postMessage({ type: 'start', pageCount });
    // Worker `share` of `shares` takes every shares-th page, so parallel workers finish together.
    const { share = 0, shares = 1 } = workerData;
    for (let n = share; n < pageCount; n += shares) {
      const text = doc.getPage(n).getText().replace(/\r\n?/g, '\n').replace(/[ \t]+\n/g, '\n').trim();
      parentPort.postMessage({ type: 'page', pageNumber: n + 1, text });
    }
    parentPort.postMessage({ type: 'done' });
  } finally {
    doc?.destroy();
    library.destroy();
  }
}

extract(workerData.data).catch((error) => {
  parentPort.postMessage({ type: 'error', name: 'Error', message: String(error?.message ?? error) });
});
