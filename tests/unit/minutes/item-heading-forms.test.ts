/**
 * Issue 15: item headings as unseen bodies print them, with made-up names: Roman numerals (Scottish
 * boards), a number and title from a table copied with " / " between the cells, and "(report
 * attached)" after a title.
 */
import { parseMinutesDetailed } from '../../../main/minutes';

const itemsOf = (lines: string[]) => parseMinutesDetailed('minutes.txt', lines.join('\n')).minutes.items.map((i) => [i.number, i.title]);
const HEADER = 'Minutes of the meeting of the Integration Joint Board held at City Chambers on Wednesday, 27 October 2021 at 10.00 am';

test('items numbered in Roman numerals', () => {
  const page = [HEADER, '', 'I APOLOGIES FOR ABSENCE', '', 'Apologies for absence were submitted on behalf of Ann Ridley.', '', 'II DECLARATION OF INTEREST', '', 'There were no declarations of interest.', '', 'III MINUTE OF PREVIOUS MEETING', '', 'The minute of the meeting held on 25 August 2021 was submitted and approved.', '', 'IV FINANCIAL MONITORING', '', 'The Board noted the position.'];
  expect(itemsOf(page)).toEqual([
    ['I', 'APOLOGIES FOR ABSENCE'],
    ['II', 'DECLARATION OF INTEREST'],
    ['III', 'MINUTE OF PREVIOUS MEETING'],
    ['IV', 'FINANCIAL MONITORING'],
  ]);
});

test('"I" starting a sentence is not an item', () => {
  const page = [HEADER, '', '1. Chair’s Remarks', 'I would like to thank officers for the report.', 'I am grateful to the Board.', '', '2. Minutes', 'The minutes were approved.'];
  expect(itemsOf(page)).toEqual([
    ['1', 'Chair’s Remarks'],
    ['2', 'Minutes'],
  ]);
});

test('a number and title copied from a table with " / " between the cells', () => {
  const page = ['Minutes from the Fourth Meeting of the Northdale Health Board', 'Date of meeting: 11 April 2011', '1. / Welcome & Apologies for Absence', 'The Chair welcomed all in attendance.', '2. / Declarations of Interest', 'Professor Lane declared an interest in agenda item 9 as his wife is a trustee of the charity.', '3. / Minutes from the meeting held on 14 February 2011', 'The minutes were approved as an accurate record of the meeting.'];
  expect(itemsOf(page)).toEqual([
    ['1', 'Welcome & Apologies for Absence'],
    ['2', 'Declarations of Interest'],
    ['3', 'Minutes from the meeting held on 14 February 2011'],
  ]);
});

test('"(report attached)" after a title is a note of the papers, not part of the title', () => {
  const page = ['General Purposes Committee', 'Tuesday, 9th September, 2014', '', '10 Apologies for Absence', '', 'Apologies were received from Councillor Ann Ridley.', '', '11 Application for a Private Hire Vehicle Licence - Mrs Hale (report attached)', '', 'The Committee considered the application.', '', '12 Application for Private Hire Vehicle Licences - Mr and Mrs Orme Report attached', '', 'The Committee considered the applications.'];
  expect(itemsOf(page)).toEqual([
    ['10', 'Apologies for Absence'],
    ['11', 'Application for a Private Hire Vehicle Licence - Mrs Hale'],
    ['12', 'Application for Private Hire Vehicle Licences - Mr and Mrs Orme'],
  ]);
});

