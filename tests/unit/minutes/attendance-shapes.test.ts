/**
 * Attendance and apologies in the shapes real UK minutes print them (all names invented):
 * lists run into sentences, titles and honorifics, roles in brackets or after commas, apologies
 * with reasons and substitutes, lateness, Welsh and Scottish labels, lists broken over lines.
 */
import { parseMinutesDetailed } from '../../../main/minutes';
import type { Attendee } from '../../../main/minutes';

const read = (lines: string[]) => parseMinutesDetailed('minutes.txt', lines.join('\n'));
const triples = (list: Attendee[]) => list.map((a) => [a.name, a.status, a.role]);
const HEAD = ['Overview and Scrutiny Committee', 'Minutes of the meeting held on 3 March 2025 at 7.00 pm', ''];

describe('attendance lists', () => {
  test('a whole council on one long line after "Present:", honorifics kept; "X in the Chair"', () => {
    const members = Array.from({ length: 24 }, (_, k) => `${k % 2 ? 'Mrs' : 'Mr'} ${String.fromCharCode(65 + (k % 26))} Member${String.fromCharCode(97 + k % 26)}son`);
    const r = read([
      'Minutes of Meeting of the Council held in the Council Chamber on Thursday, 6 March 2025 at 10.30am.',
      '',
      '1. Calling of the Roll and Apologies for Absence',
      '',
      'Present:',
      members.join(', '),
      '',
      'Mrs B Memberbson in the Chair',
      '',
      'Apologies for absence were intimated on behalf of Mr Z Quiller.',
      '',
      '2. Declarations of Interest',
      'There were none.',
    ]);
    const present = r.attendance.filter((a) => a.status === 'present');
    expect(present).toHaveLength(24);
    expect(present[0]).toEqual({ name: 'Mr A Memberason', status: 'present', role: null });
    expect(present.find((a) => a.name === 'Mrs B Memberbson')?.role).toBe('Chair');
    expect(r.minutes.apologies).toEqual(['Mr Z Quiller']);
  });

  test('"Alderman" and Welsh "Y Cynghorydd" are titles, dropped like "Councillor"', () => {
    const r = read([
      ...HEAD,
      'YN BRESENNOL:',
      '',
      'Y Cynghorydd T. Prys (Cadeirydd)',
      '',
      'Y Cynghorwyr Mrs E. Wyn, G.H. Parri,',
      '',
      'YMDDIHEURIADAU:',
      '',
      'Y Cynghorydd L. Gethin',
      '',
      '1. Minutes',
      'The minutes were approved.',
    ]);
    expect(triples(r.attendance)).toEqual([
      ['T. Prys', 'present', 'Chair'],
      ['Mrs E. Wyn', 'present', null],
      ['G.H. Parri', 'present', null],
      ['L. Gethin', 'apologies', null],
    ]);
    expect(read([...HEAD, '1. Apologies', 'Apologies were reported on behalf of Alderman Nolan and Councillor Keane.']).minutes.apologies).toEqual([
      'Nolan',
      'Keane',
    ]);
  });

  test('a minute numbered "Attended by:"; a name run into the next for want of a comma; "(Chairman)" is Chair', () => {
    const r = read([
      ...HEAD,
      '45. Attended by: Cllrs Ada Quill (Chairman), Ben Rook (Vice Chairman), Cara Sloe, Dan Teal, Eve Umber Fay Vetch, Gil Wren.',
      '46. Apologies: Cllrs Hal Yarrow, Ian Zest.',
    ]);
    expect(triples(r.attendance)).toEqual([
      ['Ada Quill', 'present', 'Chair'],
      ['Ben Rook', 'present', 'Vice-Chair'],
      ['Cara Sloe', 'present', null],
      ['Dan Teal', 'present', null],
      ['Eve Umber', 'present', null],
      ['Fay Vetch', 'present', null],
      ['Gil Wren', 'present', null],
      ['Hal Yarrow', 'apologies', null],
      ['Ian Zest', 'apologies', null],
    ]);
  });

  test('"THOSE ATTENDING" one per line; officers with posts after commas or straight after the name', () => {
    const r = read([
      ...HEAD,
      'THOSE ATTENDING:',
      '',
      'Cllr K Abel',
      '',
      'Cllr Barnaby (Chair)',
      '',
      'IN ATTENDANCE:',
      '',
      'Mrs A Croft, Parish Clerk/Responsible Finance Officer, Mr D L Dove Deputy Parish Clerk, and Mr E Finch Admin/Finance Assistant.',
      '',
      '1. Apologies for absence',
      'None.',
    ]);
    expect(triples(r.attendance)).toEqual([
      ['K Abel', 'present', null],
      ['Barnaby', 'present', 'Chair'],
      ['Mrs A Croft', 'in-attendance', 'Parish Clerk/Responsible Finance Officer'],
      ['Mr D L Dove', 'in-attendance', 'Deputy Parish Clerk'],
      ['Mr E Finch', 'in-attendance', 'Admin/Finance Assistant'],
    ]);
  });

  test('brackets that say when someone came are not roles; "Councillors:" run into the list', () => {
    const r = read([...HEAD, 'Present: Councillors:L Amber, J Birch (arrived at 8.15pm), T Cedar (19:10), M Dale (via Teams), N Elm (minute-taker)']);
    expect(triples(r.attendance)).toEqual([
      ['L Amber', 'present', null],
      ['J Birch', 'present', null],
      ['T Cedar', 'present', null],
      ['M Dale', 'present', null],
      ['N Elm', 'present', 'minute-taker'],
    ]);
  });

  test('"Sederunt" with Convener; table columns run together ("A Smith Chair", "E Green Director of Place")', () => {
    const sederunt = read([...HEAD, 'Sederunt: Councillor A Moffat (Convener), Bailie B Lennox, Councillor C Menzies']);
    expect(triples(sederunt.attendance)).toEqual([
      ['A Moffat', 'present', 'Convener'],
      ['B Lennox', 'present', null],
      ['C Menzies', 'present', null],
    ]);
    const table = read([...HEAD, 'PRESENT:', 'Councillor A Smythe\tChair', 'Councillor B Jonas', '', 'OFFICERS PRESENT:', 'E Greaves\tDirector of Place', '', '1. MINUTES', 'Agreed.']);
    expect(triples(table.attendance)).toEqual([
      ['A Smythe', 'present', 'Chair'],
      ['B Jonas', 'present', null],
      ['E Greaves', 'in-attendance', 'Director of Place'],
    ]);
  });

  test('"The Mayor (Councillor A Smith)": the post outside the bracket; a list broken after a comma', () => {
    const r = read([
      ...HEAD,
      'Present: The Mayor (Councillor A Pearce), the Deputy Mayor (Councillor B Quint), Councillors C Royle,',
      'D Sutton and E Tamm',
    ]);
    expect(triples(r.attendance)).toEqual([
      ['A Pearce', 'present', 'Mayor'],
      ['B Quint', 'present', 'Deputy Mayor'],
      ['C Royle', 'present', null],
      ['D Sutton', 'present', null],
      ['E Tamm', 'present', null],
    ]);
  });

  test('"Substitutes:" label and "the following were attending as substitutes" lines', () => {
    const label = read([...HEAD, 'PRESENT: Councillors A Ash and B Bay', 'APOLOGIES: Councillor C Cole', 'SUBSTITUTES: Councillor D Dunn for Councillor C Cole']);
    expect(label.attendance.find((a) => a.name === 'D Dunn')).toEqual({ name: 'D Dunn', status: 'present', role: 'substitute for C Cole' });
    const lines = read([
      'Agenda item',
      'Declarations of substitutes and interests',
      '12.1 The Chair noted that the following were attending the meeting as substitutes for their respective colleagues:',
      'Mr K Lomax for Dr. Murray',
      '12.2 There were no declarations of interest.',
    ]);
    expect(triples(lines.attendance)).toEqual([['Mr K Lomax', 'present', 'substitute for Dr. Murray']]);
  });
});

