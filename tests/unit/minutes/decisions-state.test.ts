/**
 * Issue 15, "never a confident wrong answer" for decisions: an item whose minutes word a decision the parser did not
 * read is marked ('partial' / 'unread'), so the meeting page and the tracker never show it as having none. Made-up
 * councils and people; the wording is the kind real pages use (see docs/minutes-evaluation.md, round 29).
 */
import { classifyDocument } from '../../../main/minutes/document-kind';
import { itemDecisionsState, unreadDecisionPassages, unreadDecisionSentences } from '../../../main/minutes/decisions-state';
import type { Decision } from '../../../shared/types/minutes';
import { parseByCli } from './helpers/parse-by-cli';

const PAGE = [
  'ASHCOMBE PARVA PARISH COUNCIL',
  'Minutes of the meeting of the Parish Council held on Tuesday 14 January 2025 at 7.30pm in the Village Hall',
  '',
  'Present: Cllr A Brannock (Chair), Cllr D Quennell, Cllr F Ottery',
  'In attendance: Mrs G Pellow (Clerk)',
  '',
  '1. Apologies for absence',
  'Apologies were received from Cllr H Ruddle.',
  '',
  '2. Minutes of the last meeting',
  'RESOLVED: That the minutes of the meeting held on 10 December 2024 be signed as a correct record.',
  'This was carried unanimously.',
  '',
  '3. Highways',
  'The Clerk reported that the potholes in Mill Lane had been reported to the county council. Cllr Bell offered to take the matter forward.',
  '',
  '4. Playing field',
  'RESOLVED: That the quote of £450 for repairs to the swings be accepted.',
  'The volunteers agreed to identify any further repairs at the next inspection.',
  '',
  '5. Neighbourhood plan',
  'The management plan agreed in 2016 is under review. Checks had been carried out on the footpaths by volunteers. The timetable is to be agreed.',
  '',
  '6. Date of next meeting',
  'The next meeting will be held on 11 February 2025.',
].join('\n');

describe('each item says how much of its decisions was read (parse-minutes --json)', () => {
  test('read in full, read in part, not read, and none worded', async () => {
    const m = await parseByCli(PAGE);
    const state = Object.fromEntries(m.items.map((i) => [i.number, i.decisionsState]));
    // The vote's own sentence ("This was carried unanimously.") belongs to the resolution read beside it.
    expect(state['2']).toBe('read');
    // "Cllr Bell offered to take the matter forward.": a task the reader did not take; nothing else was read here.
    expect(state['3']).toBe('unread');
    // The resolution was read; "The volunteers agreed to identify …" was not.
    expect(state['4']).toBe('partial');
    // Past and future uses ("agreed in 2016", "had been carried out", "is to be agreed") word no decision.
    expect(state['5']).toBe('none');
    expect(state['1']).toBe('none');
    expect(state['6']).toBe('none');
    expect(m.decisions.filter((d) => d.item === '3')).toEqual([]);
  });

  test('the opening before the first item is checked as well: a decision worded there and not read is said so', async () => {
    const page = [
      'KELLAWAY VALUATION PANEL',
      'Minutes of the meeting of the Panel held on Wednesday 9 April 2025 at 10.00am at Kellaway House',
      '',
      'Present: Mr P Dunmore, Mrs R Aske, Mr T Venn',
      '',
      'In the absence of the Chairman the members present decided that the Secretary should take the chair for the day.',
      '',
      '1. Apologies for absence',
      'Apologies were received from Mr L Farrant.',
      '',
      '2. Minutes',
      'RESOLVED: That the minutes of the meeting held on 12 March 2025 be approved.',
    ].join('\n');
    const m = await parseByCli(page);
    expect(m.introDecisionsState).toBe('unread');
    expect(m.items.map((i) => [i.number, i.decisionsState])).toEqual([
      ['1', 'none'],
      ['2', 'read'],
    ]);
    // The page of the first test opens with who was present: nothing decided there.
    expect((await parseByCli(PAGE)).introDecisionsState).toBe('none');
  });

  test('an agenda has nothing minuted: its items carry no state', async () => {
    const agenda = [
      'ASHCOMBE PARVA PARISH COUNCIL',
      'AGENDA for the meeting of the Parish Council to be held on Tuesday 11 February 2025 at 7.30pm in the Village Hall',
      '',
      '1. To receive apologies for absence',
      '2. To approve the minutes of the meeting held on 14 January 2025',
      '3. To agree the quote for repairs to the swings',
    ].join('\n');
    const m = await parseByCli(agenda);
    expect(m.document).toBe('agenda');
    expect(m.items.length).toBe(3);
    expect(m.items.every((i) => i.decisionsState === undefined)).toBe(true);
    expect(m.introDecisionsState).toBeUndefined();
  });
});

