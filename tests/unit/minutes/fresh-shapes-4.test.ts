/**
 * Issue 15, fourth fresh set: shapes the parser got wrong, written here with made-up councils and people.
 * Printed minutes run onto one line were refused as "not minutes" ("… COUNCIL PRESENT Councillor …",
 * "declarations of interest were received from Members"), and community councils' "CClr" / "Clr" titles were
 * read as part of the name.
 */
import { parseMinutesDetailed } from '../../../main/minutes';
import { classifyDocument } from '../../../main/minutes/document-kind';

const parse = (text: string) => parseMinutesDetailed('minutes.txt', text).minutes;

describe('printed minutes run onto one line are minutes, not an information page', () => {
  const oneLine =
    'EASTERHOLM COUNCIL - 4 March 2010 Dunmore, 4 March 2010 at 2 pm. A Meeting of the EASTERHOLM COUNCIL PRESENT Councillor Baird, Provost; Councillors Aitken, Bryce, Cowan and Dunlop. IN ATTENDANCE The Chief Executive. APOLOGIES Councillors Ewing and Fyfe. DECLARATIONS OF INTEREST 1. Prior to consideration of the business, declarations of interest were received from Members, details of which are set out below:- Councillor Aitken by reason of her membership of the Board of Dunmore Leisure Limited.';

  test('the page is read as minutes', () => {
    expect(classifyDocument(oneLine)).toEqual({ kind: 'minutes' });
    expect(parse(oneLine).document).toBe('minutes');
  });

  test('its capitals labels are read as the sections they are: present, apologies and declarations', () => {
    const { minutes, attendance } = parseMinutesDetailed('minutes.txt', oneLine);
    expect(attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(expect.arrayContaining(['Aitken', 'Bryce', 'Cowan', 'Dunlop']));
    expect(minutes.apologies).toEqual(['Ewing', 'Fyfe']);
    // The declarations section is read ("Councillor Aitken by reason of her membership of …"), never "none".
    expect(minutes.declarationsState).toBe('declared');
    expect(minutes.declarations.map((d) => [d.member, d.subject])).toEqual([['Aitken', 'membership of the Board of Dunmore Leisure Limited']]);
  });

  test('two capitals labels in a paragraph are not cut', () => {
    const prose = 'Members were PRESENT throughout the debate on the APOLOGIES policy and everything else that was on the agenda for the evening, which ran long because of the many questions from residents about the car park and the library. RESOLVED that the report be noted.';
    const { minutes, attendance } = parseMinutesDetailed('minutes.txt', `Riverside Committee\nDate: 4 May 2016\n${prose}`);
    expect(minutes.apologies).toEqual([]);
    expect(attendance).toEqual([]);
  });

  test('a page naming a meeting with neither signal is still refused', () => {
    const index = 'EASTERHOLM COUNCIL - 4 March 2010\nAgendas and reports for this meeting can be found below.\nContact the clerk for papers in large print.';
    expect(classifyDocument(index).kind).toBe('neither');
  });
});

describe('community councillors titled "CClr" and "Clr"', () => {
  const text = [
    'Minute of the Glenbrae Community Council Meeting held on Tuesday, 3rd March 2015, in the Village Hall',
    '1. Welcome: CClr Mowat chaired the meeting and welcomed CClrs Orr and Paton.',
    '2. Apologies: Apologies were received from CClrs Quinn and Rennie, and from Clr Sim.',
    '3. Roads: The Chair reported on the resurfacing of Main Street.',
  ].join('\n');

  test('the titles are not part of the names', () => {
    const apologies = parse(text).apologies;
    expect(apologies).toEqual(expect.arrayContaining(['Quinn', 'Rennie']));
    expect(apologies.join(' ')).not.toMatch(/\bC?Clrs?\b/);
  });
});

describe('officers and guests listed without separators', () => {
  const text = [
    'MINUTES OF THE PROCEEDINGS OF THE MEETING OF THE COUNCIL HELD AT RIVERSIDE HOUSE ON MONDAY 2 NOVEMBER 2020 AT 6.30 PM',
    '',
    'In the Chair : Mayor (Councillor P Quigley)',
    '',
    'Members Present : Councillors – A Boyd, C Doherty and E Fleming',
    '',
    'Officers Present : Chief Executive - K Lyons Director of Operations – M Nolan Borough Lawyer and Head of Legal Services – O Pike Member Services Manager – R Stott',
    '',
    'In Attendance : Mr Tomas Urwin, Director of Housing Services, NIHA Ms Vera Walsh, Area Manager North, NIHA Dr Yusuf Zaman, Place Lead, NIHA',
    '',
    '1 APOLOGIES',
    '',
    'There were no apologies.',
  ].join('\n');
  const seen = () => parseMinutesDetailed('minutes.txt', text).attendance.filter((a) => a.status === 'in-attendance');

  test('each post before a dash gives the officer after it', () => {
    expect(seen().slice(0, 4)).toEqual([
      { name: 'K Lyons', status: 'in-attendance', role: 'Chief Executive' },
      { name: 'M Nolan', status: 'in-attendance', role: 'Director of Operations' },
      { name: 'O Pike', status: 'in-attendance', role: 'Borough Lawyer and Head of Legal Services' },
      { name: 'R Stott', status: 'in-attendance', role: 'Member Services Manager' },
    ]);
  });

  test('each courtesy title starts the next guest; the body stays with the post before it', () => {
    expect(seen().slice(4)).toEqual([
      { name: 'Mr Tomas Urwin', status: 'in-attendance', role: 'Director of Housing Services, NIHA' },
      { name: 'Ms Vera Walsh', status: 'in-attendance', role: 'Area Manager North, NIHA' },
      { name: 'Dr Yusuf Zaman', status: 'in-attendance', role: 'Place Lead, NIHA' },
    ]);
  });
});

describe('a Scottish community council minute run into one paragraph', () => {
  const text = [
    'Glenbrae Community Council',
    'Glenbrae Community Council Minute of the Glenbrae Community Council (GCC) Meeting held on Tuesday, 3rd March 2015, in the Village Hall 1. Welcome: CClr Mowat chaired the meeting and welcomed CClrs Orr and Paton. 2. Apologies: Apologies were received from CClrs Quinn and Rennie. 3. Roads: The Chair reported on the resurfacing of Main Street and the new crossing.',
  ].join('\n');
  const minutes = () => parse(text);

  test('the heading "Minute of the … (GCC) Meeting held on …" gives the body and the date', () => {
    expect(minutes().committee).toBe('Glenbrae Community Council');
    expect(minutes().date).toBe('2015-03-03');
  });

  test('numbered headings ending in a colon, three in sequence, are items', () => {
    expect(minutes().items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Welcome'],
      ['2', 'Apologies'],
      ['3', 'Roads'],
    ]);
  });

  test('"Minute of the last meeting held on …" is not a heading, and two colon headings are not enough', () => {
    const notHeading = [
      'Riverside Committee',
      'Date: 4 May 2016',
      'The Minute of the last meeting held on 2 March 2016 was approved. The Clerk listed the points: 1. Roads: none. 2. Lighting: two lamps out.',
    ].join('\n');
    const m = parse(notHeading);
    expect(m.date).toBe('2016-05-04');
    expect(m.items.map((i) => i.title)).not.toContain('Roads');
  });
});

