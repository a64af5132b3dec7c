/**
 * Round 39: a register's label printed with its letters spaced out, a post wrapped around the next column's name, and a
 * board's own label inside the heading's line, as real pages print them (sets 37 to 44), written here with made-up bodies
 * and people.
 */
import { parseMinutesDetailed } from '../../../main/minutes';
import { closeSpacedLabels } from '../../../main/minutes/spaced-labels';
import { unwrapPosts } from '../../../main/minutes/wrapped-posts';
import { namePostRun } from '../../../main/minutes/given-name-run';

const read = (text: string) => parseMinutesDetailed('page.txt', text);
const people = (r: ReturnType<typeof read>) => r.attendance.map((a) => `${a.name}|${a.role ?? ''}|${a.status}`);

describe('a label with its letters spaced out', () => {
  test.each([
    ['at 6.00pm P R E S E N T Councillor A', 'at 6.00pm PRESENT Councillor A'],
    ['A P O L O G I E S were received', 'APOLOGIES were received'],
    ['I N  A T T E N D A N C E: Mr B', 'IN ATTENDANCE: Mr B'],
  ])('"%s" is closed up', (text, closed) => {
    expect(closeSpacedLabels(text)).toBe(closed);
  });

  test.each(['Cllrs A B C D E were present', 'XP R E S E N T', 'P R E S E N TS'])('"%s" stays as printed', (text) => {
    expect(closeSpacedLabels(text)).toBe(text);
  });
});

describe('a post wrapped around the next column\u2019s name', () => {
  test('"(Vice- Councillor Mathew Shute Chairman)": the post back with its holder, the name inside on its own', () => {
    expect(unwrapPosts('Councillor Peter Cress (Vice- Councillor Mathew Shute Chairman) Councillor Stuart Smyth')).toBe(
      'Councillor Peter Cress (Vice-Chairman) Councillor Mathew Shute Councillor Stuart Smyth',
    );
    expect(unwrapPosts('Cllr Ann Lee (Deputy Cllr Tom Hale Mayor)')).toBe('Cllr Ann Lee (Deputy Mayor) Cllr Tom Hale');
  });

  test('a bracket that is only a post stays as printed', () => {
    expect(unwrapPosts('Councillor Peter Cress (Vice-Chairman) Councillor Mathew Shute')).toBe('Councillor Peter Cress (Vice-Chairman) Councillor Mathew Shute');
  });

  test('a whole council\u2019s register, spaced label and wrapped post, run into one line with the first minute', () => {
    const r = read(
      'Minutes of the Meeting of Testham District Council held in the Council Chamber, The Grange, Ely on Wednesday 16 November 2016 at 6.00pm _____________ P R E S E N T Councillor Allen Alder Councillor Elaine Grant-Singh Councillor Michael Allan (Chairman) Councillor Julia Huff Councillor Peter Cress (Vice- Councillor Mathew Shute Chairman) Councillor Lis Every 25. PUBLIC QUESTION TIME There were no questions. 26. MINUTES The minutes of the meeting held on 12 October 2016 were confirmed as a correct record.',
    );
    expect(people(r)).toEqual([
      'Allen Alder||present',
      'Elaine Grant-Singh||present',
      'Michael Allan|Chair|present',
      'Julia Huff||present',
      'Peter Cress|Vice-Chair|present',
      'Mathew Shute||present',
      'Lis Every||present',
    ]);
  });
});

test('"Board Members:" inside the heading\u2019s line opens the register, other labels after it each their own', () => {
  const r = read(
    'Confirmed Minutes Title of Meeting: Board Meeting (Business) Date of Meeting: 14 May 2014 Board Members: Mike Brookes Ruth Hallam Peter Matthewson (Chair) Andy Middlemiss Executive Team in attendance: Graham Hilliard Liz Davison Secretariat: Geralene Mills Kelly Gosling Item 1 Welcome 1. The Chairman welcomed all to the meeting. Apologies 2. Apologies for absence noted from Trefor Owens.',
  );
  expect(people(r)).toEqual([
    'Mike Brookes||present',
    'Ruth Hallam||present',
    'Peter Matthewson|Chair|present',
    'Andy Middlemiss||present',
    'Graham Hilliard||in-attendance',
    'Liz Davison||in-attendance',
    'Geralene Mills||in-attendance',
    'Kelly Gosling||in-attendance',
    'Trefor Owens||apologies',
  ]);
});

test('"Committee Members present:" inside the heading\u2019s line, its "p" in lower case, opens the register', () => {
  const r = read(
    'MINUTES OF THE MEETING OF THE FINANCE COMMITTEE OF THE TESTHAM TOWN COUNCIL HELD IN THE BEACON, TESTHAM, ON MONDAY, 5 FEBRUARY 2018, AT 7.30 P.M. Committee Members present: Councillor C S Dixon (Chairman) Councillors A Crawley, Mrs C E Dixon, B Mabbutt and S Trinder. Others present: H Gooding – Chairman of the Youth Town Council. Apologies for Absence Apologies for absence were received from Councillors K Harrow and C McCartney.',
  );
  expect(people(r)).toEqual([
    'C S Dixon|Chair|present',
    'A Crawley||present',
    'Mrs C E Dixon||present',
    'B Mabbutt||present',
    'S Trinder||present',
    'H Gooding|Chairman of the Youth Town Council|in-attendance',
    'K Harrow||apologies',
    'C McCartney||apologies',
  ]);
});

