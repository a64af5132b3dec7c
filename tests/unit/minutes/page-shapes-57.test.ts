/**
 * Round 46 (after sets 51 to 56 were spent): shapes real pages print that the parser lost, written here with made-up
 * bodies and people.
 */
import { parseMinutesDetailed } from '../../../main/minutes';

const read = (lines: string[]) => parseMinutesDetailed('page.txt', lines.join('\n'));
const items = (r: ReturnType<typeof read>) => r.minutes.items.map((i) => `${i.number ?? '-'}|${i.title}`);
const decisions = (r: ReturnType<typeof read>) => r.minutes.decisions.map((d) => `${d.item ?? '-'}|${d.kind}|${d.text}`);

test('the agenda\'s heading, then "The minutes were agreed" with no stop between: the heading ends before "The", the minutes are approved', () => {
  const r = read([
    'Lowbridge Parish Council',
    'Minutes of the meeting held on 8 January 2014',
    '1. / Apologies',
    'Cllr. Dane was attending another meeting.',
    '2. / Members to agree the minutes of the Parish Council meeting 4th December 2013',
    'The minutes were agreed and signed.',
    '3. / To receive declarations of interest on agenda items.',
    'None.',
    '4. To approve minutes of the last meeting held 20th May 2024: The minutes were signed as a true record.',
    '5. Clerk report',
    'None',
  ]);
  expect(items(r)).toEqual(expect.arrayContaining(['2|Members to agree the minutes of the Parish Council meeting 4th December 2013', '4|To approve minutes of the last meeting held 20th May 2024']));
  expect(decisions(r)).toEqual(expect.arrayContaining(['2|procedural|The minutes were agreed and signed.', '4|procedural|The minutes were signed as a true record.']));
});

test('"Report of The Clerk was received": a "The" after a word that joins the heading stays in it', () => {
  const r = read([
    'Lowbridge Parish Council',
    'Minutes of the meeting held on 8 January 2014',
    '1. Apologies',
    'None.',
    '2. Report of The Clerk on footpaths was received and noted.',
    '3. Finance',
    'Accounts were paid.',
  ]);
  expect(items(r)).toContain('2|Report of The Clerk on footpaths');
});

test('"Present: Gearóid Ó hEára, …": an Irish surname whose name after "Ó" or "Ní" begins with a small "h" is a person in full', () => {
  const r = read([
    'Glenrath Municipal District',
    'Minutes of the meeting held on 18 February 2019',
    'Present: Cllr. Gearóid Ó hEára, Cllr. Úna Ní hAodha, Cllr. John Boyd',
    '1. Minutes',
    'The minutes were adopted.',
  ]);
  expect(r.attendance.map((a) => a.name)).toEqual(['Gearóid Ó hEára', 'Úna Ní hAodha', 'John Boyd']);
});

test('headings numbered "1.0", "2.0" run into one paragraph with their points "1.1", "2.1": each heading is an item', () => {
  const r = read([
    'Minute of Management Committee Meeting held on Thursday 28 January 2021 at 6pm PRESENT: Mr G Marr, Vice Chair Mr C Quinlan, Member 1.0 Apologies 1.1 There were no apologies. 2.0 Declarations of Interest, Gifts and Hospitality 2.1 Mr C Quinlan declared that he is a Director of the Home Board. 2.2 There were no declarations of gifts. 3.0 Declaration of Receipt and Understanding 3.1 Members confirmed receipt of their papers.',
  ]);
  expect(items(r)).toEqual(['1.0|Apologies', '2.0|Declarations of Interest, Gifts and Hospitality', '3.0|Declaration of Receipt and Understanding']);
  expect(r.minutes.declarations.map((d) => d.member)).toEqual(['Mr C Quinlan']);
});