describe('a sentence broken across a blank line after a comma', () => {
  const text = [
    'Licensing Committee - Wednesday, 9th October, 2019 7.00 pm',
    '',
    'Apologies for Absence',
    '',
    'Apologies for absence were received from Councillors Anna Brightwell,',
    '',
    'Cedric Dunmore, Eva Falconer-Grey and Hugo Ingram.',
    '',
    'Declarations of Interest',
    '',
    'There were no declarations of interest.',
  ].join('\n');

  test('runs on: every name after the break is an apology', () => {
    expect(parse(text).apologies).toEqual(['Anna Brightwell', 'Cedric Dunmore', 'Eva Falconer-Grey', 'Hugo Ingram']);
  });
});

describe('parish action lines that name their owner by initials', () => {
  const text = [
    'DRAFT MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD ON MONDAY 6th MARCH 2017 IN THE VILLAGE HALL AT 7.30PM',
    'PRESENT',
    'Councillors: Ann Bell (AB), Colin Dean (CD)',
    '1. MATTERS ARISING FROM PREVIOUS MINUTES',
    '· Noticeboard repairs. ACTION: CD to obtain a quote.',
    '· Bank mandate. ACTION: AB & CD to sign the forms.',
    '· Grit bins. ACTION: Clerk to write to the county council.',
  ].join('\n');

  test('the initials (or post) before "to" are the owner', () => {
    const actions = parse(text).decisions.filter((d) => d.kind === 'action');
    expect(actions.map((d) => [d.owner, d.text])).toEqual([
      ['CD', 'CD to obtain a quote.'],
      ['AB & CD', 'AB & CD to sign the forms.'],
      ['Clerk', 'Clerk to write to the county council.'],
    ]);
  });
});
