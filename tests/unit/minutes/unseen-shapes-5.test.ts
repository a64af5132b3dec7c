/**
 * Issue 15, round five: more shapes from councils the parser had never seen, written here with made-up
 * councils and people. Headers printed as one run-on paragraph, Northern Irish "PRESENT:" blocks with
 * Mayor, Aldermen and Councillors sections, labels printed without a colon, names run together without
 * commas, members listed with the body they represent, paragraph-numbered minutes.
 */
import { parseMinutesDetailed } from '../../../main/minutes';

const detailed = (lines: string[]) => parseMinutesDetailed('minutes.txt', lines.join('\n'));
const attendee = (lines: string[], name: string) => detailed(lines).attendance.find((a) => a.name === name);

describe('a header printed as one run-on paragraph with the attendance inside', () => {
  const page = [
    'Name of Committee Here',
    'ORDINARY COUNCIL MEETING 12 MARCH 2003 (7.15pm – 9.40pm) PRESENT: The Mayor (Councillor Ruth Ellery) (in the Chair); Councillors: Amos Bright, Cara Dunmore, Felix Gorringe, Hilda Ives, Jonas Keble, Marwood. Apologies for absence were received from: Councillors Nora Oakes, Piers Quill and Rhoda Sands; and for lateness from Councillors Tobias Umber and Lena Marwood. 301 TO RECEIVE ANY ANNOUNCEMENTS FROM THE MAYOR (Agenda Item 2) The Mayor thanked Members for their attendance at the civic service.',
  ];

  test('the present list is read from inside the paragraph, the Mayor in the Chair first', () => {
    const present = detailed(page).attendance.filter((a) => a.status === 'present');
    expect(present.slice(0, 7).map((a) => [a.name, a.role])).toEqual([
      ['Ruth Ellery', 'Chair'],
      ['Amos Bright', null],
      ['Cara Dunmore', null],
      ['Felix Gorringe', null],
      ['Hilda Ives', null],
      ['Jonas Keble', null],
      ['Marwood', null],
    ]);
  });

  test('the meeting, its date, start and end times are read from the paragraph before "PRESENT:"', () => {
    const r = detailed(page).minutes;
    expect([r.committee?.toLowerCase(), r.date, r.startTime, r.endTime]).toEqual(['council', '2003-03-12', '19:15', '21:40']);
  });

  test('"Apologies for absence were received from:" with a colon names the apologies, not the late arrival', () => {
    const r = detailed(page);
    expect(r.minutes.apologies).toEqual(['Nora Oakes', 'Piers Quill', 'Rhoda Sands']);
    expect(r.attendance.find((a) => a.name === 'Tobias Umber')?.status).toBe('present');
    // The list gave the surname only: "Lena Marwood" late is the same member, not another.
    expect(r.attendance.find((a) => a.name === 'Lena Marwood')).toBeUndefined();
  });
});

describe('a Northern Irish "PRESENT:" block with Mayor, Aldermen and Councillors sections', () => {
  const page = [
    'Minutes of the Monthly Meeting of Council held in the Civic Hall, Ballyvale, on Tuesday, 14 June, 2016 at 7:00 pm',
    '',
    'PRESENT: The Right Worshipful the Mayor Councillor K M Orr',
    '',
    'Aldermen P Quinlan, R S Tate and W Vance',
    '',
    'Councillors A Boyd, C Devlin MBE, E Fegan and G Hanna',
    '',
    'IN ATTENDANCE: Ballyvale City Council',
    '',
    'Chief Executive Director of Finance Committee Secretary',
    '',
    '1. Business of the Mayor',
    '',
    'The Mayor welcomed those present.',
  ];

  test('the Mayor is named with the post, then every Alderman and Councillor', () => {
    const r = detailed(page).attendance;
    expect(r.map((a) => [a.name, a.status, a.role])).toEqual([
      ['K M Orr', 'present', 'Mayor'],
      ['P Quinlan', 'present', null],
      ['R S Tate', 'present', null],
      ['W Vance', 'present', null],
      ['A Boyd', 'present', null],
      ['C Devlin MBE', 'present', null],
      ['E Fegan', 'present', null],
      ['G Hanna', 'present', null],
    ]);
  });

  test('officers listed by post under the council\'s name: the one named in brackets, with the post before', () => {
    const lines = page.map((l) => (l.startsWith('Chief Executive') ? 'Chief Executive Director of Finance Head of Communications (Mrs D Ennis) Committee Secretary' : l));
    expect(attendee(lines, 'Mrs D Ennis')).toEqual({ name: 'Mrs D Ennis', status: 'in-attendance', role: 'Head of Communications' });
    expect(detailed(lines).attendance.filter((a) => a.status === 'in-attendance')).toHaveLength(1);
  });

  test('"The Chairman Councillor X" gives the chair', () => {
    const lines = ['Minutes of the Parish Council meeting held on 3 May 2019', 'PRESENT: The Chairman Councillor J Yelland', 'Councillors B Abbot and C Beale', '1. Minutes', 'The minutes were agreed.'];
    expect(attendee(lines, 'J Yelland')?.role).toBe('Chair');
  });
});