describe('apologies', () => {
  test('reasons and substitutes in brackets; someone who attended in a member’s place; a body after a comma is not a person', () => {
    const r = read([
      ...HEAD,
      '1. Apologies for Absence',
      'Apologies for absence were received from Mr A Abbot (Ms B Baird attended as substitute), Mr C Crane (Mr D Drake, Finance Director attended in his absence), Cllr E Eden (work commitments), Ms F Frost and Cllr G Gale (Cllr H Hume substituting), and Ms I Irwin, Healthwatch Shire.',
    ]);
    expect(r.minutes.apologies).toEqual(['Mr A Abbot', 'Mr C Crane', 'E Eden', 'Ms F Frost', 'G Gale', 'Ms I Irwin']);
    expect(triples(r.attendance.filter((a) => a.status !== 'apologies'))).toEqual([
      ['Mr D Drake', 'in-attendance', 'Finance Director'],
      ['Ms B Baird', 'present', 'substitute for Mr A Abbot'],
      ['H Hume', 'present', 'substitute for G Gale'],
    ]);
  });

  test('apologies for lateness or for leaving are not apologies for absence: those people were there', () => {
    const r = read([
      ...HEAD,
      '1. Apologies',
      'There were apologies for absence from Councillors Jo Kemp MBE (due to civic business), and Lee Marsh; and for lateness from Councillors Mo Nash and Ned Orr. Councillor Pat Quirk gave his apologies for having to leave the meeting early.',
    ]);
    expect(r.minutes.apologies).toEqual(['Jo Kemp MBE', 'Lee Marsh']);
    expect(triples(r.attendance)).toEqual([
      ['Jo Kemp MBE', 'apologies', null],
      ['Lee Marsh', 'apologies', null],
      ['Mo Nash', 'present', null],
      ['Ned Orr', 'present', null],
      ['Pat Quirk', 'present', null],
    ]);
  });

  test('"Apologies were also received from"; late arrivals were present', () => {
    const r = read([
      ...HEAD,
      '1. Apologies for Absence',
      'An apology for absence was received from Councillor R Rees who was attending another event. Apologies were also received from Councillors S Shaw, T Todd and U Ure.',
      'Councillors V Vane and W Wood were delayed but would be attending.',
    ]);
    expect(r.minutes.apologies).toEqual(['R Rees', 'S Shaw', 'T Todd', 'U Ure']);
    expect(triples(r.attendance.filter((a) => a.status === 'present'))).toEqual([
      ['V Vane', 'present', null],
      ['W Wood', 'present', null],
    ]);
  });

  test('an apologies item that only lists names: numbered, with reasons, or a name then a dash', () => {
    const numbered = read([
      ...HEAD,
      '1. Apologies for absence',
      '1.1. It was RESOLVED to accept a request for leave. All in favour.',
      '1.2. Councillors Alma Beck (holiday), Cyril Dunn (prior engagement)',
      '2. Minutes',
      'The minutes were approved.',
    ]);
    expect(numbered.minutes.apologies).toEqual(['Alma Beck', 'Cyril Dunn']);
    const dash = read([...HEAD, '5. Welcome', 'The Chair welcomed everyone.', '6. Apologies for Absence', 'Cllr Ellery – it was agreed that the form be signed at the next meeting.', '7. Minutes', 'Approved.']);
    expect(dash.minutes.apologies).toEqual(['Ellery']);
    const trailing = read([...HEAD, '1. To receive apologies for absence', 'Cllr O Upton (work commitments) and Cllr P Vine (illness). The apologies were accepted.', '2. Minutes', 'Approved.']);
    expect(trailing.minutes.apologies).toEqual(['O Upton', 'P Vine']);
  });

  test('substitution sentences: "who was substituted by", "attended as the substitute for"', () => {
    const r = read([
      ...HEAD,
      'PRESENT: Councillors A Ash and B Bay',
      '',
      '1. Apologies',
      'Apologies for absence were received from Councillor G Grey, who was substituted by Councillor H Hart.',
      'Councillor J Jay attended as the substitute for Councillor K Kay.',
    ]);
    expect(triples(r.attendance.filter((a) => a.role?.startsWith('substitute')))).toEqual([
      ['H Hart', 'present', 'substitute for G Grey'],
      ['J Jay', 'present', 'substitute for K Kay'],
    ]);
  });
});