const read = (text: string, passage = text): Decision => ({ item: '1', label: null, text, kind: 'action', owner: null, due: null, passage });

describe('which sentences word a decision', () => {
  test.each([
    'Councillors agreed to identify any that arose during the course of the meeting.',
    'SH and LB to assist those members who have not yet updated their email address.',
    'The Clerk was asked to discuss this with the county councillor for the area.',
    'Chair Cllr Brian Rees instructed Cllr Peter Todd to supply the Clerk with the allotment accounts.',
    'Cllr TD unanimously elected.',
    'Minutes of the meeting held on 12 January had been circulated and were signed by the chairman as a correct record.',
    'The written District Councillor’s report was received and noted.',
    'P/10/01934/FU Detached garage to rear, 67 North Parade: No Objections.',
    'Proposed by Callum Arthur. Seconded by Mr D Flight.',
    'It was AGREED to write to the landowner.',
    'APPROVED the quote for £150 for the installation of a bench.',
    'That the Clerk contact Enforcement again to advise there have been two further complaints.',
    'It was proposed that the Clerk contact both the highways team and the contractor.',
    'It was discussed in detail and proposed that the Clerk contact Enforcement again.',
    'Cllr John Dyer proposed that the Council write to the water company.',
    'He would contact the estates department to establish ownership of the land. (AR to Act)',
    'The minutes of the meeting held on October 16th were found to be correct.',
    'The motion was lost.',
  ])('%s → not read', (sentence) => {
    expect(itemDecisionsState(sentence, [])).toBe('unread');
  });

  test.each([
    'Mr Ellison agreed that there was clearly a problem with road run-off.',
    'Mr Slinger agreed to withdraw from the meeting for this item.',
    'In future members will be leaving the chamber when payments are approved, for clarity.',
    'It is accepted that District Councillors may come to a different decision.',
    'The report stipulated various conditions with a time frame to be agreed.',
    'The Gower Management Plan that was agreed in 2006 was currently under review.',
    'A survey was to be carried out on behalf of the county council.',
    'Councillor D Rees had contacted CC to obtain materials for the removal of graffiti.',
    'The Secretary reported that Mr Walker’s term of office as a co-opted member would expire.',
    'Thanks were given to the former Clerk to the Joint Board, Mr Stephen Brown.',
    'CNPA BOARD MEETING APPROVED Minutes of the meeting held on Wednesday, 29 May 2019',
    'That is a matter for the county council.',
    'To provide an opportunity for Members and Officers to declare any disclosable pecuniary interests in any item on the agenda.',
    'The report proposed that the council adopt the new policy next year.',
  ])('%s → words no decision', (sentence) => {
    expect(itemDecisionsState(sentence, [])).toBe('none');
  });

  test('a vote, an "Agreed." or an action label beside a decision read is part of it; alone it words one', () => {
    const resolution = 'That the clerk writes to the bus company.';
    for (const vote of ['Seconded: Cllr J Jones. All in favour.', 'Agreed.', 'Action: JS', 'Action: Cllr Marsh', 'ACTION: The Clerk', 'This was carried unanimously.', 'Exclusion of the Press and Public Minutes: RESOLVED:']) {
      expect(itemDecisionsState(`${resolution}\n${vote}`, [read(resolution)])).toBe('read');
    }
    expect(itemDecisionsState('Seconded: Cllr J Jones.', [])).toBe('unread');
  });

  test('the sentences not read are those a decision does not hold, in order', () => {
    const text = 'RESOLVED: That the accounts be approved.\nThe Clerk will forward the suggestion to the borough council.\nIt was agreed to hold a litter pick in April.';
    const d = read('That the accounts be approved.', 'RESOLVED: That the accounts be approved.');
    expect(unreadDecisionSentences(text, [d])).toEqual(['The Clerk will forward the suggestion to the borough council.', 'It was agreed to hold a litter pick in April.']);
    expect(itemDecisionsState(text, [d])).toBe('partial');
  });

  test('as the member is shown them: a vote or an action label alone follows the sentence it belongs to', () => {
    const motion = 'After consideration it was determined that no response would be made to the consultation.';
    const vote = 'Proposed by the Chairman, seconded by Cllr Wenden and agreed by all.';
    expect(unreadDecisionSentences(`${motion}\n${vote}`, [])).toEqual([vote]);
    expect(unreadDecisionPassages(`${motion}\n${vote}`, [])).toEqual([`${motion} ${vote}`]);
    // Votes in a row, after a sentence that is listed itself: one entry.
    const listed = 'It was agreed to apply for a grant for the bus shelter.';
    expect(unreadDecisionPassages(`${listed}\nProposed: Cllr D Gent\nSeconded: Cllr R Lyon`, [])).toEqual([`${listed} Proposed: Cllr D Gent Seconded: Cllr R Lyon`]);
    // An action's label names who acts on the task before it.
    const task = 'Cllr Marsh agreed to ask for strips to be put down to check the speed of traffic.';
    expect(unreadDecisionPassages(`${task}\nAction: Cllr Marsh`, [])).toEqual([`${task} Action: Cllr Marsh`]);
    // After a decision read, the label is that decision's: nothing is listed.
    expect(unreadDecisionPassages(`${task}\nAction: Cllr Marsh`, [read(task)])).toEqual([]);
    // A vote with nothing before it stays as it is; sentences that are not votes are unchanged.
    expect(unreadDecisionPassages(vote, [])).toEqual([vote]);
    const text = 'The Clerk will forward the suggestion to the borough council.\nIt was agreed to hold a litter pick in April.';
    expect(unreadDecisionPassages(text, [])).toEqual(unreadDecisionSentences(text, []));
  });
});

