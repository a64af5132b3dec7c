/**
 * Issue 15: group declarations, where one sentence names many members declaring one interest. A whole
 * council may declare together (thirty or more names before "declared"), or the names may follow a
 * colon after the interest. Made-up councils and people; the shapes are those of real minutes.
 */
import { parseMinutesDetailed } from '../../../main/minutes';

const declarationsOf = (lines: string[]) => parseMinutesDetailed('minutes.txt', lines.join('\n')).minutes.declarations;

const SURNAMES = ['Abbot', 'Bexley', 'Carrow', 'Dunster', 'Ellison', 'Fairley', 'Gaskin', 'Holroyd', 'Ingram', 'Jessop', 'Kettering', 'Lomax', 'Maddox', 'Nuttall', 'Orchard', 'Pinnock', 'Quarrie', 'Rudd', 'Saltonstall', 'Tredwell', 'Upshaw', 'Varley', 'Wimbush', 'Yelland', 'Zouch', 'Ashdown', 'Brindle', 'Coombes', 'Dimmock', 'Eyre', 'Foxton', 'Goodger', 'Hebden'];
const members = SURNAMES.map((s, i) => `${String.fromCharCode(65 + (i % 26))} ${i % 3 === 0 ? 'M ' : ''}${s}`);

describe('a whole council declaring one interest in one sentence', () => {
  const page = [
    'Minutes of the meeting of Council held at the Guildhall, Porthaven on Thursday, 5 December 2019 at 5.00 pm',
    '',
    '1. Disclosures of Personal and Prejudicial Interests',
    'In accordance with the Code of Conduct, the following interests were declared:',
    `Councillors ${members.slice(0, -1).join(', ')} and ${members.at(-1)} declared a personal interest in Minute 7 “Council Tax Reduction Scheme”.`,
    'Councillor N Prosser declared a personal and prejudicial interest in Minute 9 and withdrew from the meeting prior to its consideration.',
    '',
    '2. Minutes',
    'RESOLVED that the Minutes of the meeting held on 7 November 2019 be approved as a correct record.',
  ];

  test('every one of the 33 members is a declaration of the same interest, with the item and its title', () => {
    const ds = declarationsOf(page).filter((d) => d.item === '7');
    expect(ds.map((d) => d.member)).toEqual(members);
    expect(new Set(ds.map((d) => `${d.nature}|${d.withdrew}|${d.subject}`))).toEqual(new Set(['personal|false|Council Tax Reduction Scheme']));
  });

  test('the member who declared apart is still read, and withdrew', () => {
    expect(declarationsOf(page).filter((d) => d.item === '9')).toEqual([expect.objectContaining({ member: 'N Prosser', nature: 'prejudicial', withdrew: true })]);
  });

  test('a long run of words before "declared" that is not a list of names gives no members', () => {
    const prose = [
      'Minutes of the meeting of the Audit Committee held on Monday, 3 March 2025',
      '',
      '1. Declarations of Interest',
      `Councillor Tredwell reminded the Committee that ${'the report set out the position on the accounts, the audit findings and the recommendations of the external auditor, '.repeat(3)}and he declared that he had nothing further to add.`,
    ];
    expect(declarationsOf(prose).map((d) => d.member)).not.toContain(expect.stringMatching(/report|accounts|auditor/));
  });
});

describe('names that follow the interest after a colon', () => {
  const page = [
    'Minutes of the meeting of the Pensions Committee held at County Hall on Wednesday, 12 June 2024 at 10.00 am',
    '',
    '1. Declarations of Interest',
    'The following Members declared personal interests in item 6 as members of the Local Government Pension Scheme: Councillors T Byrne, K Olu and S Lam.',
    'Councillor P Quinn declared an interest in item 7 as a trustee of a charity which holds shares in one of the funds, and did not vote on the item.',
  ];

  test('each named member declares the interest in item 6', () => {
    expect(declarationsOf(page).filter((d) => d.item === '6').map((d) => [d.member, d.nature, d.subject])).toEqual([
      ['T Byrne', 'personal', 'members of the Local Government Pension Scheme'],
      ['K Olu', 'personal', 'members of the Local Government Pension Scheme'],
      ['S Lam', 'personal', 'members of the Local Government Pension Scheme'],
    ]);
  });

  test('a colon followed by prose is not a list of members', () => {
    const prose = [...page.slice(0, 3), 'Members declared interests as follows: none were declared at this meeting by any member present.'];
    expect(declarationsOf(prose)).toEqual([]);
  });
});

describe('Welsh declarations in the later code’s words', () => {
  const names = members.slice(0, 12);
  const page = [
    'Cofnodion y cyfarfod a gynhaliwyd ar 7 Mawrth 2019',
    '',
    '1. DATGELU CYSYLLTIADAU PERSONOL A RHAGFARNOL',
    'Yn unol â darpariaethau’r Côd Ymddygiad, datganwyd y cysylltiadau canlynol:',
    '1) Datganodd y Cynghorydd J P Nuttall gyswllt personol â Chofnod 156 “Cynllunio Ariannol Tymor Canolig”;',
    `2) Datganodd y Cynghorwyr ${names.slice(0, -1).join(', ')} a ${names.at(-1)} gyswllt personol â Chofnod 157 "Cyllideb Refeniw".`,
  ];

  test('"Datganodd y Cynghorydd … gyswllt personol â Chofnod 156": the member, the minute, a personal interest', () => {
    expect(declarationsOf(page).filter((d) => d.item === '156').map((d) => [d.member, d.nature])).toEqual([['J P Nuttall', 'personal']]);
  });

  test('a group declaration naming many members, joined by "a"', () => {
    expect(declarationsOf(page).filter((d) => d.item === '157').map((d) => d.member)).toEqual(names);
  });
});
