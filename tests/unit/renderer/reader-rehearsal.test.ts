import { extractPdfText } from '../../../main/papers/pdf-text';
import { rehearsalPdf } from '../../../renderer/features/reader/rehearsal';

describe('the PDF the reader rehearses on while idle', () => {
  test('is a one-page PDF that pdf.js opens and reads text from', async () => {
    const bytes = rehearsalPdf();
    expect(new TextDecoder().decode(bytes.subarray(0, 8))).toBe('%PDF-1.7');
    const { pages } = await extractPdfText(bytes);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('Scrutineer');
    expect(pages[0]).toContain('Agenda item 1');
  });

  test('gives a fresh buffer each time, since pdf.js takes ownership of the one it is given', () => {
    const first = rehearsalPdf();
    const second = rehearsalPdf();
    expect(first.buffer).not.toBe(second.buffer);
    expect(second).toEqual(first);
  });
});
