/**
 * Issue 15, twenty-third round: shapes seen on set 23's pages after they were scored once (the honest figure), written
 * here with made-up councils and people — confident wrong answers first: a page's state, a meeting's type or a button
 * named as the body, a bilingual heading's Welsh side, a recorded vote read as a declaration, agendas taken for minutes.
 */
import { parseMinutesDetailed } from '../../../main/minutes';
import { classifyDocument } from '../../../main/minutes/document-kind';
import { findDeclarations } from '../../../main/minutes/declarations';

const parse = (text: string) => parseMinutesDetailed('page.txt', text).minutes;
const withItems = (head: string[]) => parse([...head, '', '1. Apologies', '', 'Apologies were received from Cllr Grace.', '', '2. Minutes', '', 'The minutes were approved as a correct record.'].join('\n'));

describe('the body that met, never a word about the page', () => {
  test('"DRAFT – Monday 12th November 2018 | 7.30pm": a draft is not a body', () => {
    const m = withItems(['Community Council Minutes, Nov. 2018', '', 'Royal Burgh of Eastwick Community Council', 'DRAFT – Monday 12th November 2018  | 7.30pm at The Burgh Chambers']);
    expect(m.committee ?? '').not.toMatch(/draft/i);
    expect(m.date).toBe('2018-11-12');
  });

  test('a meeting\'s type is not the body: "Annual General Parish Council meeting", "Extraordinary Full Council"', () => {
    expect(withItems(['MINUTES OF THE ANNUAL GENERAL PARISH COUNCIL MEETING HELD ON THURSDAY 8TH MAY 2008 AT 7.30PM IN THE VILLAGE HALL']).committee).toMatch(/^PARISH COUNCIL$/i);
    expect(withItems(['Westchurch Town Council', '', 'Minutes of the Extraordinary Full Council meeting held on Monday 19 June 2017 at 7.00pm']).committee).toBe('Full Council');
  });

  test('"Special County Council of Northshire County Council": the body, and the authority after "of"', () => {
    const m = withItems(['This is a meeting of the Special County Council of Northshire County Council held on the 16th Jul 2020.']);
    expect([m.committee, m.council]).toEqual(['County Council', 'Northshire County Council']);
  });

  test('a bilingual heading gives the English side; a sharing site\'s "Download" is not part of the name', () => {
    expect(withItems(['CYNGOR CYMUNED CHWITFFORDD / WHITHAM COMMUNITY COUNCIL Minutes of The Meeting of Whitham Community Council Held at The Carmel Village Hall, On Thursday the 19th October, 2017, at 7.00pm']).council).toBe('WHITHAM COMMUNITY COUNCIL');
    expect(withItems(['Download Rhosfair Town Council', '', 'Minutes of the meeting of Rhosfair Town Council held on 13 September 2018']).council).toBe('Rhosfair Town Council');
  });

  test('"Orkney Islands Council:" over the officers it sent is a group in the register, not the page\'s council', () => {
    const m = withItems(['Page 1.', '', 'Northern Valuation Joint Board Minute', '', 'Friday, 28 May 2021, 14:00.', '', 'Present: Councillors Andrew Drever, Robin Crichton and David Dawson.', '', 'Northern Islands Council: • John Mundell, Interim Chief Executive.']);
    expect(m.council).toBeNull();
  });
});

describe('declarations read as a clerk would', () => {
  const decl = (text: string) => findDeclarations(text, '5', true, { meetingDate: '2016-10-10' }).map((d) => [d.member, d.item]);

  test('"Similarly Councillor X declared …": X, on the item of the declaration before', () => {
    expect(decl('Councillor Whyte declared an interest in agenda item 16 as a trustee of the hall. Similarly Councillor McKay declared an interest as the Council’s representative on the hall committee.')).toEqual([
      ['Whyte', '16'],
      ['McKay', '16'],
    ]);
  });

  test('"… however, indicated that they would be declaring an interest in item 7": a declaration', () => {
    expect(decl('Councillors W. Waters and Mrs. E.M. Peel, however, indicated that they would be declaring an interest in item 7 on the agenda as Members of the Shadow Board and would be leaving the meeting.')).toEqual([
      ['W. Waters', '7'],
      ['Mrs. E.M. Peel', '7'],
    ]);
  });

  test('"For Councillor Saunders - Councillors …", a recorded vote, is nobody declaring', () => {
    expect(decl('There were no declarations of interest.\nMore than ten members requested a recorded vote.\nFor Councillor Sanders - Councillors Allen, Baker and Cole\nAgainst Councillor Sanders - Councillors Dean and Eve')).toEqual([]);
  });
});

describe('agendas that read as minutes', () => {
  test('a ModernGov agenda page listing "Minutes of the Meeting held on 15 July 2021 pdf icon PDF 125 KB"', () => {
    const page = ['Council - Thursday, 25th November, 2021 1.00 pm', '', 'Venue: Meres Centre, Grantham.', '', 'No. Item', '', 'Apologies for absence', '', 'Disclosure of Interests', '', 'Members are asked to disclose any interests in matters for consideration at the meeting.', '', 'Minutes of the Meeting held on 15 July 2021 pdf icon PDF 125 KB', '', 'To approve the minutes.'].join('\n');
    expect(classifyDocument(page).kind).toBe('agenda');
  });

  test('a letter calling the meeting: its own date gives way to the meeting\'s, "(Page 01)" after an item is an agenda\'s', () => {
    const page = [
      'County Buildings Wellington Square KA7 1DR',
      '',
      '10 September 2019',
      '',
      'TO: ALL MEMBERS OF WESTSHIRE VALUATION JOINT BOARD',
      '',
      'Dear Councillor',
      '',
      'Westshire Valuation Joint Board – Tuesday 17 September 2019',
      '',
      'I write to invite you to attend the next meeting of the Westshire Valuation Joint Board.',
      '',
      'BUSINESS',
      '',
      '1. Sederunt',
      '',
      '2. Declaration of Interests',
      '',
      '3. Minutes of Previous Meeting Minutes of the Meeting held on 4 June 2019 (Page 01)',
      '',
      '4. Matters Arising',
    ].join('\n');
    expect(classifyDocument(page).kind).toBe('agenda');
    const m = parse(page);
    expect([m.document, m.date, m.committee]).toEqual(['agenda', '2019-09-17', 'Westshire Valuation Joint Board']);
  });
});

