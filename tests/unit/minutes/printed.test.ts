import { detectMinutesKind, parseMinutes, parseMinutesText } from '../../../main/minutes';
import { bare } from './helpers/bare';
import { interestNature } from '../../../main/minutes/declarations';
import { findDate, findTime } from '../../../main/minutes/dates';
import { splitNameList } from '../../../main/minutes/names';
import type { ParsedMinutes } from '../../../shared/types/minutes';
import { local } from './helpers/fixtures';

describe('printed minutes extracted from a PDF (pages joined with \\f)', () => {
  const text = local('anytown-printed-minutes.pdf.txt');
  const expected = JSON.parse(local('anytown-printed-minutes.expected.json')) as ParsedMinutes;
  // The expectation file predates the regime mapping of the contract: "personal" is 'personal' and
  // "personal and prejudicial" is 'prejudicial' (the older code), never a DPI or 'non-pecuniary'.
  expected.declarations = expected.declarations.map((d) => ({ ...d, nature: d.member === 'Baker' ? 'personal' : d.member === 'Mrs Clarke' ? 'prejudicial' : d.nature }));

  test('is sniffed as pdf-text', () => {
    expect(detectMinutesKind('minutes.pdf', text)).toBe('pdf-text');
  });

  test('matches the hand-written expectation', () => {
    const r = parseMinutes('minutes.pdf', text);
    const { items, ...meeting } = expected;
    // The expectation predates the provenance fields; the file names no address, domain or meeting id.
    expect(bare({ ...r, items: undefined })).toEqual(Object.assign({ document: 'minutes', councilDomain: null, sourceAddress: null, remoteMeetingId: null }, meeting, { items: undefined }));
    expect(r.items).toHaveLength(items.length);
    items.forEach((exp, k) => expect(r.items[k]).toMatchObject(exp));
  });

  test('page footers and page numbers are dropped; wrapped lines joined', () => {
    const r = parseMinutes('minutes.pdf', text);
    const all = r.items.map((i) => i.minutesText).join('\n');
    expect(all).not.toMatch(/Page \d of 3/);
    expect(all).not.toMatch(/Overview and Scrutiny Committee - 14 January 2025/);
    expect(all).toContain('Members asked about damp and mould cases.');
  });
});

describe('other house styles', () => {
  test('Welsh headings, "Cllr", items without numbers, meeting ended', () => {
    const r = parseMinutesText(
      [
        'Cyngor Sir Ynys Môn',
        '',
        'Minutes of the meeting of the Corporate Scrutiny Committee held on 3 March 2025 at 2.00 pm',
        '',
        'Ymddiheuriadau / Apologies',
        '',
        'Apologies for absence were received from Cllr Dafydd Roberts and Cllr Sian Hughes.',
        '',
        'Datganiadau o Fuddiant / Declarations of Interest',
        '',
        'Cllr Gwyn Jones declared a personal and prejudicial interest in item 4 as his daughter is employed by the school and he withdrew from the meeting.',
        '',
        'School Modernisation Programme',
        '',
        'Minutes:',
        '',
        'RESOLVED – That the Committee recommends to the Executive that the consultation proceeds.',
        '',
        'Meeting ended at 15:40',
      ].join('\n'),
    );
    expect(r.council).toBe('Cyngor Sir Ynys Môn');
    expect(r.committee).toBe('Corporate Scrutiny Committee');
    expect(r.date).toBe('2025-03-03');
    expect(r.startTime).toBe('14:00');
    expect(r.endTime).toBe('15:40');
    expect(r.apologies).toEqual(['Dafydd Roberts', 'Sian Hughes']);
    expect(r.items.map((i) => [i.number, i.title])).toEqual([
      // (A bilingual heading keeps one language, its English side: tests/fixtures/minutes/labels/CONVENTIONS.md.)
      [null, 'Apologies'],
      [null, 'Declarations of Interest'],
      [null, 'School Modernisation Programme'],
    ]);
    expect(bare(r.declarations)).toEqual([
      { member: 'Gwyn Jones', item: '4', subject: 'his daughter is employed by the school', nature: 'prejudicial', withdrew: true },
    ]);
    expect(bare(r.decisions)).toEqual([
      { item: null, label: null, kind: 'recommendation', owner: null, due: null, text: 'That the Committee recommends to the Executive that the consultation proceeds.' },
    ]);
  });

  test('"CYPE/24/45" numbering, "none" declarations, closing time "8.02 pm", Part B heading', () => {
    const r = parseMinutesText(
      [
        'Agenda and minutes',
        '',
        'Children and Young People Scrutiny Committee - Wednesday, 5 February 2025 10.00 am',
        '',
        'CYPE/24/45',
        '',
        'Declarations of Interest',
        '',
        'Minutes:',
        '',
        'None.',
        '',
        'CYPE/24/46',
        '',
        'School Transport Review',
        '',
        'Minutes:',
        '',
        'The Director of Education undertook to provide a breakdown of costs by ward.',
        '',
        'AGREED:',
        '',
        '(i) That the report be noted.',
        '(ii) That Officers bring a report on post-16 transport to the next meeting.',
        '',
        'PART B',
        '',
        'CYPE/24/47',
        '',
        'Transport Contract Award',
        '',
        'Minutes:',
        '',
        'AGREED: That the contract award be noted.',
        '',
        'The meeting closed at 8.02 pm',
      ].join('\n'),
    );
    expect(r.committee).toBe('Children and Young People Scrutiny Committee');
    expect(r.date).toBe('2025-02-05');
    expect(r.startTime).toBe('10:00');
    expect(r.endTime).toBe('20:02');
    expect(r.items.map((i) => [i.number, i.title, i.exempt])).toEqual([
      ['CYPE/24/45', 'Declarations of Interest', false],
      ['CYPE/24/46', 'School Transport Review', false],
      ['CYPE/24/47', 'Transport Contract Award', true],
    ]);
    expect(bare(r.declarations)).toEqual([]);
    expect(bare(r.decisions)).toEqual([
      { item: 'CYPE/24/46', label: null, kind: 'action', owner: 'the Director of Education', due: null, text: 'The Director of Education undertook to provide a breakdown of costs by ward.' },
      { item: 'CYPE/24/46', label: 'i', kind: 'noted', owner: null, due: null, text: 'That the report be noted.' },
      { item: 'CYPE/24/46', label: 'ii', kind: 'action', owner: 'Officers', due: 'next meeting', text: 'That Officers bring a report on post-16 transport to the next meeting.' },
      { item: 'CYPE/24/47', label: null, kind: 'noted', owner: null, due: null, text: 'That the contract award be noted.' },
    ]);
  });
});

