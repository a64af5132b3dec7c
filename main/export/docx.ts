/** Pieces every Word export shares (the brief, the actions and the interests exports). */
import { Paragraph, TableCell, TextRun } from 'docx';

/** A table cell holding one line of text, bold for headers. */
export const cell = (text: string, bold = false): TableCell => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
