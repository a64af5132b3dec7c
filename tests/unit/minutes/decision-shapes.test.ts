/**
 * Decision shapes found across UK minutes: points printed inside one paragraph, Scottish DECISION
 * blocks under numbered paragraphs, resolutions in prose ("It was agreed that …", "Council resolved to
 * …"), parish-council motions, elections and co-options, action lines inside list entries, planning
 * comments, Welsh agreements, and owners and due dates written in words. All passages are made up.
 */
import { parseMinutesText } from '../../../main/minutes';
import type { Decision } from '../../../shared/types/minutes';

const page = (...lines: string[]) =>
  ['Minutes of the Meeting of the Ashby Vale Parish Council held on Tuesday 4 March 2025 at 7.30 pm', '', 'Present: Councillors A Brown (Chair), C Dale, E Frost', '', ...lines].join('\n');

const decisions = (...lines: string[]) =>
  parseMinutesText(page(...lines)).decisions.map(({ item, label, text, kind, owner, due }: Decision) => ({ item, label, text, kind, owner, due }));

describe('points printed inside one paragraph', () => {
  test('"It was resolved to: A Note … B Confirm … C Agree …" gives one decision per letter', () => {
    const d = decisions(
      '1. Membership of the Panel',
      '',
      'It was resolved to: A Note the membership of the Panel for 2025/26 (Appendix A) B Confirm that the Police and Crime Commissioner be given co-opted member status. C Agree that the Clerk circulate the revised membership list by 31 March 2025.',
    );
    expect(d.map((x) => [x.label, x.kind])).toEqual([
      ['A', 'noted'],
      ['B', 'procedural'],
      ['C', 'action'],
    ]);
    expect(d[0]?.text).toBe('Note the membership of the Panel for 2025/26 (Appendix A)');
    expect(d[2]).toMatchObject({ owner: 'the Clerk', due: '2025-03-31' });
  });

  test('"(a) … ; (b) … ; and (c) …" after a lead-in splits; a condition list after real words does not', () => {
    const split = decisions('1. Play Area', '', 'RESOLVED that the Council: (a) approves the new play area layout; (b) notes the cost; and (c) asks the Clerk to apply for a grant.');
    expect(split.map((x) => x.label)).toEqual(['a', 'b', 'c']);
    const whole = decisions('1. Play Area', '', 'RESOLVED that the layout be approved subject to: (a) a fence on the north side; (b) a bin by the gate.');
    expect(whole).toHaveLength(1);
    expect(whole[0]?.label).toBeNull();
  });

  test('the article "A" in a sentence is not a marker', () => {
    const d = decisions('1. Footpaths', '', 'RESOLVED that A Frost be thanked for the footpath survey. B Dale would circulate the results.');
    expect(d).toHaveLength(1);
    expect(d[0]?.label).toBeNull();
  });

  test('a copy cut off part-way in the minutes keeps the fuller point from the decision panel', () => {
    const text = [
      'Minutes of the Meeting of the Harbour Board held on 3 June 2025',
      '',
      'No. | Item |',
      'Appointments To agree appointments. Additional documents:',
      'Decision: It was resolved to: A Note the Members appointed by the councils for 2025-26. B Agree that any late appointments shall take effect at once. Minutes: It was resolved to: A Note the Members appointed by the councils for 2025-26. B Agree that any late appoi',
    ].join('\n');
    const d = parseMinutesText(text).decisions;
    expect(d.map((x) => x.label)).toEqual(['A', 'B']);
    expect(d[1]?.text).toBe('Agree that any late appointments shall take effect at once.');
  });
});

describe('Scottish DECISION blocks', () => {
  test('the paragraph number above is the label; a bare NOTED takes the paragraph it notes', () => {
    const d = decisions(
      '2. Convener\'s Remarks',
      '',
      '2.1     The Convener congratulated the volunteers of the Riverside Garden on their award.',
      '',
      'DECISION',
      '',
      'AGREED that congratulations be passed to those concerned.',
      '',
      '2.2     The Convener reported a letter from the Lord-Lieutenant thanking the Council for its support of the royal visit in June.',
      '',
      'DECISION',
      '',
      'NOTED.',
    );
    expect(d).toEqual([
      { item: '2', label: '2.1', text: 'That congratulations be passed to those concerned.', kind: 'action', owner: null, due: null },
      { item: '2', label: '2.2', text: 'The Convener reported a letter from the Lord-Lieutenant thanking the Council for its support of the royal visit in June.', kind: 'noted', owner: null, due: null },
    ]);
  });

  test('a DECISION under an unnumbered paragraph has no label', () => {
    const d = decisions('3. Minute', '', 'The Minute of the meeting held on 6 February 2025 was considered.', '', 'DECISION', '', 'AGREED that the Minute be approved and signed by the Convener.');
    expect(d).toEqual([{ item: '3', label: null, text: 'That the Minute be approved and signed by the Convener.', kind: 'procedural', owner: null, due: null }]);
  });
});

