import { PDFDocument, StandardFonts } from 'pdf-lib';
import { councilPage } from './council-text';

/** A pack of `pageCount` A4 pages of council report text, about 3 KB of text a page. */
export async function makeBenchPack(pageCount: number, frontLines: string[] = []): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= pageCount; n++) {
    const page = doc.addPage([595, 842]);
    const lines = n === 1 && frontLines.length ? [...frontLines, '', `Page ${n}`] : councilPage(n);
    lines.forEach((line, i) => page.drawText(line, { x: 40, y: 800 - i * 19.5, size: 9.5, font }));
  }
  return doc.save();
}
