import { parseMinutesText } from '../../../main/minutes';
import { bare } from './helpers/bare';
import { shared } from './helpers/fixtures';

/** Facts read by hand from each ~2,000-character excerpt. Excerpts cut mid-item mark that item truncated. */
const parse = (name: string) => parseMinutesText(shared(`minutes-excerpts/${name}`));

describe('single-item pages', () => {
  test('Leicester "Agenda item" page: one unnumbered item, title kept as printed', () => {
    const r = parseMinutesText(shared('minutes/leicester-cype-scope-review-item.txt'));
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({ number: null, title: 'REVIEW OF THE SCOPE OF THE COMMISSION', exempt: false, truncated: false, documents: [] });
    expect(r.items[0]?.agendaText).toBe('The Director of Social Care and Education will provide a verbal update in relation to the scope of the Commission.');
    expect(r.items[0]?.minutesText).toMatch(/^The Strategic Director of Social Care and Education presented a verbal update/);
    expect(bare(r.decisions)).toEqual([{ item: null, label: null, text: 'That the Commission notes the update.', kind: 'noted', owner: null, due: null }]);
    expect(r.date).toBeNull();
    expect(r.committee).toBeNull();
    expect(bare(r.declarations)).toEqual([]);
  });

  test('Leeds item with hard line breaks: lines joined, "RESOLVED –" a) decision', () => {
    const r = parseMinutesText(shared('minutes/leeds-scrutiny-macalister-item.txt'));
    expect(r.items).toHaveLength(1);
    const it = r.items[0];
    expect(it?.number).toBeNull();
    expect(it?.truncated).toBe(false);
    expect(it?.minutesText).toMatch(/^The report of the Director of Children and Families provided a summary of the national Independent Review of Children’s Social Care, led by Josh MacAlister, and the government response/);
    expect(it?.minutesText).toContain('• Farrah Khan, Chief Officer Family Help');
    expect(it?.minutesText).toContain('Leeds has already established a newly qualified social work programme');
    expect(bare(r.decisions)).toEqual([
      {
        item: null, label: 'a', kind: 'noted', owner: null, due: null,
        text: 'To note the update given in this report and the work underway to implement the recommendations of the Josh MacAlister review.',
      },
    ]);
  });
});

