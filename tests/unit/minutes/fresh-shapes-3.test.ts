/**
 * Issue 15, third fresh set: shapes of declarations of interest the parser did not read, written here with
 * made-up councils, people and text. Item-then-members entries run into one paragraph, "Member – Item N"
 * lines under a run-in heading, a passive "Declarations of interest were made by …", a "following Members
 * declared …:" lead with the names in the next lines (English and Welsh), and a flattened page whose
 * heading and paragraph numbers run into the declaration sentence.
 */
import { parseMinutesDetailed } from '../../../main/minutes';
import { findDeclarations } from '../../../main/minutes/declarations';

const parse = (lines: string[]) => parseMinutesDetailed('minutes.txt', lines.join('\n')).minutes;
const brief = (ds: { member: string; item: string | null; nature: string; withdrew: boolean }[]) => ds.map((d) => [d.member, d.item, d.nature, d.withdrew]);

describe('item-then-members entries run into one paragraph', () => {
  const text =
    'Declarations of Interest were conveyed as follows: Agenda Item 4.1: Harbour Board Report held on 2 May 2019 - Councillor Pellow; Agenda Item 4.5: Quarry Lane Depot Update - Councillors Trewin, McAvoy and Stannard; and 7 Resources Committee – 9 June 2019 3 Agenda Item 9: Staff Matters - Chief Executive.';

  test('each titled member is read with the item of the entry; an officer named by post is not', () => {
    expect(brief(findDeclarations(text, '2', true, { meetingDate: '2019-06-09' }))).toEqual([
      ['Pellow', '4.1', 'unspecified', false],
      ['Trewin', '4.5', 'unspecified', false],
      ['McAvoy', '4.5', 'unspecified', false],
      ['Stannard', '4.5', 'unspecified', false],
    ]);
  });

  test('outside a declarations item the entries are not read', () => {
    expect(findDeclarations(text, '2', false, { meetingDate: '2019-06-09' })).toEqual([]);
  });
});

describe('"Member – Item N" lines under a declarations heading run into another paragraph', () => {
  const page = [
    'Minute of Meeting of the Council held on Tuesday, 3 March 2020, 10:30.',
    'Present Councillors Ann Polglase, Brian Tozer and Carys Vellan.',
    'Clerk • Dora Penrose, Head of Legal Services. Apology • Councillor Edwin Jago. Declarations of Interest • Councillor Brian Tozer – Item 12.2. • Councillor Carys Vellan – Items 3 and 5.',
    '1. Harbour Dues The Council noted the report.',
  ];

  test('each line gives the member and the item, with no kind of interest', () => {
    const r = parse(page);
    expect(brief(r.declarations)).toEqual([
      ['Brian Tozer', '12.2', 'unspecified', false],
      ['Carys Vellan', '3', 'unspecified', false],
      ['Carys Vellan', '5', 'unspecified', false],
    ]);
    expect(r.declarationsState).toBe('declared');
  });

  test('a "Member – text" line with no item after the heading is still not read as an item', () => {
    const r = findDeclarations('Apology • Councillor Edwin Jago. Declarations of Interest • Councillor Brian Tozer – see minute above.', null, false);
    expect(r.map((d) => d.item)).toEqual([null]);
  });
});

describe('the passive form: "Declarations of interest were made by …"', () => {
  test('each titled group keeps its own clause; a rank stays with the name', () => {
    const ds = findDeclarations(
      'Declarations of interest were made by Cllrs. Hosken and Ruddle who both received fire service pensions and Major Alan Treloar who was a trustee of the Harbour Trust.',
      '5',
      true,
    );
    expect(brief(ds)).toEqual([
      ['Hosken', null, 'unspecified', false],
      ['Ruddle', null, 'unspecified', false],
      ['Major Alan Treloar', null, 'unspecified', false],
    ]);
    expect(ds[0]?.subject).toBe('received fire service pensions');
  });

  test('an item and a withdrawal in the clause belong to that group only', () => {
    const ds = findDeclarations(
      'A personal interest was declared by Councillor Kitto in respect of item 7 and Councillor Laity in respect of item 9, who left the room.',
      '3',
      true,
      { meetingDate: '2010-05-01' },
    );
    expect(brief(ds)).toEqual([
      ['Kitto', '7', 'personal', false],
      ['Laity', '9', 'personal', true],
    ]);
  });

  test('"No declarations of interest were made by Members" reads nothing', () => {
    expect(findDeclarations('No declarations of interest were made by Members.', '2', true)).toEqual([]);
  });

  test('a list that does not start with a titled name is not read', () => {
    expect(findDeclarations('Declarations of interest were made by the following Members at the start of the meeting.', '2', true)).toEqual([]);
  });
});

