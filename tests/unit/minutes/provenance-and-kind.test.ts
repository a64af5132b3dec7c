import { readdirSync, readFileSync } from 'node:fs';
import { bare } from './helpers/bare';
import * as path from 'node:path';
import { MinutesFormatError, NotMinutesError, detectMinutesKind, parseMinutes, parseMinutesDetailed, parseMinutesHtml, parseMinutesText } from '../../../main/minutes';
import { registrableDomain } from '../../../main/minutes/provenance';
import { run } from '../../../main/cli';
import { LOCAL, local, shared, SHARED } from './helpers/fixtures';

/**
 * Facts read by hand from the fixture files (their first lines, titles and contact lines), never
 * copied from the parser's output.
 */

const corpus = (f: string) => shared(`minutes-corpus/${f}`);

/** SOURCES.md lists seven pages that are not minutes; two of them are agendas. */
const AGENDAS = ['glasgow-city-council-2003-12-11-agenda.txt', 'highland-council-2024-09-19-agenda.txt'];
const REFUSED = [
  'aldworth-parish-council-action-log-page-xxxx-xx-xx.txt',
  'amlwch-town-council-minutes-page-xxxx-xx-xx-welsh.txt',
  'norfolk-committee-xxxx-xx-xx-agenda-guidance.txt',
  'rochdale-guidance-xxxx-xx-xx-exclusion-press-public.txt',
  'stogursey-parish-council-agendas-and-minutes-page-xxxx-xx-xx.txt',
];
const ONE_SENTENCE = /^This file does not look like council minutes: [^.]+\.$/;

describe('council named in the header, first line or title', () => {
  test.each([
    ['minutes-corpus/glasgow-city-council-2003-12-11-agenda.txt', 'Glasgow City Council'], // "Glasgow City Council Agenda - 11 December 2003, 13:30 Help"
    ['minutes-corpus/highland-council-2017-06-01.txt', 'Highland Council'], // a "Highland Council" line under the page title
    ['minutes-corpus/highland-council-2024-09-19-agenda.txt', 'Highland Council'],
    ['minutes-corpus/scottish-borders-council-xxxx-xx-xx-decision-agreed.txt', 'Scottish Borders Council'], // first line
    ['minutes-corpus/salford-priors-parish-council-annual-meeting-2019-05-15.txt', 'Salford Priors Parish Council'], // "… Annual Meeting of the Salford Priors Parish Council held in …"
    ['minutes-corpus/isle-of-anglesey-council-2005-09-20-welsh.txt', 'Cyngor Sir Ynys Môn'], // "Cyngor Sir Ynys Môn dogfennau , 20 Medi 2005"
    ['minutes-corpus/isle-of-anglesey-council-2014-10-09-welsh.txt', 'Cyngor Sir Ynys Môn'], // "Cyngor Sir Ynys Môn - Dydd Iau, 9fed Hydref, 2014"
  ])('%s → %s', (file, council) => {
    expect(parseMinutes(path.basename(file), shared(file)).council).toBe(council);
  });

  test.each([
    // Councils named only in the venue, in the body, as "the Parish Council", or not at all.
    'minutes/leicester-cype-2025-01-14-agenda-and-minutes.txt',
    'minutes-excerpts/west-suffolk-cabinet-2020-11-10.txt',
    'minutes-excerpts/wolverhampton-scrutiny-board-2014-04-15.txt',
    'minutes-corpus/ceredigion-council-xxxx-xx-xx-welsh.txt', // "Lleoliad: Hybrid - Neuadd Cyngor Ceredigion" is a building
    'minutes-corpus/cradley-parish-council-extraordinary-2018-06-19.txt', // "… of the Parish Council held on …"
    'minutes-corpus/choppington-parish-council-2023-11-22.txt', // "Minutes of Parish Council 22 November 2023"
    'minutes-corpus/colchester-council-2018-02-21.txt', // "Council"
    'minutes-corpus/tonbridge-and-malling-council-2010-05-11.txt',
    'minutes-corpus/cumbria-health-and-wellbeing-board-2019-04-18.txt', // a board, not a council
    'minutes-corpus/oxford-city-council-xxxx-xx-xx-declarations.txt', // "Speaking at a Council or Committee meeting"
    'minutes-corpus/brighton-and-hove-board-xxxx-xx-xx-substitutes.txt', // "Home : Council and Democracy : …"
    'minutes-corpus/belfast-council-xxxx-xx-xx-monthly-meeting.txt', // "Venue: Council Chamber, City Hall, Belfast"
    // A police and crime panel is a joint committee of councils, not an authority: the committee, not the council.
    'minutes-corpus/cheshire-police-and-crime-panel-2022-07-21.txt', // "Cheshire Police and Crime Panel - Thursday, 21st July, 2022"
    'minutes-corpus/dyfed-powys-police-and-crime-panel-2017-11-16.txt',
  ])('%s → not named (null)', (file) => {
    expect(parseMinutes(path.basename(file), shared(file)).council).toBeNull();
  });

  test('councils mentioned deep in the body are not the council', () => {
    // Dyfed Powys apologies name "Ceredigion County Council" and "Powys County Council".
    const r = parseMinutes('x.txt', corpus('dyfed-powys-police-and-crime-panel-2017-11-16.txt'));
    expect(r.council ?? '').not.toMatch(/Ceredigion|Powys County/);
    const body = 'Minutes:\n\nApologies were received from Councillor Evans (Ceredigion County Council).\n\nRESOLVED: That the report be noted.';
    expect(parseMinutesText(`Agenda item\n\nBudget\n\n${body}`).council).toBeNull();
  });
});

