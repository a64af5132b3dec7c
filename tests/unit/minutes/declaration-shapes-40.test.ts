/**
 * Round 35: declarations in shapes real pages from bodies the parser had not seen printed and it missed, written here with
 * made-up councils and members, read through the whole parser as a member's page would be.
 */
import { parseMinutesDetailed } from '../../../main/minutes';

const read = (lines: string[]) => {
  const r = parseMinutesDetailed('page.txt', ['ASHBY MAGNA PARISH COUNCIL', 'Minutes of the meeting of the Parish Council held on Monday 9th March 2020 in the Parish Rooms at 7.30pm', '', ...lines].join('\n'));
  return { state: r.minutes.declarationsState, declared: r.minutes.declarations.map((d) => `${d.member}|${d.item ?? ''}|${d.nature}`) };
};

test('styles whose full stop lost its space: "Mrs.Bell, Mr.Hale and Mr.Kent declared …"', () => {
  const r = read(['Present: Messrs. S.Barr, G.Carr, P.Kent (in the Chair), Mrs.J.Bell.', '1. Apologies for absence Mrs.A.Wills - holiday 2. Declarations of Interest Mrs.Bell, Mr.Hale and Mr.Kent declared a Local Non-Pecuniary Interest in Village Hall matters. Mr.Frank declared an interest in Planning Application DC19/4868 3. Minutes The minutes of the meeting held on the 13th January, 2020 were approved. 4. Finance The accounts were approved.']);
  expect(r.declared.map((d) => d.split('|')[0])).toEqual(['Mrs. Bell', 'Mr. Hale', 'Mr. Kent', 'Mr. Frank']);
  expect(r.state).toBe('declared');
});

test('a minute labelled before its sentence: "19.04.02 Noted: Cllr Wood declared …"', () => {
  const r = read(['19.04.01 Noted: Apologies for absence were received from Cllr Sams. 19.04.02 Noted: Cllr Wood declared a Disclosable Pecuniary Interest with reference to items 10.2.6; and 10.4.5. There were no other declarations. 19.04.03 Noted: the minutes of the last meeting were approved. 19.04.04 Noted: the Clerk’s report.']);
  expect(r.declared).toEqual(expect.arrayContaining(['Wood|10.2.6|disclosable-pecuniary']));
});

test('"Declarations of Interest:- Cllr Swift (parish field)." on a line of its own inside another minute', () => {
  const r = read(['Public Participation', '', 'Two residents spoke about the play area.', '', 'Apologies:- Cllr R Dane – accepted.', '', 'Declarations of Interest:- Cllr Swift (parish field).', '', 'Minutes of last meeting', '', 'The minutes were approved.']);
  expect(r.declared).toEqual(['Swift||unspecified']);
  expect(r.state).toBe('declared');
});

test('a sentence after the label is read as before, and a member with no subject in brackets is no entry', () => {
  expect(read(['Declarations of Interest:- Cllr Swift and the Clerk discussed the field.', '', 'Minutes of last meeting', '', 'The minutes were approved.']).declared).toEqual([]);
});
