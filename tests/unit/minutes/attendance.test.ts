import { parseMinutes, parseMinutesDetailed } from '../../../main/minutes';
import { bare } from './helpers/bare';
import type { Attendee } from '../../../main/minutes';
import { parseEntry, parseNameList } from '../../../main/minutes/attendance';
import { local, shared } from './helpers/fixtures';

const style = (name: string) => local(`styles/${name}`);
const by = (list: Attendee[], status: Attendee['status']) => list.filter((a) => a.status === status);

describe('parseMinutesDetailed: attendance', () => {
  test('parseMinutes keeps returning exactly the contract', () => {
    const text = style('northshire-cype-2025-03-03.pdf.txt');
    const detailed = parseMinutesDetailed('minutes.pdf', text);
    expect(parseMinutes('minutes.pdf', text)).toEqual(detailed.minutes);
    expect(Object.keys(detailed).sort()).toEqual(['attendance', 'minutes']);
  });

  test('printed minutes: PRESENT with Chair, substitute and co-opted member; also in attendance; officers; apologies', () => {
    const { attendance } = parseMinutesDetailed('minutes.pdf', style('northshire-cype-2025-03-03.pdf.txt'));
    expect(by(attendance, 'present')).toEqual([
      { name: 'A Smith', status: 'present', role: 'Chair' },
      { name: 'B Jones', status: 'present', role: null },
      { name: 'C Patel', status: 'present', role: 'substitute for D Lee' },
      { name: 'E Green', status: 'present', role: 'co-opted member' },
    ]);
    expect(by(attendance, 'in-attendance')).toEqual([
      { name: 'F Hughes', status: 'in-attendance', role: "Cabinet Member for Children's Services" },
      { name: 'Sarah Brown', status: 'in-attendance', role: "Director of Children's Services" },
      { name: 'Dr Tom Reed', status: 'in-attendance', role: 'Designated Doctor for Safeguarding' },
      { name: 'Lucy Ward', status: 'in-attendance', role: 'Democratic Services Officer' },
    ]);
    expect(by(attendance, 'apologies').map((a) => a.name)).toEqual(['D Lee', 'G Okafor']);
  });

  test('Word export: tab-separated lists over several lines, "Chairman" normalised to Chair', () => {
    const { attendance } = parseMinutesDetailed('m.txt', style('eastbridge-osc-2025-02-11-word.txt'));
    expect(attendance.slice(0, 2)).toEqual([
      { name: 'Mrs J Turner', status: 'present', role: 'Chair' },
      { name: 'P Khan', status: 'present', role: 'Vice-Chair' },
    ]);
    expect(by(attendance, 'present')).toHaveLength(7);
    expect(by(attendance, 'in-attendance')).toEqual([
      { name: 'H Ford', status: 'in-attendance', role: 'Portfolio Holder for Housing' },
      { name: 'K Grant', status: 'in-attendance', role: 'Head of Housing Services' },
      { name: 'N Ibrahim', status: 'in-attendance', role: 'Committee Services Officer' },
    ]);
  });

  test('one person per line, comma before the post; "Absent:" list; substitute named in a sentence', () => {
    const fen = parseMinutesDetailed('m.pdf', style('fenmoor-adult-social-care-osc-2024-11-21.pdf.txt')).attendance;
    expect(by(fen, 'in-attendance')).toEqual([
      { name: 'Paula Ortiz', status: 'in-attendance', role: 'Executive Member for Adult Social Care' },
      { name: 'Quentin Rhodes', status: 'in-attendance', role: 'Director of Adult Social Services' },
      { name: 'Rosa Stevens', status: 'in-attendance', role: 'Healthwatch Fenmoor' },
    ]);
    const low = parseMinutesDetailed('m.txt', style('lowfield-communities-scrutiny-2025-06-02.txt')).attendance;
    expect(by(low, 'absent')).toEqual([{ name: 'Ian Holt', status: 'absent', role: null }]);
    const pcp = parseMinutesDetailed('m.txt', style('thornbury-pcp-2024-06-20.txt')).attendance;
    expect(pcp.find((a) => a.name === 'Colin Dale')).toEqual({ name: 'Colin Dale', status: 'present', role: 'substitute for Gail Lamb' });
    expect(pcp.find((a) => a.name === 'Mr Frank Gibb')?.role).toBe('Independent Co-opted Member');
  });

  test('"was absent" sentence and apologies sentence', () => {
    const { attendance } = parseMinutesDetailed('m.pdf', style('kingsford-lb-osc-2025-04-08.pdf.txt'));
    expect(attendance.filter((a) => a.status === 'apologies' || a.status === 'absent')).toEqual([
      { name: 'Sam Reid', status: 'apologies', role: null },
      { name: 'Tom Shah', status: 'absent', role: null },
    ]);
  });

  test('two meetings in one document: only the first meeting’s attendance', () => {
    const { minutes, attendance } = parseMinutesDetailed('m.txt', style('ribblevale-licensing-two-meetings-2024-11-04.txt'));
    expect(minutes.items.map((i) => i.number)).toEqual(['23', '24', '25', '26']);
    expect(minutes.endTime).toBe('19:10');
    expect(bare(minutes.declarations)).toEqual([]);
    expect(by(attendance, 'present').map((a) => [a.name, a.role])).toEqual([
      ['K Shah', 'Chair'], ['L Brennan', null], ['M Collins', null], ['N Doyle', null], ['O Edwards', null],
    ]);
  });

  test('Leeds item: "The following were in attendance for this item" bullets, post after a comma or without one', () => {
    const { attendance } = parseMinutesDetailed('leeds.txt', shared('minutes/leeds-scrutiny-macalister-item.txt'));
    expect(attendance).toEqual([
      { name: 'Farrah Khan', status: 'in-attendance', role: 'Chief Officer Family Help' },
      { name: 'Clare Slaney', status: 'in-attendance', role: 'Head of Service Area Social Care' },
      { name: 'Pryor', status: 'in-attendance', role: 'Executive Member for Economy, Culture and Education' },
      { name: 'Venner', status: 'in-attendance', role: 'Executive Member for Children’s Social Care and Health Partnerships' },
    ]);
  });

  test('ModernGov page: apologies only', () => {
    const { attendance } = parseMinutesDetailed('x.txt', shared('minutes/leicester-cype-2025-01-14-agenda-and-minutes.txt'));
    expect(attendance).toEqual([{ name: 'Barnes', status: 'apologies', role: null }]);
  });

  test('ModernGov XML: attendee records (attendance, roledescription, representing); "Expected" is not attendance', () => {
    const g = parseMinutesDetailed('GetMeeting_7837.xml', shared('moderngov/gloucester/GetMeeting_7837.xml')).attendance;
    expect(g).toHaveLength(13);
    expect(g.slice(0, 3)).toEqual([
      { name: 'Jeremy Hilton', status: 'present', role: 'Chair' },
      { name: 'Declan Wilson', status: 'present', role: 'Vice-Chair' },
      { name: 'Caroline Courtney', status: 'present', role: null },
    ]);
    expect(g.find((a) => a.name === 'Tom Clark')).toEqual({ name: 'Tom Clark', status: 'in-attendance', role: 'Deputy Monitoring Officer' });
    expect(g.find((a) => a.name === 'David Rice')).toEqual({ name: 'David Rice', status: 'in-attendance', role: 'Democratic and Electoral Services Officer' });
    const m = parseMinutesDetailed('GetMeeting_4967.xml', shared('moderngov/manchester/GetMeeting_4967.xml')).attendance;
    expect(m).toEqual([]);
    const xml = `<?xml version="1.0"?><meeting><meetingdate>05/03/2025</meetingdate><agendaitems><agendaitem><agendaitemtitle>Apologies</agendaitemtitle></agendaitem></agendaitems>
<attendees><attendee name="Councillor Dr Patel" roledescription="Committee Member" attendance="Apologies" /><attendee name="Councillor Lee" roledescription="Substitute" attendance="Present as substitute" /><attendee name="Cllr Khan" roledescription="Committee Member" attendance="Absent" /></attendees></meeting>`;
    expect(parseMinutesDetailed('x.xml', xml).attendance).toEqual([
      { name: 'Dr Patel', status: 'apologies', role: null },
      { name: 'Lee', status: 'present', role: 'substitute' },
      { name: 'Khan', status: 'absent', role: null },
    ]);
  });
});

