/**
 * Decisions, round 39: shapes of resolutions, agreements and tasks seen on councils the parser had not read, written
 * here with made-up councils and people.
 */
import { parseMinutesDetailed } from '../../../main/minutes';

const parse = (text: string) => parseMinutesDetailed('page.txt', text).minutes;

/** A small parish page: its heading, who was there, then the given items. */
const page = (items: string[]) =>
  parse(['MINUTES OF THE MEETING OF ASHCOMBE PARISH COUNCIL HELD ON TUESDAY 14TH MARCH 2023 AT 7.30PM', 'Present: Cllrs A Reid (Chairman), T Bell, S Hart', '', ...items].join('\n'));

const decisionsOf = (m: ReturnType<typeof parse>, item: string) => m.decisions.filter((d) => d.item === item).map((d) => ({ text: d.text, kind: d.kind, owner: d.owner, due: d.due }));

describe('the minutes approved in other words', () => {
  test('"were, on a motion proposed by … and seconded by …, approved": the motion between the verbs', () => {
    const m = page([
      '1. Apologies',
      'None.',
      '2. Minutes',
      'The minutes of the last meeting, held at the Reading Room, Ashcombe, on Tuesday, February 14th, 2023, were, on a motion proposed by Cllr. Bell and seconded by Cllr. Hart, approved and duly signed.',
      '3. Footpaths',
      'The stile is broken.',
    ]);
    expect(decisionsOf(m, '2')).toEqual([
      {
        text: 'The minutes of the last meeting, held at the Reading Room, Ashcombe, on Tuesday, February 14th, 2023, were, on a motion proposed by Cllr. Bell and seconded by Cllr. Hart, approved and duly signed.',
        kind: 'procedural',
        owner: null,
        due: null,
      },
    ]);
  });

  test('"had been circulated and were also taken as read and adopted"', () => {
    const m = page(['1. Apologies', 'None.', '2. Previous minutes', 'The Board noted the date. Minutes of the Public Meeting held on the 2nd February 2023 had been circulated and were also taken as read and adopted.', '3. Footpaths', 'The stile is broken.']);
    expect(decisionsOf(m, '2').map((d) => [d.text, d.kind])).toContainEqual([
      'Minutes of the Public Meeting held on the 2nd February 2023 had been circulated and were also taken as read and adopted.',
      'procedural',
    ]);
  });

  test('"Minutes approved without further amendment.": note form, with no "were"', () => {
    const m = page(['1. Apologies', 'None.', '2. Matters from the last meeting', 'TB asked for a correction to item 4.', 'Minutes approved without further amendment.', '3. Footpaths', 'The stile is broken.']);
    expect(decisionsOf(m, '2')).toContainEqual({ text: 'Minutes approved without further amendment.', kind: 'procedural', owner: null, due: null });
  });

  test('a sentence that only starts with the minutes is not their approval ("Minutes approved at the last meeting showed …")', () => {
    const m = page(['1. Apologies', 'None.', '2. Matters arising', 'Minutes approved at the last meeting showed the wrong total for the grass cutting.', '3. Footpaths', 'The stile is broken.']);
    expect(decisionsOf(m, '2').filter((d) => d.kind === 'procedural')).toEqual([]);
  });
});

describe('a member taking a task on', () => {
  test('"Cllr Hart also agreed to find out who …": a word between the member and the verb', () => {
    const m = page(['1. Apologies', 'None.', '2. Police matters', 'Dog fouling on the playing field was discussed. Cllr Hart also agreed to find out who empties the bins.', '3. Footpaths', 'The stile is broken.']);
    expect(decisionsOf(m, '2')).toContainEqual({ text: 'Cllr Hart also agreed to find out who empties the bins.', kind: 'action', owner: 'Hart', due: null });
  });

  test('"TB agreed to amend the draft": a member by their initials', () => {
    const m = page(['1. Apologies', 'None.', '2. Minutes', 'SH asked for the date in item 4 to be corrected. TB agreed to amend the draft.', '3. Footpaths', 'The stile is broken.']);
    expect(decisionsOf(m, '2')).toContainEqual({ text: 'TB agreed to amend the draft.', kind: 'action', owner: 'TB', due: null });
  });

  test('"…, reminding the Council that …": what the member said as they took the task on is not the task', () => {
    const m = page(['1. Apologies', 'None.', '2. Churchyard', 'The churchyard wall is leaning. Cllr. Bell agreed to prepare a plan for the wall, reminding the Council that the repairs were overdue.', '3. Footpaths', 'The stile is broken.']);
    expect(decisionsOf(m, '2')).toContainEqual({ text: 'Cllr. Bell agreed to prepare a plan for the wall.', kind: 'action', owner: 'Bell', due: null });
  });
});

