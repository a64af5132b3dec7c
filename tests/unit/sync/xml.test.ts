import fs from 'node:fs';
import path from 'node:path';
import { parseCommitteesXml, parseMeetingFacts, parseMeetingsXml, parseModernGovXmlDetailed } from '../../../main/minutes/moderngov-xml';
import { SHARED_FIXTURES } from '../../helpers/temp-dir';

const fixture = (rel: string) => fs.readFileSync(path.join(SHARED_FIXTURES, 'moderngov', rel), 'utf8');

describe('ModernGov web-service lists and meeting facts', () => {
  test('GetCommittees: every committee, with expired ones marked', () => {
    const committees = parseCommitteesXml(fixture('gloucester/GetCommittees.xml'));
    const declared = Number(/<committeescount>\s*(\d+)/.exec(fixture('gloucester/GetCommittees.xml'))?.[1]);
    expect(committees).toHaveLength(declared);
    expect(committees.find((c) => c.id === 129)).toMatchObject({ title: 'Cabinet', expired: false });
    expect(committees.find((c) => c.id === 123)).toMatchObject({ title: 'Airport Sub Committee', expired: true, category: null });
    expect(committees.find((c) => c.id === 487)?.category).toBe('Regulatory and Other Committees');
  });

  test('GetMeetings: dates as ISO, cancelled meetings marked', () => {
    const meetings = parseMeetingsXml(fixture('gloucester/GetMeetings.xml'));
    expect(meetings).toHaveLength(20);
    expect(meetings[0]).toEqual({ id: 7217, date: '2024-01-10', time: '18:00', status: 'Confirmed', cancelled: false });
    expect(meetings.find((m) => m.id === 7506)).toMatchObject({ date: '2024-06-12', cancelled: true });
    expect(meetings.find((m) => m.id === 7837)).toMatchObject({ status: 'Confirmed; Special Meeting', cancelled: false, time: '12:30' });
  });

  test('GetMeeting: publication flags and linked documents by item', () => {
    const g = parseMeetingFacts(fixture('gloucester/GetMeeting_7837.xml'));
    expect(g).toMatchObject({ id: 7837, agendaPublished: true, minutesPublished: true, decisionsPublished: true, cancelled: false });
    expect(g.documents.map((d) => [d.attachmentId, d.itemNumber])).toEqual([
      [65461, '52'],
      [65412, '55'],
      [65413, '55'],
      [65414, '55'],
      [65415, '55'],
      [65416, '55'],
      [65417, '55'],
    ]);
    expect(g.documents[0]).toMatchObject({ title: 'Cabinet - Public Questions', isUrl: false, restricted: false, publicationDate: '2025-11-13' });
    const m = parseMeetingFacts(fixture('manchester/GetMeeting_4967.xml'));
    expect(m).toMatchObject({ id: 4967, decisionsPublished: false, minutesPublished: true });
    expect(m.documents.map((d) => d.attachmentId)).toEqual([60860, 60909]);
  });

  test('double-escaped entities in titles are decoded once, to text', () => {
    const xml = '<committees><committee><committeeid>5</committeeid><committeetitle>Leader&amp;#39;s &amp;amp; Members&amp;#39; Panel</committeetitle></committee></committees>';
    expect(parseCommitteesXml(xml)[0]?.title).toBe("Leader's & Members' Panel");
  });

  test('safety: a DTD or entity declaration is refused before parsing; truncated XML is refused when strict', () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><committees><committee><committeeid>1</committeeid><committeetitle>&lol2;</committeetitle></committee></committees>';
    expect(() => parseCommitteesXml(bomb)).toThrow(/declares a DTD or entities/);
    const full = fixture('gloucester/GetMeeting_7837.xml');
    const cut = full.slice(0, Math.floor(full.length * 0.6));
    expect(() => parseMeetingFacts(cut)).toThrow(/malformed or incomplete/);
    expect(() => parseModernGovXmlDetailed(cut, { strict: true })).toThrow(/malformed or incomplete/);
    expect(() => parseMeetingsXml('<html><body>Not here</body></html>')).toThrow(/no <getmeetings> list/);
  });

  test('an answer wrapped in ASP.NET’s <string> element is unwrapped once', () => {
    const inner = fixture('gloucester/GetMeetings.xml').replace(/^<\?xml[^>]*>\s*/, '');
    const escaped = inner.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const wrapped = `<?xml version="1.0" encoding="utf-8"?>\n<string xmlns="http://moderngov.co.uk/namespace">${escaped}</string>`;
    expect(parseMeetingsXml(wrapped)).toHaveLength(20);
  });
});
