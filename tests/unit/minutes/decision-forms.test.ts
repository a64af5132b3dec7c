/**
 * Issue 15: decisions as unseen councils word them, with made-up names: the agenda's "To receive …"
 * printed above the minute is not a resolution; elections and deferrals written "to elect …",
 * "to defer this item …" are procedural, never tasks with an owner.
 */
import { parseMinutesDetailed } from '../../../main/minutes';

const decisionsOf = (lines: string[]) => parseMinutesDetailed('minutes.txt', lines.join('\n')).minutes.decisions.map((d) => [d.item, d.kind, d.text]);
const HEADER = 'Minutes of the Annual Meeting of the Parish Council held at the Old School on 18th May 2017';

test('the agenda’s wording above the minute ("To receive apologies" then "Apologies were received") is not a resolution', () => {
  const page = [HEADER, '', '1. Apologies for Absence', 'To receive apologies for absence.', 'Apologies were received from Harry Nuttall.', '', '2. Minutes', 'To approve the minutes of the meeting held on 20 April 2017.', 'Resolved: to approve the minutes of the meeting held on 20 April 2017.'];
  const decisions = decisionsOf(page);
  expect(decisions.filter(([item]) => item === '1')).toEqual([]);
  expect(decisions.filter(([item]) => item === '2').map(([, kind]) => kind)).toContain('procedural');
});

test('"to elect … as Chair" and "to defer this item" are procedural', () => {
  const page = [HEADER, '', '1. To Elect a Chairperson', 'Resolved: to elect Penny Orchard as Chair', '', '2. Update on Action Points', 'Resolved: to defer this item until later in the meeting or the next meeting if insufficient time.', '', '3. Footpaths', 'Resolved: the Clerk to write to the highways authority about the stile on Mill Lane.'];
  expect(decisionsOf(page).map(([item, kind]) => [item, kind])).toEqual([
    ['1', 'procedural'],
    ['2', 'procedural'],
    ['3', 'action'],
  ]);
});

describe('agendas and Welsh apologies as unseen councils print them', () => {
  test('a summons with its items run into one line ("A G E N D A 1. Prayer 2. Apologies …") is an agenda', () => {
    const text = [
      'EASTMOOR BOROUGH COUNCIL 23 September 2016 Dear Sir/Madam You are hereby invited to attend a meeting of the Eastmoor Borough Council which will be held in the Council Chamber, Town Hall on Wednesday, 28 September 2016 commencing at 7.00pm. Yours faithfully Chief Executive A G E N D A 1. Prayer 2. Apologies 3. Declarations of Interest 4. Mayor’s Business 5. Minutes of Meeting of 24 August 2016 (Copy attached) 6. Planning Committee dated 6 September 2016',
    ].join('\n');
    expect(parseMinutesDetailed('summons.txt', text).minutes.document).toBe('agenda');
  });

  test('an agenda page whose items invite members to act ("To invite Councillors to declare …") is an agenda', () => {
    const text = ['Overview and Scrutiny - Thursday, 25th July, 2024 5.00 pm', '', 'No. Item', '', 'Declarations of Interest and of Party Whip', '', 'To invite Councillors to declare any Disclosable Pecuniary Interests they may have in items on the agenda.', '', 'Public Speaking', '', 'To invite members of the public who have registered in advance to speak to the Committee.'].join('\n');
    expect(parseMinutesDetailed('agenda.txt', text).minutes.document).toBe('agenda');
  });

  test('"Cafwyd ymddiheuriadau am absenoldeb gan y Cynghorwyr …": Welsh apologies with "a" for "and"', () => {
    const text = ['Cofnodion y cyfarfod a gynhaliwyd ar 13 Mehefin 2018', '', '1. YMDDIHEURIADAU AM ABSENOLDEB', '', 'Cofnodion:', '', 'Cafwyd ymddiheuriadau am absenoldeb gan y Cynghorwyr C. Nuttall, D. Orchard a G. Pinnock'].join('\n');
    expect(parseMinutesDetailed('cofnodion.txt', text).minutes.apologies).toEqual(['C. Nuttall', 'D. Orchard', 'G. Pinnock']);
  });
});

test('"It was moved by …, seconded by … and" then the resolution, its "RESOLVED that" lost in copying', () => {
  const page = ['Cabinet - Tuesday, 28th September, 2021 5.00 pm', '', '1. Quarter 1 Performance Report', 'Councillor Orchard presented the report.', 'It was moved by Councillor R Orchard, seconded by Councillor T Pinnock and', 'The progress against the corporate objectives and performance indicators for quarter 1 2021/22 be noted.', 'Reason for decision: To report performance.'];
  expect(decisionsOf(page)).toEqual([['1', 'noted', 'The progress against the corporate objectives and performance indicators for quarter 1 2021/22 be noted.']]);
});