describe('the whole meeting agreeing', () => {
  test('"All agreed that …": the sentence as printed, its time in words the due date', () => {
    const m = page(['1. Apologies', 'None.', '2. Wind farm inquiry', 'The newsletter was read. All agreed that Jane Moss be asked to attend the parish meeting in the Autumn.', '3. Footpaths', 'The stile is broken.']);
    expect(decisionsOf(m, '2')).toContainEqual({ text: 'All agreed that Jane Moss be asked to attend the parish meeting in the Autumn.', kind: 'action', owner: null, due: 'Autumn' });
  });

  test('"AGREED by all to ask …"', () => {
    const m = page(['1. Apologies', 'None.', '2. Internal audit', 'The auditor has retired. AGREED by all to ask Peter Vane to carry out the internal audit.', '3. Footpaths', 'The stile is broken.']);
    expect(decisionsOf(m, '2').map((d) => [d.text, d.kind])).toContainEqual(['AGREED by all to ask Peter Vane to carry out the internal audit.', 'action']);
  });
});

describe('due dates in words', () => {
  test('"this week"', () => {
    const m = page(['1. Apologies', 'None.', '2. Allotments', 'The new rents were discussed. AR will write to the allotment holders this week.', '3. Footpaths', 'The stile is broken.']);
    expect(decisionsOf(m, '2')).toContainEqual({ text: 'AR will write to the allotment holders this week.', kind: 'action', owner: 'AR', due: 'this week' });
  });

  test('"early in 2024", kept as printed', () => {
    const m = page(['1. Apologies', 'None.', '2. Moorings', 'The moorings were discussed. The Clerk will write to the owners early in 2024.', '3. Footpaths', 'The stile is broken.']);
    expect(decisionsOf(m, '2')).toContainEqual({ text: 'The Clerk will write to the owners early in 2024.', kind: 'action', owner: 'the Clerk', due: 'early in 2024' });
  });

  test('"at the March 2024 meeting": a meeting named by its month and year', () => {
    const m = page(['1. Apologies', 'None.', '2. Verges', 'The verges were discussed. The Clerk to report back at the March 2024 meeting.', '3. Footpaths', 'The stile is broken.']);
    expect(decisionsOf(m, '2')).toContainEqual({ text: 'The Clerk to report back at the March 2024 meeting.', kind: 'action', owner: 'the Clerk', due: 'March 2024 meeting' });
  });
});

describe('the kind of a decision', () => {
  test('"That Mrs J Lowe be Secretary of …": a named person given an office is procedural', () => {
    const m = page(['1. Apologies', 'None.', '2. Officers of the Trust', 'RESOLVED: That Mrs J Lowe be Secretary of the Allotment Society.', '3. Footpaths', 'The stile is broken.']);
    expect(decisionsOf(m, '2')).toEqual([{ text: 'That Mrs J Lowe be Secretary of the Allotment Society.', kind: 'procedural', owner: null, due: null }]);
  });
});

describe('the agenda\'s wording and the minute on one numbered line', () => {
  test('"3. To confirm the minutes of …. Resolved that …": the resolution after the wording is read', () => {
    const m = page([
      '1. To receive and accept apologies for absence. Apologies from Cllr Dale and Cllr Mott were accepted.',
      '2. To confirm the minutes of Ashcombe Parish Council meeting held on 14th February 2023. Resolved that these minutes be agreed as a true and accurate record of the proceedings and be duly signed by the chairman. Unanimously agreed.',
      '3. To receive reports on actions agreed at the last meeting',
      'The bins have been emptied.',
    ]);
    expect(decisionsOf(m, '1').map((d) => [d.text, d.kind])).toEqual([['Apologies from Cllr Dale and Cllr Mott were accepted.', 'procedural']]);
    expect(decisionsOf(m, '2').map((d) => [d.text, d.kind])).toEqual([
      ['That these minutes be agreed as a true and accurate record of the proceedings and be duly signed by the chairman. Unanimously agreed.', 'procedural'],
    ]);
  });
});

