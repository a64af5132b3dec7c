/**
 * Issue 15, seventeenth round: attendance lists the clerk introduced in words of their own, read when no labelled list
 * gave anyone present (attendance-cues.ts), and a title in lower case. Shapes seen on pages already spent (set 16,
 * scored before), written here with made-up councils and people; the round's own set was held out whole.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseMinutesDetailed } from '../../../main/minutes';
import { run } from '../../../main/cli';

const parse = (text: string) => parseMinutesDetailed('minutes.txt', text);
const who = (text: string, status: string) =>
  parse(text)
    .attendance.filter((a) => a.status === status)
    .map((a) => (a.role ? `${a.name} (${a.role})` : a.name));

describe('lists introduced in the clerk’s own words', () => {
  const kinds = [
    'Eastbrook Community Council',
    'MINUTES of meeting of Eastbrook Community Council held in the Village Hall, Mill Road, Eastbrook at 7.00pm on Monday 9 March 2015.[i]',
    'Community Councillors:Ann Reid; Tom Bell; Sue Grey; Carl Hay.',
    'Members of the public and officials: Cllr Dora Finch; Ewan Moss; Fay Lowe (WLC).',
    '1.Apologies:Gil Hart; Ida Noon',
    '2.Minutes approved by Ann Reid and Sue Grey',
    '3.Police report',
    '- Concern was raised about parking near the school.',
  ].join('\n');

  test('"Community Councillors:" are the members present; "Members of the public and officials:" attended', () => {
    expect(who(kinds, 'present')).toEqual(['Ann Reid', 'Tom Bell', 'Sue Grey', 'Carl Hay']);
    expect(who(kinds, 'in-attendance')).toEqual(['Dora Finch', 'Ewan Moss', 'Fay Lowe']);
  });

  test('such a list is shown as possibly incomplete, since where it ends was judged', () => {
    expect(parse(kinds).minutes.attendanceState).toBe('partial');
  });

  test('"Present." with a full stop in a paragraph, the clerk in brackets, apologies up to the sentence after them', () => {
    const page = [
      'Cyngor Cymuned Nantgwyn Community Council.',
      '',
      'Minutes of the meeting of Nantgwyn Community Council held at the Reading Room, on Monday 11th December 2017, with Madam Chairman Jo Price presiding. Present. Iwan Rees, Sian Howell, Dai Morgan, Jo Price. Rhys Lloyd, Mair Bowen ( Clerk ) Apologies: Tom Pryce, Eirian Jones Due to the absence of the vice chairman it was proposed that Councillor Iwan Rees take the minutes.',
      '',
      '61/17 Declaration of Interest None made.',
      '',
      '62/17 Previous Minutes. The minutes of the meeting held on November 13th 2017 were signed by the Chairman.',
    ].join('\n');
    expect(who(page, 'present')).toEqual(['Iwan Rees', 'Sian Howell', 'Dai Morgan', 'Jo Price', 'Rhys Lloyd']);
    expect(who(page, 'in-attendance')).toEqual(['Mair Bowen (Clerk)']);
    expect(who(page, 'apologies')).toEqual(['Tom Pryce', 'Eirian Jones']);
  });

  test('"SEDERUNT" in capitals inside a run-on page, each name with the initials the minutes then use', () => {
    const page = [
      'monday 18 march 2019 minutes of meeting',
      '',
      '12',
      'Page 1 of 12 WESTHAVEN COMMUNITY COUNCIL Monday 18 th March 2019 7pm Council Chambers Westhaven Town House MINUTES OF MEETING 1.00 SEDERUNT Ruth Kerr (RK) (Chair), Alan Ford (AF) (Vice Chair), Nell Park (NP) (Treasurer), Owen Gray (OG), Cllr Pat Quinn (PQ) 1.01 Apologies - Rob Sims (RS), Una Tait (UT) 1.02 Welcome – RK welcomed all present to the meeting. 2.00 MINUTES OF MEETING – 18 th February 2.01 Amendments and Adoption- Approved (Proposed OG, Seconded NP) 2.02 Action review – All items had been attended to or in hand with Agenda updates 3.00 POLICE REPORT 3.01 RK had circulated a report from the police.',
    ].join('\n');
    // (A title in lower case, "monday 18 march 2019 minutes of meeting", is the page's title all the same.)
    expect(parse(page).minutes.document).toBe('minutes');
    expect(who(page, 'present')).toEqual(['Ruth Kerr (Chair)', 'Alan Ford (Vice-Chair)', 'Nell Park (Treasurer)', 'Owen Gray', 'Pat Quinn']);
    expect(who(page, 'apologies')).toEqual(['Rob Sims', 'Una Tait']);
  });

  test('a name to a line under "Present", each post on the line under its name', () => {
    const page = [
      'Northcliff Community Council',
      'Minutes of Meeting',
      '14 December 2010',
      '',
      'Present',
      'Vera Cole',
      'Chair',
      ' ',
      'Gus Hale',
      'Minute Secretary',
      ' ',
      'Lena Watt',
      ' ',
      'Noah Field',
      'Freelance Reporter',
      ' ',
      '1.     Welcome and Apologies',
      'The chair welcomed everyone to the meeting. There were no apologies.',
    ].join('\n');
    expect(who(page, 'present')).toEqual(['Vera Cole (Chair)', 'Gus Hale (Minute Secretary)', 'Lena Watt']);
    expect(who(page, 'in-attendance')).toEqual(['Noah Field (Freelance Reporter)']);
  });

  test('"THOSE PRESENT" in capitals after the venue, the chair’s office before the member, members in initials', () => {
    const page =
      'LLANWERN TOWN COUNCIL MINUTES OF THE MEETING HELD ON TUESDAY 24TH MARCH 2015 AT 7.00PM AT THE OLD SCHOOL LLANWERN THOSE PRESENT Chairman Councillor L. Ward Councillors P. Dean W. Ellis C.R. Ellis D.O. Fry County Cllr. K. Gale 1. APOLOGIES: Cllr. D. Moss. 1a. CHAIRMAN’S ANNOUNCEMENTS The Chairman reported on the presentations she had made. 2. MINUTES The minutes were approved.';
    expect(who(page, 'present')).toEqual(['L. Ward (Chair)', 'P. Dean', 'W. Ellis', 'C.R. Ellis', 'D.O. Fry', 'K. Gale (County Councillor)']);
    expect(who(page, 'apologies')).toEqual(['D. Moss']);
  });

  test('the label in capitals after the venue is not part of the venue', () => {
    const page =
      'LLANWERN TOWN COUNCIL MINUTES OF THE MEETING HELD ON TUESDAY 24TH MARCH 2015 AT 7.00PM AT THE OLD SCHOOL LLANWERN THOSE PRESENT Chairman Councillor L. Ward Councillors P. Dean W. Ellis C.R. Ellis D.O. Fry County Cllr. K. Gale 1. APOLOGIES: Cllr. D. Moss. 1a. CHAIRMAN’S ANNOUNCEMENTS The Chairman reported on the presentations she had made. 2. MINUTES The minutes were approved.';
    expect(parse(page).minutes.venue).toBe('OLD SCHOOL LLANWERN');
  });

  test('"PRESENT" in capitals before names that each end in "Esq"', () => {
    const page =
      'WESTMOOR INTERNAL DRAINAGE BOARD At a Meeting of the Westmoor Internal Drainage Board held at the Village Hall, Westmoor on Wednesday the 8th February 2017 PRESENT K Ash Esq (Chairman) J E Cole Esq (Vice Chairman) N K Dunn Esq A Eve Esq The Chairman welcomed members. 1. MINUTES The minutes of the meeting held on 12 October 2016 were approved. 2. RATES The Board agreed to keep its rates as they were.';
    expect(who(page, 'present')).toEqual(['K Ash Esq (Chair)', 'J E Cole Esq (Vice-Chair)', 'N K Dunn Esq', 'A Eve Esq']);
  });
});

describe('guards: a list read from the clerk’s own words must be names and nothing else', () => {
  test('people run into their posts and bodies are not read as names', () => {
    const page =
      'Minutes of the Board of the Northvale Combined Authority, Riverside House, Northvale at 10.00am on Friday March 13th 2020\n\nATTENDEES Members Mayor Ben Oakes (Chair) Mayor Councillor Helen Pike OBE Leader, Eastford Borough Council Councillor Sam Reed Leader, Westford Borough Council Councillor Amy Rowe Deputy Mayor of Councillor Bob Sage Leader, Southford Borough Council Associate Members Dan Tate Vice Chair, Northvale Local Enterprise Partnership\n\n1. Minutes\nThe minutes of the last meeting were approved.\n\n2. Budget\nThe Board noted the report.';
    const names = parse(page).attendance.map((a) => a.name);
    for (const n of names) expect(n).not.toMatch(/\b(?:Leader|Mayor|Borough|Council)\b/);
  });

  test('"Members" alone over a list is the membership, not who came', () => {
    const page = ['Minutes of the Planning Committee held on Monday 2 March 2020 at 7pm', '', 'Members', '', 'Mr A Fox, Mrs B Gale, Mr C Hall', '', '1 MINUTES', '', 'The minutes were signed as a correct record.'].join('\n');
    expect(parse(page).attendance).toEqual([]);
  });

  test('a lower-case cue inside a sentence is not a label', () => {
    const page = [
      'Minutes of the Ordinary Meeting of Hillbury Parish Council held on Tuesday 3 March 2020 at 7.30pm',
      '',
      'The chair noted that councillors present were asked to sign the register, and officers present, Jane Cole and Tim Ross, had prepared the papers.',
      '',
      '1. Minutes',
      'The minutes were approved.',
    ].join('\n');
    expect(who(page, 'present')).toEqual([]);
  });
});

describe('"MINUTES" alone deep in the minutes is an item’s heading, not the page’s kind', () => {
  test('numbers alone on their lines over headings in capitals, one of them "MINUTES"', () => {
    const page = [
      'Minutes of the Annual Meeting of Ashby Parish Council on Tuesday, 14th July, 2020 held in the Hall at 7.30 p.m.',
      '',
      '20/5',
      '',
      'ELECTION OF CHAIRMAN',
      '',
      'It was RESOLVED that Cllr. Ann Hill be elected as Chairman for the year 2020/21.',
      '',
      '20/6',
      '',
      'DECLARATION OF ACCEPTANCE OF OFFICE',
      '',
      'The Chairman signed the Declaration of Acceptance of Office.',
      '',
      '20/7',
      '',
      'APOLOGIES',
      '',
      'No apologies were received.',
      '',
      '20/8',
      '',
      'MINUTES',
      '',
      'It was RESOLVED that the minutes of the meeting held on 10th March, 2020 be accepted as a true record.',
    ].join('\n');
    const items = parse(page).minutes.items.map((i) => `${i.number} ${i.title}`);
    expect(items).toEqual(['20/5 ELECTION OF CHAIRMAN', '20/6 DECLARATION OF ACCEPTANCE OF OFFICE', '20/7 APOLOGIES', '20/8 MINUTES']);
  });
});

describe('people among those present whose post says they are not members', () => {
  test('the press, a member of the public and the proper officer attended; the members were present', () => {
    const page = [
      'Minutes of the Meeting of Eastfield Community Council held on Monday 4 May 2015 at 7pm in the Hall',
      '',
      'Present: Cllr Amy Bell (Chair), Cllr Ben Cox (Treasurer), Cllr Cara Dean, Dan Eve (Press), Fred Gee (Member of the Public), Helen Ivy (Proper Officer), Ian Judd (Joint Secretary to the Forum)',
      '',
      '1. Minutes',
      'The minutes of the last meeting were approved.',
    ].join('\n');
    expect(who(page, 'present')).toEqual(['Amy Bell (Chair)', 'Ben Cox (Treasurer)', 'Cara Dean']);
    expect(who(page, 'in-attendance')).toEqual(['Dan Eve (Press)', 'Fred Gee (Member of the Public)', 'Helen Ivy (Proper Officer)', 'Ian Judd (Joint Secretary to the Forum)']);
  });
});

describe('an apology keeps its office, never its reason', () => {
  const page = [
    'Minutes of the Meeting of Ashby Parish Council held on Tuesday 3 March 2020 at 7.30pm',
    '',
    'Present: Cllr A Bell (Chair), Cllr B Cox, Cllr C Dean',
    'Apologies: County Councillor Ian Hope, District Councillor Carla Dorn, Ward Councillor Bruce Baker, Cllr D Eve (Vice-Chair), Cllr F Gray (illness)',
    '',
    '1. Minutes',
    'The minutes were approved.',
  ].join('\n');
  test('"County Councillor", "Ward Councillor", "(Vice-Chair)" are kept; "(illness)" is not a role', () => {
    expect(who(page, 'apologies')).toEqual(['Ian Hope (County Councillor)', 'Carla Dorn (District Councillor)', 'Bruce Baker (Ward Councillor)', 'D Eve (Vice-Chair)', 'F Gray']);
  });
  test('a member named Ward is not a ward councillor', () => {
    const other = page.replace('Cllr C Dean', 'Cllr L Ward Councillor M Hart');
    expect(who(other, 'present')).toEqual(['A Bell (Chair)', 'B Cox', 'L Ward', 'M Hart']);
  });
});

describe('numbered minutes run into one paragraph', () => {
  test('a heading followed by a sentence ending in a colon is a numbered heading of the run, not a heading ending in a colon', () => {
    const page =
      'Minutes of Meeting of the Annual General Meeting of the Westdale Local Access Forum Held on Tuesday 26 February 2008 Moorside, Westdale Present: Joan Abel (JA), Mark Bell (MB), Dora Cole (DC), Pete Dunn (PD) The meeting started at 10.35am. 1. Election of Chair and Vice Chair JA started the meeting by asking for nominations. MB was elected as Chair of the Westdale Access Forum for a year. 2. Welcome MB reiterated the welcome to new members. 1 3. Apologies Apologies were received from: Gail Wood (GW) and Ken Hill (KH.) 4. Approval of Minutes JB thought that paragraph three on page two should be amended. The minutes of the previous meeting were approved.';
    expect(parse(page).minutes.items.map((i) => `${i.number} ${i.title}`)).toEqual(['1 Election of Chair and Vice Chair', '2 Welcome', '3 Apologies', '4 Approval of Minutes']);
  });
});

describe('minutes numbered with the year, each heading run into its first sentence', () => {
  test('"69/17 Previous Minutes. The minutes …" and "68 /17" with a stray space are headings of one run', () => {
    const page = [
      'Minutes of the meeting of Glanrhyd Community Council held at the Reading Room on Monday 11th December 2017.',
      '',
      '68 /17 Declaration of Interest None made .',
      '',
      '69/17 Previous Minutes. The minutes of the meeting held on November 13th 2017 having been previously distributed were proposed and seconded as being a true reflection of the meeting and were duly signed by the Chairman after a short discussion about the wording of the last paragraph.',
      '',
      '70/17 Matters arising 58/15/1b Provision of additional street light along the main road: a cost of £615 plus VAT has been quoted, with an option of up to six lights. A local resident has raised a complaint with the highway authority. Await further update.',
      '',
      '71/17 Correspondence – a letter from the county council about the new recycling centre had been received and was noted by members after some discussion of the opening hours and charges.',
    ].join('\n');
    expect(parse(page).minutes.items.map((i) => `${i.number} ${i.title}`)).toEqual(['68/17 Declaration of Interest', '69/17 Previous Minutes', '70/17 Matters arising', '71/17 Correspondence']);
  });
});

describe('minutes numbered with two decimal places, run into one paragraph', () => {
  const page = [
    'monday 18 march 2019 minutes of meeting',
    '',
    '12',
    'Page 1 of 12 WESTHAVEN COMMUNITY COUNCIL Monday 18 th March 2019 7pm Council Chambers Westhaven Town House MINUTES OF MEETING 1.00 SEDERUNT Ruth Kerr (RK) (Chair), Alan Ford (AF) (Vice Chair), Nell Park (NP) (Treasurer), Owen Gray (OG), Cllr Pat Quinn (PQ) 1.01 Apologies - Rob Sims (RS), Una Tait (UT) 1.02 Welcome – RK welcomed all present to the meeting. 2.00 MINUTES OF MEETING – 18 th February 2.01 Amendments and Adoption- Approved (Proposed OG, Seconded NP) 2.02 Action review – All items had been attended to or in hand with Agenda updates 3.00 POLICE REPORT 3.01 RK had circulated a report from the police about incidents in the town since the last meeting.',
  ].join('\n');
  test('1.00, 1.01, 1.02, 2.00, 2.01, 2.02, 3.00 are the headings, each cut where its minute begins', () => {
    expect(parse(page).minutes.items.map((i) => `${i.number} ${i.title}`)).toEqual([
      '1.00 SEDERUNT',
      '1.01 Apologies',
      '1.02 Welcome',
      '2.00 MINUTES OF MEETING',
      '2.01 Amendments and Adoption',
      '2.02 Action review',
      '3.00 POLICE REPORT',
    ]);
  });
  test('the page’s "MINUTES OF MEETING" after the place is not part of the venue', () => {
    expect(parse(page).minutes.venue).toBe('Council Chambers Westhaven Town House');
  });
});

describe('declarations by the initials the minutes use for members', () => {
  test('"JL declared her interest as …" is Jackie Lane’s declaration, named in full from the attendance', () => {
    const page = [
      'Minutes of the meeting of Eastbay Community Council held on Tuesday 2nd February 2021 at 7pm.',
      '',
      'PRESENT: CCllr Jackie Lane (JL) - Chair, CCllr Anne Hunt (AH), CCllr Will Pole (WP)',
      '',
      '1. Declarations of interest',
      'JL declared her interest as she is connected to the Eastbay Riding Club. AH declared her interest as she is connected to the Eastbay Heritage Centre.',
      '',
      '2. Minutes',
      'The minutes were approved.',
    ].join('\n');
    expect(parse(page).minutes.declarations.map((d) => `${d.member}: ${d.subject}`)).toEqual(['Jackie Lane: connected to the Eastbay Riding Club', 'Anne Hunt: connected to the Eastbay Heritage Centre']);
  });
  test('initials that declare nothing about an interest are not a declaration', () => {
    const page = ['Minutes of the meeting of Eastbay Community Council held on Tuesday 2nd February 2021 at 7pm.', '', '1. Matters arising', 'JL declared the meeting open and thanked the hall committee.', '', '2. Minutes', 'The minutes were approved.'].join('\n');
    expect(parse(page).minutes.declarations).toEqual([]);
  });
});

describe('after scoring round 17: where a list read from the clerk’s own words ends', () => {
  test('"In attendance" run on after the last member, and a numbered line, end the lists before them', () => {
    const page = [
      'Royal Burgh of Eastwick and District Community Council',
      'Minutes of meeting 9th June 2015 in Council Chambers',
      '1. Sederunt',
      'Jan Wood (Chair), Meg Ince (Vice Chair), Pat Lamb, Ruth Mair, Fiona Neil, Rab Moir',
      'In attendance',
      'Cllr Lou Brown, Rob Flett (Knox), Cam Reid (Courier)',
      '2. Apologies: Emma Arm, Paul Dale, Cllr Tom Trew',
      '3. Guest Speakers: Keith Mann (Mann Architects) and Ian Wills (Wills Construction)',
      '(Stuart Gibb not able to attend this meeting)',
      'Keith and Ian were at the meeting to put forward their proposals for the old hotel.',
    ].join('\n');
    expect(who(page, 'present')).toEqual(['Jan Wood (Chair)', 'Meg Ince (Vice-Chair)', 'Pat Lamb', 'Ruth Mair', 'Fiona Neil', 'Rab Moir']);
    expect(who(page, 'apologies')).toEqual(['Emma Arm', 'Paul Dale', 'Tom Trew']);
  });

  test('a list that runs into the next minute’s number and heading is not read at all', () => {
    const page =
      'Your Ref: GM/LP/139/1/1413\nTotal Page:16\nFile Type:pdf, Size:1020Kb\nWESTMOOR INTERNAL DRAINAGE BOARD At a Meeting of the Westmoor Internal Drainage Board held at the Memorial Hall, High Street, Westmoor on Wednesday the 8th February 2017 PRESENT K Ash Esq (Chairman) Ms H Birch J E Cole Esq (Vice Chairman) N K Dunn Esq A Eve Esq N I Ford Esq Mr Robert Hill (representing the Clerk to the Board) was in attendance. Mr Iain Smith attended as a member of the public. The Chairman welcomed Helen Birch to her first meeting of the Board. Apologies for absence Apologies for absence were received from Mrs A C Hart, J S Burr Esq and B R Bell Esq. B.863 Declarations of Interest Mr Hill reminded Members of the importance of declaring interests. B.864 Confirmation of Minutes The minutes were approved.';
    expect(who(page, 'apologies')).not.toContain('Mr Hill');
    expect(parse(page).attendance.map((a) => a.name)).not.toContain('Mr Hill');
  });
});

describe('parse-minutes --json on a list read from the clerk’s own words', () => {
  test('the apologies are read and the attendance is stated as possibly incomplete', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cues-'));
    const file = path.join(dir, 'eastbrook.txt');
    fs.writeFileSync(
      file,
      [
        'Eastbrook Community Council',
        'MINUTES of meeting of Eastbrook Community Council held in the Village Hall, Mill Road, Eastbrook at 7.00pm on Monday 9 March 2015.[i]',
        'Community Councillors:Ann Reid; Tom Bell; Sue Grey; Carl Hay.',
        '1.Apologies:Gil Hart; Ida Noon',
        '2.Minutes approved by Ann Reid and Sue Grey',
      ].join('\n'),
    );
    const lines: string[] = [];
    expect(await run(['parse-minutes', file, '--json'], (l) => lines.push(l))).toBe(0);
    const parsed = JSON.parse(lines.join('\n')) as { attendanceState: string; apologies: string[] };
    expect(parsed.attendanceState).toBe('partial');
    expect(parsed.apologies).toEqual(['Gil Hart', 'Ida Noon']);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('after scoring round 17: what kind of decision', () => {
  test('an office filled for the year and a reason for absence approved are procedure; what the meeting noted is noting', () => {
    const page = [
      'Minutes of the Annual Meeting of Westford Town Council held on Monday 9 May 2011 at 7.30pm',
      '',
      '1. Election of Mayor',
      'RESOLVED: That Councillor Ruth Inman be Town Mayor for the year 2011/2012.',
      '',
      '2. Apologies',
      "RESOLVED: To approve Ward Cllr Sumner's reason for absence (prior engagement).",
      '',
      '3. Millennium Green',
      'The meeting noted that repair works to the Millennium Green were completed and the contractor paid.',
    ].join('\n');
    expect(parse(page).minutes.decisions.map((d) => `${d.item} ${d.kind}`)).toEqual(['1 procedural', '2 procedural', '3 noted']);
  });
});

describe('items found by the business every meeting has, when the item reader found at most one', () => {
  const page =
    'Your Ref: GM/LP/139/1/1413\nTotal Page:16\nFile Type:pdf, Size:1020Kb\nEASTMOOR INTERNAL DRAINAGE BOARD At a Meeting of the Eastmoor Internal Drainage Board held at the Memorial Hall, High Street, Eastmoor on Wednesday the 8th February 2017 PRESENT K Ash Esq (Chairman) Ms H Birch J E Cole Esq (Vice Chairman) N K Dunn Esq Mr Robert Hill (representing the Clerk to the Board) was in attendance. The Chairman welcomed Helen Birch to her first meeting of the Board. Apologies for absence Apologies for absence were received from Mrs A C Hart and B R Bell Esq. B.863 Declarations of Interest Mr Hill reminded Members of the importance of declaring interests and none were declared. B.864 Confirmation of Minutes RESOLVED That the Minutes of the meeting of the Board held on the 10th February 2016 are recorded correctly and that they be confirmed and signed. B.865 Clerk to the Board – retirement Further to the last meeting the Chairman reported on the arrangements for the Clerk to retire at the end of the year.';
  test('"B.863 Declarations of Interest", "B.864 Confirmation of Minutes", and "B.865" that carries their numbering on', () => {
    expect(parse(page).minutes.items.map((i) => `${i.number} ${i.title}`)).toEqual(['B.863 Declarations of Interest', 'B.864 Confirmation of Minutes', 'B.865 Clerk to the Board']);
    expect(parse(page).minutes.decisions.map((d) => `${d.item} ${d.kind}`)).toContain('B.864 procedural');
  });
  test('one standard heading alone is no reason to cut a page', () => {
    const one = 'Minutes of the Meeting of the Eastmoor Board held on Wednesday 8th February 2017. PRESENT K Ash Esq (Chairman). The Chairman welcomed members. Apologies for absence were received from Mrs A Hart. The Board then discussed the drains at length and agreed to meet again in the spring.';
    expect(parse(one).minutes.items.length).toBeLessThanOrEqual(1);
  });
});

describe('declarations put other ways', () => {
  test('a note in brackets, "(N.B. Councillors A and B declared …)", inside another item', () => {
    const page = [
      'Minutes of the Council held on Wednesday 10 July 2019 at 6.30pm',
      '',
      '1. Executive Board minutes',
      'The minutes of the Executive Board were received. (N.B. Councillors Pole and Ward declared a Disclosable Pecuniary Interest in the item of business at EXB 115, as they were both Non-Executive Directors of the Crossings Board)',
      '',
      '2. Questions',
      'There were no questions.',
    ].join('\n');
    expect(parse(page).minutes.declarations.map((d) => `${d.member} ${d.nature}`)).toEqual(['Pole disclosable-pecuniary', 'Ward disclosable-pecuniary']);
  });
  test('"There were 2 declarations by Cllr J Hope in respect of: …", its passage as printed', () => {
    const page = [
      'Minutes of the meeting of Eastgarth Town Council held on Wednesday 12 November 2014 at 7pm',
      '',
      '14/273 DECLARATIONS OF INTEREST',
      'There were 2 declarations by Cllr J Hope in respect of: planning application 14/100 (neighbour) and the grant to the bowls club (member).',
      '',
      '14/274 MINUTES',
      'The minutes of the last meeting were approved.',
    ].join('\n');
    const declarations = parse(page).minutes.declarations;
    expect(declarations.map((d) => d.member)).toEqual(['J Hope']);
    expect(declarations[0]?.passage).toMatch(/^There were 2 declarations by Cllr J Hope/);
  });
});

describe('headings with coded numbers whose wording alone is weak', () => {
  test('"C051/15 To confirm the Minutes of the meeting held on 1st April 2015" then "C052/15 …": the run makes each a heading', () => {
    const page = [
      'Minutes of the Town Council meeting held on Wednesday 15th April 2015 at 7.30pm',
      '',
      'C051/15 To confirm the Minutes of the meeting held on 1st April 2015',
      'The minutes were accepted as a true record.',
      '',
      'C052/15 To receive Councillors’ Declarations of Interest for matters on the Agenda',
      'Cllr B Annis – Accounts for Payment (Community Centre)',
      'Cllr R Camp – Planning Matters (PA 3679/13, Hill House Lane)',
      '',
      'C053/15 Planning',
      'No objection.',
    ].join('\n');
    const minutes = parse(page).minutes;
    expect(minutes.items.map((i) => i.number)).toEqual(['C051/15', 'C052/15', 'C053/15']);
    expect(minutes.declarations.map((d) => d.member)).toEqual(['B Annis', 'R Camp']);
  });
});

describe('after scoring round 18: a page’s menu is not a list of people', () => {
  test('"• Attendees" in a meeting page’s menu, then "Documents" / "Agenda" / "Standard Items", names no one', () => {
    const page = [
      'Meeting Details',
      '',
      'Meeting Summary',
      'Westshire Police, Fire and Crime Panel',
      '7 Dec 2017 - 14:00 to 17:00',
      'Occurred',
      '  • Documents',
      '  • Members',
      '  • Attendees',
      '',
      'Documents',
      '',
      'Agenda',
      '',
      'Agenda',
      'Standard Items',
      '1 Apologies for Absence and Notices of Substitution',
      'The Secretary to the Panel to report the receipt (if any).',
      '2 Minutes',
      'The minutes of the meeting held on 13 November 2017 were approved as a correct record and signed by the Chairman.',
    ].join('\n');
    expect(parse(page).attendance.map((a) => a.name)).toEqual([]);
  });
});

describe('after scoring round 18: another body’s minutes received', () => {
  test('"That the Minutes of the Finance Committee held on … be received" is noting, not a task', () => {
    const page = [
      'Minutes of the meeting of Eastdale Town Council held on Tuesday 2 July 2013 at 7.30pm',
      '',
      '1. Committees',
      'RESOLVED: That the Minutes of the Finance and Resources Committee at a meeting held on 25 January 2013 be received.',
      '',
      '2. Hedges',
      'RESOLVED: That the Clerk will write to the contractor to book the hedge cutting.',
    ].join('\n');
    expect(parse(page).minutes.decisions.map((d) => `${d.item} ${d.kind}`)).toEqual(['1 noted', '2 action']);
  });
});