describe('labels printed without a colon, names run together as PDF text gives a table column', () => {
  const page = [
    'Minutes of Proceedings of a Meeting of Glenmoy District Council held in the Council Chamber, Glenmoy on Tuesday, 6 March 2007. The meeting commenced at 7.30 pm.',
    '',
    'Presiding R McAteer',
    '',
    'Other Members Present A B Corr J Devine Mrs E F Gault H Irvine Miss K L Munce',
    '',
    'Officers Present N O Pollock, (Chief Executive) P Q Rainey (Director of Finance) Mrs S Tweed (Committee Clerk)',
    '',
    '1.1 It was agreed that the minutes be signed as correct.',
  ];

  test('"Representatives from Other Bodies in Attendance" then "Body: Ms A Brown, Post"', () => {
    const lines = [...page.slice(0, 7), '', 'Representatives from Other Bodies in Attendance', '', 'Roads Service: Ms Una Vance, Section Engineer', '', ...page.slice(8)];
    expect(attendee(lines, 'Ms Una Vance')).toEqual({ name: 'Ms Una Vance', status: 'in-attendance', role: 'Section Engineer' });
  });

  test('the chair, each member and each officer with the post in brackets after them', () => {
    expect(detailed(page).attendance.map((a) => [a.name, a.status, a.role])).toEqual([
      ['R McAteer', 'present', 'Chair'],
      ['A B Corr', 'present', null],
      ['J Devine', 'present', null],
      ['Mrs E F Gault', 'present', null],
      ['H Irvine', 'present', null],
      ['Miss K L Munce', 'present', null],
      ['N O Pollock', 'in-attendance', 'Chief Executive'],
      ['P Q Rainey', 'in-attendance', 'Director of Finance'],
      ['Mrs S Tweed', 'in-attendance', 'Committee Clerk'],
    ]);
  });

  test('names run together are split only when every one is initials and a surname', () => {
    const lines = ['Minutes of the Parish Council meeting held on 3 May 2019', 'Members Present A Corr J Devine Harold Irvine', '1. Minutes', 'The minutes were agreed.'];
    expect(detailed(lines).attendance).toEqual([]);
  });

  test('"Members present were" is a sentence, not a label', () => {
    const lines = ['Minutes of the Parish Council meeting held on 3 May 2019', 'Members present were asked to sign the register.', '1. Minutes', 'The minutes were agreed.'];
    expect(detailed(lines).attendance).toEqual([]);
  });
});