describe('council domain from a contact e-mail in the header', () => {
  test.each([
    ['minutes-excerpts/west-suffolk-cabinet-2020-11-10.txt', 'westsuffolk.gov.uk'], // sharon.turner@westsuffolk.gov.uk
    ['minutes-excerpts/epping-forest-overview-and-scrutiny-committee-2021-04-15.txt', 'eppingforestdc.gov.uk'],
    ['minutes-excerpts/oxfordshire-cabinet-2019-01-22.txt', 'oxfordshire.gov.uk'],
    ['minutes/leicester-cype-2025-01-14-agenda-and-minutes.txt', 'leicester.gov.uk'],
    ['minutes-corpus/cheshire-police-and-crime-panel-2022-07-21.txt', 'cheshireeast.gov.uk'],
    ['minutes-corpus/scottish-borders-council-xxxx-xx-xx-decision-agreed.txt', 'scotborders.gov.uk'],
    ['minutes-corpus/blaenau-gwent-council-xxxx-xx-xx-2020.txt', 'blaenau-gwent.gov.uk'], // in the venue line
    ['minutes-corpus/wiltshire-council-budget-meeting-2013-02-26.txt', 'wiltshire.gov.uk'],
    ['minutes-excerpts/wolverhampton-scrutiny-board-2014-04-15.txt', null], // "Email:" with nothing after it
    ['minutes-excerpts/rotherham-audit-committee-2024-03-12.txt', null],
  ])('%s → %s', (file, domain) => {
    const r = parseMinutes(path.basename(file), shared(file));
    expect(r.councilDomain).toBe(domain);
    expect(r.sourceAddress).toBeNull();
    expect(r.remoteMeetingId).toBeNull();
  });

  test('webmail and e-mails in the body are ignored', () => {
    const head = 'Agenda and minutes\n\nCabinet - Tuesday, 10 November 2020 6.00 pm\n\nVenue: Town Hall\n\n';
    const body = '1.\n\nApologies\n\nMinutes:\n\nApologies were received from Councillor Smith. Residents may write to roads@othercouncil.gov.uk.\n';
    expect(parseMinutesText(`${head}Contact: Jo Bloggs Email: jo.bloggs@gmail.com\n\n${body}`).councilDomain).toBeNull();
    expect(parseMinutesText(`${head}${body}`).councilDomain).toBeNull();
    expect(parseMinutesText(`${head}Contact: Jo Bloggs Email: Jo.Bloggs@Democracy.Anytown.GOV.UK\n\n${body}`).councilDomain).toBe('anytown.gov.uk');
  });

  test.each([
    ['democracy.westsuffolk.gov.uk', 'westsuffolk.gov.uk'],
    ['moderngovwebpublic.bromsgrove.gov.uk', 'bromsgrove.gov.uk'],
    ['democracy.carmarthenshire.gov.wales', 'carmarthenshire.gov.wales'],
    ['minutes3.belfastcity.gov.uk', 'belfastcity.gov.uk'],
    ['rbwm.moderngov.co.uk', 'rbwm.moderngov.co.uk'],
    ['colchester.cmis.uk.com', 'colchester.cmis.uk.com'],
    ['www.northamptonboroughcouncil.com', 'northamptonboroughcouncil.com'],
    ['www.choppingtonparishcouncil.org', 'choppingtonparishcouncil.org'],
    ['benniworth.parish.lincolnshire.gov.uk', 'benniworth.parish.lincolnshire.gov.uk'],
    ['www.cyngortrefamlwch.co.uk', 'cyngortrefamlwch.co.uk'],
    ['gmail.com', null],
    ['example.gov.uk', null],
    ['127.0.0.1', null],
  ])('registrable domain of %s → %s', (host, domain) => {
    expect(registrableDomain(host)).toBe(domain);
  });
});

