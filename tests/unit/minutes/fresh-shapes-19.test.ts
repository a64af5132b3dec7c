/**
 * Issue 15, twentieth round: minutes that say no interests were declared in the shapes councils print it — a heading run
 * into "None." on one long line, "– none" in the item's own title, "No conflicts of interest", "None declared" on its
 * own line, a minute run into the agenda's "To receive declarations …" — and the sentences that must not be read as
 * none. Shapes seen on pages already spent (sets 16–19, scored before), written here with made-up councils and people;
 * the round's own set was held out whole.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseMinutesDetailed } from '../../../main/minutes';
import { run } from '../../../main/cli';

const state = (text: string) => parseMinutesDetailed('minutes.txt', text).minutes.declarationsState;

describe('minutes that say no interests were declared', () => {
  test('a declarations heading run into "None." on a page printed as one long line', () => {
    const filler = 'The Chairman reported on the footpath survey and the state of the verges. '.repeat(40);
    const page = `ASHCOMBE PARISH COUNCIL Minutes of the meeting held on 3 April 2013. Present: Councillors Reed (Chairman), Lowe and Hart. 101 Apologies. Councillor Mead. 102 Declaration of members’ interests. None. 103 Minutes of the meeting held on 4 March 2013 were approved. 104 Matters arising. ${filler}`;
    expect(state(page)).toBe('none-declared');
  });

  test('"(Agenda Item 3) None." after a heading in capitals', () => {
    const page = [
      'Minutes COUNCIL 5 July 2018 Meeting held at the Civic Centre',
      'MEMBERS PRESENT: Councillors Ann Reed, Bob Lowe, Cath Hart',
      '14. APOLOGIES FOR ABSENCE (Agenda Item 2) Apologies were received from Councillor Dan Mead. 15. DECLARATIONS OF INTEREST (Agenda Item 3) None. 16. MAYOR’S ANNOUNCEMENTS (Agenda Item 4) The Mayor thanked the volunteers.',
    ].join('\n');
    expect(state(page)).toBe('none-declared');
  });

  test('"– none" in the item’s own title, and a title ending in a bracketed Act then "None"', () => {
    const dashed = ['Minutes of the meeting of Westbrae Community Council, 1 November 2022', '4. Apologies – R Hart', '5. Declarations of interest – none', '6. Adoption of previous minutes', 'Proposed by A Reed, seconded by B Lowe.'].join('\n');
    expect(state(dashed)).toBe('none-declared');
    const act = ['Minutes of the meeting of Eastcote Parish Council held on 5 March 2015', '2015/11 Apologies for Absence Apologies were received from Cllr Hart', '2015/12 Declarations of Interest and Dispensation for Agenda items only (Section 27 Localism Act 2011) None', '2015/13 To approve the minutes of the meeting held on 5 February 2015 The minutes were approved.'].join('\n');
    expect(state(act)).toBe('none-declared');
  });

  test('"No conflicts of interest." under a welcome and conflicts item', () => {
    const page = ['Minutes of the meeting of Northgate Community Council, 12 May 2021', '1. WELCOME & CONFLICTS OF INTEREST', 'AR welcomed everyone to the first meeting.', 'No conflicts of interest.', '2. APOLOGIES', 'None.'].join('\n');
    expect(state(page)).toBe('none-declared');
  });

  test('"No changes were received or declarations made", and "None declared" on its own line', () => {
    const coordinated = ['Minutes of the meeting of Southby Parish Council held on 10 June 2020', '47 / 2020 DECLARATIONS OF PECUNIARY INTEREST. No changes were received or declarations made', '48 / 2020 MINUTES The minutes were approved.'].join('\n');
    expect(state(coordinated)).toBe('none-declared');
    const alone = ['Minutes of the meeting of Upfield Parish Council held on 10 June 2020', 'Present: Councillors Reed, Lowe and Hart.', '2. APOLOGIES. Apologies from Dan Mead.', 'None declared', '', '• The Chair reported that the green was in good order.'].join('\n');
    expect(state(alone)).toBe('none-declared');
  });

  test('the minute run into the agenda’s "To receive declarations …" wording', () => {
    const page = [
      'Minutes of the Annual Meeting of Lowfield Parish Council held on 10 May 2016',
      '4 Minutes of meeting held on 9 March 2016',
      'The minutes were accepted as a correct record.',
      '',
      '5 Declarations of Interest:',
      'To receive Declarations of Interest in accordance with the Model Code of Conduct',
      'There were no Declarations of Interest and no requests for dispensation.',
      '',
      '6 Matters arising from the minutes:',
      'The Clerk reported on the bus shelter.',
    ].join('\n');
    expect(state(page)).toBe('none-declared');
  });

  test('a bulleted "- Declarations of Interest" heading over "None."', () => {
    const page = ['Westcote Community Council', 'Minutes of the General Meeting held on Wednesday 2nd August 2023 at 7.00pm in the Village Hall', '- Apologies', 'A Reed, B Lowe', '- Declarations of Interest', 'None.', '- Approval of previous minutes', 'Approved by C Hart; seconded by D Mead.'].join('\n');
    expect(state(page)).toBe('none-declared');
  });

  test('a none that a member’s declaration qualifies, or "None of", is not read as none declared', () => {
    const except = ['Minutes of the meeting of Eastcote Parish Council held on 5 March 2015', '2015/12 Declarations of Interest – none, except that Cllr Hart has an interest in the allotments', '2015/13 Minutes The minutes were approved.'].join('\n');
    expect(state(except)).not.toBe('none-declared');
    const noneOf = ['Minutes of the meeting of Eastcote Parish Council held on 5 March 2015', '2015/12 Declarations of Interest. None of the members present was a director of the trust, Cllr Hart said.', '2015/13 Minutes The minutes were approved.'].join('\n');
    expect(state(noneOf)).not.toBe('none-declared');
  });
});

describe('parse-minutes --json on a page run into one line', () => {
  test('says none were declared', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'runon-none-'));
    const file = path.join(dir, 'ashcombe.txt');
    fs.writeFileSync(file, 'ASHCOMBE PARISH COUNCIL Minutes of the meeting held on 3 April 2013. 101 Apologies. Councillor Mead. 102 Declaration of members’ interests. None. 103 Minutes of the meeting held on 4 March 2013 were approved.');
    const lines: string[] = [];
    expect(await run(['parse-minutes', file, '--json'], (l) => lines.push(l))).toBe(0);
    expect((JSON.parse(lines.join('\n')) as { declarationsState: string }).declarationsState).toBe('none-declared');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

const who = (text: string, status: string) =>
  parseMinutesDetailed('minutes.txt', text)
    .attendance.filter((a) => a.status === status)
    .map((a) => (a.role ? `${a.name} (${a.role})` : a.name));

describe('registers and apologies in the shapes of parish and cabinet minutes', () => {
  // A parish's minutes copied from a web page laid out as a table: one member a row, each row ending in its cell's border,
  // the apologies on a line with no full stop, the first minute straight after it.
  const parish = [
    'Minutes of the Parish Council Meeting held at the Village Hall, Little Ashby, Monday 25 th July 2005 at 7.30 pm',
    'Councillor A Rowe (Chairman) |',
    'Councillor J Darby |',
    'Councillor J Pike |',
    'Councillor R Tully |',
    'Councillor W Cane |',
    'Councillor J Rowe |',
    'Councillor R Darby |',
    'Dr P Bristow (Clerk) |',
    'Apologies received from Councillors C Rowe, C Curl and R Sones (Vice Chairman)',
    '05/26 It was the pleasant duty of the Chairman, Councillor A Rowe, to thank the retiring Clerk.',
    'Declaration of Interest (for Items on the Agenda',
    '05/27 There were no declarations of interest',
    '05/28 Minutes of the meeting held on Monday 27 th June were confirmed as a correct record.',
  ].join('\n');

  test('each member’s row is read without its border, the first under a heading that fills its line', () => {
    expect(who(parish, 'present')).toEqual(['A Rowe (Chair)', 'J Darby', 'J Pike', 'R Tully', 'W Cane', 'J Rowe', 'R Darby']);
    expect(who(parish, 'in-attendance')).toEqual(['Dr P Bristow (Clerk)']);
  });

  test('the apologies end where the next minute runs on, and the Chairman that minute names is not among them', () => {
    expect(who(parish, 'apologies')).toEqual(['C Rowe', 'C Curl', 'R Sones (Vice-Chair)']);
  });

  test('"Members of Cabinet present:", "Other Members present:" and "Officers present:" run on after the heading', () => {
    const page =
      'Minutes of the Cabinet Meeting held in the Conference Room, Riverside House on Tuesday 10 July 2018 at 6.30 pm Members of Cabinet present: R Hale (Leader), A Frost, S Gale. Other Members present: C Bland, A Cope. Officers present: S Barker (Chief Executive), K Blyth (Head of Operations), L Rigg (Finance Manager). 1. Apologies for Absence Apologies for absence were received from Councillor Holt and Councillor Pullen. 2. Declarations of Interest Councillor Hale declared a Disclosable Pecuniary Interest in respect of agenda item 8. 3. Minutes It was proposed, seconded and RESOLVED that the minutes of the meeting held on 5 June 2018 be confirmed as a correct record.';
    expect(who(page, 'present')).toEqual(['R Hale (Leader)', 'A Frost', 'S Gale', 'C Bland', 'A Cope']);
    expect(who(page, 'in-attendance')).toEqual(['S Barker (Chief Executive)', 'K Blyth (Head of Operations)', 'L Rigg (Finance Manager)']);
    expect(who(page, 'apologies')).toEqual(['Holt', 'Pullen']);
  });

  test('"Members of Cabinet present:" on its own line under a heading that fills its line', () => {
    const page = [
      'Minutes of the Cabinet Meeting held in the Conference Room, Riverside House on Tuesday 10 July 2018 at 6.30 pm',
      'Members of Cabinet present: R Hale (Leader), A Frost, S Gale.',
      'Other Members present: C Bland, A Cope.',
      '1. Apologies for Absence',
      'Apologies for absence were received from Councillor Holt.',
    ].join('\n');
    expect(who(page, 'present')).toEqual(['R Hale (Leader)', 'A Frost', 'S Gale', 'C Bland', 'A Cope']);
  });
});

describe('registers printed in columns', () => {
  test('"Messrs: / " heading a column, two names either side of a border, and apologies one to a line under "received from:-"', () => {
    const page = [
      'EASTFEN INTERNAL DRAINAGE BOARD',
      'MINUTES',
      'of the proceedings of the Board at a Meeting held at the Board’s Offices, on Wednesday, 14th September 2016',
      '------',
      'Present: - J.E. Grove Esq. (Chairman)',
      'Messrs: / T. Ashby',
      'R. Austen (4.02pm)',
      'B. Bowden',
      'C.Crane / H.C.Drew',
      'C. Hardwick',
      '',
      '1APOLOGIES',
      '',
      'Apologies for non-attendance were received from:-',
      '',
      'Messrs: / P. Bedwell',
      'Mrs M. Denton',
      'R. Hall-Jenner',
      '',
      '2CHAIRMAN’S ANNOUNCEMENTS',
      '',
      'The Chairman reported on the open day at the pumping station.',
    ].join('\n');
    const parsed = parseMinutesDetailed('minutes.txt', page);
    expect(who(page, 'present')).toEqual(['J.E. Grove Esq (Chair)', 'T. Ashby', 'R. Austen', 'B. Bowden', 'C.Crane', 'H.C.Drew', 'C. Hardwick']);
    expect(who(page, 'apologies')).toEqual(['P. Bedwell', 'Mrs M. Denton', 'R. Hall-Jenner']);
    expect(parsed.minutes.items.map((i) => `${i.number} ${i.title}`)).toEqual(['1 APOLOGIES', '2 CHAIRMAN’S ANNOUNCEMENTS']);
  });

  test('three columns split by " / " under a rule, after the chair’s line', () => {
    const page = [
      'COUNCIL, 22nd November 2017',
      '',
      'PRESENT:',
      '',
      'The Worshipful the Mayor (Councillor F Amin) in the Chair',
      '',
      '------',
      '',
      'Mrs P M Allan / M Greenway / G A Robson',
      'S Baines MBE / J C D Hardie / J Scully',
      'J D Baxter / R Holden-Kay / F Shah',
      '',
      '52MINUTES OF THE COUNCIL MEETING HELD ON 21ST SEPTEMBER 2017',
      '',
      'RESOLVED that the Minutes of the meeting held on 21st September 2017 be signed by the Mayor.',
    ].join('\n');
    expect(who(page, 'present')).toEqual(['F Amin (Chair)', 'Mrs P M Allan', 'M Greenway', 'G A Robson', 'S Baines MBE', 'J C D Hardie', 'J Scully', 'J D Baxter', 'R Holden-Kay', 'F Shah']);
  });

  test('"COUNCILLORS:" over surnames in columns with nothing between them, the chair "presiding", officers with posts that hold an "and"', () => {
    const page = [
      'Council - Minutes of Proceedings – 21 June 2007',
      '',
      'The meeting commenced at 2.00 p.m. in the Civic Centre, Northport',
      '',
      'PRESENT:-',
      '',
      'The Chairman (Councillor C Rich) presiding:',
      '',
      'COUNCILLORS:',
      '',
      'Akers-Bell Allen Atkin',
      '',
      'Barber Brand R W Cooke',
      '',
      'Coward Crane Fenn',
      '',
      'Young',
      '',
      'OFFICERS:',
      '',
      'Adrienne Sim, Director of Children’s Services',
      '',
      'Nicola Bale, Director of Adult and Community Services',
      '',
      '12. APOLOGIES FOR ABSENT MEMBERS',
      '',
      'Councillors Clough, S Cooke and Wallis.',
      '',
      '13. DECLARATIONS OF INTEREST FROM MEMBERS',
      '',
      'None.',
    ].join('\n');
    expect(who(page, 'present')).toEqual(['C Rich (Chair)', 'Akers-Bell', 'Allen', 'Atkin', 'Barber', 'Brand', 'R W Cooke', 'Coward', 'Crane', 'Fenn', 'Young']);
    expect(who(page, 'in-attendance')).toEqual(['Adrienne Sim (Director of Children’s Services)', 'Nicola Bale (Director of Adult and Community Services)']);
    expect(who(page, 'apologies')).toEqual(['Clough', 'S Cooke', 'Wallis']);
  });
});

describe('a register wrapped onto a second line that holds the next lists', () => {
  const page = [
    'Minutes of the Meeting of Lowbridge Town Council held at the Hall on Monday 18 December 2017 at 7.00pm.',
    'Present: Cllr’s: P. Sands (Chair), J. Aird, B. Bell, H. Ives,',
    'J. Jenks, P. Joyce, M. Wilde. Apologies: N. Bishop Rowe, A. Butler. A. Rigby, D. Smyth, Tennant. Also Present: Town Clerk. Public (5) Press (3).',
    'W94. Requests for dispensations:',
    'None received',
  ].join('\n');

  test('the members on the second line are present, and those after "Apologies:" (a full stop typed for a comma among them) sent apologies', () => {
    expect(who(page, 'present')).toEqual(['P. Sands (Chair)', 'J. Aird', 'B. Bell', 'H. Ives', 'J. Jenks', 'P. Joyce', 'M. Wilde']);
    expect(who(page, 'apologies')).toEqual(['N. Bishop Rowe', 'A. Butler', 'A. Rigby', 'D. Smyth', 'Tennant']);
  });
});

describe('labels with a full stop, titles shortened, a sentence after the list', () => {
  test('"153.Present." and "Apologies." over their lists, "(Presiding)" the chair', () => {
    const page = [
      'LOWER VALE COMMUNITY COUNCIL',
      'Minutes of the Ordinary Meeting of the Council',
      'Held at the Community Centre',
      'On Tuesday 14th January 2014.',
      '153.Present.',
      'Cllrs. S.Sutton (Presiding), M.Pugh, C.Price, G.Moore.',
      'Apologies.',
      'Cllrs. A.Hern, T.Dunn, L.G.Wynne.',
      '154.Minutes of the Ordinary Meeting of the Council held on Tuesday 10th December 2013.',
      'These were confirmed as a true record and signed by the Chairperson.',
    ].join('\n');
    expect(who(page, 'present')).toEqual(['S.Sutton (Chair)', 'M.Pugh', 'C.Price', 'G.Moore']);
    expect(who(page, 'apologies')).toEqual(['A.Hern', 'T.Dunn', 'L.G.Wynne']);
  });

  test('a list wrapped onto a line that ends in a sentence, with "C/Cllr" and "D/Cllr" members', () => {
    const page = [
      'Minutes of the meeting of Eastholme Group Parish Council held at',
      'the Memorial Hall at 7.30pm on Tuesday 6 June 2023',
      'Present:  Cllrs M Hobbs (Chairman), H Stone, P Bower, A Curtis, J Mann, R Waite, A Hyde, ',
      'K Tyler, C/Cllr I Flint, D/Cllr M Palin, Mrs M Vale (Clerk). Two members of the public were present.',
      'Meeting began at 7.31pm',
      '1. Public Forum:',
      'One member of the public asked about the verges.',
    ].join('\n');
    expect(who(page, 'present')).toEqual(['M Hobbs (Chair)', 'H Stone', 'P Bower', 'A Curtis', 'J Mann', 'R Waite', 'A Hyde', 'K Tyler', 'I Flint (County Councillor)', 'M Palin (District Councillor)']);
    expect(who(page, 'in-attendance')).toEqual(['Mrs M Vale (Clerk)']);
  });
});

const declared = (text: string) => parseMinutesDetailed('minutes.txt', text).minutes.declarations.map((d) => `${d.member}|${d.item ?? ''}|${d.subject}`);

describe('declarations in the shapes of board and town council minutes', () => {
  test('several members before a dash, each after a title, and entries run into one line as sentences', () => {
    const page = [
      'MARSHLAND WATER LEVEL MANAGEMENT BOARD',
      'Minutes of a Meeting of the Board held at the Village Hall, on Tuesday, 27th March 2012 at 2.00 p.m.',
      '1. APOLOGIES',
      'Apologies for absence were received from Mr N. Cole.',
      '2. DECLARATIONS OF INTEREST',
      'Mr R. Allen, Mr J. Bright, Mr D. Robins - agenda item 14 (Planning Applications). Mr R. Mace - agenda item 9 (Payment Schedule).',
      '3. BOARD MINUTES',
      'RESOLVED that the minutes of the meeting held on 6th December 2011 be approved.',
    ].join('\n');
    expect(declared(page)).toEqual(['Mr R. Allen|14|Planning Applications', 'Mr J. Bright|14|Planning Applications', 'Mr D. Robins|14|Planning Applications', 'Mr R. Mace|9|Payment Schedule']);
  });

  test('"Declared an interest in … – J. Grant, P. Rich": the interest first, the members after a dash', () => {
    const page = [
      'FENLAND FOURTH DISTRICT INTERNAL DRAINAGE BOARD',
      'MINUTES of the proceedings of the Board at a Meeting held on Wednesday, 14th September 2016',
      '1 APOLOGIES',
      'Apologies were received from Mr P. Bede.',
      '3 DECLARATION OF INTEREST ON ANY GENERAL ITEM',
      'Declared an interest in discussions about the wind farm cable route – J. Grove, P. Rich',
      'Declared an interest in the Wash Banks – A. Sale, B. Bowden',
      '4 MINUTES',
      'The minutes were approved.',
    ].join('\n');
    expect(declared(page)).toEqual(['J. Grove||discussions about the wind farm cable route', 'P. Rich||discussions about the wind farm cable route', 'A. Sale||the Wash Banks', 'B. Bowden||the Wash Banks']);
  });

  test('a comma lost between two members in initials, "the following item" meaning the item the minute is under', () => {
    const page = [
      'Minutes of the Civic Meeting of Council held on 6 June 2018 at 6.30pm',
      '066) Grants: a) To receive applications for grants',
      'Councillors D. Jones H. Tromans, M. Turner and B. Willis declared an interest in the following item and took no part in discussion or voting thereon. Ladies Circle – a grant towards new table cloths.',
    ].join('\n');
    expect(declared(page).map((d) => d.split('|').slice(0, 2).join('|'))).toEqual(['D. Jones|066', 'H. Tromans|066', 'M. Turner|066', 'B. Willis|066']);
  });

  test('"W95. Declarations of Interest:" after a one-line minute, members and a colon, and "ii. Councillor X – In respect of item 9.1 …"', () => {
    const colon = [
      'Minutes of the Meeting of Lowbridge Town Council held on Monday 18 December 2017 at 7.00pm.',
      'W94. Requests for dispensations:',
      'None received',
      'W95. Declarations of Interest:',
      'Cllr. J. Jenks: SLDC Planning,',
      'Cllr S Webb: Agenda Item 13.',
      'W96. Public Participation:',
      'No members of the public spoke.',
    ].join('\n');
    expect(declared(colon)).toEqual(['J. Jenks||SLDC Planning', 'S Webb|13|Agenda Item 13']);
    const numbered = [
      'Minutes of the meeting of the Council held on 8 July 2024 at 6.00pm',
      '4. DISCLOSURES OF PECUNIARY AND PERSONAL INTERESTS',
      'The following disclosures of pecuniary and personal interests were made:',
      '      i.        Councillor Barker - In respect of item 9.1 (Motion on Notice – Divestment), a non-registrable interest as a member of the County Council.',
      '    ii.        Councillor Fry - In respect of item 9.1 (Motion on Notice – Divestment), a non-registrable interest as a member of the County Council.',
      '5. MINUTES',
      'The minutes were approved.',
    ].join('\n');
    expect(declared(numbered).map((d) => d.split('|').slice(0, 2).join('|'))).toEqual(['Barker|9.1', 'Fry|9.1']);
  });
});

describe('minute numbers with the year after them, or run onto their headings', () => {
  const titles = (text: string) => parseMinutesDetailed('minutes.txt', text).minutes.items.map((i) => `${i.number}|${i.title}`);

  test('"74.17 APPOINTMENT OF CHAIRMAN." then "75.17 …": minutes of 2017, the year kept after each number', () => {
    const page = [
      'MINUTES OF THE MEETING OF HOLTON PARISH COUNCIL HELD ON TUESDAY 2nd MAY 2017 AT 7.30PM, IN THE MEMORIAL HALL.',
      'Present: Cllr P Fish, Cllr J Gray and Cllr H Wills.',
      '74.17 APPOINTMENT OF CHAIRMAN.',
      'Cllr Fish was nominated for Chairman.',
      '75.17 ACCEPTANCE OF OFFICE.',
      'Resolved: that the newly elected Chairman signed the Acceptance of Office.',
      '76.17 APOLOGIES FOR ABSENCE.',
      'Resolved: that there were no apologies for absence; all present.',
    ].join('\n');
    expect(titles(page)).toEqual(['74.17|APPOINTMENT OF CHAIRMAN', '75.17|ACCEPTANCE OF OFFICE', '76.17|APOLOGIES FOR ABSENCE']);
  });

  test('"1.Calling of the Roll …" over its Gaelic heading, then "2. Declarations …": the first number and its full stop run onto the heading', () => {
    const page = [
      'Northby Council',
      'Date: Thursday, 19 September 2024',
      'A meeting of the Northby Council will be held in the Council Chamber, Council Offices, High Street, Northby on Thursday 19 September 2024 at 9.35am.',
      'You are invited to attend the meeting and a note of the business to be considered is attached.',
      'BUSINESS',
      '1.Calling of the Roll and Apologies for Absence',
      'Gairm a’ Chlàir agus Leisgeulan',
      '2. Declarations of Interest/Transparency Statement',
      'Foillseachaidhean Com-pàirt/Aithris Fhollaiseachd',
      'Members are asked to consider whether they have an interest to declare in relation to any item on the agenda.',
      '3. Recess Powers',
      'Cumhachdan Fosaidh',
      'Members are asked to note that the recess powers granted at the meeting on 27 June 2024 did not require to be used.',
      '4. Notice of Amendment (Planning) – Planning Applications',
      'Brath Atharrachaidh (Dealbhadh) – Iarrta Dealbhaidh',
      'a. Planning Application (23/01234/FUL) (PLN/001/24)',
      'Applicant: Northby Sea Farms (23/01234/FUL) (PLN/001/24)',
      'Location: Land 800M N Of Mill Cottage, Northby (Ward 10).',
    ].join('\n');
    expect(titles(page).slice(0, 4)).toEqual(['1|Calling of the Roll and Apologies for Absence', '2|Declarations of Interest/Transparency Statement', '3|Recess Powers', '4|Notice of Amendment (Planning) – Planning Applications']);
  });
});

describe('the meeting’s own business is procedural, and no one is its owner', () => {
  const decisions = (text: string) => parseMinutesDetailed('minutes.txt', text).minutes.decisions.map((d) => `${d.kind}|${d.owner ?? ''}`);

  test('"be invited to stand for election as Mayor", "signed the Acceptance of Office", "no apologies", minutes cut off before their verb', () => {
    const page = [
      'MINUTES OF THE MEETING OF HOLTON PARISH COUNCIL HELD ON TUESDAY 2nd MAY 2017 AT 7.30PM, IN THE MEMORIAL HALL.',
      'Present: Cllr P Fish, Cllr J Gray and Cllr H Wills.',
      '75.17 ACCEPTANCE OF OFFICE.',
      'Resolved: that the newly elected Chairman signed the Acceptance of Office in the presence of the Proper Officer.',
      '76.17 APOLOGIES FOR ABSENCE.',
      'Resolved: that there were no apologies for absence; all present.',
      '77.17 CIVIC YEAR.',
      'Resolved: that Councillor Ann Cole be invited to stand for election as Mayor at the next Annual Meeting.',
      '78.17 MINUTES OF THE LAST MEETING.',
      'Resolved: that the Minutes of the meeting of the Parish Council he',
    ].join('\n');
    expect(decisions(page)).toEqual(['procedural|', 'procedural|', 'procedural|', 'procedural|']);
  });
});

describe('a ModernGov page whose "Minutes:" labels were lost in the copy', () => {
  test('the agenda’s wording before "Additional documents:" is not a decision, the minutes after it are', () => {
    const page = [
      'Executive',
      'Monday, 4th November, 2024 6.30 pm',
      'Venue: Riverside House, Northby',
      'Declarations of Interest',
      'Members are asked to declare any interest that they may have in any of the items under consideration.',
      'Additional documents:',
      '',
      'There were no declarations of interest.',
      '',
      'Petitions and Requests to Address the Meeting',
      '',
      'The Chairman to report on any requests to submit petitions or to address the meeting.',
      '',
      'Additional documents:',
      '',
      'There were no petitions.',
      '',
      'Minutes pdf icon PDF 210 KB',
      '',
      'To confirm as a correct record the Minutes of the meeting held on 7 October 2024.',
      '',
      'Additional documents:',
      '',
      'The minutes of the meeting held on 7 October 2024 were agreed as a correct record and signed by the Chairman.',
    ].join('\n');
    const parsed = parseMinutesDetailed('minutes.txt', page).minutes;
    expect(parsed.decisions.map((d) => `${d.kind}|${d.owner ?? ''}|${d.text.slice(0, 44)}`)).toEqual(['procedural||The minutes of the meeting held on 7 October']);
    expect(parsed.items.find((i) => /Petitions/.test(i.title))?.agendaText).toBe('The Chairman to report on any requests to submit petitions or to address the meeting.');
  });
});

describe('a register whose marks say who was there, not read', () => {
  test('the attendance is shown as read in part, not as the apologies alone', () => {
    const page = [
      'MARSHLAND WATER LEVEL MANAGEMENT BOARD',
      'Minutes of a Meeting of the Board held at the Village Hall, on Tuesday, 27th March 2012 at 2.00 p.m.',
      'Elected Members Nominated by the District Council * Messrs M.A. Hart (Chairman) * R. Allen * R. Adams (Vice-Chairman) * N. Arne * P. Bradley * T. Barr N. Cole * J. Coggins',
      '* Present',
      '1. APOLOGIES',
      'Apologies for absence were received from Mr N. Cole.',
      '2. BOARD MINUTES',
      'RESOLVED that the minutes of the meeting held on 6th December 2011 be approved.',
    ].join('\n');
    expect(parseMinutesDetailed('minutes.txt', page).minutes.attendanceState).toBe('partial');
  });
});

describe('a noting over the points it notes', () => {
  test('"RESOLVED that council note the following updates:" over bullets is one noting, no actions', () => {
    const page = [
      'Minutes of the Meeting of Lowbridge Town Council held on Monday 18 December 2017 at 7.00pm.',
      'W96. Public Participation:',
      'No members of the public spoke.',
      'W97 Town Mayor’s announcements:',
      'The Mayor had attended the school concert.',
      'W98 Minutes: RESOLVED that the minutes of the Council meeting held on 20 November 2017 be confirmed as a true record.',
      'W99 Update: RESOLVED that council note the following updates:',
      '· Crime and ASB down',
      '· Crime 479/484 ASB 230/248',
      '· ASB 207 calls for service previous year 245',
    ].join('\n');
    const kinds = parseMinutesDetailed('minutes.txt', page).minutes.decisions.map((d) => `${d.item}|${d.kind}`);
    expect(kinds).toEqual(['W98|procedural', 'W99|noted']);
  });
});

describe('a board’s notes: each person with their initials and post, under "Attendance" and "Apologies"', () => {
  const page = [
    'Northshire Governance Board',
    '',
    'Notes of Meeting',
    '',
    'Wednesday 21st June 2023, 14:30-17:00',
    '',
    'Attendance',
    '',
    'Jan Carr (JC) Chair – Police & Crime Commissioner',
    '',
    'Gary Bolt (GB) – Chief Executive Officer',
    '',
    'Rachel Jones (RJ) – Assistant Chief Constable, Local Policing',
    '',
    'Rae Thorne (minutes) – Secretary',
    '',
    'Apologies',
    '',
    'Pippa Mill (PM) – Chief Constable',
    '',
    'Paul Benn (PB) – Treasurer',
    '',
    'Minutes',
    '',
    'Ref 01/21/06/2023',
    '',
    'Introductions were made and apologies noted.',
    '',
    'Ref 02/21/06/2023',
    '',
    'Minutes and Action Log for the meeting held on 24th May 2023.',
    'The minutes were recorded as an accurate record.',
    '',
    'Ref 03/21/06/2023',
    '',
    'Coroner’s Review – Paper – For Decision.',
    'Decision: The recommendation to approve submission to the cabinet on the 29th June 2023 was supported.',
  ].join('\n');

  test('everyone is read with their post, the chair as Chair, and the attendance is shown as read in full', () => {
    expect(who(page, 'present')).toEqual(['Jan Carr (Chair)', 'Gary Bolt (Chief Executive Officer)', 'Rachel Jones (Assistant Chief Constable, Local Policing)', 'Rae Thorne (Secretary)']);
    expect(who(page, 'apologies')).toEqual(['Pippa Mill (Chief Constable)', 'Paul Benn (Treasurer)']);
    expect(parseMinutesDetailed('minutes.txt', page).minutes.attendanceState).toBe('read');
  });
});

describe('headings that lost their spaces', () => {
  const head = (text: string) => {
    const m = parseMinutesDetailed('minutes.txt', text).minutes;
    return `${m.committee}|${m.date}|${m.startTime}`;
  };

  test('"on Thursday20th October 2011" and "Monday3 November2014": the date read though the day is glued to its weekday', () => {
    const glued = ['Minutes of theOctober 2011 meeting of Eastbrae Community Council held in the Council Chamber, the Town Hall, Eastbrae on Thursday20th October 2011', '', 'at 7.30 pm', '', '1.Welcome and Apologies', '', 'Present: Ann Gill (Chair); Tom Gill (Vice Chair); Bob Ness (Treasurer)', '', '2.Minutes of the Previous Meeting The September minutes were approved.'].join('\n');
    expect(head(glued)).toBe('Eastbrae Community Council|2011-10-20|19:30');
    const both = ['Westpeffer Community Council', 'Minutes of Meeting at Westpeffer Community Centre: Monday3 November2014', 'Present: - Kit Bowen (KB) Chair, Peter Wall (PW) Vice Chair', '1. Apologies', 'Posy Pike', '2. Minutes of meeting of 6 October 2014', 'Proposed by KB and seconded by PW.'].join('\n');
    expect(head(both).split('|')[1]).toBe('2014-11-03');
  });

  test('"D R A F T Minutes of Meeting of …": a word printed letter-spaced before the heading', () => {
    const page = ['Community Council Cyngor Cymunedol Northcote', '', 'Northcote Community Centre Canolfan Gymunedol Northcote CF33 4AS', '', 'Chairperson / Cadeirydd: Mrs S M Bennet Clerk/Clerc: D Evans', '', 'Ffôn / Tel: 07000 000000 e-bost / e-mail: clerk@example.org', '', 'D R A F T Minutes of Meeting of Northcote Community Council held remotely on 24th March 2021 at 6.30pm', '', 'Chair: Cllr Mrs S M Bennet Members: Mr N Dewey, Mr R Grant, & Mr A Wills Clerk: Ms Dawn Evans', '', '1. Apologies for absence. Cllrs Mr J Tilley & Ms G Hart', '', '2. Declarations of Interests. Cllr R Grant declared an interest in all matters relating to Planning.', '', '3. Update from the Police. PCSOs were in attendance. Members were updated on policing within the area.', '', '4. Minutes. It was resolved that the minutes of the meeting held on 24th February 2021 be approved as a correct record.'].join('\n');
    expect(head(page)).toBe('Northcote Community Council|2021-03-24|18:30');
  });
});