describe('members listed with the body each represents, a table copied without its cell breaks', () => {
  const page = [
    'MEETING OF POLICE AND CRIME PANEL',
    'Thursday 8 November 2012 Civic Offices, Westborough',
    'Present: Cllr P Acton, Westborough District Council Cllr Mrs B Birch, City and District Council Cllr C Crane, Borough Council (Chairman) Cty Cllr D Drake, Loamshire County Council Cllr E Eden (substitute), Borough Council Dr F Frome, Co-opted Member',
    '1 MINUTES OF THE PREVIOUS MEETING',
    'Agreed.',
  ];

  test('each person once, without the body, the chair from the bracket after the body', () => {
    expect(detailed(page).attendance.map((a) => [a.name, a.role])).toEqual([
      ['P Acton', null],
      ['Mrs B Birch', null],
      ['C Crane', 'Chair'],
      ['D Drake', 'County Councillor'], // ("Cty Cllr": a county member's title, shortened.)
      ['E Eden', 'substitute'],
      ['Dr F Frome', null],
    ]);
  });
});

describe('paragraph-numbered minutes with no item headings', () => {
  const page = [
    'Minutes of Proceedings of a Meeting of Glenmoy District Council held in the Council Chamber, Glenmoy on Tuesday, 6 March 2007.',
    '',
    '1.1 The minutes of the meeting held on 6 February 2007 were taken as read and signed as correct.',
    '',
    '2.1 The Chief Executive advised that there were no matters arising.',
    '',
    '2.2 Submitted an e-mail from the Water Board requesting dates for a presentation to the Council.',
    '',
    '2.2.1 It was agreed that the Water Board should be invited to attend the April meeting of the Council.',
    '',
    '3.1 Submitted a letter of thanks from the lifeboat crew.',
  ];

  test('paragraphs 1.x, 2.x and 3.x are items 1, 2 and 3, a decision labelled with its paragraph number', () => {
    const r = parseMinutesDetailed('minutes.txt', page.join('\n')).minutes;
    expect(r.items.map((i) => [i.number, i.title])).toEqual([
      ['1', ''],
      ['2', ''],
      ['3', ''],
    ]);
    const d = r.decisions.find((x) => /Water Board/.test(x.text));
    expect([d?.item, d?.label]).toEqual(['2', '2.2.1']);
  });

  test('numbers that do not run 1.1, 2.1, 3.1 in order are not read as items', () => {
    const lines = [...page.slice(0, 9), '', '5.2 Submitted a letter of thanks from the lifeboat crew.'];
    const r = parseMinutesDetailed('minutes.txt', lines.join('\n')).minutes;
    expect(r.items.map((i) => i.number)).not.toContain('5');
    expect(r.items.length).toBeLessThanOrEqual(1);
  });
});

describe('resolutions typed a line each without full stops', () => {
  const page = [
    'Minutes of the Meeting of the Parish Council held on Thursday 18th May 2017 at 7.30 pm in The Vale Centre',
    'Present : Cllrs Pollard (in the Chair), Quayle, Rudd',
    '5 Matters arising',
    'None.',
    '6 Election of Chairman and Vice Chairman',
    'It was proposed seconded and unanimously agreed that Cllr Pollard be re-elected as Chair of the Parish Council',
    'It was proposed, seconded and agreed that Cllr Quayle be re-elected as Vice Chair of the Parish Council',
    '7 Election of representatives',
    'It was unanimously agreed that representatives be elected on an ad hoc basis as required',
  ];

  test('each "It was proposed, seconded and agreed that …" is a decision of its own', () => {
    const r = parseMinutesDetailed('minutes.txt', page.join('\n')).minutes;
    expect(r.decisions.map((d) => [d.item, d.text])).toEqual([
      ['6', 'That Cllr Pollard be re-elected as Chair of the Parish Council'],
      ['6', 'That Cllr Quayle be re-elected as Vice Chair of the Parish Council'],
      ['7', 'That representatives be elected on an ad hoc basis as required'],
    ]);
  });
});