describe('source address and ModernGov meeting id', () => {
  const minutesBody = `<h1>Agenda and minutes</h1>
<h2>Cabinet - Tuesday 10 November 2020 6.00 pm</h2>
<p>Venue: Virtual Meeting</p>
<p>177.</p><p>Apologies for absence</p><p>Minutes:</p><p>No apologies for absence were received.</p>`;
  const page = (head: string) => `<!DOCTYPE html><html><head>${head}</head><body>${minutesBody}</body></html>`;

  test('canonical link: address without fragment, meeting id, domain, council from the title', () => {
    const r = parseMinutesHtml(
      page(`<title>Agenda for Cabinet on Tuesday, 10th November, 2020, 6.00 pm | West Suffolk Council</title>
<link rel="canonical" href="https://democracy.westsuffolk.gov.uk/ieListDocuments.aspx?CId=521&amp;MId=4668#top">`),
    );
    expect(r.sourceAddress).toBe('https://democracy.westsuffolk.gov.uk/ieListDocuments.aspx?CId=521&MId=4668');
    expect(r.remoteMeetingId).toBe('4668');
    expect(r.councilDomain).toBe('westsuffolk.gov.uk');
    expect(r.council).toBe('West Suffolk Council');
    expect(r.document).toBe('minutes');
    expect(r.committee).toBe('Cabinet');
    expect(r.date).toBe('2020-11-10');
  });

  test('og:url, <base href> and the browser\'s "saved from url" comment; MeetingId in any case', () => {
    const og = parseMinutesHtml(page('<meta property="og:url" content="https://rbwm.moderngov.co.uk/ieListDocuments.aspx?CId=1&meetingid=321">'));
    expect(og).toMatchObject({ sourceAddress: 'https://rbwm.moderngov.co.uk/ieListDocuments.aspx?CId=1&meetingid=321', remoteMeetingId: '321', councilDomain: 'rbwm.moderngov.co.uk' });
    const base = parseMinutesHtml(page('<base href="https://moderngov.rotherham.gov.uk/mgMeetingAttendance.aspx?ID=15919&MeetingId=15919">'));
    expect(base).toMatchObject({ remoteMeetingId: '15919', councilDomain: 'rotherham.gov.uk' });
    const saved = parseMinutesHtml(`<!-- saved from url=(0072)https://democracy.bathnes.gov.uk/ieListDocuments.aspx?MId=4739 -->\n${page('<title>Agenda and minutes</title>')}`);
    expect(saved).toMatchObject({ sourceAddress: 'https://democracy.bathnes.gov.uk/ieListDocuments.aspx?MId=4739', remoteMeetingId: '4739', councilDomain: 'bathnes.gov.uk', council: null });
  });

  test('item pages give no meeting id; non-http addresses are ignored', () => {
    const item = parseMinutesHtml(page('<link rel="canonical" href="https://democracy.npt.gov.uk/mgAi.aspx?ID=31048&MId=99">'));
    expect(item).toMatchObject({ sourceAddress: 'https://democracy.npt.gov.uk/mgAi.aspx?ID=31048&MId=99', remoteMeetingId: null, councilDomain: 'npt.gov.uk' });
    const js = parseMinutesHtml(page('<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="file:///etc/passwd">'));
    expect(js).toMatchObject({ sourceAddress: null, remoteMeetingId: null, councilDomain: null });
  });

  test('a copied page whose first or last line is its address', () => {
    const text = shared('minutes-excerpts/rotherham-audit-committee-2024-03-12.txt');
    const plain = parseMinutes('r.txt', text);
    const first = parseMinutes('r.txt', `https://moderngov.rotherham.gov.uk/ieListDocuments.aspx?CId=414&MeetingId=15919\n\n${text}`);
    const last = parseMinutes('r.txt', `${text}\n\nhttps://moderngov.rotherham.gov.uk/ieListDocuments.aspx?CId=414&MeetingId=15919#x\n`);
    for (const r of [first, last]) {
      expect(r).toMatchObject({ sourceAddress: 'https://moderngov.rotherham.gov.uk/ieListDocuments.aspx?CId=414&MeetingId=15919', remoteMeetingId: '15919', councilDomain: 'rotherham.gov.uk' });
      expect({ ...r, sourceAddress: null, remoteMeetingId: null, councilDomain: null }).toEqual(plain);
    }
  });

  test('ModernGov XML: meeting id from <meetingid>; council, domain and address not stated', () => {
    const r = parseMinutes('GetMeeting_7837.xml', shared('moderngov/gloucester/GetMeeting_7837.xml'));
    expect(r).toMatchObject({ document: 'minutes', remoteMeetingId: '7837', council: null, councilDomain: null, sourceAddress: null });
  });
});