test('"Chairman Cllr Peter Slade, Cllrs …" and "… Presiding: Councillor Neil Holme Clerk: …": the chair\'s office goes to the member it names', () => {
  const a = read([
    'Pimley Parish Council',
    'Minutes of the meeting held on 8 January 2014',
    'PRESENT: Chairman Cllr Peter Slade, Cllrs J Tanner, T Harman, B Adams',
    '1. Apologies',
    'None.',
  ]);
  expect(a.attendance.map((x) => `${x.name}|${x.role ?? ''}`)).toEqual(['Peter Slade|Chair', 'J Tanner|', 'T Harman|', 'B Adams|']);
  const b = read([
    'Ampley Parish Council',
    'Minutes of the meeting held on 11 July 2016',
    'Present: Councillors Neil Holme, Simon Holme, Andrew Rafe and Tony Wills. Presiding: Councillor Neil Holme Clerk: Jayne Webb Also present: District Councillor Fowle',
    '1. Apologies',
    'None.',
  ]);
  expect(b.attendance.map((x) => `${x.name}|${x.status}|${x.role ?? ''}`)).toEqual([
    'Neil Holme|present|Chair',
    'Simon Holme|present|',
    'Andrew Rafe|present|',
    'Tony Wills|present|',
    'Jayne Webb|in-attendance|Clerk',
    'Fowle|in-attendance|District Councillor',
  ]);
});

test('"… held on 8th September 2015 at Portmoak School 1. Attendance: CCllrs: …; WCllrs …": the list run on after the heading is read, the titles dropped', () => {
  const r = read([
    'Glenmoak Community Council',
    '',
    'Draft Minutes of Meeting held on 8th September 2015 at Glenmoak School 1. Attendance: CCllrs: Malcolm Strang Steele (Chairman); Bruce Calder (Secretary); Susan Ford; Dave Morrice and Tom Smyth; WCllrs Mike Barnard; and Willie Robb. Apologies: WCllr Joe Gallo. 2. Approval of previous Minutes: The draft Minute of the Meeting held in August 2015 was approved. 3. Matters Arising: None.',
  ]);
  expect(r.attendance.map((a) => `${a.name}|${a.status}`)).toEqual(
    expect.arrayContaining(['Malcolm Strang Steele|present', 'Bruce Calder|present', 'Susan Ford|present', 'Tom Smyth|present', 'Mike Barnard|present', 'Willie Robb|present', 'Joe Gallo|apologies']),
  );
  expect(r.minutes.apologies).toEqual(['Joe Gallo']);
});

test('"Cllrs:" as the members\' label: present under the heading, apologies under "Apologies were received from"; "Dist.Cllr." is a district councillor', () => {
  const a = read([
    'Minutes of the Meeting of the Parish Council',
    '',
    'held on Tuesday 20th June 2017',
    '',
    'in the Memorial Hall, High Street, Hinton Marsh,',
    '',
    'commencing at 8.00pm',
    '',
    'Cllrs:P.Williams, P.Seeker, G.Whiteway,',
    '',
    'Dist.Cllr. N.Butler',
    '',
    '1. Minutes',
    'The minutes were approved.',
  ]);
  expect(a.attendance.map((x) => `${x.name}|${x.status}|${x.role ?? ''}`)).toEqual(
    expect.arrayContaining(['P.Williams|present|', 'P.Seeker|present|', 'G.Whiteway|present|', 'N.Butler|present|District Councillor']),
  );
  const b = read([
    'The minutes of the Parish Council meeting held on Monday 20th August 2012 in the Wignall Room at 7.15 pm.',
    '62/1213 Present',
    'Councillors, Mr T Barrow, Mr C Gallo, Mrs V Gallo, and Mr B Rolt.',
    '63/1213 Apologies were received from',
    'Cllrs:  Mr A Cole, Mr D Ash, and Mr K Simms (District Councillor)',
    '64/1213 Minutes of the Previous Meeting',
    'The minutes were approved.',
  ]);
  expect(b.attendance.filter((x) => x.status === 'apologies').map((x) => x.name)).toEqual(['Mr A Cole', 'Mr D Ash', 'Mr K Simms']);
});

