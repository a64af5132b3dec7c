/**
 * Issue 15, nineteenth round: registers of members in the shapes of printed minutes (a legend of marks, a ditto roll,
 * ModernGov's "Attendance Details"), the formal "27th day of June" date, and apologies given with reasons. Shapes seen
 * on pages already spent (sets 17 and 18, scored before), written here with made-up councils and people; the round's
 * own set was held out whole.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseMinutesDetailed } from '../../../main/minutes';
import { run } from '../../../main/cli';

const parse = (text: string) => parseMinutesDetailed('minutes.txt', text);
const who = (text: string, status: string) =>
  parse(text)
    .attendance.filter((a) => a.status === status)
    .map((a) => (a.role ? `${a.name} (${a.role})` : a.name));

describe('a register whose marks the page explains first', () => {
  const page = [
    'At the Annual Meeting of the EASTMOOR BOROUGH COUNCIL held in the COUNCIL CHAMBER, TOWN HALL, EASTMOOR on TUESDAY the 27thday of JUNE 2023 at 2.30pm pursuant to Notice given and Summons duly served.',
    '',
    'Members in attendance',
    '',
    '* Denotes attendance',
    'Ø Denotes apology for absence',
    '',
    '* Cllr  A Rowe – The Mayor (In The Chair)',
    '',
    '*',
    'Cllr B Stone',
    '*',
    'Cllr C Marsh',
    '',
    'Ø',
    'Cllr D Field',
    '*',
    'Cllr E Brook (Deputy Mayor)',
    '',
    'Officers in attendance',
    '',
    'Chief Executive; Monitoring Officer',
    '',
    'CM 14/23       MAYOR’S INTRODUCTORY COMMENTS',
    '',
    'The Mayor welcomed the new members to their first meeting.',
    '',
    'CM 15/23       APOLOGIES FOR ABSENCE',
    '',
    'An apology for absence was received from Cllr Field.',
  ].join('\n');

  test('the formal date, "the 27th day of June", dates the meeting and the page reads as minutes', () => {
    const m = parse(page).minutes;
    expect(m.date).toBe('2023-06-27');
    expect(m.startTime).toBe('14:30');
    expect(m.document).toBe('minutes');
  });

  test('a star marks those present and "Ø" the apologies, each mark on its own line or before the name', () => {
    expect(who(page, 'present')).toEqual(['A Rowe (Chair)', 'B Stone', 'C Marsh', 'E Brook (Deputy Mayor)']);
    expect(who(page, 'apologies')).toEqual(['D Field']);
  });

  test('a name with no mark is not guessed', () => {
    const unmarked = page.replace('*\nCllr C Marsh', 'Cllr C Marsh');
    expect(who(unmarked, 'present')).not.toContain('C Marsh');
    expect(who(unmarked, 'apologies')).not.toContain('C Marsh');
    // The list is shown as possibly incomplete, since someone on it was left out; with every name marked it is whole.
    expect(parse(unmarked).minutes.attendanceState).toBe('partial');
    expect(parse(page).minutes.attendanceState).toBe('read');
  });

  test('without a legend, stars are not read as attendance marks', () => {
    const noLegend = page.replace('* Denotes attendance\nØ Denotes apology for absence\n', '');
    expect(who(noLegend, 'apologies')).toEqual(['Field']);
  });
});

describe('a roll of members at the head of old printed minutes, a ditto mark for each title', () => {
  const page = [
    '                        BOROUGH OF WESTHAM',
    '',
    '                                       at the meeting of the Council of the',
    '                                       Borough of Westham held at the',
    '                                       Municipal Offices, Westham on 19th October 2005',
    '',
    '',
    'Councillor   M Lane(The Mayor)            Councillor   L Hart',
    '    "        M Bell (The Deputy Mayor)        "        B Hume',
    '    "        L Ash                            "        U Jay',
    '    "        P Ames                                    D Wren',
    '',
    '05.C.36      APOLOGIES',
    '',
    '             Apologies for absence were received from Councillors Brace, Coe,',
    '             Holt and Rees.',
    '',
    '05.C.37      MINUTES',
    '',
    '             RESOLVED that the minutes of the meeting held on 7th September 2005 be approved.',
  ].join('\n');

  test('the members named are those present, with the civic offices in their brackets', () => {
    expect(who(page, 'present')).toEqual(['M Lane (Mayor)', 'L Hart', 'M Bell (Deputy Mayor)', 'B Hume', 'L Ash', 'U Jay', 'P Ames', 'D Wren']);
  });

  test('an apologies sentence wrapped after a comma is read whole', () => {
    expect(parse(page).minutes.apologies).toEqual(['Brace', 'Coe', 'Holt', 'Rees']);
  });

  test('one titled line with no ditto marks under it is not a roll', () => {
    const single = page.replace(/\n {4}".*/g, '');
    expect(who(single, 'present')).toEqual([]);
  });
});