describe('minutes, agenda or neither', () => {
  test.each(AGENDAS)('%s is an agenda: no decisions, declarations or apologies, items keep agenda text only', (file) => {
    const { minutes: r, attendance } = parseMinutesDetailed(file, corpus(file));
    expect(r.document).toBe('agenda');
    expect(bare(r.decisions)).toEqual([]);
    expect(bare(r.declarations)).toEqual([]);
    expect(r.apologies).toEqual([]);
    expect(attendance).toEqual([]);
    expect(r.items.length).toBeGreaterThan(0);
    for (const i of r.items) expect(i.minutesText).toBe('');
    expect(r.items.map((i) => i.agendaText).join('')).not.toBe('');
  });

  test('agenda dates are read from the header', () => {
    expect(parseMinutes('g.txt', corpus(AGENDAS[0]!))).toMatchObject({ date: '2003-12-11', startTime: '13:30' });
    expect(parseMinutes('h.txt', corpus(AGENDAS[1]!)).date).toBe('2024-09-19');
  });

  test.each(REFUSED)('%s is refused with one sentence', (file) => {
    expect(() => parseMinutes(file, corpus(file))).toThrow(NotMinutesError);
    expect(() => detectMinutesKind(file, corpus(file))).toThrow(NotMinutesError);
    expect(() => parseMinutes(file, corpus(file))).toThrow(ONE_SENTENCE);
  });

  test('SOURCES.md marks exactly these seven as not minutes', () => {
    const sources = readFileSync(path.join(SHARED, 'minutes-corpus', 'SOURCES.md'), 'utf8');
    const notMinutes = sources.split('\n').filter((l) => /features:.*\bnot-minutes\b/.test(l)).map((l) => /^- ([^:]+):/.exec(l)?.[1]);
    expect(notMinutes.sort()).toEqual([...AGENDAS, ...REFUSED].sort());
  });

  test('every other shared fixture is minutes, none refused', () => {
    const skip = new Set([...AGENDAS, ...REFUSED]);
    const files = ['minutes', 'minutes-excerpts', 'minutes-corpus'].flatMap((d) =>
      readdirSync(path.join(SHARED, d)).filter((f) => f.endsWith('.txt') && !skip.has(f)).map((f) => `${d}/${f}`),
    );
    expect(files.length).toBe(3 + 12 + 53 - 7);
    const kinds = files.map((f) => {
      try {
        return [f, parseMinutes(path.basename(f), shared(f)).document];
      } catch (e) {
        return [f, `refused: ${(e as Error).message}`];
      }
    });
    expect(kinds.filter(([, k]) => k !== 'minutes')).toEqual([]);
  });

  test("the repository's own minutes fixtures are minutes", () => {
    const files = [
      'anytown-printed-minutes.pdf.txt',
      'moderngov-saved-page.html',
      'later/leicester-cype-2025-03-04-synthetic.txt',
      ...readdirSync(path.join(LOCAL, 'styles')).map((f) => `styles/${f}`),
    ];
    for (const f of files) expect([f, parseMinutes(path.basename(f), local(f)).document]).toEqual([f, 'minutes']);
  });

  test("the repository's README and other prose are refused", () => {
    const readme = readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');
    expect(() => parseMinutes('README.md', readme)).toThrow(NotMinutesError);
    expect(() => parseMinutes('README.md', readme)).toThrow(ONE_SENTENCE);
    const news = 'Council leader welcomes new bus routes\n\nPublished 3 March 2024\n\nThe council has announced three new bus routes linking the town centre with outlying villages. Residents can find timetables on the website.';
    expect(() => parseMinutes('news.txt', news)).toThrow(NotMinutesError);
    expect(() => parseMinutesHtml(`<html><body><h1>How to read minutes</h1><p>Minutes are a record of decisions.</p><p>You should contact the clerk.</p></body></html>`)).toThrow(MinutesFormatError);
  });

  test('a ModernGov XML meeting with nothing minuted is an agenda', () => {
    const xml = shared('moderngov/manchester/GetMeeting_4967.xml')
      .replace(/<minutesnonemptyhtmlbody>[\s\S]*?<\/minutesnonemptyhtmlbody>/g, '<minutesnonemptyhtmlbody></minutesnonemptyhtmlbody>')
      .replace(/<decisionnonemptyhtmlbody>[\s\S]*?<\/decisionnonemptyhtmlbody>/g, '<decisionnonemptyhtmlbody></decisionnonemptyhtmlbody>');
    const r = parseMinutes('GetMeeting_4967.xml', xml);
    expect(r.document).toBe('agenda');
    expect(bare(r.decisions)).toEqual([]);
    expect(bare(r.declarations)).toEqual([]);
    expect(parseMinutes('GetMeeting_4967.xml', shared('moderngov/manchester/GetMeeting_4967.xml')).document).toBe('minutes');
  });
});

describe('parse-minutes on the command line', () => {
  test('--json prints the new fields; a refused file fails with the sentence', async () => {
    const lines: string[] = [];
    const file = path.join(SHARED, 'minutes-corpus', AGENDAS[1]!);
    expect(await run(['parse-minutes', file, '--json'], (l) => lines.push(l))).toBe(0);
    const parsed = JSON.parse(lines.join('\n')) as Record<string, unknown>;
    expect(parsed).toMatchObject({ document: 'agenda', council: 'Highland Council', councilDomain: null, sourceAddress: null, remoteMeetingId: null, decisions: [] });
    await expect(run(['parse-minutes', path.join(SHARED, 'minutes-corpus', REFUSED[0]!), '--json'], () => undefined)).rejects.toThrow(ONE_SENTENCE);
  });
});