test('"Attendance" alone over "Cllr A (Chair) Cllr B …", and "AGENDA ITEM 1– APOLOGIES FOR ABSENCE 1. Apologies …": members, and items numbered 1, 2, 3', () => {
  const r = read([
    'BODLEY PARISH COUNCIL',
    '',
    'MINUTES OF THE PARISH COUNCIL MEETING AT THE JAMES CENTRE AT 7.46pm ON MONDAY, 13th MAY 2013',
    '',
    'Attendance',
    '',
    'Cllr Bob Clark (Chair) Cllr Robin Knox Cllr Roger Austen Cllr Alec Avers',
    '',
    'Cllr Jeremy Millard (District Councillor)',
    '',
    '10 members of the public were present.',
    '',
    'AGENDA ITEM 1– APOLOGIES FOR ABSENCE 1. Apologies were received from Cllrs Davies and Moore.',
    '',
    'AGENDA ITEM 2 – DECLARATIONS OF INTEREST 2. Cllrs Avers and Knox declared an interest in Item 29.',
    '',
    'AGENDA ITEM 3 – MINUTES OF THE PREVIOUS MEETING 3. The Minutes were accepted as a true record.',
  ]);
  expect(r.attendance.filter((a) => a.status === 'present').map((a) => `${a.name}|${a.role ?? ''}`)).toEqual([
    'Bob Clark|Chair',
    'Robin Knox|',
    'Roger Austen|',
    'Alec Avers|',
    'Jeremy Millard|District Councillor',
  ]);
  expect(items(r)).toEqual(['1|APOLOGIES FOR ABSENCE', '2|DECLARATIONS OF INTEREST', '3|MINUTES OF THE PREVIOUS MEETING']);
  expect(decisions(r)).toContain('3|procedural|The Minutes were accepted as a true record.');
});

test('"Members Present: Name Post Name Post … In Attendance:" over "Name Post … Apologies: …": people in full each followed by their post', () => {
  const r = read([
    'Westray Drug Partnership EXECUTIVE GROUP MEETING 20 April 2011 at 10.00 Police Station, Church Street, Kirkwall Minutes of Meeting Members Present: Gordon Mackie Chief Inspector, Northern Constabulary Colin Gilmore Health Promotion Manager Mairi Bremer Community Representative John Edwardes In Attendance:',
    'Wendy Ingle ADP Coordinator Suzanne Macall ADP Development Officer Alasdair Mackie ADP Administrator Apologies: Emma Collins',
    'Mr Gordon Mackie took the chair and welcomed his colleagues to the meeting.',
  ]);
  expect(r.attendance.map((a) => `${a.name}|${a.status}|${a.role ?? ''}`)).toEqual([
    'Gordon Mackie|present|Chief Inspector, Northern Constabulary',
    'Colin Gilmore|present|Health Promotion Manager',
    'Mairi Bremer|present|Community Representative',
    'John Edwardes|present|',
    'Wendy Ingle|in-attendance|ADP Coordinator',
    'Suzanne Macall|in-attendance|ADP Development Officer',
    'Alasdair Mackie|in-attendance|ADP Administrator',
    'Emma Collins|apologies|',
  ]);
});

test('"COUNCILLORS P. KENNY CATHAOIRLEACH, …" and "IN ATTENDANCE: MR. F. CURRY, CHIEF EXECUTIVE … HEAD OF IS SUPPORT …": the Irish chair, and officers whose post holds "IS"', () => {
  const r = read([
    'MINUTES OF THE ORDINARY MEETING OF COUNTY COUNCIL HELD REMOTELY ON MONDAY 11TH JANUARY 2021, COMMENCING 2PM',
    '',
    'PRESENT: COUNCILLORS P. KENNY CATHAOIRLEACH, T. ANSLEY, J. BEHAM AND I. WINTER (4)',
    '',
    'IN ATTENDANCE: MR. F. CURRY, CHIEF EXECUTIVE MS. L. GALLAHER, DIRECTOR OF SERVICES MR. L. FITZPATRICK, HEAD OF IS SUPPORT MS. D. KENNY, LAW AGENT',
    '',
    'At the commencement of the meeting a roll call was taken.',
  ]);
  expect(r.attendance.map((a) => `${a.name}|${a.status}|${a.role ?? ''}`)).toEqual([
    'P. KENNY|present|Chair',
    'T. ANSLEY|present|',
    'J. BEHAM|present|',
    'I. WINTER|present|',
    'MR. F. CURRY|in-attendance|CHIEF EXECUTIVE',
    'MS. L. GALLAHER|in-attendance|DIRECTOR OF SERVICES',
    'MR. L. FITZPATRICK|in-attendance|HEAD OF IS SUPPORT',
    'MS. D. KENNY|in-attendance|LAW AGENT',
  ]);
});

