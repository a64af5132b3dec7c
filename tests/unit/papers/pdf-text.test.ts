import { extractPdfText } from '../../../main/papers/pdf-text';
import { makeBlankPdf, makePdf } from '../../helpers/make-pdf';

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

  test('can be cancelled', async () => {
    const pdf = await makePdf(Array.from({ length: 40 }, (_, i) => [`Page ${i + 1}`]));
    const controller = new AbortController();
    const promise = extractPdfText(pdf, { signal: controller.signal });
    controller.abort();
    await expect(promise).rejects.toThrow('Cancelled.');
  });
});
