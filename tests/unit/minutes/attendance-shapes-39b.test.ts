/**
 * Round 39, second part: more shapes of attendance and apologies that real pages from councils the parser had not seen
 * printed and it missed or misread, written here with made-up councils and people.
 */
import { parseMinutesDetailed } from '../../../main/minutes';

/** The whole page read: its apologies, and who the reader found as "name|role|status". */
const read = (lines: string[]) => {
  const r = parseMinutesDetailed('page.txt', lines.join('\n'));
  return { apologies: r.minutes.apologies, attendance: r.attendance.map((a) => `${a.name}|${a.role ?? ''}|${a.status}`) };
};

describe('"2. Attendance and Apologies" with the apologies under their own sub-heading', () => {
  const page = (apologies: string) => [
    'Westby Community Council',
    'Meeting Minutes, 14 March 2022',
    '',
    '1. Welcome',
    '',
    'Ann Lyle welcomed everyone to the meeting.',
    '',
    '2. Attendance and Apologies',
    '',
    '2.1 Community Councillors',
    '',
    'Ann Lyle; Tom Bray; Jo Cole; Ray Dunn;',
    '',
    '2.2 Elected Members',
    '',
    'Cllr Amy Abbot; Cllr Ben Baker; Cllr Cat Carter',
    '',
    '2.3 Apologies',
    '',
    apologies,
    '',
    '3. Minutes of Last Meeting',
    '',
    'The minutes were approved.',
  ];

  test('the members listed under the other sub-headings are no apologies', () => {
    expect(read(page('None received')).apologies).toEqual([]);
  });

  test('the names under the apologies sub-heading are', () => {
    expect(read(page('Eve Ewing; Fay Ford')).apologies).toEqual(['Eve Ewing', 'Fay Ford']);
  });
});

describe('a list of apologies broken off after "and" and the last member\'s body, the title on the next line', () => {
  test('"… WCC Councillor Eyre, and BDC" over "Councillor Finch": the list goes on', () => {
    const r = read([
      'MINUTES OF THE MEETING OF BRACKFORD PARISH COUNCIL HELD ON 3 MARCH 2023',
      '',
      'Present: Councillors Aske, Bunce, Cole',
      '',
      '1. Apologies were received from Councillor Dunn, WCC Councillor Eyre, and BDC',
      'Councillor Finch',
      '',
      '2. No declarations of interest were received.',
    ]);
    expect(r.apologies).toEqual(['Dunn', 'Eyre', 'Finch']);
  });
});

describe('"Apologies were read from …"', () => {
  test('the people named are apologies', () => {
    const r = read([
      'MINUTES OF THE MEETING OF THE WESTBY FOREST CONSERVATORS HELD ON 3 MARCH 1960',
      '',
      'PRESENT: Mr. A. Lyle (Chairman), Mr. T. Bray, Mr. J. Cole.',
      '',
      '5. APOLOGIES FOR ABSENCE. Apologies were read from Mr. Dunn and Rear Admiral Eyre.',
      '',
      '6. MINUTES. The minutes were signed.',
    ]);
    expect(r.apologies).toEqual(['Mr. Dunn', 'Rear Admiral Eyre']);
  });
});

describe('an apologies label that cites the law over the names: "Accepted Apologies for absence - LGA 1972, Section 85(1) & (2):"', () => {
  test('the names on the line below are apologies', () => {
    const r = read([
      'Westby Parish Council Meeting',
      '',
      'Minutes of Monday 25th July 2016 held in the Village Hall at 7.45pm',
      '',
      'Councillors present: Cllr. Ann Lyle (AL), Chair, Cllr. Tom Bray (TB) & Cllr. Jo Cole (JC)',
      '',
      'In attendance: Amy Abbot, Clerk.',
      '',
      'Item / Action',
      '16/07/2 / Public Forum – LGA 1972, Section 100(1):',
      'No members of the public were present.',
      'Accepted Apologies for absence - LGA 1972, Section 85(1) & (2):',
      'Cllr. Ray Dunn, Cllr. Ben Baker and Cllr. Cat Carter.',
      '16/07/4 / Members Declaration of Interest – LGA 2000 Part III:',
      'Cllr. Lyle declared an interest in Item 8.',
    ]);
    expect(r.apologies).toEqual(['Ray Dunn', 'Ben Baker', 'Cat Carter']);
  });
});