describe('minutes excerpts from other councils', () => {
  test('Bracknell Forest issue page: item 40, inline "RESOLVED that" minutes approval', () => {
    const r = parse('bracknell-forest-overview-and-scrutiny-commission-2009-11-19.txt');
    expect(r.committee).toBe('Overview and Scrutiny Commission');
    expect(r.date).toBe('2009-11-19');
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({ number: '40', title: 'Minutes and Matters Arising', truncated: false });
    expect(r.items[0]?.documents).toEqual([{ title: 'Minutes and Matters Arising', format: 'pdf', sizeKb: 101 }]);
    expect(bare(r.decisions)).toEqual([
      {
        item: '40', label: null, kind: 'procedural', owner: null, due: null,
        text: 'That the minutes of the meeting of the Commission held on 24 September 2009 be approved as a correct record and signed by the Chairman',
      },
    ]);
    expect(r.apologies).toEqual([]);
  });

  test('Bromsgrove: unnumbered items, initials in names, Other Disclosable Interest, remained in the meeting', () => {
    const r = parse('bromsgrove-overview-and-scrutiny-board-2024-04-22.txt');
    expect(r.committee).toBe('Overview and Scrutiny Board');
    expect(r.date).toBe('2024-04-22');
    expect(r.startTime).toBe('18:00');
    expect(r.venue).toBe('Parkside Suite - Parkside');
    expect(r.apologies).toEqual(['J. D. Stanley']);
    expect(r.items.map((i) => [i.number, i.title])).toEqual([
      [null, 'Apologies for Absence and Named Substitutes'],
      [null, 'Declarations of Interest and Whipping Arrangements'],
      [null, 'Governance Systems Review - Implementation Progress Update'],
    ]);
    expect(r.items[2]?.documents).toEqual([{ title: 'Governance Systems Review - Implementation Progress Update', format: 'pdf', sizeKb: 166 }]);
    expect(r.items.map((i) => i.truncated)).toEqual([false, false, true]);
    expect(r.items[1]?.agendaText).toMatch(/^To invite Councillors to declare/);
    expect(r.declarations).toHaveLength(1);
    expect(r.declarations[0]).toMatchObject({ member: 'A. Bailes', item: '15', nature: 'other-registrable', withdrew: false });
    expect(r.declarations[0]?.subject).toMatch(/Manager of a Consultancy specialising in Transport Planning/);
    expect(bare(r.decisions)).toEqual([]);
  });

  test('Epping Forest: items 87–90, substitute noted, item 90 cut off', () => {
    const r = parse('epping-forest-overview-and-scrutiny-committee-2021-04-15.txt');
    expect(r.committee).toBe('Overview & Scrutiny Committee');
    expect(r.date).toBe('2021-04-15');
    expect(r.startTime).toBe('19:00');
    expect(r.venue).toBe('Virtual Meeting on Zoom');
    expect(r.items.map((i) => [i.number, i.title])).toEqual([
      ['87', 'Webcasting Introduction'],
      ['88', 'SUBSTITUTE MEMBERS'],
      ['89', "Minute's Silence for HRH The Prince Philip, Duke of Edinburgh"],
      ['90', 'MINUTES'],
    ]);
    expect(r.items[3]).toMatchObject({ truncated: true, minutesText: '', documents: [{ title: 'MINUTES', format: 'pdf', sizeKb: 365 }] });
    expect(r.items.slice(0, 3).every((i) => !i.truncated)).toBe(true);
    expect(r.decisions).toHaveLength(1);
    expect(r.decisions[0]).toMatchObject({ item: '88', kind: 'procedural' });
    expect(r.decisions[0]?.text).toContain('Councillor H Kane had been appointed as substitute for Councillor P Stalker');
  });

  test('Neath Port Talbot: prose agreements and a lettered list without heading, b) cut off', () => {
    const r = parse('neath-port-talbot-committee-xxxx-xx-xx-member-scrutiny-champion.txt');
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({ number: null, title: 'Member Scrutiny Champion - Update', truncated: true });
    expect(r.items[0]?.agendaText).toBe('Report of the Assistant Chief Executive and Chief Digital Officer');
    const lettered = r.decisions.filter((d) => d.label !== null);
    expect(lettered.map((d) => d.label)).toEqual(['a', 'b']);
    expect(lettered[0]).toMatchObject({ kind: 'action', owner: 'the Assistant Chief Executive & Chief Digital Officer' });
    expect(lettered[0]?.text).toMatch(/^That the Assistant Chief Executive & Chief Digital Officer circulates an e-mail to all members/);
    expect(lettered[1]?.text).toBe('That the Assistant Chief Executive & Chief Digital Officer and Head of Legal Servic');
    const prose = r.decisions.filter((d) => d.label === null);
    expect(prose.map((d) => d.kind)).toEqual(['noted', 'action', 'action', 'recommendation']);
    expect(prose[1]?.text).toMatch(/^The committee agreed that issues regarding grammar/);
    expect(prose[3]?.text).toMatch(/^The committee recommended that discretion be given to chairs/);
  });

  test('North Herts: Decision: and Minutes: both print the resolutions; each decision once', () => {
    const r = parse('north-herts-overview-and-scrutiny-committee-2018-07-24.txt');
    expect(r.date).toBe('2018-07-24');
    expect(r.committee).toBe('Overview and Scrutiny Committee');
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({ number: '27', title: 'RESOLUTIONS OF THE OVERVIEW AND SCRUTINY COMMITTEE', truncated: true });
    expect(r.items[0]?.documents).toEqual([{ title: 'RESOLUTIONS OF THE OVERVIEW AND SCRUTINY COMMITTEE', format: 'pdf', sizeKb: 84 }]);
    expect(r.items[0]?.minutesText).toMatch(/^The Temporary Scrutiny Officer presented the report/);
    expect(r.decisions.map((d) => [d.item, d.label, d.kind, d.owner])).toEqual([
      ['27', '1', 'noted', null],
      ['27', '2', 'action', 'the Temporary Scrutiny Officer'],
    ]);
  });

  test('Oxfordshire Cabinet: "1/19"-style numbers, minutes approved in prose', () => {
    const r = parse('oxfordshire-cabinet-2019-01-22.txt');
    expect(r.committee).toBe('Cabinet');
    expect(r.date).toBe('2019-01-22');
    expect(r.startTime).toBe('14:00');
    expect(r.venue).toBe('Rooms 1&2 - County Hall, New Road, Oxford OX1 1ND');
    expect(r.items.map((i) => [i.number, i.title, i.truncated])).toEqual([
      ['1/19', 'Minutes', false],
      ['2/19', 'Questions from County Councillors', true],
    ]);
    expect(r.items[1]?.documents).toEqual([{ title: 'Questions from County Councillors', format: 'pdf', sizeKb: 122 }]);
    expect(bare(r.decisions)).toEqual([
      { item: '1/19', label: null, kind: 'procedural', owner: null, due: null, text: 'The Minutes of the meeting held on 18 December 2019 were approved and signed as a correct record.' },
    ]);
  });

  test('Windsor and Maidenhead: untitled agenda item, ACTION lines with named owners', () => {
    const r = parse('rbwm-overview-and-scrutiny-panel-2022-xx-xx.txt');
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({ number: null, title: '', truncated: true });
    expect(r.items[0]?.agendaText).toMatch(/^To note the minutes of the Infrastructure Overview & Scrutiny Panel/);
    expect(bare(r.decisions)).toEqual([
      { item: null, label: null, kind: 'action', owner: 'Chris Joyce', due: null, text: 'Chris Joyce to share with panel, information on the Chinese New Year celebrations in Maidenhead.' },
      { item: null, label: null, kind: 'action', owner: 'Andrew Durrant', due: null, text: 'Andrew Durrant to provide Councillor Walters with information on the Holiday Inn arrangements.' },
    ]);
  });

  test('Rotherham: no declarations, exclusion item names items that are not on the page', () => {
    const r = parse('rotherham-audit-committee-2024-03-12.txt');
    expect(r.committee).toBe('Audit Committee');
    expect(r.date).toBe('2024-03-12');
    expect(r.startTime).toBe('14:00');
    expect(r.venue).toBe('Town Hall, Moorgate Street, Rotherham S60 2TH');
    expect(r.items.map((i) => [i.number, i.title, i.exempt, i.truncated])).toEqual([
      ['65', 'Declarations of Interest', false, false],
      ['66', 'Questions from Members of the Public or the Press', false, false],
      ['67', 'Exclusion of the Press and Public', false, true],
    ]);
    expect(bare(r.declarations)).toEqual([]);
    expect(bare(r.decisions)).toEqual([]);
  });

  test('Ryedale: lettered resolutions without a heading', () => {
    const r = parse('ryedale-overview-and-scrutiny-committee-2011-07-07.txt');
    expect(r.date).toBe('2011-07-07');
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({ number: '97', title: 'Scrutiny Reviews Progress Report', truncated: false, agendaText: '' });
    expect(r.decisions.map((d) => [d.label, d.kind, d.due])).toEqual([
      ['a', 'procedural', null],
      ['b', 'procedural', null],
      ['c', 'action', null],
      ['d', 'action', 'a future meeting'],
    ]);
    expect(r.decisions[0]?.text).toBe('That Councillor Mrs Shields, Cussons, Hawkins and Wainwright be appointed to the Healthy Weight Scrutiny Review Group.');
  });

  test('Slough: a motion moved, seconded and carried on the casting vote is a decision (deferral)', () => {
    const r = parse('slough-overview-and-scrutiny-committee-2009-01-xx-castleview.txt');
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({ number: null, title: "Scrutiny of 'Castleview' Issue - Further Consideration", truncated: true });
    expect(bare(r.declarations)).toEqual([]);
    expect(r.decisions).toHaveLength(1);
    expect(r.decisions[0]).toMatchObject({ kind: 'procedural', due: '2009-02-26' });
    expect(r.decisions[0]?.text).toMatch(/^That further consideration of this matter be deferred until the meeting of the Committee taking place on 26th February, 2009/);
  });

  test('West Suffolk Cabinet: no apologies, minutes confirmed in prose, declarations recorded elsewhere', () => {
    const r = parse('west-suffolk-cabinet-2020-11-10.txt');
    expect(r.committee).toBe('Cabinet');
    expect(r.date).toBe('2020-11-10');
    expect(r.startTime).toBe('18:00');
    expect(r.items.map((i) => i.number)).toEqual(['177', '178', '179', '180', '181']);
    expect(r.items[2]?.documents).toEqual([{ title: 'Minutes', format: 'pdf', sizeKb: 164 }]);
    expect(r.items[4]?.truncated).toBe(true);
    expect(r.apologies).toEqual([]);
    expect(bare(r.declarations)).toEqual([]);
    expect(bare(r.decisions)).toEqual([
      { item: '179', label: null, kind: 'procedural', owner: null, due: null, text: 'The minutes of the meetings held on 22 September 2020 and 6 October 2020 were confirmed as a correct record.' },
    ]);
  });

  test('Wolverhampton: unnumbered items, bracketed agenda notes, headerless resolutions', () => {
    const r = parse('wolverhampton-scrutiny-board-2014-04-15.txt');
    expect(r.committee).toBe('Scrutiny Board');
    expect(r.date).toBe('2014-04-15');
    expect(r.startTime).toBe('18:00');
    expect(r.venue).toBe('Committee Room 3 - 3rd Floor - Civic Centre');
    expect(r.items.map((i) => i.title)).toEqual([
      'Apologies for absence',
      'Declarations of interest',
      'Minutes of the previous meeting (18 March 2014)',
      'Matters arising',
      'Schedule of outstanding minutes',
      'Tracking and monitoring of Scrutiny recommendations',
    ]);
    expect(r.items.every((i) => i.number === null)).toBe(true);
    expect(r.items[4]?.agendaText).toBe('[See notes to the agenda.]');
    expect(r.items[5]?.truncated).toBe(true);
    expect(r.apologies).toEqual([]);
    expect(bare(r.declarations)).toEqual([]);
    expect(r.decisions.map((d) => [d.kind, d.text])).toEqual([
      ['procedural', 'That the minutes of the meeting held on 18 March 2014 be approved as a correct record and signed by the Chair.'],
      ['noted', 'To note the schedule.'],
    ]);
  });
});