describe('resolutions in prose', () => {
  test('"Council resolved to …", "These were agreed as a true record"', () => {
    expect(decisions('1. Minutes', '', 'Council resolved to approve the minutes of the ordinary meeting held on 3 February 2025.')).toEqual([
      { item: '1', label: null, text: 'To approve the minutes of the ordinary meeting held on 3 February 2025.', kind: 'procedural', owner: null, due: null },
    ]);
    expect(decisions('1. Minutes', '', 'These were agreed as a correct record and signed by the Chair.')[0]).toMatchObject({
      text: 'The minutes were agreed as a correct record and signed by the Chair.',
      kind: 'procedural',
    });
  });

  test('"…; it was agreed that …" after discussion, but not an agreement reported from elsewhere', () => {
    const d = decisions('1. Work Programme', '', 'Discussion ensued on the work programme; it was agreed that the item on street lighting be removed from the work programme.');
    expect(d).toEqual([{ item: '1', label: null, text: 'That the item on street lighting be removed from the work programme.', kind: 'action', owner: null, due: null }]);
    const reported = decisions('1. Chair\'s Update', '', 'The Chair had met the head teacher and the governors. It was agreed that talks would take place about funding for the school garden.');
    expect(reported).toEqual([]);
  });

  test('a person "of the Council" noting something, or the Council noting declarations, is not a decision', () => {
    expect(decisions('1. Boundary Review', '', 'The Leader of the Council noted it would contain fourteen parishes.')).toEqual([]);
    expect(decisions('1. Declarations of Interest', '', 'The Council noted the following declarations of interest:')).toEqual([]);
  });

  test('the Chair changing the order of business is procedural', () => {
    const d = decisions('1. Chair\'s Announcements', '', 'The Chairman said he would move forward on the agenda the item regarding the library.');
    expect(d.map((x) => x.kind)).toEqual(['procedural']);
  });

  test('the Chair noting substitutes, in a numbered paragraph, carries the paragraph number', () => {
    const d = decisions('1. Substitutes', '', '12.1 The Chair noted that the following were attending the meeting as substitutes: Councillor G Hale for Councillor J Ives.');
    expect(d.map((x) => [x.label, x.kind])).toEqual([['12.1', 'procedural']]);
  });

  test('minutes of another meeting read out and noted', () => {
    const d = decisions('1. Action Plan', '', 'Action Plan Meeting Minutes held on Thursday 6 February 2025 were read out and the following points noted:');
    expect(d.map((x) => x.kind)).toEqual(['noted']);
  });

  test('"RECOMMENDED – That …" is a recommendation', () => {
    const d = decisions('1. Budget', '', 'RECOMMENDED – That the Council approve the revenue budget for 2025/26.');
    expect(d.map((x) => x.kind)).toEqual(['recommendation']);
  });
});

