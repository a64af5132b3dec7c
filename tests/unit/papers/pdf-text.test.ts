import { extractPdfText } from '../../../main/papers/pdf-text';
import { makeBlankPdf, makePdf } from '../../helpers/make-pdf';
import { readPngInk } from '../../helpers/png';

describe('extractPdfText (pdf.js in a worker thread)', () => {
  test('returns each page’s text in order and reports progress', async () => {
    const pdf = await makePdf([['Minutes of the meeting', 'PRESENT: Councillors Ali and Brown'], ['45. Apologies for absence'], ['RESOLVED: That the report be noted.']]);
    const progress: Array<[number, number]> = [];
    const { pages } = await extractPdfText(pdf, { onPage: (done, total) => progress.push([done, total]) });
    expect(pages).toHaveLength(3);
    expect(pages[0]).toContain('Minutes of the meeting');
    expect(pages[0]).toContain('PRESENT: Councillors Ali and Brown');
    expect(pages[1]).toBe('45. Apologies for absence');
    expect(pages[2]).toContain('That the report be noted.');
    expect(progress).toEqual([[1, 3], [2, 3], [3, 3]]);
  });

  test('a page without a text layer gives empty text, not an error', async () => {
    const { pages } = await extractPdfText(await makeBlankPdf(2));
    expect(pages).toEqual(['', '']);
  });

  test('corrupt and truncated files fail with a clear message', async () => {
    await expect(extractPdfText(new TextEncoder().encode('%PDF-1.7\nthis is not really a pdf'))).rejects.toThrow(/not a valid PDF|could not be read/);
    const good = await makePdf([['Some text']]);
    await expect(extractPdfText(good.subarray(0, 200))).rejects.toThrow(/PDF/);
  });

  test('makes a picture of the first page when asked, after the text', async () => {
    const pdf = await makePdf([['Public Document Pack', 'Scrutiny Committee'], ['Second page']]);
    const { pages, firstPagePicture } = await extractPdfText(pdf, { picture: true });
    expect(pages).toHaveLength(2);
    const picture = await firstPagePicture;
    expect(picture).not.toBeNull();
    if (!picture) return;
    // The page's size in points (A4 from the helper) and a PNG 800 px wide in its proportions, with the words drawn.
    expect(picture.pageWidth).toBeCloseTo(595, 0);
    expect(picture.pageHeight).toBeCloseTo(842, 0);
    const png = readPngInk(picture.png);
    expect(png.width).toBe(800);
    expect(Math.abs(png.height - Math.round((800 * picture.pageHeight) / picture.pageWidth))).toBeLessThanOrEqual(1);
    expect(png.dark).toBeGreaterThan(50);
    // A blank page is drawn too (white), and no picture is made unless asked for.
    const blank = await (await extractPdfText(await makeBlankPdf(1), { picture: true })).firstPagePicture;
    expect(blank && readPngInk(blank.png).dark).toBe(0);
    expect(await (await extractPdfText(pdf)).firstPagePicture).toBeNull();
  });

  test('a file that fails gives no picture, and no stray error', async () => {
    await expect(extractPdfText(new TextEncoder().encode('%PDF-1.7\nthis is not really a pdf'), { picture: true })).rejects.toThrow(/PDF/);
  });

  test('can be cancelled', async () => {
    const pdf = await makePdf(Array.from({ length: 40 }, (_, i) => [`Page ${i + 1}`]));
    const controller = new AbortController();
    const promise = extractPdfText(pdf, { signal: controller.signal });
    controller.abort();
    await expect(promise).rejects.toThrow('Cancelled.');
  });
});