describe('"1. APOLOGIES" over names in full, some with their initials, the list wrapped after a comma', () => {
  test('every name is an apology, the last without initials too', () => {
    const r = read([
      'DRAFT MINUTES OF THE MEETING OF WESTBY PARISH COUNCIL HELD ON MONDAY 20th MARCH 2017 IN THE VILLAGE HALL AT 7.30PM',
      'PRESENT',
      'Councillors: Ann Lyle (AL), Tom Bray (TB), Jo Cole (JC), Ray Dunn',
      'Parish Clerk: Amy Abbot',
      'DECLARATIONS OF INTEREST',
      'There were no interests declared.',
      '1. APOLOGIES',
      'Ben Baker (BB), Cat Carter (CC),',
      'Dan Dyer.',
      '2. APPROVAL OF FEBRUARY 2017 MINUTES',
      'Minutes were agreed as a true record and signed by the Chairman.',
      '3. MATTERS ARISING FROM PREVIOUS MINUTES',
      'The bank has asked for new forms. AL to complete them.',
    ]);
    expect(r.apologies).toEqual(['Ben Baker', 'Cat Carter', 'Dan Dyer']);
  });
});

describe('a register run into one paragraph: "PRESENT - … . IN ATTENDANCE – … . PART 1 APOLOGIES – …"', () => {
  const page = [
    'Minutes of a Community Council Meeting held at the Village Hall, Westby on Tuesday 2 May 2017 at 7.00 pm.',
    '',
    'PRESENT - Councillors Ann Lyle [Chair], Tom Bray, Jo Cole and Ray Dunn, together with the Clerk, Amy Abbot. IN ATTENDANCE – Councillor Ben Baker, together with 4 members of the public. PART 1 APOLOGIES – Councillors Cat Carter and Dan Dyer 306 DECLARATIONS OF INTEREST - None. 307 MINUTES The minutes were approved.',
    '',
    'The Chairman presented a plan of the new footpath.',
  ];

  test('each label reads its own list', () => {
    const r = read(page);
    expect(r.apologies).toEqual(['Cat Carter', 'Dan Dyer']);
    expect(r.attendance).toEqual(expect.arrayContaining(['Ann Lyle|Chair|present', 'Ray Dunn||present', 'Ben Baker||in-attendance', 'Cat Carter||apologies', 'Dan Dyer||apologies']));
  });

  test('the officer "together with the Clerk, Amy Abbot" is in attendance as the clerk', () => {
    expect(read(page).attendance).toContain('Amy Abbot|Clerk|in-attendance');
  });
});

describe('"Councillors not present:" and apologies given by the initials the register printed', () => {
  const page = (apologies: string) => [
    'MINUTES OF THE WESTBY TOWN COUNCIL MEETING',
    'HELD AT THE TOWN HALL ON TUESDAY 4th MAY 2021',
    'Present The Mayor, Cllr. A. Lyle (AL) (in the chair).',
    'Councillors: T. Bray (TB), J. Cole (JC) and Mrs. R. Dunn (RD).',
    'Councillors not present: Mrs. A. Abbot (AA), B. Baker (BB), C. Carter (CC) and D.E. Dyer (DED).',
    '340. Apologies for Absence',
    apologies,
    '341. Declarations of Interest',
    'None.',
  ];

  test('the members "not present" are absent, those whose initials the apologies item gives sent apologies', () => {
    const r = read(page('Cllrs: Mrs. AA, BB and DED. (The apologies arrived by email.)'));
    expect(r.apologies).toEqual(['Mrs. A. Abbot', 'B. Baker', 'D.E. Dyer']);
    expect(r.attendance).toEqual(expect.arrayContaining(['Mrs. A. Abbot||apologies', 'B. Baker||apologies', 'C. Carter||absent', 'D.E. Dyer||apologies', 'T. Bray||present']));
  });

  test('initials the page never gave anyone are not read as people', () => {
    expect(read(page('Cllrs: AA, XY and BB.')).apologies).toEqual([]);
  });
});