describe('parish minutes that name the councillors present without a label', () => {
  const page = [
    'Northvale Parish Council Extra Ordinary meeting.',
    'Held at Northvale Memorial Hall at 19:30 on 14th March 2019',
    'Councillors A. Brook, C. Dale, E Fell, G. Hurst, I. Jagger.',
    'Apologies were received from councillors K. Lund and M. Moss and were formally accepted',
    'There were 4 members of the public present.',
    'Locum Clerk: Nora Ogden',
    'The Vice Chairman C. Dale acted as Chairman',
    'There were no items on the agenda that would require those councillors present to declare interests',
    'Item 1 To agree the minutes of the Full Council meeting of 11th February 2019',
    'It was proposed that the minutes of the meeting of the 11th February 2019 should be approved as a correct record',
    'Proposer C. Dale',
    'Seconded by E Fell',
    'It was RESOLVED to accept the minutes as a correct record.',
    'Item 2 To agree the minutes of the Full Council meeting of 4th March 2019',
    'It was RESOLVED to accept the minutes as a correct record.',
  ];

  test('the councillors are present, the clerk is in attendance with the post, the acting chair has the Chair', () => {
    const r = detailed(page).attendance;
    expect(r.filter((a) => a.status === 'present').map((a) => [a.name, a.role])).toEqual([
      ['A. Brook', null],
      ['C. Dale', 'Chair'],
      ['E Fell', null],
      ['G. Hurst', null],
      ['I. Jagger', null],
    ]);
    expect(attendee(page, 'Nora Ogden')).toEqual({ name: 'Nora Ogden', status: 'in-attendance', role: 'Locum Clerk' });
  });

  test('a sentence about councillors is not a list of those present', () => {
    const lines = [...page.slice(0, 2), 'Councillors Brook, Dale and Fell raised concerns about the footpath.', ...page.slice(8)];
    expect(detailed(lines).attendance).toEqual([]);
  });
});

describe('numbered panel minutes with short resolutions', () => {
  const page = [
    'MEETING OF POLICE AND CRIME PANEL',
    'Thursday 8 November 2012 Civic Offices, Westborough',
    'Present: Cllr P Acton, Cllr C Crane (Chairman), Dr F Frome',
    '1 INTRODUCTION AND WELCOME',
    'A welcome was extended to all members of the Panel.',
    '2 MINUTES OF THE PREVIOUS MEETING OF 20 SEPTEMBER 2012',
    'Agreed.',
    'R:\\PANEL\\08.11.12 MEETING\\PANEL MINUTES - 8 NOVEMBER 2012.DOC - 1',
    '3 MATTERS ARISING',
    'Agreed.',
    '4 PUBLIC ENGAGEMENT',
    '(i) The Panel received a presentation on the engagement plan.',
    '(ii) While the Panel supported efforts to raise public awareness, it was agreed to write to the Minister about the tone of the national campaign.',
  ];

  test('"Agreed." alone under the previous minutes approves them, even with a page footer after it', () => {
    const r = detailed(page).minutes.decisions;
    expect(r.filter((d) => d.item === '2').map((d) => [d.text, d.kind])).toEqual([['Agreed', 'procedural']]);
    expect(r.filter((d) => d.item === '3')).toEqual([]);
  });

  test('"(ii) While …, it was agreed to …" is a decision with its label', () => {
    const d = detailed(page).minutes.decisions.find((x) => x.item === '4');
    expect([d?.label, d?.text, d?.kind]).toEqual(['ii', 'To write to the Minister about the tone of the national campaign.', 'action']);
  });
});