test('"The Board resolved:" over its resolution makes a page minutes, not an agenda', () => {
  const page = [
    'Agenda and minutes',
    '',
    'Licensing Board - Tuesday, 15th May, 2018 10.30 am',
    '',
    'Minute of Previous Meeting of 20 March 2018',
    'The Board had before it the minute of meeting of 20 March 2018.',
    'The Board resolved:',
    'To approve the minute.',
    '',
    'Application for Variation of Premises Licence - The Crown, High Street',
    'The Board heard that there had been no objections to the application.',
    'The Licensing Board resolved:',
    'To grant the application.',
  ].join('\n');
  expect(classifyDocument(page)).toEqual({ kind: 'minutes' });
});

test('"The Licensing Board resolved:" over "To grant the application." is the lead-in of that decision, never a decision itself', async () => {
  const page = [
    'Agenda and minutes',
    '',
    'Licensing Board - Tuesday, 15th May, 2018 10.30 am',
    '',
    'Minute of Previous Meeting of 20 March 2018',
    '',
    'The Board had before it the minute of meeting of 20 March 2018.',
    '',
    'The Board resolved:',
    '',
    'To approve the minute.',
    '',
    'Application for Variation of Premises Licence - The Crown, High Street',
    '',
    'The Board heard that there had been no objections to the application.',
    '',
    'The Licensing Board resolved:',
    '',
    'To grant the application subject to the local condition in respect of CCTV.',
  ].join('\n');
  const m = await parseByCli(page);
  expect(m.decisions.map((d) => [d.kind, d.text])).toEqual([
    ['procedural', 'To approve the minute.'],
    ['action', 'To grant the application subject to the local condition in respect of CCTV.'],
  ]);
  expect(m.items.length).toBeGreaterThan(0);
  expect(m.items.every((i) => i.decisionsState === 'read')).toBe(true);
});

test('the same resolution under two unnumbered items is two decisions, not one read twice', async () => {
  const heading = (title: string, kb: number) => `${title} pdf icon PDF ${kb} KB`;
  const page = [
    'Agenda and minutes',
    '',
    'Licensing Board - Tuesday, 15th May, 2018 10.30 am',
    '',
    'No. Item',
    '',
    heading('Minute of Previous Meeting of 20 March 2018', 71),
    '',
    'The Board resolved:',
    '',
    'To approve the minute.',
    '',
    heading('Application for Variation of Premises Licence - The Crown, High Street', 43),
    '',
    'The Board heard that there had been no objections to the application.',
    '',
    'The Licensing Board resolved:',
    '',
    'To grant the application.',
    '',
    heading('Application for Variation of Premises Licence - The Anchor, Quay Street', 54),
    '',
    'The Board heard that there had been no objections to the application.',
    '',
    'The Licensing Board resolved:',
    '',
    'To grant the application.',
  ].join('\n');
  const m = await parseByCli(page);
  expect(m.items.map((i) => [i.number, i.decisionsState])).toEqual([
    [null, 'read'],
    [null, 'read'],
    [null, 'read'],
  ]);
  expect(m.decisions.map((d) => d.text)).toEqual(['To approve the minute.', 'To grant the application.', 'To grant the application.']);
});