test('a page copied as one paragraph, "MULL … 7pm, 3rd March 2021, via zoom Present: …": minutes, dated, its lists read and the last apology cut from the next heading', () => {
  const r = read([
    'Isle of Rum Community Council',
    'Total Page:16',
    'RUM COMMUNITY COUNCIL 7pm, 3rd March 2021, via zoom Present: Billy McLymont, Andrena Duff, Tracy Mays, Adrian Stevens In Attendance: Mary-Jean Devine, PC Kevin Bonner, Dr John Holliday Apologies: Duncan Swinburn, Pam MacColl, Mandy MacKerrow Minutes of previous meeting Proposed: Andrena Duff Second: Tracy Mays Matters Arising AD sent letter to the Prime Minister with regards EU fishing laws. The problem is currently being worked on. All happy for letter to be sent. Toilets are going to be re-opened on the 1st of April, it should cost nothing.',
  ]);
  expect(r.minutes.date).toBe('2021-03-03');
  expect(r.minutes.startTime).toBe('19:00');
  expect(r.minutes.apologies).toEqual(['Duncan Swinburn', 'Pam MacColl', 'Mandy MacKerrow']);
  expect(r.attendance.map((a) => `${a.name}|${a.status}`)).toEqual(
    expect.arrayContaining(['Billy McLymont|present', 'Adrian Stevens|present', 'Mary-Jean Devine|in-attendance', 'Dr John Holliday|in-attendance']),
  );
});

test('"… held on … PRESENT Mr N Birch, Chairman … Mr A Corry Finn, Executive Director … IN ATTENDANCE … 2/17/1 CHAIRMAN’S BUSINESS The Chairman …": each styled person with their post, the lists ended by the first minute', () => {
  const r = read([
    'Minutes of a meeting of the Western Trust Board held on Thursday, 2 February 2017, at 10.00 am in the Library, Omagh PRESENT Mr N Birch, Chairman Mrs E Way, Chief Executive Mr J Camp, Non-Executive Director Mr A Corry Finn, Executive Director of Nursing/Director of Primary Care and Older People Dr D Hughes, Medical Director IN ATTENDANCE Mrs M McGinn, Executive Assistant to Chief Executive Mr O Kelly, Head of Communications 2/17/1 CHAIRMAN’S BUSINESS The Chairman welcomed everyone to the February Trust Board meeting in Omagh. 2/17/2 APOLOGIES There were none.',
  ]);
  expect(r.attendance.map((a) => `${a.name}|${a.status}|${a.role ?? ''}`)).toEqual([
    'Mr N Birch|present|Chair',
    'Mrs E Way|present|Chief Executive',
    'Mr J Camp|present|Non-Executive Director',
    'Mr A Corry Finn|present|Executive Director of Nursing/Director of Primary Care and Older People',
    'Dr D Hughes|present|Medical Director',
    'Mrs M McGinn|in-attendance|Executive Assistant to Chief Executive',
    'Mr O Kelly|in-attendance|Head of Communications',
  ]);
});

test('"AGENDA ITEM 3 – …" then "AGENDA ITEM 4 - …": one run whichever dash was typed; "Cllr A proposed and Cllr B seconded that …" is the motion', () => {
  const r = read([
    'BODLEY PARISH COUNCIL',
    '',
    'MINUTES OF THE PARISH COUNCIL MEETING AT THE JAMES CENTRE AT 7.46pm ON MONDAY, 13th MAY 2013',
    '',
    'AGENDA ITEM 1– APOLOGIES FOR ABSENCE 1. Apologies were received from Cllrs Davies and Moore.',
    '',
    'AGENDA ITEM 2 – DECLARATIONS OF INTEREST 2. None.',
    '',
    'AGENDA ITEM 3 – MINUTES OF THE PREVIOUS MEETING 3. The Minutes were accepted as a true record.',
    '',
    'AGENDA ITEM 4 - MATTERS ARISING FROM THE MINUTES 4. Minute 6: Playground Repairs. Cllr Mitchell proposed and Cllr Avers seconded that £100 be made available for the cost of materials. This was accepted unanimously. 5. Minute 10: Hedges. The Clerk was instructed to write to the owners of the overhanging hedges.',
  ]);
  expect(items(r)).toEqual(['1|APOLOGIES FOR ABSENCE', '2|DECLARATIONS OF INTEREST', '3|MINUTES OF THE PREVIOUS MEETING', '4|MATTERS ARISING FROM THE MINUTES']);
  expect(decisions(r)).toEqual(expect.arrayContaining(['4|action|That £100 be made available for the cost of materials', '4|action|The Clerk was instructed to write to the owners of the overhanging hedges.']));
});