describe('a resolution in paragraphs numbered as the minute\'s own ("RESOLVED" then "7.2 That …")', () => {
  const county = (lines: string[]) =>
    parse(['DALESHIRE RECORDS COMMITTEE', 'Minutes of the Meeting held on 3 March 2023', 'Present: Mr Abel (Chairman), Mr Dane', '', ...lines].join('\n'));

  test('"RESOLVED" on its own line over the numbered paragraphs: each a decision, its number the label', () => {
    const m = county([
      '1. Apologies for Absence',
      '1.1 There were none.',
      '2. Advisory Group',
      '2.1 The report set out the two vacancies.',
      'RESOLVED',
      '2.2 That Mr Crane and Prof Baker be appointed to the Advisory Group until May 2024.',
      '2.3 That Dr Ennis be appointed as the Group’s observer.',
      '3. Accounts',
      '3.1 The accounts were presented.',
    ]);
    expect(m.decisions.filter((d) => d.item === '2').map((d) => [d.label, d.text, d.kind])).toEqual([
      ['2.2', 'That Mr Crane and Prof Baker be appointed to the Advisory Group until May 2024.', 'procedural'],
      ['2.3', 'That Dr Ennis be appointed as the Group’s observer.', 'procedural'],
    ]);
  });

  test('the same run into one paragraph with the minute before it', () => {
    const m = county([
      '1. Apologies for Absence',
      '1.1 There were none.',
      '2. Advisory Group',
      '2.1 The report set out the two vacancies. RESOLVED 2.2 That Mr Crane and Prof Baker be appointed to the Advisory Group until May 2024. 2.3 That Dr Ennis be appointed as the Group’s observer.',
      '3. Accounts',
      '3.1 The accounts were presented.',
    ]);
    expect(m.decisions.filter((d) => d.item === '2').map((d) => [d.label, d.text])).toEqual([
      ['2.2', 'That Mr Crane and Prof Baker be appointed to the Advisory Group until May 2024.'],
      ['2.3', 'That Dr Ennis be appointed as the Group’s observer.'],
    ]);
  });
});

describe('what is not a decision for being in a list', () => {
  test('"To receive a report from the Chairman" over the report\'s bullets: only the agreement inside a bullet is a decision', () => {
    const m = page([
      '1. Apologies',
      'None.',
      '2. Reports',
      'To receive a report from the Chairman',
      '• Bus shelter – The roof is damaged again. The Chairman asked how the repair should be paid for. It was agreed that the Chairman should obtain two quotes from local builders.',
      '• Speedwatch – The Chairman reported on the volunteers’ first session.',
      '3. Footpaths',
      'The stile is broken.',
    ]);
    expect(decisionsOf(m, '2').map((d) => [d.text, d.kind, d.owner])).toEqual([['That the Chairman should obtain two quotes from local builders.', 'action', 'the Chairman']]);
  });

  test('a numbered point that is an item\'s heading or agenda wording, then its minute: the minute read as prose', () => {
    const m = page([
      '1. Chairman’s welcome. The Chairman welcomed all to the meeting.',
      '1. To receive apologies. Apologies had been received from Cllr Dale.',
      '1. Declarations of interest. In relation to item 6 Cllr Mott, as a trustee of the hall, declared an interest and left the meeting.',
      '2. Footpaths',
      'The stile is broken.',
    ]);
    expect(m.decisions.map((d) => d.text)).toEqual([]);
  });

  test('a lettered point after a resolution, with its own resolution inside it: that resolution is the decision', () => {
    const m = page([
      '1. Apologies',
      'None.',
      '2. Closed Session',
      'It was RESOLVED to go into Closed Session due to the confidential nature of the business in the following item.',
      'a. The Council received a report on the lease of the old mill. After a long debate it was RESOLVED to accept the second offer for the lease.',
      '3. Footpaths',
      'The stile is broken.',
    ]);
    expect(decisionsOf(m, '2').map((d) => d.text)).toEqual([
      'To go into Closed Session due to the confidential nature of the business in the following item.',
      'To accept the second offer for the lease.',
    ]);
  });
});