describe('ModernGov’s "Attendance Details" printout', () => {
  const page = [
    'Council Minutes',
    '',
    'Friday 15 March 2019',
    '4:00 p.m.',
    'Council Chamber, Town Hall, Northby',
    '',
    'Attendance Details',
    '',
    'Ashby, (Chair), Barlow, Cole, Mr D Dent, (The Mayor), Ellis, F Ford, G Ford',
    'C Green, J Hale, J Ince, A Jones',
    'Apologies for absence:',
    'Kemp, Lowe',
    'Declarations of interest:',
    '',
    'There were no Declarations of Interest at this point in the meeting.',
  ].join('\n');

  test('the list under the heading is the members present, a civic office in brackets of its own theirs', () => {
    expect(who(page, 'present')).toEqual(['Ashby (Chair)', 'Barlow', 'Cole', 'Mr D Dent (Mayor)', 'Ellis', 'F Ford', 'G Ford']);
    expect(who(page, 'apologies')).toEqual(['Kemp', 'Lowe']);
  });

  test('the second list, whose label the printout lost (the officers), is not read as more members present: they are in attendance', () => {
    const attendance = parse(page).attendance;
    expect(attendance.filter((a) => a.status === 'present').map((a) => a.name)).not.toContain('C Green');
    expect(attendance.filter((a) => a.status === 'in-attendance').map((a) => a.name)).toEqual(['C Green', 'J Hale', 'J Ince', 'A Jones']);
  });
});

describe('labels and apologies in other words', () => {
  test('"Members and Officers present:" lists both; the clerk by post is in attendance', () => {
    const page = [
      'Minutes of the meeting of Oakton Parish Council held on Monday 12th September 2005 at 7.30pm in the Village Hall',
      '',
      'Members and Officers present: Mr E Cole (Chairman), Mr M Ash (District Councillor), Mr E Bray, Mrs B Lane, Mrs A Boyd (Clerk).',
      '',
      '05.09.01 Apologies for absence',
      'Apologies were received and accepted from Cllr Hall who had family commitments, and Cllr Gill who was working.',
      '',
      '05.09.02 Declarations of interest',
      'There were no declarations of interest.',
    ].join('\n');
    expect(who(page, 'present')).toEqual(['Mr E Cole (Chair)', 'Mr M Ash (District Councillor)', 'Mr E Bray', 'Mrs B Lane']);
    expect(who(page, 'in-attendance')).toEqual(['Mrs A Boyd (Clerk)']);
    expect(who(page, 'apologies')).toEqual(['Hall', 'Gill']);
  });

  test('the member who came in another’s place is no apology', () => {
    const page = [
      'MINUTES OF A MEETING OF THE WESTSHIRE POLICE AND CRIME PANEL HELD ON 11TH DECEMBER 2013 AT 10.30 A.M.',
      '',
      '1. APOLOGIES',
      'Apologies were received from Chair of the Scrutiny Committee, Councillor Hay who was represented by Vice-Chair, Councillor Wade.',
      '',
      '2. MINUTES',
      'RESOLVED that the minutes of the meeting held on 4 September 2013 be approved as a correct record.',
    ].join('\n');
    expect(parse(page).minutes.apologies).toEqual(['Hay']);
  });

  test('"1 In Attendance" over a list of councillors, with no list of members present, is the members present', () => {
    const page = [
      'Minutes 28th November 2023',
      'CYNGOR CYMUNED',
      'LLANFAIR ISAF',
      'COMMUNITY COUNCIL',
      '',
      '',
      '',
      '',
      'Minutes of the Council Meeting',
      '28Th November 2023',
      'Venue Church House',
      '1 In Attendance',
      'Councillors S Hale (SH) Chair, P Mann (PM) Vice-Chair, C Burrows (CB) G Wilkins (GW),',
      'S Dearden (SD), D Cole (DC), A Shawcross (AS), J Hale (JH), N Tarrant (NT), K Evans (KE)',
      'Kerry Wynn The temporary clerk was in attendance.',
      '2 Apologies',
      'Councillor M Moore',
      '3 Declarations of Interest',
      'Councillors S Dearden – Church House',
      '4 Minutes of meeting meetings',
      'The minutes of the full council meeting on 12th September 2023 were approved after the incorporation of the changes requested.',
      'The minutes of the meeting on 17th October 2023 were approved.',
      'The Council requested that the Chair write to the retiring clerk to thank him for his many years of service to the community.',
      '5 Matters arising from the previous meeting.',
      'Website – SH requested that the councillors who had not yet submitted their photographs do so promptly. SH reported that the website would start as basic and generic and would be developed in due course.',
      'Bench Report – The bench report is attached. The council voted in favour of ordering a new bench for the green near the chapel and the school.',
    ].join('\n');
    expect(who(page, 'present')).toEqual(['S Hale (Chair)', 'P Mann (Vice-Chair)', 'C Burrows', 'G Wilkins', 'S Dearden', 'D Cole', 'A Shawcross', 'J Hale', 'N Tarrant', 'K Evans']);
  });
});

