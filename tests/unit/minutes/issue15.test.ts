/**
 * Issue 15 (items 2, 3, 5): printed minute numbers and first-line headers, declarations in prose and
 * lists with the interest regime mapped by date, declarationsState, decisions with passage, status,
 * owners named by ACTION labels and prose actions. Real dev pages (never the held-out third) and small
 * made-up snippets.
 */
import { parseMinutesText } from '../../../main/minutes';
import { interestNature } from '../../../main/minutes/interest-nature';
import { findDeclarations } from '../../../main/minutes/declarations';
import { lineDeclarations, passageOf, welshDeclarations } from '../../../main/minutes/declaration-lines';
import { statusOf, ownerOnly, proseActionOwner } from '../../../main/minutes/decision-extras';
import { findDecisions } from '../../../main/minutes/decisions';
import { toBlocks } from '../../../main/minutes/blocks';
import { findDate } from '../../../main/minutes/dates';
import { shared } from './helpers/fixtures';

const corpus = (f: string) => parseMinutesText(shared(`minutes-corpus/${f}`));

describe('interest regime by date and wording', () => {
  test('DPI wording only from July 2012; older "pecuniary" is never a DPI', () => {
    expect(interestNature('declared a disclosable pecuniary interest', '2016-02-25')).toBe('disclosable-pecuniary');
    expect(interestNature('declared a pecuniary interest', '2009-03-01')).toBe('unspecified');
    expect(interestNature('declared a personal and prejudicial interest', '2009-03-01')).toBe('prejudicial');
    expect(interestNature('declared a personal interest; the interest was not prejudicial', '2010-01-01')).toBe('personal');
    expect(interestNature('declared an other registrable interest', '2011-01-01')).toBe('unspecified');
  });
  test('Scottish and Welsh wording', () => {
    expect(interestNature('Item 4bi – Mr B Lobban (Financial)')).toBe('financial');
    expect(interestNature('declared a non-financial interest')).toBe('non-financial');
    expect(interestNature("datganodd ddiddordeb personol")).toBe('personal');
    expect(interestNature("buddiant personol sy'n rhagfarnu")).toBe('prejudicial');
  });
});

describe('declarations in prose', () => {
  test('"similarly declared", a group of members, and a quoted item title', () => {
    const text = [
      'Councillor Haines similarly declared a personal interest in item 7 as his wife works at the school.',
      'Councillors Groogan, R-M Donnelly and Duffy declared an interest in the item “PEACEPLUS Local Community Action Plan”, in that they worked for organisations which had applied for funding. As the item did not become the subject of debate they were not required to leave the meeting.',
    ].join('\n');
    const ds = findDeclarations(text, null, true, { meetingDate: '2010-05-01' });
    expect(ds.map((d) => [d.member, d.item, d.nature, d.withdrew])).toEqual([
      ['Haines', '7', 'personal', false],
      ['Groogan', 'PEACEPLUS Local Community Action Plan', 'unspecified', false],
      ['R-M Donnelly', 'PEACEPLUS Local Community Action Plan', 'unspecified', false],
      ['Duffy', 'PEACEPLUS Local Community Action Plan', 'unspecified', false],
    ]);
    expect(ds[0]?.passage).toBe('Councillor Haines similarly declared a personal interest in item 7 as his wife works at the school.');
  });
  test('an office holder who "would declare" and leave; a numbered list "(1) Councillor …"; a declaration cut by the copy', () => {
    const ds = findDeclarations(
      'It was noted that the Deputy Mayor would declare a pecuniary interest in respect of item 7, Election of Mayor, and would leave the Chamber during its consideration.\n(1) Councillor Sajjad Malik declared a personal interest in agenda item 17(6) (Motion on Notice 6) as he was a licensed badgeholder.\n(2) Councillor Mohammed Niaz Abbasi declar',
      '5',
      true,
      { meetingDate: '2016-02-25' },
    );
    expect(ds.map((d) => [d.member, d.item, d.nature, d.withdrew])).toEqual([
      ['Deputy Mayor', '7', 'disclosable-pecuniary', true],
      ['Sajjad Malik', '17(6)', 'personal', false],
      ['Mohammed Niaz Abbasi', null, 'unspecified', false],
    ]);
  });
  test('lines of a declarations item: "Item 4bi – Mr B Lobban (Financial)", "David Roys – Cradley Village Hall.", a flattened table row', () => {
    const ds = lineDeclarations(['Item 4bi – Mr B Lobban (Financial)', 'David Roys – Cradley Village Hall.', 'Public Questions – none', 'Cllr A Smith | 6 | Personal | Member of the Trust'], null);
    expect(ds.map((d) => [d.member, d.item, d.nature])).toEqual([
      ['Mr B Lobban', '4bi', 'financial'],
      ['David Roys', null, 'unspecified'],
      ['A Smith', '6', 'personal'],
    ]);
  });
  test('Welsh: "Gwnaeth y Cynghorydd X ddatganiad o ddiddordeb … a hefyd yng nghyswllt …" is two interests', () => {
    const ds = welshDeclarations(['Gwnaeth y Cynghorydd C.L. Everett ddatganiad o ddiddordeb mewn perthynas ag unrhyw eitem ar y Rhaglen a allai ymwneud â chyflogaeth ei chwaer a hefyd yng nghyswllt ei waith fel Clerc ar Gyngor Tref Caergybi.'], '2005-09-20');
    expect(ds.map((d) => d.member)).toEqual(['C.L. Everett', 'C.L. Everett']);
  });
  test('passages are trimmed to about 400 characters', () => {
    expect(passageOf('x '.repeat(600)).length).toBeLessThanOrEqual(400);
  });
});