describe('Welsh ModernGov minutes and posts "to the Council"', () => {
  const page = [
    'Eitemau',
    'Rhif eitem',
    '',
    '1.',
    '',
    'Ymddiheuriadau dros Absenoldeb',
    '',
    'Cofnodion:',
    '',
    'Mr Owain Pryce.',
    '',
    '2.',
    '',
    'Datganiadau o ddiddordeb',
    '',
    'Cofnodion:',
    '',
    'Dim.',
    '',
    '3.',
    '',
    'Cofnodion y Cyfarfod Diwethaf',
    '',
    'Cofnodion:',
    '',
    'Derbyniwyd a chymeradwywyd bod cofnodion y cyfarfod diwethaf a gynhaliwyd ar 9 Mawrth 2023 yn gofnod cywir o’r cyfarfod.',
    '',
    '4.',
    '',
    'Materion yn codi',
    '',
    'Cofnodion:',
    '',
    'Dim.',
  ];

  test('an apologies item that is a name with an honorific gives the apology', () => {
    expect(parseMinutesDetailed('minutes.txt', page.join('\n')).minutes.apologies).toEqual(['Mr Owain Pryce']);
  });

  test('"Derbyniwyd a chymeradwywyd bod cofnodion …" approves the minutes', () => {
    const d = parseMinutesDetailed('minutes.txt', page.join('\n')).minutes.decisions;
    expect(d.map((x) => [x.item, x.kind])).toEqual([['3', 'procedural']]);
    expect(d[0]?.text).toMatch(/^Derbyniwyd a chymeradwywyd bod cofnodion/);
  });

  test('"Mr A Brown, Clerk to the Council" is the clerk; "J Bugg, Loamshire County Council" is not a post', () => {
    const lines = [
      'CHISWOLD PARISH COUNCIL',
      'Minutes of the Meeting of the Parish Council held on Thursday 18th May 2017 at 7.30 pm in The Village Hall, Chiswold',
      'Present : Cllrs Fee (in the Chair), Jones, Craven',
      'In attendance: Mr. G Eames, Clerk to the Council, Mrs J Bugg, Loamshire County Council',
      '1 Apologies for absence',
      'Apologies were received from Cllr Hazard',
      '2 Minutes of the last Meeting',
      'The Minutes of the Meeting held on 20th April 2017 were agreed and signed',
      '3 Matters arising',
      'None.',
    ];
    expect(attendee(lines, 'Mr. G Eames')?.role).toBe('Clerk to the Council');
    expect(attendee(lines, 'Mrs J Bugg')?.role).toBeNull();
  });
});

describe('a ModernGov decision page whose Content field holds the apologies with substitutes in brackets', () => {
  const page = [
    'Decision',
    'Sederunt and Declaration of Members\' Interests',
    'Decision Maker: Infrastructure Committee',
    'Outcome: Agreed',
    'Is Key Decision?: No',
    'Date of Decision: March 5, 2026',
    'Purpose:',
    'Content: Apologies: Cllr P Abbot (Cllr R Boyd - substitute) Cllr T Craig (Cllr V Dunbar – substitute) Cllr V Dunbar (Items 6-9) Declarations of Interest: Councillor Elder made a transparency statement in relation to Item 4; having applied the objective test she concluded that she had no interest to declare.',
    'Related Meeting',
    'Infrastructure Committee - Thursday, 5th March, 2026 10.00 am on March 5, 2026',
  ];

  test('those who sent apologies, and each substitute present in their place', () => {
    expect(detailed(page).attendance.map((a) => [a.name, a.status, a.role])).toEqual([
      ['P Abbot', 'apologies', null],
      ['T Craig', 'apologies', null],
      ['R Boyd', 'present', 'substitute for P Abbot'],
      ['V Dunbar', 'present', 'substitute for T Craig'],
    ]);
  });

  test('the decision record is one item, titled by the line after "Decision"', () => {
    expect(detailed(page).minutes.items.map((i) => [i.number, i.title])).toEqual([[null, "Sederunt and Declaration of Members' Interests"]]);
  });
});

describe('apologies run together, a member\'s title starting the next person', () => {
  const page = [
    'MEETING OF POLICE AND CRIME PANEL',
    'Thursday 8 November 2012 Civic Offices, Westborough',
    'Present: Cllr P Acton, Cllr C Crane (Chairman), Dr F Frome, KCC Cllr Marsh',
    'Apologies: Mr I Dale Co-opted member Cllr R Rook, Loamshire Police Authority Cllr Ms S Tarn, Borough Council Cllr R Heron Westborough Borough Council Mayor Nell Thorn',
    '1 MINUTES OF THE PREVIOUS MEETING',
    'Agreed.',
  ];

  test('each titled name is a person of its own; a body run into the next name is no one\'s post', () => {
    const r = detailed(page).attendance.filter((a) => a.status === 'apologies');
    expect(r.map((a) => a.name)).toEqual(['Mr I Dale', 'R Rook', 'Ms S Tarn', 'R Heron']);
    expect(attendee(page, 'Marsh')?.role).toBe('KCC Councillor');
  });
});