describe('a coded minute number before the label, and a stray comma after a title', () => {
  test('"58/20). Present were:-" over rows of members, a blank line between the rows, reads every row', () => {
    const page = [
      'DRAFT MINUTES',
      '',
      'A meeting of Ashwell Parish Council was held online on June 17th, 2020, at 7.30pm.',
      '',
      '58/20).     Present were:-   ',
      '',
      'Councillor P. Judd (Chairman);  Councillor L. Dale; Councillor R. Tate',
      '',
      'Councillor B. Dean;  Councillor M. Watt; Councillor J. Judd',
      '',
      '59/20).     Apologies were received from Councillor Mullen.',
    ].join('\n');
    expect(who(page, 'present')).toEqual(['P. Judd (Chair)', 'L. Dale', 'R. Tate', 'B. Dean', 'M. Watt', 'J. Judd']);
    expect(who(page, 'apologies')).toEqual(['Mullen']);
  });

  test('"Apologies were received from Cllrs, Pat Green, Joe Clay": the title is no one', () => {
    const page = [
      'MINUTES of the MEETING of LLANWERN TOWN COUNCIL, held on WEDNESDAY 13th January 2021 at 7pm.',
      '',
      '78. Apologies were received from Cllrs, Pat Green, Joe Clay, Ken Jones.',
      '',
      '79. DECLARATIONS OF INTEREST. None.',
    ].join('\n');
    expect(parse(page).minutes.apologies).toEqual(['Pat Green', 'Joe Clay', 'Ken Jones']);
  });
});

describe('after scoring round 19: coded minutes run into one line, a full stop after each number', () => {
  test('"28/20. Apologies for absence. Apologies were …": each heading ends with its full stop', () => {
    const page = [
      'Eastleigh Parva Parish Council Minutes for the meeting Wednesday 15th July 2020 held virtually. Present: Cllrs Ann Hale (Chair), Bob Dunn, Cath Ely. 28/20. Apologies for absence. Apologies were received and accepted from Cllr Dan Frost. 29/20. Declaration of interest and written requests for dispensation on agenda items. There were no declarations made. 30/20. Approval of the minutes. The minutes of the meeting of 17th June 2020 were approved unanimously to be signed. 31/20. Open session. No members of the public were present. 32/20. Planning applications for comment. None had been received.',
    ].join('\n');
    expect(parse(page).minutes.items.map((i) => `${i.number}|${i.title}`)).toEqual([
      '28/20|Apologies for absence',
      '29/20|Declaration of interest and written requests for dispensation on agenda items',
      '30/20|Approval of the minutes',
      '31/20|Open session',
      '32/20|Planning applications for comment',
    ]);
  });
});

describe('parse-minutes --json on a register with a legend', () => {
  test('present and apologies come out as the marks say', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'legend-'));
    const file = path.join(dir, 'eastmoor.txt');
    fs.writeFileSync(
      file,
      [
        'At the Meeting of the EASTMOOR BOROUGH COUNCIL held in the COUNCIL CHAMBER on TUESDAY the 5th day of MARCH 2019 at 2.30pm',
        'Members in attendance',
        '* Denotes attendance',
        'Ø Denotes apology for absence',
        '* Cllr A Rowe (Chair)',
        '* Cllr B Stone',
        'Ø Cllr D Field',
        '* Cllr E Brook',
        'CM 1/19 MINUTES',
        'RESOLVED that the minutes of the meeting held on 5 February 2019 be approved.',
      ].join('\n'),
    );
    const lines: string[] = [];
    expect(await run(['parse-minutes', file, '--json'], (l) => lines.push(l))).toBe(0);
    const parsed = JSON.parse(lines.join('\n')) as { date: string; apologies: string[] };
    expect(parsed.date).toBe('2019-03-05');
    expect(parsed.apologies).toEqual(['D Field']);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
