import { parseMinutes, parseMinutesText } from '../../../main/minutes';
import { bare } from './helpers/bare';
import { shared } from './helpers/fixtures';

const FILE = 'minutes/leicester-cype-2025-01-14-agenda-and-minutes.txt';
const text = shared(FILE);
const r = parseMinutesText(text);
const item = (n: string) => r.items.find((i) => i.number === n);
const decisionsOf = (n: string) => r.decisions.filter((d) => d.item === n);

describe('Leicester CYPE 14 January 2025 (agenda and minutes page)', () => {
  test('meeting facts', () => {
    expect(r.council).toBeNull();
    expect(r.committee).toBe('Children, Young People and Education Scrutiny Commission');
    expect(r.date).toBe('2025-01-14');
    expect(r.startTime).toBe('17:30');
    expect(r.endTime).toBe('20:02');
    expect(r.venue).toBe('Meeting Room G.01, Ground Floor, City Hall, 115 Charles Street, Leicester, LE1 1FZ');
    expect(r.apologies).toEqual(['Barnes']);
  });

  test('13 items 109–121 with clean titles', () => {
    expect(r.items.map((i) => i.number)).toEqual(['109', '110', '111', '112', '113', '114', '115', '116', '117', '118', '119', '120', '121']);
    expect(r.items.map((i) => i.title)).toEqual([
      'Welcome and Apologies for Absence',
      'Declarations of Interest',
      'Minutes of the Previous Meeting',
      "Chair's Announcements",
      'Questions, Representations, and Statements of Case',
      'Petitions',
      'Update on Youth Summit',
      'Update on Children from Abroad Seeking Safety',
      'Placement costs and IMPOWER update',
      "Children's Services: Cost Mitigation Programme Overview",
      'Draft Revenue Budget and Capital Programme 2025/26',
      'Work Programme',
      'Any Other Business',
    ]);
    for (const i of r.items) {
      expect(i.title).not.toMatch(/pdf icon|PDF \d+ KB/i);
      expect(i.exempt).toBe(false);
    }
  });

  test('documents come from the "pdf icon PDF n KB" residue', () => {
    expect(item('111')?.documents).toEqual([{ title: 'Minutes of the Previous Meeting', format: 'pdf', sizeKb: 128 }]);
    expect(item('115')?.documents).toEqual([{ title: 'Update on Youth Summit', format: 'pdf', sizeKb: 636 }]);
    expect(item('119')?.documents[0]?.sizeKb).toBe(854);
    expect(item('109')?.documents).toEqual([]);
    expect(item('121')?.documents).toEqual([]);
  });

  test('truncated only where the page says "view the full minutes text"', () => {
    expect(r.items.filter((i) => i.truncated).map((i) => i.number)).toEqual(['113', '119']);
    expect(item('113')?.minutesText).not.toMatch(/view the full minutes text/);
    expect(item('113')?.minutesText).toMatch(/^Questions were presented to the commission by Mr Nizamuddin Patel/);
  });

  test('agenda text sits between the title and "Minutes:", minutes text after it', () => {
    expect(item('109')?.agendaText).toBe('To issue a welcome to those present, and to confirm if there are any apologies for absence.');
    expect(item('109')?.minutesText).toMatch(/^The Chair welcomed those present to the meeting\./);
    expect(item('109')?.minutesText).toContain('Apologies were received from Councillor Barnes.');
    expect(item('121')?.agendaText).toBe('');
    expect(item('121')?.minutesText).toBe('The Chair noted that Councillor Russell would be leaving the commission and gave thanks for her contributions.');
    // The closing time is a meeting fact, not part of item 121.
    expect(item('121')?.minutesText).not.toMatch(/concluded/);
    expect(item('116')?.agendaText).not.toMatch(/Additional documents/);
  });

  test('declarations', () => {
    expect(bare(r.declarations)).toEqual([
      { member: 'Dr Moore', item: null, subject: 'being on the board for Millgate School', nature: 'unspecified', withdrew: false },
      { member: 'March', item: 'budget items', subject: 'Council Tax support cuts', nature: 'unspecified', withdrew: false },
    ]);
  });

  test('111: minutes confirmed is the only decision (the "It was agreed" inside a matter arising is not)', () => {
    expect(bare(decisionsOf('111'))).toEqual([
      {
        item: '111', label: null, kind: 'procedural', owner: null, due: null,
        text: 'That the minutes of the previous meeting of the Children, Young People and Education Scrutiny Commission held on the 29th October 2024 be confirmed as a correct record.',
      },
    ]);
  });

  test('115: five AGREED points', () => {
    const d = decisionsOf('115');
    expect(d.map((x) => [x.label, x.kind])).toEqual([['1', 'noted'], ['2', 'action'], ['3', 'action'], ['4', 'action'], ['5', 'action']]);
    expect(d[0]?.text).toBe('That the report be noted');
    expect(d[1]?.text).toBe('That the video presented be shared to the commission');
    expect(d[2]?.text).toBe('Further consideration to take place on young people from overseas arriving to live in Leicester.');
    expect(d[3]?.text).toBe('To keep the commission updated with future plans');
    expect(d[4]?.text).toBe('Communication tools to be examined');
    expect(d.every((x) => x.owner === null && x.due === null)).toBe(true);
  });

  test('117: noted, 6-monthly report, information to members, future reports', () => {
    const d = decisionsOf('117');
    expect(d.map((x) => [x.label, x.kind, x.due])).toEqual([
      ['1', 'noted', null],
      ['2', 'action', '6 monthly'],
      ['3', 'action', null],
      ['4', 'action', null],
    ]);
    expect(d[1]?.text).toBe('For a 6 monthly report, including cover report, on the Family Therapy pilot.');
    expect(d[2]?.text).toBe('Information on independent visitors would be sent to members.');
    expect(d[3]?.text).toBe('For future reports to include more elements from the children’s perspectives.');
  });

  test('118: noted plus two actions, the commission itself owning one', () => {
    const d = decisionsOf('118');
    expect(d.map((x) => [x.label, x.kind, x.owner])).toEqual([
      ['1', 'noted', null],
      ['2', 'action', 'the Commission'],
      ['3', 'action', null],
    ]);
    expect(d[2]?.text).toBe('For the Commission to be updated on work with families in the locality. A project plan would be required.');
  });

  test('120: prose "The work programme was noted." is a noted decision; nothing else is invented', () => {
    expect(bare(decisionsOf('120'))).toEqual([{ item: '120', label: null, text: 'The work programme was noted.', kind: 'noted', owner: null, due: null }]);
    expect(r.decisions.map((x) => x.item)).toEqual(['111', '115', '115', '115', '115', '115', '117', '117', '117', '117', '118', '118', '118', '120']);
    // "It was noted that…" discussion lines are not decisions
    expect(r.decisions.some((x) => /^It was noted/.test(x.text))).toBe(false);
  });

  test('parseMinutes dispatches to the text parser and output is plain JSON', () => {
    const viaDispatch = parseMinutes('leicester.txt', text);
    expect(viaDispatch).toEqual(r);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});