test('"3. To hold internal election and appoint members to sub-committees: Internal elections were held. …": a long numbered paragraph in the agenda\'s words is the next item', () => {
  const long = 'Nominations for Chair were as follows: Cllr Greg - nominated by Cllr Smart, seconded Cllr Appleby and agreed by majority. The nominees were asked to leave the room whilst a vote was taken, Cllr Harrison was appointed Vice-Chair by majority vote. Cllrs were appointed to the various committees and working groups.';
  const r = read([
    'GRAYLING COMMUNITY COUNCIL',
    '',
    'Minutes of the Meeting & AGM held at Grayling Hall at 7pm on 12th May 2021',
    '',
    '1. To receive apologies for absence: Cllrs J Bailey, D Williams.',
    '',
    '2. To receive declarations of interest: None',
    '',
    `3. To hold internal election and appoint members to sub-committees: Internal elections were held. ${long} Action: Clerk to update records and circulate the new list of committee members once complete.`,
    '',
    `4. To approve and sign the minutes of the meeting held on Wednesday 14th April 2021: The minutes were read and discussed briefly, and subject to a small change were agreed. ${long}`,
  ]);
  expect(items(r)).toEqual([
    '1|To receive apologies for absence',
    '2|To receive declarations of interest',
    '3|To hold internal election and appoint members to sub-committees',
    '4|To approve and sign the minutes of the meeting held on Wednesday 14th April 2021',
  ]);
  expect(decisions(r)).toEqual(expect.arrayContaining(['3|action|Clerk to update records and circulate the new list of committee members once complete.']));
});

test('"5. Matters arising Item 4:  Item 4 (item 22): Outstanding Action: …": the heading without the first matter\'s reference, the actions its own', () => {
  const filler = 'Cllr Coats explained that he had spoken to a member of the Gardening group and they were going to raise the task of maintaining the war memorial garden at their forthcoming AGM, and the Clerk would write to them in due course.';
  const r = read([
    'HELMLEY PARISH COUNCIL',
    'Minutes of the meeting held on 28th September 2016',
    '',
    '4. Approval and signature of the minutes of the meeting of 27th July, 2016 The minutes were approved by all and signed by the Chairman without amendment.',
    '',
    `5. Matters arising Item 4:  Item 4 (item 22): Outstanding Action: Cllr Wheel to create list of actions for the Playground Committee.  Item 11: ${filler} ${filler}`,
    '',
    '6. Planning',
    'No applications.',
  ]);
  expect(items(r)).toEqual(expect.arrayContaining(['5|Matters arising', '6|Planning']));
  expect(decisions(r)).toContain('5|action|Cllr Wheel to create list of actions for the Playground Committee.');
});

test('"District Councillor Cllr. P Morse" is the district councillor; "Cllr. R Bennet was unanimously voted as Chair" gives the chair held at the meeting', () => {
  const r = read([
    'Grassby Parish Council',
    'Minutes of the Council Meeting held Wednesday May 15th 2024, at the Village Hall',
    'Present: Cllr. R Bennet, Cllr. J Harriss, Cllr. J Browne and Cllr. S Riley.',
    'District Councillor Cllr. P Morse and County Councillor Cllr. T Smyth',
    '33.24   Election of Chair: Cllr. J Browne proposed Cllr. R Bennet. Proposal seconded by Cllr. J Harriss. Cllr. R Bennet was unanimously voted as Chair for the coming year.',
    '34.24   Election of Vice Chair: Cllr. R Bennet proposed Cllr. J Harriss. Cllr. J Harriss was unanimously voted as Vice Chair for the coming year.',
    '35.24   Declarations of Interest: None.',
  ]);
  expect(r.attendance.map((a) => `${a.name}|${a.role ?? ''}`)).toEqual(
    expect.arrayContaining(['R Bennet|Chair', 'J Harriss|Vice-Chair', 'J Browne|', 'P Morse|District Councillor', 'T Smyth|County Councillor']),
  );
});