describe('minutes and actions as the page printed them', () => {
  test('"… It was proposed by Cllr Mann and seconded by" over "Cllr Atherton that the minutes …": one sentence, its resolution read', () => {
    const page = [
      'STANTON PARISH COUNCIL',
      'Minutes of the Annual General Parish Council meeting held on Thursday 8th May 2008 at 7.30pm in the Village Hall.',
      '',
      '2. Election of Chairman. Cllr Shaw proposed that Mrs Audrey Hubbard be elected to serve as Chairman.',
      '',
      '3. Approve minutes of previous meeting: 10th April 2008. It was proposed by Cllr Mann and seconded by',
      '   Cllr Atherton that the minutes be accepted as correct. This was agreed.',
      '',
      '4. Planning. No applications had been received.',
    ].join('\n');
    const d = parse(page).decisions.find((x) => x.item === '3');
    expect(d?.text).toMatch(/^That the minutes be accepted as correct/);
    expect(d?.passage).toMatch(/proposed by Cllr Mann and seconded by Cllr Atherton/);
  });

  test('"5.1 – Following review, a motion that the minutes be signed …": the paragraph\'s number is not in the text', () => {
    const page = 'MINUTES OF THE MEETING OF IVYDALE PARISH COUNCIL HELD ON TUESDAY 3 JANUARY 2012\n\n4. Declarations\n\nNone.\n\n5. Minutes of the last meeting\n\n5.1 – Following review, a motion that the minutes be signed as above was PROPOSED by Cllr Snow and SECONDED by Cllr Boyd.\n\n6. Correspondence\n\nReceived with thanks.';
    expect(parse(page).decisions.find((x) => x.item === '5')?.text).toMatch(/^Following review, a motion that the minutes be signed/);
  });

  test('"FC/120520/3 Approval of Minutes": a minute number of letters, the meeting\'s date and the count', () => {
    const page = 'Burwell Heath Parish Council\n\nMinutes of the Full Council meeting held on Zoom on Tuesday 12 May 2020 at 7.30pm\n\nFC/120520/1 Apologies\n\nNone.\n\nFC/120520/2 Declarations of any interests known to Councillors\n\nNone.\n\nFC/120520/3 Approval of Minutes of the following meetings:\n\nThe minutes of the Full Council meeting held on 10th March were approved.';
    expect(parse(page).items.map((i) => i.number)).toEqual(['FC/120520/1', 'FC/120520/2', 'FC/120520/3']);
  });

  test('"… be published in the parish magazine JR": the action column\'s initials are its owner, not its words', () => {
    const page = 'MINUTES OF PENFORD COMMUNITY COUNCIL HELD ON THURSDAY 14 NOVEMBER 2019\n\n3. Flooding\n\nIt was agreed that her contact details be published in the parish magazine JR\n\n4. Minutes\n\nThe Minutes of the meeting held on 10 October 2019 were approved and signed.';
    const d = parse(page).decisions.find((x) => x.item === '3');
    expect([d?.text, d?.kind, d?.owner]).toEqual(['That her contact details be published in the parish magazine', 'action', 'JR']);
    // ("… to write to the NHS": an acronym the sentence needs stays in it, and names no owner.)
    const nhs = parse(page.replace('published in the parish magazine JR', 'sent to the NHS')).decisions.find((x) => x.item === '3');
    expect(nhs?.text).toMatch(/sent to the NHS$/);
    expect(nhs?.owner).not.toBe('NHS');
  });
});

describe('a minute book\'s items numbered after the meeting\'s own number', () => {
  const page = (rows: string[]) => ['DRAFT Minutes of the 356th Meeting of the Eastbay Community Council held on 26th March 2018.', '', 'Present: Geoff Lyle, Lee Kerr, Sean Watt, Mira Hurst.', '', ...rows].join('\n');

  test('"356.1Chairs Welcome", "356.2Minutes of previous meeting …": each an item', () => {
    const m = parse(page(['356.1Chairs Welcome', '', 'Mira Hurst welcomed everyone to the meeting.', '', '356.2Minutes of previous meeting and matters arising', '', 'Minutes were agreed.', '', '356.3Police report', '', 'No police in attendance at tonight’s meeting.', '', '356.4Pitz Sale – Update on developments', '', 'The event was held over the previous weekend.', '', '356.5Signs and Plaques', '', 'It was suggested that the committee meet.']));
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['356.1', 'Chairs Welcome'],
      ['356.2', 'Minutes of previous meeting and matters arising'],
      ['356.3', 'Police report'],
      ['356.4', 'Pitz Sale – Update on developments'],
      ['356.5', 'Signs and Plaques'],
    ]);
  });

  test('a sentence under a year-coded number ("134.23 There were no declarations …") is no heading', () => {
    const m = parse(page(['132.23 Apologies were received from Cllr Lane.', '', '133.23 The minutes of the meeting held on 1 March were approved.', '', '134.23 There were no declarations of disclosable interests relating to items on the agenda.']));
    expect(m.items.map((i) => i.title).filter((t) => /^There were no/.test(t))).toEqual([]);
    expect(m.declarationsState).toBe('none-declared');
  });
});
