/**
 * Exports the member saves themself: the register as a Word document laid out like a council's
 * register-of-interests form, and the history of declarations (theirs and the minutes') as CSV.
 * Built in memory and handed to the renderer; nothing is written to disk or sent anywhere here.
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import { format } from 'date-fns';
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import {
  CATEGORY_HEADING,
  CATEGORY_LABEL,
  INTEREST_CATEGORIES,
  SUBCATEGORIES,
  SUBCATEGORY_DESCRIPTION,
  SUBCATEGORY_LABEL,
  type InterestView,
} from '../../shared/types/interests';
import { exportFile, type ExportFile } from '../../shared/types/export';
import { INTEREST_NATURE_LABEL } from '../../shared/types/minutes';
import { toCsv } from '../export/csv';
import { cell } from '../export/docx';
import { listMyDeclarations, minutesDeclarations } from './declarations';
import { listRegister } from './register';

/** '2025-01-14' → '14 January 2025'. */
export function ukDate(iso: string | null): string {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso ?? '';
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return format(new Date(y, m - 1, d), 'd MMMM yyyy');
}

const WHOSE_FORM: Record<InterestView['whose'], string> = { member: 'Councillor', partner: 'Spouse or partner' };


function interestTable(interests: InterestView[]): Table {
  const header = new TableRow({
    tableHeader: true,
    children: ['Description', 'Whose interest', 'From', 'Until', 'Monitoring officer told'].map((h) => cell(h, true)),
  });
  const rows = interests.map((i) => {
    const description = i.addresses.length > 0 ? `${i.description} (${i.addresses.join('; ')})` : i.description;
    return new TableRow({
      children: [
        cell(description),
        cell(WHOSE_FORM[i.whose]),
        cell(ukDate(i.startDate) || 'Not given'),
        cell(i.endDate ? ukDate(i.endDate) : 'Current'),
        cell(i.notifiedDate ? ukDate(i.notifiedDate) : 'Not yet'),
      ],
    });
  });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] });
}

/** The register as a .docx: a section per category, a table per kind of interest, a signature block. */
export async function registerDocx(db: Database.Database, generatedOn: Date = new Date()): Promise<Uint8Array> {
  const { profile, interests } = listRegister(db);
  const children: Array<Paragraph | Table> = [
    new Paragraph({ text: 'Register of members’ interests', heading: HeadingLevel.TITLE }),
    new Paragraph({
      children: [
        new TextRun({ text: 'Notification of disclosable pecuniary interests and other registrable interests, under the Localism Act 2011, the Relevant Authorities (Disclosable Pecuniary Interests) Regulations 2012 and the council’s code of conduct.' }),
      ],
    }),
    new Paragraph({ children: [new TextRun({ text: 'Member: ', bold: true }), new TextRun(profile.name || 'Name not given')] }),
    ...(profile.tookOffice
      ? [new Paragraph({ children: [new TextRun({ text: 'Took office: ', bold: true }), new TextRun(ukDate(profile.tookOffice))] })]
      : []),
    new Paragraph({ children: [new TextRun({ text: 'Prepared: ', bold: true }), new TextRun(format(generatedOn, 'd MMMM yyyy'))] }),
  ];
  for (const category of INTEREST_CATEGORIES) {
    children.push(new Paragraph({ text: CATEGORY_HEADING[category], heading: HeadingLevel.HEADING_1, pageBreakBefore: category !== 'disclosable-pecuniary' }));
    for (const sub of SUBCATEGORIES[category]) {
      const rows = interests.filter((i) => i.category === category && i.subcategory === sub);
      children.push(new Paragraph({ text: SUBCATEGORY_LABEL[sub], heading: HeadingLevel.HEADING_2 }));
      children.push(new Paragraph({ children: [new TextRun({ text: SUBCATEGORY_DESCRIPTION[sub], italics: true })] }));
      children.push(rows.length > 0 ? interestTable(rows) : new Paragraph({ text: 'None.' }));
    }
  }
  children.push(
    new Paragraph({ text: 'Declaration', heading: HeadingLevel.HEADING_1 }),
    new Paragraph({ text: 'I confirm that the interests above are, to the best of my knowledge, complete and correct.' }),
    new Paragraph({ text: '' }),
    new Paragraph({
      children: [new TextRun('Signed: ')],
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    }),
    new Paragraph({ text: '' }),
    new Paragraph({
      children: [new TextRun('Date: ')],
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
      alignment: AlignmentType.LEFT,
    }),
  );
  const doc = new Document({
    creator: 'Scrutineer',
    title: 'Register of members’ interests',
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

// ---- CSV ----


const yesNo = (b: boolean) => (b ? 'Yes' : 'No');

/** Both histories, oldest first, CRLF line ends as RFC 4180 has them. */
export function declarationsCsv(db: Database.Database): string {
  const name = listRegister(db).profile.name || 'Me';
  // "Checked": a declaration read from the minutes is Scrutineer's reading until the member checks it on its meeting's page.
  const header = ['Source', 'Date', 'Committee', 'Item', 'Member', 'Interest', 'Nature', 'Left the room', 'Dispensation', 'Dispensation details', 'Checked'];
  type Line = { date: string; order: number; fields: string[] };
  const lines: Line[] = [];
  for (const d of listMyDeclarations(db)) {
    const item = d.item ? [d.item.number, d.item.title].filter(Boolean).join(' ') : d.itemText;
    lines.push({
      date: d.meeting.date ?? '',
      order: d.id,
      fields: ['My record', d.meeting.date ?? '', d.meeting.committeeName, item, name, d.nature, CATEGORY_LABEL[d.category], yesNo(d.withdrew), yesNo(d.dispensation), d.dispensationDetails, 'Yes, your own record'],
    });
  }
  for (const d of minutesDeclarations(db)) {
    lines.push({
      date: d.meeting.date ?? '',
      order: 1e9 + d.id,
      fields: [
        'Minutes',
        d.meeting.date ?? '',
        d.meeting.committeeName,
        d.itemLabel ?? '',
        d.member,
        d.subject,
        INTEREST_NATURE_LABEL[d.nature],
        yesNo(d.withdrew),
        '',
        '',
        d.checked ? 'Yes' : 'No, as read from the minutes',
      ],
    });
  }
  lines.sort((a, b) => a.date.localeCompare(b.date) || a.order - b.order);
  return toCsv([header, ...lines.map((l) => l.fields)]);
}

/** The register as a file to save: register-of-interests-DATE.docx. */
export async function registerExport(db: Database.Database, today: string): Promise<ExportFile> {
  return exportFile(`register-of-interests-${today}`, 'docx', await registerDocx(db));
}

/** The declarations as a file to save: declarations-DATE.csv. */
export function declarationsExport(db: Database.Database, today: string): ExportFile {
  return exportFile(`declarations-${today}`, 'csv', declarationsCsv(db));
}