test('"PRESENT            ACTION" over rows "Chair      Kate Sallis", "Trustees      Anne Finn, … Pauline Coakley-Webb and Rudolf Strand", "Supporters      Dave Cope, …"', () => {
  const r = read([
    'Friary Community Library',
    '',
    'Minutes of the General Meeting on 7 March 2016',
    '',
    'PRESENT                                                     ACTION                      ',
    '',
    'Chair                Kate Sallis',
    '',
    'Trustees          Anne Finn, Barry Rawlins, Pauline                            Coakley-Webb and Rudolf Strand',
    '',
    'Supporters      Dave Cope, Harry Glick and Sheri Darbey',
    '',
    'APOLOGIES  ',
    '',
    '                           Frances Bryer, Hugh Weldon and Terry Bernstein',
    '',
    'MINUTES of the meeting on 9 February 2015',
    '',
    'Approved.',
  ]);
  expect(r.attendance.map((a) => `${a.name}|${a.status}`)).toEqual([
    'Kate Sallis|present',
    'Anne Finn|present',
    'Barry Rawlins|present',
    'Pauline Coakley-Webb|present',
    'Rudolf Strand|present',
    'Dave Cope|present',
    'Harry Glick|present',
    'Sheri Darbey|present',
    'Frances Bryer|apologies',
    'Hugh Weldon|apologies',
    'Terry Bernstein|apologies',
  ]);
});

test('"Present: … Mr G." over "Hetherly, …": a name broken after its initial is one person', () => {
  const r = read([
    'NORTHERN REGIONAL COLLEGE',
    'Minutes of the meeting of the Governing Body held on Tuesday 5th May 2015',
    'Present: Dr R. Davis, Mr D. Lamb, Mr K. Webb, Mr G.',
    'Hetherly, Mr N. Badger, Mrs K. Scott, Mrs B.',
    'Larkins, Prof A. Woodside.',
    'In attendance: Mr T. Marten (Head of Finance).',
  ]);
  expect(r.attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['Dr R. Davis', 'Mr D. Lamb', 'Mr K. Webb', 'Mr G. Hetherly', 'Mr N. Badger', 'Mrs K. Scott', 'Mrs B. Larkins', 'Prof A. Woodside']);
});

test('"… Acting Town Clerk. TO RECEIVE APOLOGIES FOR ABSENCE 8656 Apologies …": headings in capitals before their running numbers, run into one paragraph', () => {
  const r = read([
    '6th December, 2011 DURSTON TOWN COUNCIL MINUTES of the PROCEEDINGS at the MEETING of the COUNCIL held in the Community Room at 7.10 pm on Tuesday, 6th December 2011. PRESENT: Councillors D Andrews and B Tipton, and Council officer Mrs S Gunn, Acting Town Clerk. TO RECEIVE APOLOGIES FOR ABSENCE 8656 Apologies for absence were accepted from Councillors S Cress (SDC meetings) and F Firth (personal). DECLARATIONS OF INTEREST 8657 It was noted from the agenda that there were no declarations. COUNTY AND DISTRICT COUNCILLOR REPORTS 8658 District Councillor Wheeler reported on the budget consultation and the new waste contract for the district.',
  ]);
  expect(items(r)).toEqual(['8656|TO RECEIVE APOLOGIES FOR ABSENCE', '8657|DECLARATIONS OF INTEREST', '8658|COUNTY AND DISTRICT COUNCILLOR REPORTS']);
});

test('"3. Declarations of interest" over "Non Declared at this stage of the meeting": none declared, "none" mistyped', () => {
  const r = read([
    'Draft Minutes of Colbay Community Council',
    'Meeting held on 10th December 2018 at 1815',
    'Councillors Present : Keith Ruther (KR), Helen Manners (HM), David Hobbs (DH)',
    '1. Apologies',
    'Alex Howe (AH)',
    '2. Minutes of last meeting',
    'Minutes of last meeting approved',
    '3. Declarations of interest',
    'Non Declared at this stage of the meeting',
    '4. Matters Arising',
    'KB to upload minutes.',
  ]);
  expect(r.minutes.declarationsState).toBe('none-declared');
});