describe('a "following Members declared …:" lead with the names in the next lines', () => {
  test('English: the names broken over two lines each get the lead’s item and kind', () => {
    const ds = findDeclarations(
      ['The following Members declared a personal interest in the Pay Policy Statement (agenda item 8) as they had close relatives employed by the Council:', 'Councillors Nancy Opie, Owen Pascoe,', 'Petra Quick and Ralph Sobey.'].join('\n'),
      '2',
      true,
      { meetingDate: '2022-03-01' },
    );
    expect(brief(ds)).toEqual([
      ['Nancy Opie', '8', 'personal', false],
      ['Owen Pascoe', '8', 'personal', false],
      ['Petra Quick', '8', 'personal', false],
      ['Ralph Sobey', '8', 'personal', false],
    ]);
  });

  test('Welsh: "Datganodd yr Aelodau canlynol gysylltiad personol … (eitem 8 …):" then "Y Cynghorwyr … a …"', () => {
    const ds = findDeclarations(
      ['Datganodd yr Aelodau canlynol gysylltiad personol â’r Datganiad Polisi Tâl (eitem 8 ar yr agenda) gan fod ganddynt berthnasau a gyflogir gan y Cyngor:', 'Y Cynghorwyr Nancy Opie, Owen Pascoe,', 'Petra Quick a Ralph Sobey.'].join('\n'),
      '100',
      true,
      { meetingDate: '2022-03-01' },
    );
    expect(brief(ds)).toEqual([
      ['Nancy Opie', '8', 'personal', false],
      ['Owen Pascoe', '8', 'personal', false],
      ['Petra Quick', '8', 'personal', false],
      ['Ralph Sobey', '8', 'personal', false],
    ]);
  });

  test('a prose paragraph after the lead is not read as names', () => {
    const ds = findDeclarations(['The following Members declared a personal interest in item 8:', 'Councillors were reminded to update their register entries.'].join('\n'), '2', true);
    expect(ds).toEqual([]);
  });

  test('a Welsh declarations item titled "Datgan Cysylltiad" that says "Dim" is read as none declared', () => {
    const r = parse(['Rhif eitem', '', '20.', '', 'Datgan Cysylltiad', '', 'Cofnodion:', '', 'Dim.', '', '21.', '', 'Cofnodion', '', 'Cofnodion:', '', 'Cymeradwywyd y cofnodion.']);
    expect(r.declarationsState).toBe('none-declared');
  });
});

describe('a flattened page: heading and paragraph numbers run into the declaration sentences', () => {
  const page = [
    'Resources Board Minutes of the meeting held on 14th October 2009 Present: A. Bolitho (Leader) C. Curnow, D. Eddy and F. Gilbert 1. Apologies for Absence 1.1 There were apologies for absence from Mr H Hambly. 2. Declarations of Interest 2.1 Mr Curnow declared a personal and prejudicial interest in agenda item 6 – Grants to Village Halls – as he chaired a village hall committee. He left the room during the consideration and voting on this item. 2.2 Mrs Eddy declared a personal interest in agenda item 11 – Library Opening Hours – as a library volunteer. 3. Minutes 3.1 The Minutes of the meeting held on 9th September 2009 were approved.',
  ];

  test('each numbered paragraph gives its member, item, kind and whether they withdrew', () => {
    expect(brief(parse(page).declarations)).toEqual([
      ['Mr Curnow', '6', 'prejudicial', true],
      ['Mrs Eddy', '11', 'personal', false],
    ]);
  });
});

