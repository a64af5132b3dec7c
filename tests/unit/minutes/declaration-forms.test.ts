/**
 * Issue 15: declarations in the forms unseen councils print them, written here with made-up councils and
 * people: a table flattened by copying into one cell per line (English and Welsh headers), "Name, items
 * …, Kind of interest" lines, bullets that put the item in a sentence of its own, the item named ahead
 * of the member, "made a personal declaration", board members named without a title, several
 * councillors on one dash line, and surnames such as McAlister.
 */
import { parseMinutesDetailed } from '../../../main/minutes';

const declarationsOf = (lines: string[]) => parseMinutesDetailed('minutes.txt', lines.join('\n')).minutes.declarations;
const rows = (lines: string[]) => declarationsOf(lines).map((d) => [d.member, d.item, d.nature, d.withdrew]);
const HEADER = 'Minutes of the meeting of the Resources Committee held at the Civic Offices on Monday, 11 March 2019 at 6.00 pm';

describe('a declarations table flattened into one cell per line', () => {
  test('English headers: each row gives the member, the minute and the kind of interest', () => {
    const page = [HEADER, '', '1. Declarations of Interest', '', 'Councillor', '', 'Minute No.', '', 'Nature of Interest', '', 'R. Tamsin Hale', '', '5 – Leisure Centre Contract', '', 'Personal – her son works at the centre', '', 'P.J. Orme', '', '7 – Car Parking Charges', '', 'Prejudicial – owns a car park in the town', '', '2. Minutes', 'RESOLVED that the minutes be approved.'];
    expect(rows(page)).toEqual([
      ['R. Tamsin Hale', '5', 'personal', false],
      ['P.J. Orme', '7', 'prejudicial', false],
    ]);
    expect(declarationsOf(page)[0]?.subject).toBe('her son works at the centre');
  });

  test('Welsh headers, the kind of interest taken from the item title where a row leaves it out, and a last row cut short', () => {
    const page = [HEADER, '', '2. DATGANIADAU O FUDDIANNAU PERSONOL.', '', 'Cofnodion:', '', 'Y Cynghorydd', '', 'Rhif y Cofnod', '', 'Y Math o Fuddiant', '', 'E.L. Pryce', '', '8.1 – Cynllun Datblygu Lleol', '', 'Mae ganddi dir ger y safle', '', 'Gethin Rowlands', '', '8.3 – Ysgol Gynradd'];
    expect(rows(page)).toEqual([
      ['E.L. Pryce', '8.1', 'personal', false],
      ['Gethin Rowlands', '8.3', 'personal', false],
    ]);
  });

  test('header words without rows of people under them give nothing', () => {
    const page = [HEADER, '', '1. Declarations of Interest', '', 'Member', '', 'Item', '', 'None', '', 'No interests were declared.'];
    expect(declarationsOf(page)).toEqual([]);
  });
});

test('"Name, items 9 a, 10 b, Kind of Interest": one declaration for each item named', () => {
  const page = [HEADER, '', '4. Declarations of Interest and Requests for Dispensations', 'Ruth Alder-Brown, items 9 a, 10 b i and ii, Disclosable Pecuniary Interest', 'Owen Teague, item 9 a, Other Interest', '', '5. Minutes', 'Resolved: to approve the minutes.'];
  expect(rows(page)).toEqual([
    ['Ruth Alder-Brown', '9 a', 'disclosable-pecuniary', false],
    ['Ruth Alder-Brown', '10 b i and ii', 'disclosable-pecuniary', false],
    ['Owen Teague', '9 a', 'unspecified', false],
  ]);
});

test('bullets run into one paragraph, each naming its item in a sentence of its own', () => {
  const page = [
    `${HEADER}. 1.0 Agenda Item 1: Record of those present 2.0 Agenda Item 2 Declarations of Interest • Agenda Item 12. Cllr T Bowen declared a personal but not prejudicial interest in relation to his role on the planning committee. • Agenda Item 14. Cllrs W Ince and D Lusk declared personal interests in the item as governors of the school. 3.0 Agenda Item 3. Exclusion of Press and Public.`,
  ];
  expect(rows(page)).toEqual([
    ['T Bowen', '12', 'personal', false],
    ['W Ince', '14', 'personal', false],
    ['D Lusk', '14', 'personal', false],
  ]);
});

test('the item named ahead of the member: "At the commencement of Minute No. 60, Councillor …"', () => {
  const page = [HEADER, '', '3. MEMBERS’ INTERESTS', 'Minutes: At the commencement of Minute No. 60, Councillor D Farrant declared an interest by virtue of being a member of the town council.', 'Prior to the consideration of the item on the Country Park, Minute No. 63 refers, Councillor S Kemble declared an interest by virtue of being a county councillor.'];
  expect(rows(page).map(([m, item]) => [m, item])).toEqual([
    ['D Farrant', '60'],
    ['S Kemble', '63'],
  ]);
});