describe('under the minutes\' own heading', () => {
  test('"Proposed: AB Seconded: KH" over "They were both accepted as a true record …": the sentence saying what was done', () => {
    const m = page(['1. Apologies', 'None.', '2. Acceptance of minutes of the meetings (January and February 2023)', 'Proposed: TB Seconded: SH', 'They were both accepted as a correct record of those meetings.', '3. Footpaths', 'The stile is broken.']);
    expect(decisionsOf(m, '2').map((d) => [d.text, d.kind])).toEqual([['They were both accepted as a correct record of those meetings', 'procedural']]);
  });

  test('"The Minutes of the meeting had been approved by the Board …": approved before this meeting, and only told', () => {
    const m = page([
      '1. Apologies',
      'None.',
      '2. Minutes of the Previous Meeting of 12th March 2022',
      'The Minutes of the meeting had been approved by the Board of Trustees by email, and the Chair invited comments on them. None were made.',
      '3. Footpaths',
      'The stile is broken.',
    ]);
    expect(decisionsOf(m, '2')).toEqual([]);
  });

  test('a heading run on before "The Minutes … were APPROVED": the sentence from its capital "The"', () => {
    const m = page(['1. Apologies', 'None.', '2. Minutes', 'Geàrr-chunntas na coinneimh The Minutes of Meeting of 14 February, 2023 were APPROVED.', '3. Footpaths', 'The stile is broken.']);
    expect(decisionsOf(m, '2').map((d) => [d.text, d.kind])).toEqual([['The Minutes of Meeting of 14 February, 2023 were APPROVED', 'procedural']]);
  });
});

describe('who is to do it', () => {
  test('"Clerk and TB to complete Lottery Fund paperwork": the post and a member\'s initials share the task', () => {
    const m = page(['1. Apologies', 'None.', '2. Hall grant', 'The grant scheme reopens in May.', 'Clerk and TB to complete Lottery Fund paperwork for the hall.', '3. Footpaths', 'The stile is broken.']);
    expect(decisionsOf(m, '2')).toContainEqual({ text: 'Clerk and TB to complete Lottery Fund paperwork for the hall.', kind: 'action', owner: 'Clerk and TB', due: null });
  });

  test('"That Councillor Tapp approach …": the member the resolution names', () => {
    const m = page(['1. Apologies', 'None.', '2. Parking', 'RESOLVED: That Councillor Tapp approach the school governors about sharing the car park.', '3. Footpaths', 'The stile is broken.']);
    expect(decisionsOf(m, '2').map((d) => [d.kind, d.owner])).toEqual([['action', 'Councillor Tapp']]);
  });
});

describe('lettered paragraphs of a minute', () => {
  const members = () =>
    page([
      '1. Apologies',
      'None.',
      '2. Council Members',
      '',
      'a. Mr Ian Dale was proposed by Cllr Bell and seconded by Cllr Hart and unanimously co-opted as a Councillor.',
      '',
      'b. Recruitment of volunteers was discussed and RESOLVED that Cllr Hart and Clerk should prepare a poster for the shop.',
      '',
      '3. Footpaths',
      'The stile is broken.',
    ]);

  test('"… was proposed by … and seconded by … and unanimously co-opted as a Councillor": the co-option as printed', () => {
    expect(members().decisions.filter((d) => d.item === '2').map((d) => [d.label, d.text, d.kind])).toContainEqual([
      'a',
      'Mr Ian Dale was proposed by Cllr Bell and seconded by Cllr Hart and unanimously co-opted as a Councillor.',
      'procedural',
    ]);
  });

  test('"… was discussed and RESOLVED that …": the resolution after "and", with its owners', () => {
    expect(members().decisions.filter((d) => d.item === '2').map((d) => [d.label, d.text, d.kind, d.owner])).toContainEqual([
      'b',
      'That Cllr Hart and Clerk should prepare a poster for the shop.',
      'action',
      'Cllr Hart and Clerk',
    ]);
  });
});

