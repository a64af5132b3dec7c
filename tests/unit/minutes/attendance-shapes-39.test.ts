/**
 * Round 39: shapes of attendance lists that real pages from councils the parser had not seen printed and it missed,
 * written here with made-up councils and people.
 */
import { parseMinutesDetailed } from '../../../main/minutes';

/** Who the reader found, as "name|role|status". */
const attendance = (lines: string[]) =>
  parseMinutesDetailed('page.txt', ['MINUTES OF THE MEETING OF WESTBY DISTRICT COUNCIL', 'Date: 14 March 2018', 'Venue: Council Offices, Mill Lane, Westby', '', ...lines, '', '12. APOLOGIES FOR ABSENCE', '', 'There were no apologies.', '', '13. MINUTES', '', 'The minutes of the meeting held on 10 January 2018 were approved as a correct record.'].join('\n')).attendance.map(
    (a) => `${a.name}|${a.role ?? ''}|${a.status}`,
  );

describe('"Present: Councillors:-" over paragraphs of names with nothing between them', () => {
  const lines = [
    'Present: Councillors:-',
    '',
    'Ann Lyle (Chairman of the Council) Tom Bray (Vice-Chairman of the Council) Jo Cole (Leader of the Council) Ray Dunn MBE (Deputy Leader of the Council)',
    '',
    // A register of two columns, each in order of surname, flattened row by row.
    'Amy Abbot Kim Lowe Ben Baker Lee Moss Cat Carter Max Nash Dan Dyer Ned Owen Eve Ewing Pat Price Fay Ford Sam Reed',
  ];

  test('the members with their posts, then every member of the flattened register', () => {
    expect(attendance(lines)).toEqual([
      'Ann Lyle|Chair|present',
      'Tom Bray|Vice-Chair|present',
      'Jo Cole|Leader of the Council|present',
      'Ray Dunn MBE|Deputy Leader of the Council|present',
      ...['Amy Abbot', 'Kim Lowe', 'Ben Baker', 'Lee Moss', 'Cat Carter', 'Max Nash', 'Dan Dyer', 'Ned Owen', 'Eve Ewing', 'Pat Price', 'Fay Ford', 'Sam Reed'].map((n) => `${n}||present`),
    ]);
  });

  test('names not in the order of a register are not cut into people by guess', () => {
    const unordered = [...lines.slice(0, 4), 'Sam Reed Amy Abbot Pat Price Ben Baker Kim Lowe Cat Carter Fay Ford Dan Dyer Max Nash Eve Ewing Lee Moss Ned Owen'];
    expect(attendance(unordered).filter((a) => !a.includes('Council') && !a.includes('Chair'))).toEqual([]);
  });
});

describe('two people on one line, the space between them lost: "Jo ColleyRay Dunn (Secretary)"', () => {
  test('both are read, each with what is printed after them', () => {
    const read = attendance(['Present:', '', 'Ann Lyle (Chair)', '', 'Tom Bray', '', 'Jo ColleyRay Dunn (Secretary)', '', 'Sue Hale']);
    expect(read).toEqual(['Ann Lyle|Chair|present', 'Tom Bray||present', 'Jo Colley||present', 'Ray Dunn|Secretary|present', 'Sue Hale||present']);
  });

  test('a surname with a capital inside it ("MacLeod", "FitzRoy") is one person', () => {
    const read = attendance(['Present:', '', 'Ann MacLeod (Chair)', '', 'Tom FitzRoy', '', 'Sue Hale']);
    expect(read).toEqual(['Ann MacLeod|Chair|present', 'Tom FitzRoy||present', 'Sue Hale||present']);
  });
});

describe('"In Attendance: Ann Lyle, Tom Bray, …": the name after a comma is the next person, not a post', () => {
  test('names in full, an even number of them, one with a post in brackets', () => {
    const read = attendance(['Present: Cllrs Amy Abbot (Chair), Ben Baker, Cat Carter', '', 'In Attendance: Ann Lyle, Tom Bray, Jo Cole, Ray Dunn (Treasurer), Sue Hale, Kim Lowe']);
    expect(read.filter((a) => a.endsWith('in-attendance'))).toEqual(['Ann Lyle||in-attendance', 'Tom Bray||in-attendance', 'Jo Cole||in-attendance', 'Ray Dunn|Treasurer|in-attendance', 'Sue Hale||in-attendance', 'Kim Lowe||in-attendance']);
  });

  test('officers each with a post after the comma keep their posts', () => {
    const read = attendance(['Present: Cllrs Amy Abbot (Chair), Ben Baker, Cat Carter', '', 'In Attendance: Ann Lyle, Chief Executive Tom Bray, Planning Officer Jo Cole, Town Clerk']);
    expect(read.filter((a) => a.endsWith('in-attendance'))).toEqual(['Ann Lyle|Chief Executive|in-attendance', 'Tom Bray|Planning Officer|in-attendance', 'Jo Cole|Town Clerk|in-attendance']);
  });
});