describe('declarationsState', () => {
  const page = (decl: string) => parseMinutesText(`Agenda and minutes\n\nItems\nNo. Item\n\n1.\n\nApologies\n\nMinutes:\n\nApologies were received from Councillor A Jones.\n\n2.\n\nDeclarations of Interest\n\nMinutes:\n\n${decl}\n\n3.\n\nBudget Report\n\nMinutes:\n\nThe report was noted.\n`);
  test('none-declared only when the minutes say so', () => {
    expect(page('There were no declarations of interest.').declarationsState).toBe('none-declared');
    expect(page('None.').declarationsState).toBe('none-declared');
    expect(page('No issues were raised.').declarationsState).toBe('none-declared');
  });
  test('declared, unread, absent', () => {
    expect(page('Councillor B Smith declared a personal interest in item 3 as a governor.').declarationsState).toBe('declared');
    expect(page('Councillor B Smith and Councillor C Patel spoke to the Monitoring Officer beforehand.').declarationsState).toBe('unread');
    expect(parseMinutesText('Agenda item\n\nBudget Report\n\nMinutes:\n\nThe report was noted.').declarationsState).toBe('absent');
  });
  test('real pages', () => {
    expect(corpus('durham-planning-committee-xxxx-xx-xx-declarations.txt').declarationsState).toBe('none-declared');
    expect(corpus('isle-of-anglesey-council-2014-10-09-welsh.txt').declarationsState).toBe('none-declared');
    expect(corpus('highland-council-2017-06-01.txt').declarationsState).toBe('declared');
    expect(corpus('salford-priors-parish-council-annual-meeting-2019-05-15.txt').declarationsState).toBe('absent');
  });
});

describe('printed minute numbers, tables flattened by copying, first-line headers', () => {
  test('"C048/23 1. APOLOGIES FOR ABSENCE." and "Minutes of Parish Council 22 November 2023"', () => {
    const r = corpus('choppington-parish-council-2023-11-22.txt');
    expect(r.committee).toBe('Parish Council');
    expect(r.date).toBe('2023-11-22');
    expect(r.items.slice(0, 3).map((i) => i.number)).toEqual(['C048/23', 'C049/23', 'C050/23']);
  });
  test('"No. | Item |" table rows become items; a row that starts with its agenda text has no title', () => {
    const r = corpus('cheshire-police-and-crime-panel-xxxx-xx-xx-confirmation-hearing.txt');
    expect(r.items.map((i) => i.title)).toEqual([
      'Apologies',
      'Code of Conduct - Declaration of Interests. Relevant Authorities (Disclosable Pecuniary Interests) Regulations 2012',
      '',
      'Exclusion of the Press and Public',
    ]);
    expect(r.declarationsState).toBe('none-declared');
  });
  test('numbered table rows "2. | Election of Chairman:"', () => {
    const r = corpus('salford-priors-parish-council-annual-meeting-2019-05-15.txt');
    expect(r.items.map((i) => [i.number, i.title]).slice(0, 3)).toEqual([['1', ''], ['2', 'Election of Chairman'], ['3', 'Chairman’s Declaration of Acceptance of Office']]);
    expect(r.date).toBe('2019-05-15');
  });
  test('sub-items "4.1" under item 4; "Item 13 – Mr" inside minutes is not an item', () => {
    expect(corpus('dyfed-powys-police-and-crime-panel-2017-11-16.txt').items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '4.1']);
    expect(corpus('highland-council-2017-06-01.txt').items.map((i) => i.number)).toEqual(['1', '2']);
  });
  test('Welsh ordinals, "15thMay", and a full-council meeting is named by the council', () => {
    expect(findDate('Dydd Iau, 9fed Hydref, 2014')?.iso).toBe('2014-10-09');
    expect(findDate('on Wednesday 15thMay 2019, 7pm')?.iso).toBe('2019-05-15');
    const r = corpus('isle-of-anglesey-council-2014-10-09-welsh.txt');
    expect([r.council, r.committee, r.date, r.startTime]).toEqual(['Cyngor Sir Ynys Môn', 'Cyngor Sir Ynys Môn', '2014-10-09', '14:00']);
  });
});