describe('payments approved as a list', () => {
  test('"The following accounts were approved for payment:" over a line for each: one decision, the list joined', () => {
    const m = page([
      '1. Apologies',
      'None.',
      '2. Finance',
      'The following accounts were approved for payment:',
      'A Jones – Clerk’s expenses – £37.50',
      'Lane Mowing Ltd – Grass cutting – £240.00',
      'b) The Parish Council agreed the following grants:',
      'Village Hall – Grant towards maintenance – £1,200',
      '3. Footpaths',
      'The stile is broken.',
    ]);
    expect(decisionsOf(m, '2').map((d) => d.text)).toEqual([
      'The following accounts were approved for payment: A Jones – Clerk’s expenses – £37.50; Lane Mowing Ltd – Grass cutting – £240.00',
      'The Parish Council agreed the following grants: Village Hall – Grant towards maintenance – £1,200',
    ]);
  });
});

describe('the councillors deciding, and how a vote is printed', () => {
  test('"The community councillors agreed to meet informally before the next meeting …": the members as the body', () => {
    const m = page(['1. Apologies', 'None.', '2. Office bearers', 'No one stood for Treasurer.', 'The community councillors agreed to hold an informal session before the next meeting to settle the office bearers.', '3. Footpaths', 'The stile is broken.']);
    expect(decisionsOf(m, '2')).toEqual([
      { text: 'The community councillors agreed to hold an informal session before the next meeting to settle the office bearers.', kind: 'action', owner: null, due: 'next meeting' },
    ]);
  });

  test('"It was unanimously agreed to co-opt …. (TB nominated, SH seconded)": the vote in brackets after it is how, not what', () => {
    const m = page(['1. Apologies', 'None.', '2. Co-option', 'One application was received.', 'It was unanimously agreed to co-opt Ann Bell onto the council. (TB nominated,  SH seconded)', '3. Footpaths', 'The stile is broken.']);
    expect(decisionsOf(m, '2').map((d) => [d.text, d.kind])).toEqual([['To co-opt Ann Bell onto the council.', 'procedural']]);
  });

  test('"to agree to move Point 8a": the order of business changed is procedural', () => {
    const m = page(['1. Apologies', 'None.', '2. Order of business', 'RESOLVED to agree to move Point 8a to the start of the meeting.', '3. Footpaths', 'The stile is broken.']);
    expect(decisionsOf(m, '2').map((d) => [d.text, d.kind])).toEqual([['To agree to move Point 8a to the start of the meeting.', 'procedural']]);
  });
});

describe('note-form minutes', () => {
  test('"Apologies accepted from Ann Bell": the apologies accepted, with no "were"', () => {
    const m = page(['1. Apologies', 'Apologies accepted from Ann Bell', '2. Footpaths', 'The stile is broken.']);
    expect(decisionsOf(m, '1')).toEqual([{ text: 'Apologies accepted from Ann Bell', kind: 'procedural', owner: null, due: null }]);
  });

  test('"Variation of Order of Business – agreed that …": a minute opening in lower case, procedural under that heading', () => {
    const m = page(['14/23. Apologies', 'None.', '', '15/23. Variation of Order of Business – agreed that the village hall lease be taken before the planning items so the hall trustees could leave early.', '', '16/23. Footpaths', 'The stile is broken.']);
    expect(decisionsOf(m, '15/23')).toEqual([
      { text: 'That the village hall lease be taken before the planning items so the hall trustees could leave early.', kind: 'procedural', owner: null, due: null },
    ]);
  });
});

describe('the minutes and the vote on them', () => {
  test('"The minutes were approved. Proposed TB, Seconded SH.": the approval keeps who proposed and seconded it', () => {
    const m = page(['1. Apologies', 'None.', '2. Approval', 'The minutes were approved. Proposed TB, Seconded SH.', '3. Footpaths', 'The stile is broken.']);
    expect(decisionsOf(m, '2')).toEqual([{ text: 'The minutes were approved. Proposed TB, Seconded SH.', kind: 'procedural', owner: null, due: null }]);
  });

  test('"It was agreed that the draft minutes would be sent to the Chairman …" under a "Minutes" heading is a task, not their approval', () => {
    const m = page(['1. Apologies', 'None.', '2. Minutes', 'How corrections reach the record was discussed. It was agreed that the draft minutes would be sent to the Vice-Chair within ten days.', '3. Footpaths', 'The stile is broken.']);
    expect(decisionsOf(m, '2').map((d) => [d.text, d.kind])).toEqual([['That the draft minutes would be sent to the Vice-Chair within ten days.', 'action']]);
  });
});