test('PDF text with no blank lines: a minute number alone on its line ("C11/14") and its heading keep their lines', () => {
  const page = [
    'Minutes of Meeting of Eastmoor District Council held on Thursday 26 June',
    '2014 in the Council Offices, Mill Road, Eastmoor',
    'Members Present:',
    'Councillor Nuttall, Chair',
    'Councillors Orchard, Pinnock, Quarrie and Rudd',
    'The meeting commenced at 7 pm',
    'C11/14',
    'Chair’s Business',
    'The Chair referred to a number of accidents in the area and on behalf',
    'of the Council expressed condolences to the families concerned.',
    'C12/14',
    'Declarations of Interest',
    'The Chair reminded members of their responsibility with regard to declaration',
    'of interest.',
    'C13/14',
    'Receive and adopt minute of matters transacted in “Open',
    'Business” at Council meeting held on Thursday 5 June 2014',
    'Resolved',
    'That the Minutes of the Meeting of the Council held on Thursday',
    '5 June 2014 be taken as read and signed as correct.',
  ];
  expect(itemsOf(page).map(([n, t]) => [n, (t ?? '').slice(0, 40)])).toEqual([
    ['C11/14', 'Chair’s Business'],
    ['C12/14', 'Declarations of Interest'],
    ['C13/14', 'Receive and adopt minute of matters tran'],
  ]);
});

test('an issue page of numbered paragraphs in which councillors declare is minutes, not refused', () => {
  const page = ['Issue - meetings', '', 'Declarations of Interest', '', 'Meeting: 09/01/2018 - Planning Sub-Committee (Item 2)', '', 'Declarations of Interest', '', 'To receive declarations by members of any interests in matters on this agenda.', '', '2.1     Councillors Nuttall and Orchard declared that in respect of Item 4 they had sat on a previous Sub-Committee which had considered an application at the same site.'];
  expect(parseMinutesDetailed('issue.txt', page.join('\n')).minutes.document).toBe('minutes');
});

test('agenda numbers before the titles and the minute numbers on lines of their own: the minute number is the item’s', () => {
  const page = ['Meeting Details', '', 'Full Authority', '30 May 2018 - 10:00 to 11:30', '', 'Agenda Items', '1 Election of Chairman', 'To elect a Chairman of the Authority.', '177', '', 'RESOLVED that Mr R Nuttall be elected as Chairman of the Authority for the ensuing year.', '', '2 Election of Vice Chairman', 'To elect a Vice Chairman of the Authority.', '178', 'RESOLVED that Mr P Orchard be elected as Vice-Chairman of the Authority.', '3 Apologies for Absence', 'To receive any apologies for absence.', '179', 'Apologies were received from Cllr R Pinnock.'];
  const r = parseMinutesDetailed('cmis.txt', page.join('\n')).minutes;
  expect(r.items.map((i) => [i.number, i.title])).toEqual([
    ['177', 'Election of Chairman'],
    ['178', 'Election of Vice Chairman'],
    ['179', 'Apologies for Absence'],
  ]);
  expect(r.decisions.map((d) => d.item)).toEqual(['177', '178']);
});

test('numbers that are not a rising minute sequence leave the agenda numbers alone', () => {
  const page = ['Planning Committee - Tuesday, 3 March 2020 6.00 pm', '', '1 Apologies for Absence', 'Apologies were received from Cllr R Pinnock.', '', '2 Land at Mill Lane', '45', 'dwellings were proposed on the site.', '3 Land at Church Road', '12', 'dwellings were proposed.'];
  expect(parseMinutesDetailed('p.txt', page.join('\n')).minutes.items.map((i) => i.number)).toEqual(['1', '2', '3']);
});

test('minute numbers with the year’s two digits after the count ("AM119", "AM219", "AM319")', () => {
  const page = ['Agenda and minutes', '', 'Annual General Meeting', 'Monday 20 May 2019 7.00 pm', '', 'Items', 'No. Item', '', 'AM119', '', 'Notice and Summons of Meeting', '', 'Minutes:', '', 'The Chief Executive read the Notice and Summons.', '', 'AM219', '', 'Member Attendance and Apologies', '', 'Minutes:', '', 'No apologies were recorded.', '', 'AM319', '', 'Suspension of Standing Orders', '', 'Minutes:', '', 'Resolved that Standing Orders be suspended.'];
  expect(itemsOf(page).map(([n]) => n)).toEqual(['AM119', 'AM219', 'AM319']);
});
