/**
 * Where an item's heading ends and its minute begins when the page ran them together (main/minutes/title-boundary.ts),
 * with made-up councils: the heading carried on in lower case or in a page's every-word capitals, or the minute began
 * after a colon or a full stop inside what was read as the heading.
 */
import { parseMinutesDetailed } from '../../../main/minutes';

const items = (lines: string[]) =>
  parseMinutesDetailed('page.txt', ['MINUTES OF THE MEETING OF ASHBY MAGNA PARISH COUNCIL', 'held on Tuesday 14 March 2023 at 7.30pm in the Village Hall', '', ...lines].join('\n')).minutes.items.map((i) => `${i.number ?? '-'}|${i.title}`);

describe('a heading that carried on past where it was cut', () => {
  test('in lower case, up to its colon: "To receive apologies and reasons for absence:"', () => {
    const read = items([
      'Formal Parish Council Meeting commenced; Standing Orders invoked:',
      '25/101 To receive apologies and reasons for absence: Cllr Tate sent apologies which were accepted.',
      '25/102 To receive declarations of interest under the Localism Act 2011 - being any pecuniary or non-pecuniary interest in agenda items, not previously recorded on Members’ Register of Interests: None.',
      '25/103 To receive written applications for the office of Parish Councillor and to co-opt a candidate to fill the vacancy: one application was received.',
    ]);
    expect(read[0]).toBe('25/101|To receive apologies and reasons for absence');
  });

  test('in the capitals of a page that capitalises every word: "To Consider The Adoption Of The Minutes …"', () => {
    const read = items(['1.  Apologies For Absence.', 'Cllr Hale sent apologies.', '', '2.  Declaration Of Interests', 'None were declared.', '', '3.  To Consider The Adoption Of The Minutes Of The Meeting Held On The 7th March 2022.', 'They were adopted.']);
    expect(read).toEqual(expect.arrayContaining(['1|Apologies For Absence', '3|To Consider The Adoption Of The Minutes Of The Meeting Held On The 7th March 2022']));
  });

  test('names, a sub-heading or the minute’s subject after a heading are not part of it', () => {
    const read = items(['1. Apologies', 'Paul Bown (PB), Mary Edge (ME).', '', '2. Appointment of Office Bearers', 'Appointment of Chair: Cllr Dale was appointed.', '', '3. Minutes of Meetings', 'The Board:', 'APPROVED the minutes of 18 December 2022.']);
    expect(read).toEqual(['1|Apologies', '2|Appointment of Office Bearers', '3|Minutes of Meetings']);
  });
});

describe('a minute that began inside what was read as the heading', () => {
  test('after a colon: a heading in capitals then lower case, or a heading then "none"', () => {
    const read = items(['2010.02 DECLARATION OF INTEREST IN ITEMS ON THE AGENDA: none', '', '2010.03 PUBLIC SESSION: no comments from the public', '', '2010.04 MINUTES OF THE LAST MEETING', 'Approved, proposed Cllr Howe.']);
    expect(read.slice(0, 2)).toEqual(['2010.02|DECLARATION OF INTEREST IN ITEMS ON THE AGENDA', '2010.03|PUBLIC SESSION']);
  });

  test('after a full stop, where the minute’s sentence opens', () => {
    const read = items([
      'The chairman opened the meeting at 7.15 pm',
      '',
      '1. To receive and accept apologies for absence. Apologies from Cllr Bent and Cllr Wall were accepted.',
      '2. To receive declarations of interest. Cllr Moll declared an interest in item 1 of the planning applications.',
      '3. To confirm the minutes of the meeting held on 2nd June 2022. Resolved that these minutes be agreed as a true record.',
      '4. To receive reports on actions agreed at the last council meeting',
      'Hanging baskets have been installed at the village hall.',
    ]);
    expect(read[0]).toBe('1|To receive and accept apologies for absence');
  });

  test('a title with a colon that is all heading stays whole', () => {
    const read = items(['1. Planning: Applications Received', 'None this month.', '', '2. Finance: Accounts for Payment', 'The accounts were approved.', '', '3. Highways', 'The verge will be cut.']);
    expect(read.slice(0, 2)).toEqual(['1|Planning: Applications Received', '2|Finance: Accounts for Payment']);
  });
});
