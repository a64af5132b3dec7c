import { detectMinutesKind, MinutesFormatError, parseMinutes } from '../../../main/minutes';
import { bare } from './helpers/bare';
import { shared } from './helpers/fixtures';

describe('ModernGov web-service XML (GetMeeting)', () => {
  const gXml = shared('moderngov/gloucester/GetMeeting_7837.xml');
  const g = parseMinutes('GetMeeting_7837.xml', gXml);

  test('is sniffed as moderngov-xml even without the extension', () => {
    expect(detectMinutesKind('meeting.txt', gXml)).toBe('moderngov-xml');
  });

  test('Gloucester Cabinet 21/11/2025: meeting facts', () => {
    expect(g.committee).toBe('Cabinet');
    expect(g.date).toBe('2025-11-21');
    expect(g.startTime).toBe('12:30');
    expect(g.endTime).toBe('17:05');
    expect(g.venue).toBe('Civic Suite, North Warehouse, The Docks, Gloucester, GL1 2EP');
    expect(g.council).toBeNull();
    expect(g.apologies).toEqual([]);
  });

  test('items numbered by fulldisplaynumberformat, double-escaped entities decoded', () => {
    expect(g.items.map((i) => [i.number, i.title])).toEqual([
      ['51', 'Declarations of Interest'],
      ['52', 'Public Question Time (15 minutes)'],
      ['53', 'Petitions and Deputations (15 minutes)'],
      ['54', "Leader and Cabinet Members' Question Time (15 minutes)"],
      ['55', 'Final Proposals for Local Government Reorganisation in Gloucestershire'],
    ]);
    expect(g.items.every((i) => !i.exempt && !i.truncated)).toBe(true);
    expect(g.items[0]?.minutesText).toBe('There were no declarations of interest.');
    expect(g.items[3]?.agendaText).toContain('Any matter relating to the Council’s administration');
    const all = JSON.stringify(g);
    expect(all).not.toMatch(/&#39;|&amp;|&lt;|&gt;|&nbsp;|<\/?p\b|<span|MsoNormal/);
  });

  test('linked documents', () => {
    expect(g.items[1]?.documents).toEqual([{ title: 'Cabinet - Public Questions', format: 'pdf', sizeKb: null }]);
    expect(g.items[4]?.documents).toHaveLength(6);
    expect(g.items[4]?.documents[1]).toEqual({ title: 'Appendix 1 Option 1 - Single Countywide Unitary', format: 'pdf', sizeKb: null });
  });

  test('RESOLVED (1)/(2) from decision and minutes bodies, once each', () => {
    expect(bare(g.declarations)).toEqual([]);
    expect(g.decisions.map((d) => [d.item, d.label, d.kind, d.owner])).toEqual([
      ['55', '1', 'action', null],
      ['55', '2', 'action', 'the Managing Director'],
    ]);
    expect(g.decisions[0]?.text).toBe(
      'To submit to Government the Greater Gloucester/Gloucestershire proposal for Local Government Reorganisation in Gloucestershire, as per the advisory vote by Council',
    );
  });

  test('Manchester Audit Committee: planned finish is not an end time; minutes approval decision', () => {
    const m = parseMinutes('GetMeeting_4967.xml', shared('moderngov/manchester/GetMeeting_4967.xml'));
    expect(m.committee).toBe('Audit Committee');
    expect(m.date).toBe('2026-02-10');
    expect(m.startTime).toBe('10:00');
    expect(m.endTime).toBeNull();
    expect(m.venue).toBe('Council Antechamber, Level 2, Town Hall Extension');
    expect(m.items.map((i) => [i.number, i.title])).toEqual([['1', 'Minutes'], ['9', 'Work Programme']]);
    expect(m.items[0]?.documents).toEqual([{ title: '6 - CHAIR APPROVED Minutes Audit Committee 25 Nov 2025', format: 'pdf', sizeKb: null }]);
    expect(bare(m.decisions)).toEqual([
      { item: '1', label: null, kind: 'procedural', owner: null, due: null, text: 'To approve the minutes of the meeting held on 25 November 2025 as a correct record.' },
    ]);
    expect(m.apologies).toEqual([]);
  });

  test('isrestricted → exempt; attendees sending apologies → apologies', () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<meeting><meetingdate>05/03/2025</meetingdate><meetingtime>6.00 pm</meetingtime><meetinglocation>Room 1</meetinglocation>
<agendaitems>
<agendaitem><agendaitemtitle>Apologies</agendaitemtitle><fulldisplaynumberformat>1.</fulldisplaynumberformat><isrestricted>False</isrestricted><refertocommittee>Scrutiny Panel</refertocommittee>
<minutesnonemptyhtmlbody>&lt;p&gt;Apologies were received from Councillor Jones.&lt;/p&gt;</minutesnonemptyhtmlbody></agendaitem>
<agendaitem><agendaitemtitle>Contract award</agendaitemtitle><fulldisplaynumberformat>2.</fulldisplaynumberformat><isrestricted>True</isrestricted>
<minutesnonemptyhtmlbody>&lt;p&gt;&lt;b&gt;RESOLVED&lt;/b&gt;: That the report be noted.&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</minutesnonemptyhtmlbody></agendaitem>
</agendaitems>
<attendees><attendee name="Councillor Dr Patel" roledescription="Committee Member" attendance="Apologies" /><attendee name="Councillor Lee" attendance="Present, as expected" /></attendees>
</meeting>`;
    const r = parseMinutes('x.xml', xml);
    expect(r.committee).toBe('Scrutiny Panel');
    expect(r.items.map((i) => i.exempt)).toEqual([false, true]);
    expect(r.apologies).toEqual(['Jones', 'Dr Patel']);
    expect(bare(r.decisions)).toEqual([{ item: '2', label: null, kind: 'noted', owner: null, due: null, text: 'That the report be noted.' }]);
    expect(JSON.stringify(r)).not.toMatch(/alert|script/);
  });

  test('DTD / entity declarations are refused (no entity expansion)', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE meeting [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><meeting><meetingdate>01/01/2025</meetingdate><agendaitems><agendaitem><agendaitemtitle>&b;</agendaitemtitle></agendaitem></agendaitems></meeting>`;
    expect(() => parseMinutes('bomb.xml', bomb)).toThrow(MinutesFormatError);
  });

  test('other XML is not minutes', () => {
    expect(() => parseMinutes('GetCommittees.xml', shared('moderngov/gloucester/GetCommittees.xml'))).toThrow(MinutesFormatError);
  });
});