describe('lists run together and labels of their own', () => {
  test('several labelled lists run into one line by copying', () => {
    const r = read([
      ...HEAD,
      'Present: Councillors A Ash (Chair), B Birch and C Cedar Also present: Councillor D Dale Apologies: Councillors E Elm and F Fir',
      '1. Minutes',
      'Agreed.',
    ]);
    expect(triples(r.attendance)).toEqual([
      ['A Ash', 'present', 'Chair'],
      ['B Birch', 'present', null],
      ['C Cedar', 'present', null],
      ['D Dale', 'in-attendance', null],
      ['E Elm', 'apologies', null],
      ['F Fir', 'apologies', null],
    ]);
    expect(r.minutes.apologies).toEqual(['E Elm', 'F Fir']);
  });

  test('"In the Chair:" and "Vice-Chair:" labels; "Present (in person)" and "Present remotely"', () => {
    const chair = read([...HEAD, 'In the Chair: Councillor G Gum', 'Present: Councillors H Hazel, I Iris', 'Vice-Chair: Councillor H Hazel', '1. Minutes', 'Agreed.']);
    expect(triples(chair.attendance)).toEqual([
      ['G Gum', 'present', 'Chair'],
      ['H Hazel', 'present', 'Vice-Chair'],
      ['I Iris', 'present', null],
    ]);
    const remote = read([...HEAD, 'Present (in person): Councillors A Ash (Chair) and B Birch', 'Present remotely: Councillor C Cedar', '1. Minutes', 'Agreed.']);
    expect(triples(remote.attendance)).toEqual([
      ['A Ash', 'present', 'Chair'],
      ['B Birch', 'present', null],
      ['C Cedar', 'present', null],
    ]);
  });

  test('a copied table row: "Present: | Councillor A Smith (Chair) | …"; "Councillors X and Y were present"', () => {
    const r = read([
      ...HEAD,
      'Present: | Councillor A Sand (Chair) | Councillor B Tide |',
      'Also in attendance: | D Wave (Monitoring Officer) |',
      '',
      '1. Apologies',
      'Councillors E Reef and F Shoal were present.',
    ]);
    expect(triples(r.attendance)).toEqual([
      ['A Sand', 'present', 'Chair'],
      ['B Tide', 'present', null],
      ['D Wave', 'in-attendance', 'Monitoring Officer'],
      ['E Reef', 'present', null],
      ['F Shoal', 'present', null],
    ]);
  });

  test('"(for Councillor X)" is a substitute; "Director of Finance (Jane Smith)": the post, then the person', () => {
    const r = read([
      ...HEAD,
      'Present: Councillors A Ash (Chair), B Birch (for Councillor C Cedar) and D Dale',
      'Officers: Director of Finance (Jane Smith), Head of Legal Services (K Lowe)',
      '1. Minutes',
      'Agreed.',
    ]);
    expect(triples(r.attendance)).toEqual([
      ['A Ash', 'present', 'Chair'],
      ['B Birch', 'present', 'substitute for C Cedar'],
      ['D Dale', 'present', null],
      ['Jane Smith', 'in-attendance', 'Director of Finance'],
      ['K Lowe', 'in-attendance', 'Head of Legal Services'],
    ]);
  });

  test('officers named only by post are not people', () => {
    const r = read([...HEAD, 'Present: Councillors A Ash and B Birch', 'Officers in attendance: Chief Executive, Director of Finance and Democratic Services Manager.']);
    expect(r.attendance.map((a) => a.name)).toEqual(['A Ash', 'B Birch']);
  });
});

describe('apologies sentences that are not plain lists', () => {
  test('"That the apologies from X be noted"; "with Councillor Y substituting"; "attended as a substitute"', () => {
    const noted = read([...HEAD, '1. Apologies', 'RESOLVED: That the apologies from Councillor Amy Snell be noted.']);
    expect(noted.minutes.apologies).toEqual(['Amy Snell']);
    const subbed = read([
      ...HEAD,
      'Present: Councillors H Ash (Chair) and I Birch',
      '1. Apologies',
      'Apologies were received from Councillor M Fir, Councillor N Gum substituted.',
    ]);
    expect(subbed.minutes.apologies).toEqual(['M Fir']);
    expect(subbed.attendance.find((a) => a.name === 'N Gum')).toEqual({ name: 'N Gum', status: 'present', role: 'substitute for M Fir' });
    const bare = read([...HEAD, '1. Apologies', 'Apologies for absence were received from Councillor D Wick. Councillor E Green attended as a substitute.']);
    expect(bare.attendance.find((a) => a.name === 'E Green')).toEqual({ name: 'E Green', status: 'present', role: 'substitute' });
  });
});