describe('a joint "Apologies and Declarations of Interest" item with apologies only', () => {
  test('members named in the apologies line do not make the declarations unread', () => {
    const r = parse([
      'Minutes of the Council held on 12 May 2016',
      '',
      '101.',
      '',
      'Apologies and Declarations of Interest',
      '',
      'Minutes:',
      '',
      'Apologies for absence were received from Mr A B Carne and Mrs D E Fowey.',
      '',
      '102.',
      '',
      'Chairman',
      '',
      'Minutes:',
      '',
      'RESOLVED that Mr F Gweek be elected Chairman of the Council.',
    ]);
    expect(r.declarations).toEqual([]);
    expect(r.declarationsState).toBe('absent');
  });
});

describe('"In attendance:" members run together after their own titles, then officials with their posts', () => {
  const members = ['Birt', 'Cole', 'Dunn', 'Eddy', 'Frost', 'Gale', 'Hale', 'Ince', 'Jory'].map((s, k) => `Councillor ${'TPRGBMKLN'[k]} ${s}`);
  const page = [
    'Minutes of Council Meeting held on Monday 3 February 2020 at 6.00pm in the Main Hall, Civic Centre, Lowtown',
    '',
    'In the Chair: Councillor C Aske',
    '',
    `In attendance: ${members.join(' ')} Councillor G O’Hara Councillor B Ó Máille Councillor D McAdam Councillor E Penrose Councillor F Quiller Councillor H Rowse Councillor J Sennen Councillor K Tregear Councillor L Uren Councillor M Vosper`,
    '',
    '(Officials) Mrs M Eves, Chief Executive Mr C Fenn, Director of Enterprise, Regeneration & Tourism Miss S Gale, Democratic Services Manager (Acting)',
    '',
    'C/017/2020 APOLOGIES',
    '',
    'Apologies were received from Councillors Hale and Ince.',
  ];
  const attendance = () => parseMinutesDetailed('minutes.txt', page.join('\n')).attendance;

  test('each titled member is one person; with no "Present" list they are the members present', () => {
    const present = attendance().filter((a) => a.status === 'present');
    // Hale and Ince sent apologies (item C/017/2020): the list is the register, and they were not there.
    expect(present).toHaveLength(18);
    expect(attendance().filter((a) => a.status === 'apologies').map((a) => a.name)).toEqual(['K Hale', 'L Ince']);
    expect(present.slice(0, 3).map((a) => [a.name, a.role])).toEqual([
      ['C Aske', 'Chair'],
      ['T Birt', null],
      ['P Cole', null],
    ]);
    expect(present.map((a) => a.name)).toContain('B Ó Máille');
  });

  test('each official is read with the post after the comma, up to the next courtesy title', () => {
    expect(attendance().filter((a) => a.status === 'in-attendance').map((a) => [a.name, a.role])).toEqual([
      ['Mrs M Eves', 'Chief Executive'],
      ['Mr C Fenn', 'Director of Enterprise, Regeneration & Tourism'],
      ['Miss S Gale', 'Democratic Services Manager (Acting)'],
    ]);
  });

  test('beside a "Present:" list, members listed "In attendance:" stay in attendance', () => {
    const withPresent = ['Minutes of Council Meeting held on Monday 3 February 2020', '', 'Present: Councillors A Aske, B Bone and C Carne', '', 'In attendance: Councillor D Dower Councillor E Eddy Councillor F Frost', '', '1. APOLOGIES', '', 'None.'];
    const r = parseMinutesDetailed('minutes.txt', withPresent.join('\n')).attendance;
    expect(r.filter((a) => a.status === 'in-attendance').map((a) => a.name)).toEqual(['D Dower', 'E Eddy', 'F Frost']);
  });
});