describe('"Ex officio:" inside the members\' list, and "Mr A Bell presiding" under it', () => {
  const lines = ['Present: A Bell Mrs C Dunn E Fox Ms G Hay Ex officio: Cllr J Kerr Cllr L Moss', '', 'In attendance: Mrs N Owen, Clerk', '', 'Mr A Bell presiding'];

  test('the members, those who sit by their office with it as their role, and the chair', () => {
    expect(attendance(lines)).toEqual(['A Bell|Chair|present', 'Mrs C Dunn||present', 'E Fox||present', 'Ms G Hay||present', 'J Kerr|Ex officio|present', 'L Moss|Ex officio|present', 'Mrs N Owen|Clerk|in-attendance']);
  });
});

describe('an apology from someone with a post joined by "&" after the name', () => {
  test('"… and Mrs R Hale, Housing & Development Worker.": one person, not three', () => {
    const read = attendance(['Present: Cllrs Amy Abbot (Chair), Ben Baker, Cat Carter', '', 'APOLOGIES: Apologies for absence were received from Cllr S Cole and Mrs R Hale, Housing & Development Worker.']);
    expect(read.filter((a) => a.endsWith('apologies')).map((a) => a.split('|')[0])).toEqual(['S Cole', 'Mrs R Hale']);
  });
});

describe('people each with their initials in brackets, nothing between one and the next', () => {
  const ITEMS = ['1. WELCOME', '', 'The Chairman welcomed everyone.', '', '2. MINUTES', '', 'The minutes of the last meeting were approved.'];
  const page = (lines: string[]) =>
    parseMinutesDetailed('page.txt', lines.join('\n')).attendance.map((a) => `${a.name}|${a.role ?? ''}|${a.status}`);

  test('"Present: Ann Lyle (AL) – Chairperson Tom Bray (TB) – Chief Executive …" on a flattened page, the minutes run on after it', () => {
    const read = page([
      'Westby Harbour Board Meeting held on Friday 6th March 2020 at 2pm at the Harbour Office, Westby Present: Ann Lyle (AL) – Chairperson Tom Bray (TB) – Chief Executive Dr Jo McCoy (JMcC)– Board Member Ray Dunn (RD) – Accounts Administrator 1. APOLOGIES Sue Hale sent her apologies. 2. MINUTES The minutes of the last meeting were approved.',
    ]);
    expect(read.filter((a) => a.endsWith('present'))).toEqual(['Ann Lyle|Chair|present', 'Tom Bray|Chief Executive|present', 'Dr Jo McCoy|Board Member|present', 'Ray Dunn|Accounts Administrator|present']);
  });

  test('no label, a post and a note among them; then officers each with a post before their initials', () => {
    const read = page([
      'Minutes of the Westby Harbour Commissioners meeting held on 4 May 2015',
      '',
      'Ann Lyle (Chairman) (AL) Tom Bray (TB) – Left at 8.10 pm Ray Dunn MBE (RD) Jo Cole (JC)',
      '',
      'Also in attendance',
      '',
      'Sue Hale, Harbour Administrator (SH) Kim Lowe-Reed, Executive Assistant (KL-R)',
      '',
      ...ITEMS,
    ]);
    expect(read).toEqual(['Ann Lyle|Chair|present', 'Tom Bray||present', 'Ray Dunn MBE||present', 'Jo Cole||present', 'Sue Hale|Harbour Administrator|in-attendance', 'Kim Lowe-Reed|Executive Assistant|in-attendance']);
  });

  test('a bracket that is not the initials of the name before it: the run is not read that way', () => {
    const read = page(['Minutes of the Westby Harbour Commissioners meeting held on 4 May 2015', '', 'Ann Lyle (SIC) Tom Bray (TB) Ray Dunn (RD) Jo Cole (JC)', '', ...ITEMS]);
    expect(read).not.toContain('Tom Bray||present');
  });
});