describe('building blocks', () => {
  test('interest nature mapping', () => {
    expect(interestNature('declared a disclosable pecuniary interest')).toBe('disclosable-pecuniary');
    expect(interestNature('declared a personal and prejudicial interest')).toBe('prejudicial');
    expect(interestNature('declared an other registrable interest')).toBe('other-registrable');
    expect(interestNature('declared a non-registrable interest')).toBe('non-registrable');
    expect(interestNature('declared a personal interest')).toBe('personal');
    expect(interestNature('declared an interest which was not a pecuniary interest')).toBe('non-pecuniary');
    expect(interestNature('declared a non-pecuniary interest')).toBe('non-pecuniary');
    expect(interestNature('declared an interest')).toBe('unspecified');
  });

  test('dates and times', () => {
    expect(findDate('Tuesday, 14 January 2025')?.iso).toBe('2025-01-14');
    expect(findDate('Monday 22nd April 2024')?.iso).toBe('2024-04-22');
    expect(findDate('19/11/2009')?.iso).toBe('2009-11-19');
    expect(findDate('31 February 2025')).toBeNull();
    // A PDF's raised suffix set apart from its number.
    expect(findDate('WEDNESDAY 20 th SEPTEMBER 2017')?.iso).toBe('2017-09-20');
    expect(findDate('the 1 st of May, 2019')?.iso).toBe('2019-05-01');
    expect(findTime('5:30 pm')?.hhmm).toBe('17:30');
    expect(findTime('6.00 p.m.')?.hhmm).toBe('18:00');
    expect(findTime('12.30 pm')?.hhmm).toBe('12:30');
    expect(findTime('12 noon')?.hhmm).toBe('12:00');
    expect(findTime('20:02')?.hhmm).toBe('20:02');
    expect(findTime('10.00 am')?.hhmm).toBe('10:00');
  });

  test('name lists', () => {
    expect(splitNameList('Councillors Ahmed (Chair), Baker, Mrs Clarke and Dr Evans')).toEqual(['Ahmed', 'Baker', 'Mrs Clarke', 'Dr Evans']);
    expect(splitNameList('Cllr J. D. Stanley')).toEqual(['J. D. Stanley']);
    expect(splitNameList('Co-opted Member Mr Smith')).toEqual(['Mr Smith']);
  });
});