describe('parish council motions, elections and actions', () => {
  test('"Proposed by Cllr A, seconded by Cllr B and RESOLVED to …"', () => {
    const d = decisions('1. Grass Cutting', '', 'Proposed by Cllr Dale, seconded by Cllr Frost and RESOLVED to accept the quotation from Greenway Grounds.');
    expect(d).toEqual([{ item: '1', label: null, text: 'To accept the quotation from Greenway Grounds.', kind: 'action', owner: null, due: null }]);
  });

  test('a motion carried unopposed, and the election sentence after it is not repeated', () => {
    const d = decisions(
      '1. Election of Vice-Chairman',
      '',
      'It was proposed by Cllr Brown, seconded by Cllr Frost that Cllr Dale be appointed as Vice-Chairman. Cllr Dale was elected to the position of Vice-Chairman unopposed.',
    );
    expect(d).toEqual([{ item: '1', label: null, text: 'That Cllr Dale be appointed as Vice-Chairman.', kind: 'procedural', owner: null, due: null }]);
  });

  test('"Cllr A proposed B is co-opted …, Cllr C seconded, unanimous approval"; an election in prose', () => {
    expect(decisions('1. Co-option', '', 'Cllr Brown proposed Jo Hale is co-opted to fill the vacancy of Parish Councillor, Cllr Dale seconded, unanimous approval.')).toEqual([
      { item: '1', label: null, text: 'Jo Hale is co-opted to fill the vacancy of Parish Councillor', kind: 'procedural', owner: null, due: null },
    ]);
    expect(decisions('1. Election of Chairman', '', 'Councillor A Brown was elected Chairman for the ensuing year.').map((x) => x.kind)).toEqual(['procedural']);
  });

  test('"it was agreed by Members for Cllr X to …": owner and a due date in words', () => {
    expect(decisions('1. Apologies', '', 'Cllr Ives – it was agreed by Members for Cllr Ives to sign the Declaration of Acceptance of Office at the next Parish Council meeting.')).toEqual([
      { item: '1', label: null, text: 'Cllr Ives to sign the Declaration of Acceptance of Office at the next Parish Council meeting.', kind: 'action', owner: 'Ives', due: 'next Parish Council meeting' },
    ]);
  });

  test('an "Action:" at the end of a list entry; "Clerk to …" and "Cllr X to …" name their owners', () => {
    const d = decisions(
      '1. Public Participation',
      '',
      '- Residents asked for help with the church hall roof. Action: To discuss at subsequent Parish Council meeting.',
      '- Leaflets about the oil club were handed in. Action: To be put on the village notice board.',
      '',
      '2. Highways',
      '',
      'Clerk to write to County Highways about the pothole in Mill Lane. Cllr Frost to contact the bus company about the timetable.',
    );
    expect(d).toEqual([
      { item: '1', label: null, text: 'To discuss at subsequent Parish Council meeting.', kind: 'action', owner: null, due: 'subsequent Parish Council meeting' },
      { item: '1', label: null, text: 'To be put on the village notice board.', kind: 'action', owner: null, due: null },
      { item: '2', label: null, text: 'Clerk to write to County Highways about the pothole in Mill Lane.', kind: 'action', owner: 'Clerk', due: null },
      { item: '2', label: null, text: 'Cllr Frost to contact the bus company about the timetable.', kind: 'action', owner: 'Frost', due: null },
    ]);
  });

  test('a planning comment is a recommendation, numbered like the application above it', () => {
    const d = decisions(
      '4. Planning Matters',
      '',
      '4.1. 250123 – Land at Mill Farm – erection of a hay barn.',
      '',
      'PC comment: The council has no objection provided the barn is used for agriculture only.',
    );
    expect(d).toEqual([
      { item: '4', label: '4.1', text: 'The council has no objection provided the barn is used for agriculture only.', kind: 'recommendation', owner: null, due: null },
    ]);
  });

  test('a leave of absence "until October" is procedural and has no due date', () => {
    const d = decisions('1. Apologies for absence', '', '1.1. It was RESOLVED to accept Cllr Ives request for leave of absence until October. All in favour.');
    expect(d).toEqual([{ item: '1', label: '1.1', text: 'To accept Cllr Ives request for leave of absence until October. All in favour.', kind: 'procedural', owner: null, due: null }]);
  });
});

describe('Welsh', () => {
  test('"Cytunodd … i ohirio\'r adroddiad tan gyfarfod … ar 21 Hydref 2025" is a deferral due on that date', () => {
    const d = decisions('1. Adroddiad Tai', '', 'Trafodwyd yr adroddiad. Cytunodd y Pwyllgor i ohirio’r adroddiad tan gyfarfod nesaf y Pwyllgor ar 21 Hydref 2025.');
    expect(d).toEqual([{ item: '1', label: null, text: 'I ohirio’r adroddiad tan gyfarfod nesaf y Pwyllgor ar 21 Hydref 2025.', kind: 'procedural', owner: null, due: '2025-10-21' }]);
  });
});

describe('action log tables', () => {
  test('"Action | Owner | Due date | Status" rows are actions with their owner, due date and progress', () => {
    const d = parseMinutesText(
      page(
        '1. Action Log',
        '',
        'The Council reviewed the action log.',
        '',
        'Action | Owner | Due date | Status |',
        '---|---|---|---|',
        'Circulate the revised play area plan to all members | Clerk | 31 March 2025 | Open |',
        'Write to the bus company about the timetable | Cllr Frost | next meeting | Completed |',
      ),
    ).decisions.map(({ text, kind, owner, due, status }) => ({ text, kind, owner, due, status: status ?? null }));
    expect(d).toEqual([
      { text: 'Circulate the revised play area plan to all members', kind: 'action', owner: 'Clerk', due: '2025-03-31', status: null },
      { text: 'Write to the bus company about the timetable', kind: 'action', owner: 'Frost', due: 'next meeting', status: 'done' },
    ]);
  });

  test('a table without an owner or due column is not an action log', () => {
    const d = decisions('1. Grants', '', 'Action | Amount |', '---|---|', 'Grant to the village hall | £500 |');
    expect(d).toEqual([]);
  });
});