describe('attendance building blocks', () => {
  test('entries', () => {
    expect(parseEntry('Councillor A Smith (Chair)')).toEqual({ name: 'A Smith', role: 'Chair' });
    expect(parseEntry('Cllr S O’Brien (Vice Chairman)')).toEqual({ name: 'S O’Brien', role: 'Vice-Chair' });
    expect(parseEntry('C Patel (substitute for Councillor D Lee)')).toEqual({ name: 'C Patel', role: 'substitute for D Lee' });
    expect(parseEntry('Co-opted Member E Green')).toEqual({ name: 'E Green', role: 'co-opted member' });
    expect(parseEntry('K Grant – Head of Housing Services')).toEqual({ name: 'K Grant', role: 'Head of Housing Services' });
    expect(parseEntry('Farrah Khan, Chief Officer Family Help', true)).toEqual({ name: 'Farrah Khan', role: 'Chief Officer Family Help' });
    expect(parseEntry('Declarations of interest')).toBeNull();
  });

  test('lists', () => {
    expect(parseNameList('Councillor A Smith (Chair), Councillors B Jones, C Patel (substitute for Councillor D Lee) and Co-opted Member E Green')).toEqual([
      { name: 'A Smith', role: 'Chair' },
      { name: 'B Jones', role: null },
      { name: 'C Patel', role: 'substitute for D Lee' },
      { name: 'E Green', role: 'co-opted member' },
    ]);
    expect(parseNameList('Dr A Singh (Medical Director, Vale Integrated Care Board), P Hall (Scrutiny Officer)')).toEqual([
      { name: 'Dr A Singh', role: 'Medical Director, Vale Integrated Care Board' },
      { name: 'P Hall', role: 'Scrutiny Officer' },
    ]);
  });
});

describe('one meeting per document', () => {
  test('a minutes-approval sentence shaped like a heading does not start a second meeting', () => {
    const r = parseMinutes(
      'm.txt',
      [
        'Minutes of the meeting of the Audit Committee held on 4 March 2025 at 2.00 pm in Room 1, Town Hall',
        '',
        'PRESENT: Councillors A Bell (Chair) and C Dunn',
        '',
        '1. MINUTES',
        '',
        'Minutes of the meeting of the Audit Committee held on 3 February 2025 were approved as a correct record.',
        '',
        '2. RISK REGISTER',
        '',
        'RESOLVED: That the risk register be noted.',
        '',
        'The meeting closed at 3.10 pm',
      ].join('\n'),
    );
    expect(r.items.map((i) => i.number)).toEqual(['1', '2']);
    expect(r.endTime).toBe('15:10');
    expect(r.decisions.map((d) => d.kind)).toEqual(['procedural', 'noted']);
  });
});