describe('"In" / "attendance:" (a label cell of two lines) run either side of the first row beside it', () => {
  test('the officers after it are in attendance with their posts, the members before it present', () => {
    const r = read([
      'Westby Harbour Authority 21st Board Meeting of the Authority held on Monday 9th Dec 2019 at 1.30pm at 3 Quay Street, Westby Present: Ann Lyle (AL) – Chairperson Tom Bray (TB) – Chief Executive Jo Cole (JC) – Board Member Ray Dunn (RD) – Board Member & Chair of Audit Committee In Ben Baker (BB) – Project Manager attendance: Kim Lowe (KL) – Accounts Administrator Action Prior to the meeting RD asked for a report on the harbour works. 1. WELCOME AND APOLOGIES Apologies were received from Dan Dyer. 2. MINUTES OF PREVIOUS MEETING The minutes were approved.',
    ]);
    expect(r.attendance).toEqual(expect.arrayContaining(['Jo Cole|Board Member|present', 'Ben Baker|Project Manager|in-attendance', 'Kim Lowe|Accounts Administrator|in-attendance']));
    expect(r.attendance.filter((a) => /Baker|Lowe/.test(a) && a.endsWith('|present'))).toEqual([]);
  });
});

describe('a committee register as a flattened table: "Committee Members <first row> Present …", "Officers Present" without a colon', () => {
  const page = [
    'Westby Council Scrutiny Committee',
    '11 September 2018 at 6.00pm at the Council House,',
    '',
    'Committee Members Councillor A. Lyle (Chair) Present Councillor T. Bray (Vice – Chair) Councillor J. Cole Councillor R. Dunn',
    '',
    'Officers Present Ben Baker Head of Leisure, Culture and Operation Cat Carter Head of Planning, Engineering and Transportation Dan Dyer Building Control Team Manager Eve Ewing Democratic Services Officer',
    '',
    '10/18 Apologies',
    '',
    'Apologies were received from Councillors Ford and Gale.',
    '',
    '11/18 Substitution',
    '',
    'There were no substitutions.',
  ];

  test('the first row, between the label\'s two lines, is a member present with the post beside it', () => {
    expect(read(page).attendance).toEqual(expect.arrayContaining(['A. Lyle|Chair|present', 'T. Bray|Vice-Chair|present', 'R. Dunn||present']));
  });

  test('each officer is in attendance with the post after their name', () => {
    expect(read(page).attendance).toEqual(
      expect.arrayContaining([
        'Ben Baker|Head of Leisure, Culture and Operation|in-attendance',
        'Cat Carter|Head of Planning, Engineering and Transportation|in-attendance',
        'Dan Dyer|Building Control Team Manager|in-attendance',
        'Eve Ewing|Democratic Services Officer|in-attendance',
      ]),
    );
  });
});

describe('"In attendance: WDC Councillors Eyre, Clerk K Lowe, Administrator F Tate, 1 member of the public."', () => {
  const page = [
    'MINUTES OF THE MEETING OF BRACKFORD PARISH COUNCIL HELD ON 3 MARCH 2023',
    '',
    'Present: Councillors Aske, Bunce, Cole, Dunn',
    '',
    'In attendance: WDC Councillors Eyre, Clerk K Lowe, Administrator F Tate, 1 member of the public.',
    '',
    '1. Apologies were received from Councillor Finch.',
    '',
    '2. No declarations of interest were received.',
  ];

  test('another council\'s letters and its title before a surname: that council\'s member', () => {
    expect(read(page).attendance).toContain('Eyre|WDC Councillor|in-attendance');
  });

  test('an officer\'s post of one word before a name in initials is the post, not part of the name', () => {
    expect(read(page).attendance).toContain('F Tate|Administrator|in-attendance');
  });
});