describe('"Present: Chairperson: A Vice Chairperson: B Councillors: … Clerk to the Council: C" on a flattened page', () => {
  const page = (members: string) =>
    parseMinutesDetailed(
      'page.txt',
      `Meeting of Westby Community Council held on Monday 8th March 2021 at 7pm by video Present: Chairperson: Ann Lyle Vice Chairperson: Tom Bray Councillors: ${members} Clerk to the Council: Kim Lowe Item: Business: Owner 1. Apologies for Absence: Nil 2. Minutes of the last meeting: approved as a correct record.`,
    ).attendance.map((a) => `${a.name}|${a.role ?? ''}|${a.status}`);

  test('each post before its holder, the members under theirs; "Nil" apologies are no one', () => {
    expect(page('Jo Cole, Ray Dunn, Sue Hale')).toEqual(['Ann Lyle|Chair|present', 'Tom Bray|Vice-Chair|present', 'Jo Cole||present', 'Ray Dunn||present', 'Sue Hale||present', 'Kim Lowe|Clerk to the Council|in-attendance']);
  });

  test('members run together without commas are cut at their given names (round 38)', () => {
    expect(page('Jo Cole Ray Dunn Sue Hale')).toEqual(['Ann Lyle|Chair|present', 'Tom Bray|Vice-Chair|present', 'Jo Cole||present', 'Ray Dunn||present', 'Sue Hale||present', 'Kim Lowe|Clerk to the Council|in-attendance']);
  });

  test('where the given names do not settle where each ends, they are left out, not guessed; the posts are still read', () => {
    expect(page('Jo Cole Xanthippe Dunn Zebediah Hale')).toEqual(['Ann Lyle|Chair|present', 'Tom Bray|Vice-Chair|present', 'Kim Lowe|Clerk to the Council|in-attendance']);
  });
});

describe('words run together or printed in other brackets inside a list', () => {
  test('"J. TrentandCllrs S. Yale", "(MP) &Cllr. A Kemble": the joining word\'s spaces lost before a title', () => {
    const read = attendance(['PRESENT: Cllrs P. Quill (Chair), A. Vane, J. TrentandCllrs S. Yale and M. J. Orme.', '', 'In attendance: Cllr. Glen Ash (GA), Cllr. Mark Penn (MP) &Cllr. Ann Kemble (AK)']);
    expect(read).toEqual(['P. Quill|Chair|present', 'A. Vane||present', 'J. Trent||present', 'S. Yale||present', 'M. J. Orme||present', 'Glen Ash||in-attendance', 'Mark Penn||in-attendance', 'Ann Kemble||in-attendance']);
  });

  test('"Also in attendanceL. Pym, Clerk": the next list\'s label run into its first name', () => {
    const read = attendance(['PRESENT: Cllrs P. Quill (Chair), A. Vane, J. Tarrow and M. J. Orme. Also in attendanceL. Pym, Clerk and one member of the public.']);
    expect(read).toEqual(['P. Quill|Chair|present', 'A. Vane||present', 'J. Tarrow||present', 'M. J. Orme||present', 'L. Pym|Clerk|in-attendance']);
  });

  test('"Councillors Jo Cole [Chair], Ray Dunn": a post in square brackets', () => {
    expect(attendance(['PRESENT - Councillors Jo Cole [Chair], Ray Dunn, Sue Hale and Kim Lowe.'])).toEqual(['Jo Cole|Chair|present', 'Ray Dunn||present', 'Sue Hale||present', 'Kim Lowe||present']);
  });

  test('"Westby District Councillor Jo Cole, Ray Dunn of Westby Wildlife Trust": an office with its district, a person and their body', () => {
    const read = attendance(['Present: Cllr Abbot, Cllr Baker (chairman), Cllr Carter.', '', 'In attendance: Westby District Councillor Jo Cole, Ray Dunn of WWT, Sue Hale of Westby Lifeline Trust, Mrs K Lowe (parish clerk), and 3 members of the public']);
    expect(read.filter((a) => a.endsWith('in-attendance'))).toEqual(['Jo Cole|Westby District Councillor|in-attendance', 'Ray Dunn||in-attendance', 'Sue Hale||in-attendance', 'Mrs K Lowe|parish clerk|in-attendance']);
  });
});

describe('police ranks shortened before a name', () => {
  test('"Ch Supt A Bell" in a list and "Ch Insp J Kerr" in the apologies: the rank is no part of the name', () => {
    const read = attendance(['Present:', '', 'Representing Westby Council:', '', 'Ms C Dunn', '', 'Mr E Fox', '', 'Representing Westby Police:', '', 'Ch Supt A Bell', '', 'Mr G Hay', '', 'Apologies for absence were intimated on behalf of Ms L Moss and Ch Insp J Kerr.']);
    expect(read).toContain('A Bell|Ch Supt|present');
    expect(read.filter((a) => a.endsWith('apologies')).map((a) => a.split('|')[0])).toEqual(['Ms L Moss', 'J Kerr']);
  });

  test('"PS Ray Dunn" sent apologies; "PS Smith" (a member\'s initials) stays as printed', () => {
    const read = attendance(['Present: Cllrs Amy Abbot (Chair), Ben Baker, Cat Carter', '', 'There were apologies from Sue Hale, PS Ray Dunn and Cllr PS Smith.']);
    expect(read.filter((a) => a.endsWith('apologies')).map((a) => a.split('|')[0])).toEqual(['Sue Hale', 'Ray Dunn', 'PS Smith']);
  });
});