test('"A Wixhall Parish Council Chairman: …": the letter before the council\'s name is no part of it', () => {
  const r = read([
    'A Wixhall Parish Council Chairman: Ian Merce Minutes of the Parish Council’s Monthly Meeting held on 10 March 2021 on the Zoom Platform starting at 7:30pm Present: Councillors: I Merce (Chair); J Spencer; B Harrison. 23/21 Apologies for Absence J Broad 24/21 Declaration of Pecuniary Interests None were declared. 25/21 Minutes of Previous Meeting Meeting of Wixhall Parish Council held on 10 February 2021: It was proposed by Cllr Spencer and resolved that the minutes be approved.',
  ]);
  expect(r.minutes.council).toBe('Wixhall Parish Council');
});

test('"… and Cllr Rounsell Cllr Sharp Phillips. Melanie Kilbey (Clerk)": the full stop before a person and their post in brackets ends the name before', () => {
  const r = read([
    'Linkton Parish Council Minutes of Meeting of the Council Monday 13th November 2017 at Village Hall, 7.30pm',
    '',
    'Those present were: Cllr Hearne (Chairman), Cllr Coombes, Cllr Stansfeld and Cllr Rounsell Cllr Sharp Phillips. Melanie Kilbey (Clerk)',
    '',
    '1) Absent: Apologies received from Cllr Warde.',
  ]);
  expect(r.attendance.map((a) => `${a.name}|${a.role ?? ''}`)).toEqual(expect.arrayContaining(['Sharp Phillips|', 'Melanie Kilbey|Clerk']));
});

test('"APOLOGIES , Cllrs:- Tracy Wills, …": a comma where the label\'s colon goes; those named sent apologies', () => {
  const r = read([
    'TAFFS VALE COMMUNITY COUNCIL Minutes of the meeting held on 28 September 2009',
    '',
    'PRESENT : Cllrs: - C Dyson (Chairperson), S Linton, L. Thomas and A. Evans,',
    '',
    'APOLOGIES , Cllrs:- Tracy Wills, Pat Prothero and C E Griffith.',
    '',
    'MINUTE No: 1/09/09 DISCLOSURES OF PERSONAL INTEREST: No declarations of interest were recorded.',
  ]);
  expect(r.minutes.apologies).toEqual(['Tracy Wills', 'Pat Prothero', 'C E Griffith']);
  expect(r.attendance.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['C Dyson', 'S Linton', 'L. Thomas', 'A. Evans']);
});

test('a long "PRESENT" list of styled members each with a post (over 600 characters) is read, not passed over', () => {
  const members = ['Mr N Birch, Chairman', 'Mrs E Way, Chief Executive', 'Mr J Camp, Non-Executive Director', 'Mrs S Cumming, Non-Executive Director', 'Dr G McElroy, Non-Executive Director', 'Mrs S O’Keane, Non-Executive Director', 'Dr C O’Mullen, Non-Executive Director', 'Mrs M Wood, Non-Executive Director', 'Mr K Downing, Executive Director of Social Work/Director of Women and Children’s Services', 'Mrs G McKie, Director of Acute Services', 'Dr D Hughes, Medical Director', 'Mrs A McConnel, Director of Human Resources', 'Mrs L Mitchel, Director of Finance and Contracting', 'Mrs T Malloy, Director of Performance and Service Improvement', 'Mr A Moor, Director of Strategic Capital Development'];
  const r = read([`Minutes of a meeting of the Western Trust Board held on Thursday, 2 February 2017, at 10.00 am in the Library, Omagh PRESENT ${members.join(' ')} IN ATTENDANCE Mrs M McGinn, Executive Assistant to Chief Executive Mr O Kelly, Head of Communications 2/17/1 CHAIRMAN’S BUSINESS The Chairman welcomed everyone to the meeting in Omagh.`]);
  expect(r.attendance.filter((a) => a.status === 'present').map((a) => `${a.name}|${a.role ?? ''}`)).toEqual(members.map((m) => m.replace(', ', '|').replace('|Chairman', '|Chair')));
});