describe('more parish and committee shapes', () => {
  test('"ACTION: Clerk" at the end of a paragraph gives its owner to the sentence before', () => {
    const d = decisions('1. Highways', '', 'The pothole in Mill Lane has got worse. The Clerk will report it to County Highways. ACTION: Clerk');
    expect(d).toEqual([{ item: '1', label: null, text: 'The Clerk will report it to County Highways.', kind: 'action', owner: 'Clerk', due: null }]);
  });

  test('"Cllr A proposed, Cllr B seconded, that …" and "… Proposed by …, seconded by … and resolved to …" in a paragraph', () => {
    expect(decisions('1. Green', '', 'Cllr Dale proposed, Cllr Frost seconded, that the Council buy a new bench for the green. All in favour.').map((x) => x.text)).toEqual([
      'That the Council buy a new bench for the green',
    ]);
    expect(decisions('1. Hedges', '', 'The hedge is overgrown. Proposed by Cllr Dale, seconded by Cllr Frost and resolved to ask the landowner to cut it.').map((x) => x.text)).toEqual([
      'To ask the landowner to cut it.',
    ]);
  });

  test('"The Committee AGREED:" heads a lettered list; "The Committee RECOMMENDS to Council" is a recommendation', () => {
    const d = decisions('1. Finance', '', 'DECISION', '', 'The Committee AGREED:', '', '(a) to note the report; and', '', '(b) that officers provide an update in six months.');
    expect(d.map((x) => [x.label, x.text, x.kind, x.owner, x.due])).toEqual([
      ['a', 'To note the report', 'noted', null, null],
      ['b', 'That officers provide an update in six months.', 'action', 'officers', '2025-09-04'],
    ]);
    expect(decisions('1. Budget', '', 'The Committee RECOMMENDS to Council that the budget be approved.').map((x) => x.kind)).toEqual(['recommendation']);
  });
});

describe('Welsh resolutions', () => {
  const cymraeg = (...lines: string[]) =>
    parseMinutesText(['Cofnodion Cyfarfod Cyngor Cymuned Llanfair a gynhaliwyd ar 4 Mawrth 2025', '', 'Yn bresennol: Cynghorwyr A Brown, C Dale', '', ...lines].join('\n')).decisions.map(
      ({ text, kind, due }) => ({ text, kind, due }),
    );

  test('"PENDERFYNWYD …" reads on in Welsh: minutes confirmed, a report noted, an item deferred to the next meeting', () => {
    expect(cymraeg('1. Cofnodion', '', 'PENDERFYNWYD cymeradwyo cofnodion y cyfarfod a gynhaliwyd ar 4 Chwefror 2025 fel rhai cywir.')).toEqual([
      { text: 'Cymeradwyo cofnodion y cyfarfod a gynhaliwyd ar 4 Chwefror 2025 fel rhai cywir.', kind: 'procedural', due: null },
    ]);
    expect(cymraeg('1. Adroddiad', '', 'PENDERFYNWYD bod yr adroddiad yn cael ei nodi.')).toEqual([{ text: 'Bod yr adroddiad yn cael ei nodi.', kind: 'noted', due: null }]);
    expect(cymraeg('1. Adroddiad', '', 'Penderfynwyd i ohirio’r eitem tan y cyfarfod nesaf.')).toEqual([
      { text: 'I ohirio’r eitem tan y cyfarfod nesaf.', kind: 'procedural', due: 'next meeting' },
    ]);
  });
});

describe('how the vote went, printed with the resolution', () => {
  test('"RESOLVED (unanimously) that …" and "RESOLVED (by 6 votes to 2) –" leave the vote out of the text', () => {
    expect(decisions('1. Report', '', 'RESOLVED (unanimously) that the report be noted.').map((x) => x.text)).toEqual(['That the report be noted.']);
    expect(decisions('1. Application', '', 'RESOLVED (by 6 votes to 2) –', '', 'That the application be refused.').map((x) => x.text)).toEqual(['That the application be refused.']);
  });
});