describe('decisions: passage, status, owners', () => {
  test('an action log marks progress: COMPLETED → done, Ongoing → in-progress', () => {
    expect(statusOf('Clerk to order the new bench – COMPLETED')).toEqual({ text: 'Clerk to order the new bench', status: 'done' });
    expect(statusOf('Officers to review the parking scheme. Ongoing')).toEqual({ text: 'Officers to review the parking scheme.', status: 'in-progress' });
    expect(statusOf('The report was noted.')).toEqual({ text: 'The report was noted.', status: null });
  });
  test('"ACTION: Councillor X" names the owner of the sentence before it', () => {
    const ds = findDecisions(toBlocks('Members asked for the latest figures on school places to be sent round.\n\nACTION: Councillor Patel'), '5');
    expect(ds.map((d) => [d.text, d.kind, d.owner])).toEqual([['Members asked for the latest figures on school places to be sent round.', 'action', 'Patel']]);
    expect(ownerOnly('Councillor Patel')).toBe('Patel');
    expect(ownerOnly('To circulate the figures')).toBeNull();
  });
  test('prose actions: "Officers to …", "The Chair would write to …"', () => {
    expect(proseActionOwner('Officers to circulate the revised timetable to all members.')).toBe('Officers');
    expect(proseActionOwner('The Chair would write to the Secretary of State about the funding gap.')).toBe('the Chair');
    expect(proseActionOwner('The Chair thanked everyone for attending.')).toBeNull();
    const ds = findDecisions(toBlocks('The Chair would write to the Secretary of State about the funding gap.'), '3');
    expect(ds[0]).toMatchObject({ kind: 'action', owner: 'the Chair', passage: 'The Chair would write to the Secretary of State about the funding gap.' });
  });
  test('"(a) notes the information" is noted; paragraph numbers label a resolution; "UNANIMOUSLY RESOLVED"', () => {
    const ds = findDecisions(toBlocks('RESOLVED that the Committee:\n(a) notes the information in the report;\n(b) asks officers to report back in September.'), '7');
    expect(ds.map((d) => [d.label, d.kind])).toEqual([['a', 'noted'], ['b', 'action']]);
    const p = findDecisions(toBlocks('49.3 RESOLVED: That the press and public be not excluded from the meeting.'), null);
    expect(p.map((d) => [d.label, d.kind])).toEqual([['49.3', 'procedural']]);
    const u = findDecisions(toBlocks('UNANIMOUSLY RESOLVED that the minutes of the meeting held on 28 July 2017 be signed as a correct record.'), '3');
    expect(u.map((d) => d.kind)).toEqual(['procedural']);
  });
  test('every decision and declaration read from a real page keeps its passage', () => {
    for (const f of ['oxford-city-council-xxxx-xx-xx-declarations.txt', 'scottish-borders-council-xxxx-xx-xx-decision-agreed.txt', 'cambridgeshire-and-peterborough-combined-authority-board-xxxx-xx-xx.txt']) {
      const r = corpus(f);
      for (const d of [...r.decisions, ...r.declarations]) {
        expect(d.passage && d.passage.length > 0 && d.passage.length <= 400).toBe(true);
      }
    }
  });
});