test('"made a personal declaration in that …" is a declaration, its subject the reason', () => {
  const page = [HEADER, '', '4. Announcements', 'Councillor Penrose made a personal declaration in that his wife was an unpaid volunteer at the museum.'];
  expect(declarationsOf(page)).toEqual([expect.objectContaining({ member: 'Penrose', nature: 'personal', subject: 'his wife was an unpaid volunteer at the museum' })]);
});

test('a board member named without a title declares and withdraws; a body or "Members" before "declared" is not a member', () => {
  const page = [
    'NATIONAL PARK AUTHORITY MINUTES OF THE BOARD MEETING held at the Village Hall on Friday 16th May 2008 at 11.30am',
    'Declarations of Interest 4. Morag Lindsay declared an interest in item 6 as a Director of the Access Trust, and withdrew from the meeting for that item. Members declared no other interests. The Access Trust declared its support for the plan.',
  ];
  expect(rows(page)).toEqual([['Morag Lindsay', '6', 'unspecified', true]]);
});

test('several councillors on one dash line, and surnames such as McAlister', () => {
  const page = [HEADER, '', '2. Declarations of Interest', 'The following interests were declared at the meeting:-', '(a) Councillors Gault, Imrie and Wollen (Cabinet Members) – interest in the referred items; attended under the dispensation agreed by Council;', '(b) Councillor McAlister – agenda item relating to the Seafront Order – non-pecuniary – place of work is within the area;'];
  expect(declarationsOf(page).map((d) => d.member)).toEqual(['Gault', 'Imrie', 'Wollen', 'McAlister']);
});

test('"Councillor X declare a non-financial interest" (the verb as typed) is still a declaration', () => {
  const page = [HEADER, '', '2. Declarations of Interest', 'Councillor Nuttall declare a non-financial interest in item 17 of the agenda as a member of the trust.'];
  expect(rows(page)).toEqual([['Nuttall', '17', 'non-financial', false]]);
});

test('a declarations table whose cells lost their separators: minute number(s), titled member, kind of interest', () => {
  const page = [HEADER, '', '2. Declarations of Interest', 'Members should declare the existence and nature of any Disclosable Pecuniary Interest.', '', 'Minute Number       Member                                             Level of Interest', '', '0654                           Councillor Mary Orchard                  Disclosable Pecuniary Interest', '', '0654 & 0655             Councillor James Pinnock              Significant Other Interest'];
  expect(rows(page)).toEqual([
    ['Mary Orchard', '0654', 'disclosable-pecuniary', false],
    ['James Pinnock', '0654 & 0655', 'unspecified', false],
  ]);
});

test('numbered paragraphs: "2.2 Councillors A and B declared that in respect of Item 4 …", "2.3 In respect of Item 7 Councillors …"', () => {
  const page = [HEADER, '', '2. Declarations of Interest', '', '2.2       Councillors Nuttall and Orchard declared that in respect of Item 4 they had sat on a previous Sub-Committee which had considered an application at the same site.', '', '2.3       In respect of Item 7 Councillors Nuttall, Pinnock and Orchard declared that they had all previously sat on the Sub-Committee which had deferred the application.'];
  expect(rows(page).map(([m, item]) => [m, item])).toEqual([
    ['Nuttall', '4'],
    ['Orchard', '4'],
    ['Nuttall', '7'],
    ['Pinnock', '7'],
    ['Orchard', '7'],
  ]);
});

test('"agenda item 9 d)": the sub-item’s letter is part of the item', () => {
  const page = [HEADER, '', '2. / Declarations of Interest', 'Professor Lane declared an interest in agenda item 9 d) as his wife is a member of the Charitable Funds Committee.'];
  expect(declarationsOf(page).map((d) => d.item)).toEqual(['9 d']);
});

test('"did not participate in the vote" is not leaving the meeting; "left the room" is', () => {
  const page = [HEADER, '', '2. Declarations of Interest', 'Councillors Martin Nuttall and Pat Orchard declared prejudicial interests in item 11 on the agenda, as Members of the Development Trust, and did not participate in the vote to allocate funding to it.', 'Councillor Pinnock declared a prejudicial interest in item 12 and left the room during its consideration.'];
  expect(rows(page).map(([m, , , withdrew]) => [m, withdrew])).toEqual([
    ['Martin Nuttall', false],
    ['Pat Orchard', false],
    ['Pinnock', true],
  ]);
});
