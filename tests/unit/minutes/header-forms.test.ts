/**
 * Issue 15: meeting headers as unseen councils and bodies print them, with made-up names: a heading
 * set one phrase to a line, the body's name on the line above the date, a date line with start and end
 * times, an issue page's decision date, fields copied onto the end of the line above, "Minutes of
 * Meeting held …" with no article, a heading part-way into a run-on first paragraph, "Meeting
 * Commenced: 2.30pm".
 */
import { parseMinutesDetailed } from '../../../main/minutes';

const headerOf = (lines: string[]) => {
  const m = parseMinutesDetailed('minutes.txt', lines.join('\n')).minutes;
  return { council: m.council, committee: m.committee, date: m.date, startTime: m.startTime, endTime: m.endTime, venue: m.venue };
};
const BODY = ['', '1. Apologies for Absence', 'Apologies were received from Councillor Ann Ridley.', '', '2. Minutes', 'RESOLVED that the minutes of the last meeting be approved.'];

test('a heading set one phrase to a line, the date before "held", the times in "Meeting Commenced:"', () => {
  const page = ['Minutes', '', 'of the Meeting of the', '', 'Licensing & Appeals Committee', '', 'Thursday, 12th March 2015', '', 'held at the Guildhall, Easterby.', '', 'Meeting Commenced: 2.30pm      Meeting Concluded: 4.05pm', ...BODY];
  expect(headerOf(page)).toMatchObject({ committee: 'Licensing & Appeals Committee', date: '2015-03-12', startTime: '14:30', endTime: '16:05', venue: 'Guildhall, Easterby' });
});

test('the body named on the line above the date, and a date line with the start and end', () => {
  const page = ['Meeting Details', '', 'Full Authority', '30 May 2018 - 10:00 to 11:30', ...BODY];
  expect(headerOf(page)).toMatchObject({ committee: 'Full Authority', date: '2018-05-30', startTime: '10:00', endTime: '11:30' });
  const dated = ['Meeting documents', '', 'General Purposes Committee', 'Tuesday, 9th September, 2014', ...BODY];
  expect(headerOf(dated)).toMatchObject({ committee: 'General Purposes Committee', date: '2014-09-09' });
});

test('a council’s name over a date is not taken as the committee', () => {
  const page = ['Eastmoor Borough Council', 'Tuesday, 9th September, 2014', ...BODY];
  expect(headerOf(page).committee).not.toBe('Eastmoor Borough Council');
});

test('an issue page’s decision line gives the date', () => {
  const page = ['Issue - decisions', '', 'Internal Audit Report', '', '21/02/2017 - Internal Audit Report', '', 'The Committee received the report.', '', 'RESOLVED – the report be noted.'];
  expect(headerOf(page).date).toBe('2017-02-21');
});

test('fields copied onto the end of the line above: the date, the times with their end, the venue', () => {
  const page = ['Minutes from the Fourth Meeting of the Northdale Health BoardDate of meeting: 11 April 2011', 'Time of meeting: 9.30am – 3.30pm', 'Venue for meeting: The Assembly Rooms, Northdale', ...BODY];
  expect(headerOf(page)).toMatchObject({ committee: 'Northdale Health Board', date: '2011-04-11', startTime: '09:30', endTime: '15:30', venue: 'The Assembly Rooms, Northdale' });
});

test('"Minutes of Meeting held on …" without an article', () => {
  const page = ['Minutes of Meeting held on Monday, 9 January 2017 at 7.00 pm in the Council Chamber, The Mall, Ballymore', ...BODY];
  expect(headerOf(page)).toMatchObject({ date: '2017-01-09', startTime: '19:00' });
});

test('a heading part-way into a run-on first paragraph, after a notice and the body’s name; the rest stays the minutes', () => {
  const page = [
    'NOTICE - Text files cannot include scanned images and tables, so refer to the pdf version of this document. GLENMOOR NATIONAL PARK AUTHORITY MINUTES OF THE BOARD MEETING held at The Village Hall, Glen Mor on Friday 16th May 2008 at 11.30am PRESENT Ann Ridley Tom Ashe Declarations of Interest 4. Morag Lindsay declared an interest in item 6 as a Director of the Access Trust, and withdrew from the meeting for that item.',
  ];
  const parsed = parseMinutesDetailed('minutes.txt', page.join('\n')).minutes;
  expect(headerOf(page)).toMatchObject({ council: 'GLENMOOR NATIONAL PARK AUTHORITY', committee: 'BOARD', date: '2008-05-16', startTime: '11:30' });
  expect(parsed.declarations.map((d) => d.member)).toEqual(['Morag Lindsay']);
});

test('a bilingual community council name before the heading gives the English name', () => {
  const page = ['CYNGOR CYMUNED LLANFAES COMMUNITY COUNCIL Minutes of the meeting of the Llanfaes Community Council held at Llanfaes School on Monday, 13th March, 2017, at 7.00.p.m. 1.0. Agenda Item 1: Record of those Present • Members: Cllrs Wyn Rees (Chair), Huw Lloyd. 2.0 Agenda Item 2 Declarations of Interest • Agenda Item 5. Cllr T Bowen declared a personal interest in relation to his role on the county council.'];
  expect(headerOf(page)).toMatchObject({ council: 'LLANFAES COMMUNITY COUNCIL', committee: 'Llanfaes Community Council', date: '2017-03-13', startTime: '19:00' });
  expect(parseMinutesDetailed('minutes.txt', page.join('\n')).minutes.declarations.map((d) => [d.member, d.item])).toEqual([['T Bowen', '5']]);
});

test('a CMIS page’s heading lines run together: "Meeting Summary <body> 14 Nov 2018 - 14:00 to 15:00"', () => {
  const page = ['Skip to main content', 'Business - Eastmoor Council', 'You are in Meetings', '', 'Meeting Details', '', 'Meeting Summary', 'Finance and Resources Policy Board', '14 Nov 2018 - 14:00 to 15:00', '  • Documents', '  • Attendance', ...BODY];
  expect(headerOf(page)).toMatchObject({ committee: 'Finance and Resources Policy Board', date: '2018-11-14', startTime: '14:00', endTime: '15:00' });
});

test('a ModernGov title naming the authority, then its committee, over the date', () => {
  const page = ['Agenda and minutes', '', 'Westshire and City of Eastby Fire and Rescue Authority - Policy and Strategy', 'Friday, 24th July, 2015 10.00 am', '', 'Venue: Fire Service HQ, Some Road', ...BODY];
  expect(headerOf(page)).toMatchObject({ council: 'Westshire and City of Eastby Fire and Rescue Authority', committee: 'Policy and Strategy', date: '2015-07-24', startTime: '10:00' });
  // A sentence after the dash is not a committee's name.
  const prose = ['Agenda and minutes', '', 'Eastby Council - the meeting was adjourned to a later date', 'Friday, 24th July, 2015 10.00 am', ...BODY];
  expect(headerOf(prose).committee).toBeNull();
});

test('"Minutes of a Meeting of:" and "Date and Time:" fields', () => {
  const page = ['Minutes of a Meeting of: Policy & Resources Committee', '', 'Date and Time: Wednesday 11 July 2018 at 7.01 pm', '', 'Location: Council Chamber, The Town Hall, Someton', ...BODY];
  expect(headerOf(page)).toMatchObject({ committee: 'Policy & Resources Committee', date: '2018-07-11', startTime: '19:01', venue: 'Council Chamber, The Town Hall, Someton' });
});