test('a board\u2019s labels without their colons in one run ("Board Members Present …", "Officers of the Board Present …"), an Irish surname that lost its apostrophe', () => {
  const r = read(
    'Testshire Quality Authority Minutes of Board meeting held in the Mourne Country Club, Newry on 10 November 2005 Start: 7.15pm Board Members Present Brian Coulson (Chairman) Richard Adamson Geraldine Donnelly Una O Kane Colin Reidy Officers of the Board Present Sandra Bellamy (Committee Administrator) Stella Burns (Chief Executive) PUBLIC SESSION 05.29 Welcome and Chairman’s remarks The Chairman welcomed members.',
  );
  expect(people(r)).toEqual([
    'Brian Coulson|Chair|present',
    'Richard Adamson||present',
    'Geraldine Donnelly||present',
    'Una O Kane||present',
    'Colin Reidy||present',
    'Sandra Bellamy|Committee Administrator|in-attendance',
    'Stella Burns|Chief Executive|in-attendance',
  ]);
});

test('"Board Members Present" in a sentence, not before a name, is left as printed', () => {
  const r = read(
    ['Minutes of the meeting of the Testshire Board held on 10 November 2005', 'Present: Brian Coulson (Chairman), Richard Adamson', '1. Quorum', 'The Board Members Present were enough for a quorum.'].join('\n\n'),
  );
  expect(people(r)).toEqual(['Brian Coulson|Chair|present', 'Richard Adamson||present']);
});

test('labels on lines of their own, a member under "Present" on a line of their own, officers "Name, Post, Body" one to a line', () => {
  const r = read(
    [
      'MINUTES of MEETING of the TESTHAM JOINT COMMITTEE held via MS Teams on 5 October 2021 at 2.30 pm',
      '',
      'Present',
      'Councillor Martha Benson',
      'Councillor Ellen Forbes (in the Chair)',
      '',
      'In Attendance',
      'Carol Beaton, Chief Executive, Testham Council',
      'Nikki Bridges, Chief Executive, Eastham Council',
      'Pete Leonards, Strategic Director (Place), Eastham Council',
      '',
      'Apologies',
      'Scott Farmer',
      '',
      '1. Welcome',
      'The Chair welcomed all.',
    ].join('\n'),
  );
  expect(people(r)).toEqual([
    'Martha Benson||present',
    'Ellen Forbes|Chair|present',
    'Carol Beaton|Chief Executive, Testham Council|in-attendance',
    'Nikki Bridges|Chief Executive, Eastham Council|in-attendance',
    'Pete Leonards|Strategic Director (Place), Eastham Council|in-attendance',
    'Scott Farmer||apologies',
  ]);
});

describe('a board\u2019s names and posts flattened into one run, each person then their post', () => {
  test('"Mike Cantor Chair Angus Campbell Deputy Chair …": each person, the post theirs', () => {
    expect(namePostRun('Mike Cantor Chair Angus Campbell Deputy Chair Cath Denham Deputy Chair Kate Broughton Member Bob Furniss Member')).toEqual([
      'Mike Cantor (Chair)',
      'Angus Campbell (Deputy Chair)',
      'Cath Denham (Deputy Chair)',
      'Kate Broughton (Member)',
      'Bob Furniss (Member)',
    ]);
    expect(namePostRun('Francesca Osborne Chief Executive Nick Halford Director of Sustainable Growth Jane Macdonald Head of Business Services & Transformation')).toEqual([
      'Francesca Osborne (Chief Executive)',
      'Nick Halford (Director of Sustainable Growth)',
      'Jane Macdonald (Head of Business Services & Transformation)',
    ]);
  });

  test.each([
    // A given name not known between two posts: where one ends and the next person starts is not certain.
    'Kath Leys Activity Manager Ivana Curuvija Greening Officer Andy Dorin Protected Areas Manager',
    // Names with no posts at all are another reader's (givenNameRun).
    'Mike Brooker Ruth Hall Madeleine Havard Harry Legge-Bourke Peter Matthews Andy Middleton',
  ])('"%s" is left unread', (run) => {
    expect(namePostRun(run)).toBeNull();
  });

  test('read as the members present under "MEMBERS PRESENT"', () => {
    const r = read(
      [
        'ONE HUNDRED AND SEVENTY-EIGHTH TESTSHIRE HERITAGE BOARD MEETING, 18 JUNE 2019 OPEN SESSION CONFIRMED MINUTES',
        'MEMBERS PRESENT Mike Cantor Chair Angus Campbell Deputy Chair Kate Broughton Member Bob Furniss Member',
        'APOLOGIES Ian Gillan',
        '1. Welcome',
        'The Chair welcomed members.',
      ].join('\n'),
    );
    expect(people(r).filter((p) => p.endsWith('|present')).map((p) => p.split('|')[0])).toEqual(['Mike Cantor', 'Angus Campbell', 'Kate Broughton', 'Bob Furniss']);
  });
});