describe('"Present:" over a table\'s rows, " / " between the cells', () => {
  test('each cell a person and their post, a post run into the next name without its space', () => {
    const read = attendance(['Present:', '', 'Ann Lyle, Chairperson / Tom Bray, MemberJo Cole, Treasurer / Ray Dunn, Associate Member', '', 'Sue Hale, Member / Kim Lowe, Secretary', '', 'Amy Abbot / Ben Baker, Ward Manager']);
    expect(read).toEqual(['Ann Lyle|Chair|present', 'Tom Bray||present', 'Jo Cole|Treasurer|present', 'Ray Dunn|Associate Member|present', 'Sue Hale||present', 'Kim Lowe|Secretary|present', 'Amy Abbot||present', 'Ben Baker|Ward Manager|present']);
  });

  test('a cell that is not a person ends the table there', () => {
    const read = attendance(['Present:', '', 'Ann Lyle, Chairperson / Tom Bray, Member', '', 'Items 4 / 5 were deferred to the next meeting']);
    expect(read.some((a) => a.startsWith('Items'))).toBe(false);
  });
});

describe('"The following substitutions were noted:" over one substitution to a line', () => {
  test('each member who came is present in place of the other, who was not there', () => {
    const read = parseMinutesDetailed(
      'page.txt',
      ['Westby Scrutiny Committee - Wednesday, 9th September, 2020 7.00 pm', '', 'Items', '', '10/SC', '', 'Apologies for Absence', '', 'Minutes:', '', 'The following substitutions were noted:', '', 'Councillor Jo Cole for Councillor Ray Dunn', '', 'Councillor Sue Hale for Councillor Kim Lowe', '', '11/SC', '', 'Minutes of Previous Meeting', '', 'Minutes:', '', 'RESOLVED that the minutes of the meeting held on 1st July 2020 be approved.'].join('\n'),
    ).attendance.map((a) => `${a.name}|${a.role ?? ''}|${a.status}`);
    expect(read).toEqual(['Ray Dunn||absent', 'Kim Lowe||absent', 'Jo Cole|substitute for Ray Dunn|present', 'Sue Hale|substitute for Kim Lowe|present']);
  });
});

describe('one person a line under the heading, each with their initials and post in one bracket', () => {
  test('"Ann Lyle (AL, Chair and Hall Trustee)" / "Tom Bray (TB, Secretary)" / …: members, their office on this body', () => {
    const read = parseMinutesDetailed(
      'page.txt',
      ['Westby Parish Committee Meeting', '', '14th May 2019, 7pm, Westby Village Hall', '', 'MINUTES', '', 'Ann Lyle (AL, Chair and Hall Trustee)', '', 'Tom Bray (TB, Secretary)', '', 'Jo McCoy (JMcC, Member)', '', 'Ray Dunn (RD, Hall Trustee)', '', '1. Apologies', '', 'Apologies from Sue Hale.', '', '2. Minutes', '', 'The minutes were approved.'].join('\n'),
    ).attendance.map((a) => `${a.name}|${a.role ?? ''}|${a.status}`);
    expect(read).toEqual(['Ann Lyle|Chair|present', 'Tom Bray|Secretary|present', 'Jo McCoy||present', 'Ray Dunn|Hall Trustee|present', 'Sue Hale||apologies']);
  });

  test('a bracket whose letters are not the name\'s initials: not read as the register', () => {
    const read = parseMinutesDetailed(
      'page.txt',
      ['Westby Parish Committee Meeting', '', '14th May 2019, 7pm, Westby Village Hall', '', 'MINUTES', '', 'Ann Lyle (WPC, Chair)', '', 'Tom Bray (WPC, Secretary)', '', 'Jo McCoy (WPC)', '', 'Ray Dunn (WPC)', '', '1. Apologies', '', 'Apologies from Sue Hale.', '', '2. Minutes', '', 'The minutes were approved.'].join('\n'),
    ).attendance.map((a) => a.name);
    expect(read).not.toContain('Tom Bray');
  });
});

describe('"PRESENT" over the members, then a line of officers each after their post as a label', () => {
  test('"Parish Clerk: Jo Cole Responsible Finance Officer: Ray Dunn (RD)": both in attendance, with their posts', () => {
    const read = attendance(['PRESENT', '', 'Councillors: Amy Abbot (AA), Ben Baker (BB), Cat Carter (CC)', '', 'Parish Clerk: Jo Cole Responsible Finance Officer: Ray Dunn (RD)']);
    expect(read).toEqual(['Amy Abbot||present', 'Ben Baker||present', 'Cat Carter||present', 'Jo Cole|Parish Clerk|in-attendance', 'Ray Dunn|Responsible Finance Officer|in-attendance']);
  });
});
