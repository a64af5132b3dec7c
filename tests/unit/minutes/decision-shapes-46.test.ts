/**
 * Decisions, round 40: apologies accepted with the verb before them, a body's resolution after what it first did with the
 * matter, an undertaking in the perfect tense or by a member's given name, and minutes "for" a meeting or called notes,
 * as real pages print them (sets 37 to 45), written here with made-up councils and people.
 */
import { parseMinutesDetailed } from '../../../main/minutes';
import { classifyDecision } from '../../../main/minutes/classify';

const parse = (text: string) => parseMinutesDetailed('page.txt', text).minutes;

const page = (items: string[]) =>
  parse(['MINUTES OF THE MEETING OF ASHCOMBE TOWN COUNCIL HELD ON TUESDAY 14TH MARCH 2023 AT 7.30PM', 'Present: Cllrs A Reid (Chairman), T Bell, S Hart', '', ...items].join('\n'));

describe('apologies accepted, the verb before them', () => {
  test('"It was resolved to receive and accept apologies from …" is the meeting\u2019s procedure, not a noting', () => {
    const m = page(['128 To receive and accept apologies It was resolved to receive and accept apologies from Cllrs Hughes and Way. (Proposed by Cllr Wyer)', '', '129 Declarations of Interest None.']);
    expect(m.decisions.filter((d) => d.item === '128').map((d) => d.kind)).toEqual(['procedural']);
  });

  test.each([
    ['To accept the apologies of Cllr Hart.', 'procedural'],
    ['Council approved apologies from Cllr Bell.', 'procedural'],
    ['To receive the Clerk\u2019s report.', 'noted'],
    ['To receive the minutes of the Allotments Committee.', 'noted'],
  ])('"%s" is %s', (text, kind) => {
    expect(classifyDecision(text)).toBe(kind);
  });
});

const itemTwo = (sentence: string) =>
  page(['1. Apologies', 'None.', '', '2. Business', sentence, '', '3. Close', 'The meeting closed at 9pm.']).decisions
    .filter((d) => d.item === '2')
    .map((d) => ({ text: d.text, kind: d.kind, owner: d.owner }));

describe('a body\u2019s resolution after what it first did with the matter', () => {
  test('"… reviewed the policy and resolved to add a clause …": the resolution\u2019s own words', () => {
    expect(itemTwo('The committee reviewed the grant application policy and resolved to add a clause limiting a grant to £1000.')).toEqual([
      { text: 'To add a clause limiting a grant to £1000.', kind: 'action', owner: null },
    ]);
  });

  test('"… discussed the matter and agreed that the Clerk should write …": the sentence as printed, the Clerk its owner', () => {
    expect(itemTwo('Members discussed the matter at length and agreed that the Clerk should write to the landowner.')).toEqual([
      { text: 'Members discussed the matter at length and agreed that the Clerk should write to the landowner.', kind: 'action', owner: 'the Clerk' },
    ]);
  });

  test('what the body weighed ("the proposal") gives no kind: deferring is procedure', () => {
    expect(itemTwo('Councillors debated the proposal and decided to defer the item to the next meeting.').map((d) => d.kind)).toEqual(['procedural']);
  });

  test.each([
    ['one person, not the body', 'The Chair considered the request and agreed to look into it.'],
    ['what the body had done before', 'The committee had considered the matter last year and agreed to wait.'],
    ['the weighing alone', 'The Council considered the quotes.'],
  ])('%s: "%s" is no decision', (_why, sentence) => {
    expect(itemTwo(sentence)).toEqual([]);
  });
});

describe('an undertaking', () => {
  test.each([
    ['Craig has undertaken to provide audited accounts.', 'Craig'],
    ['Lynne undertook to follow this up.', 'Lynne'],
  ])('"%s" is a task, %s its owner', (sentence, owner) => {
    expect(itemTwo(sentence)).toEqual([{ text: sentence, kind: 'action', owner }]);
  });

  test('a word that is no given name names no one: "Somewhere undertook to …" is no task', () => {
    expect(itemTwo('Somewhere undertook to follow this up.')).toEqual([]);
  });
});

describe('minutes approved, worded otherwise', () => {
  test.each([
    'The minutes for the meeting held in March were confirmed as a true record.',
    'Notes of previous meeting were agreed.',
  ])('"%s" is the minutes approved', (sentence) => {
    expect(itemTwo(sentence)).toEqual([{ text: sentence, kind: 'procedural', owner: null }]);
  });
});

describe('a resolution after the occasion and the vote', () => {
  test.each([
    ['After discussions it was Resolved to terminate the tenancy agreements unless payment is received.', 'To terminate the tenancy agreements unless payment is received.', 'action'],
    ['In the absence of the Chairman and Vice Chairman it was proposed and agreed that Mrs Spring chairs the meeting.', 'That Mrs Spring chairs the meeting.', 'procedural'],
    ['Following the election of Chairman it was proposed, seconded and resolved by vote of the council that Cllr Kay be elected Vice Chairman.', 'That Cllr Kay be elected Vice Chairman.', 'procedural'],
    ['Councillor Harper proposed and Councillor Stone seconded the resolution that Councillor Cutler is voted as Chairman.', 'That Councillor Cutler is voted as Chairman.', 'procedural'],
  ])('"%s"', (sentence, text, kind) => {
    expect(itemTwo(sentence)).toEqual([{ text, kind, owner: null }]);
  });

  test('what someone reported had been agreed is no resolution: "In the absence of the Clerk, Cllr Hart reported that it was agreed …"', () => {
    expect(itemTwo('In the absence of the Clerk Cllr Hart reported that it was agreed last year to repair the gate.').filter((d) => d.kind === 'procedural')).toEqual([]);
  });
});

describe('a member\u2019s task in the words of a parish', () => {
  test.each([
    ['Cllr Jesse was to speak to the Village Hall Committee regarding charges.', 'Jesse'],
    ['Cllr Russell would fix the wooden bar at the top of the climbing frame.', 'Russell'],
  ])('"%s"', (sentence, owner) => {
    expect(itemTwo(sentence)).toEqual([{ text: sentence, kind: 'action', owner }]);
  });

  test('"The meeting was to be held in the hall" gives no one a task', () => {
    expect(itemTwo('The meeting was to be held in the hall.')).toEqual([]);
  });
});

describe('an agreement without its "that"', () => {
  test.each([
    ['It was agreed the details should be e-mailed to the Clerk for circulation.', 'action'],
    ['It was agreed an item would be included on the July agenda.', 'action'],
  ])('"%s" is a decision as printed', (sentence, kind) => {
    expect(itemTwo(sentence)).toEqual([{ text: sentence, kind, owner: null }]);
  });

  test('what was agreed at another meeting is no decision of this one', () => {
    expect(itemTwo('It was agreed at the last meeting the hall would be painted.')).toEqual([]);
  });
});

describe('payments approved', () => {
  test('"The following payments were approved: …" with the list is the decision', () => {
    expect(itemTwo('The following payments were approved: Clerk salary £300, HMRC £75.').map((d) => d.text)).toEqual(['The following payments were approved: Clerk salary £300, HMRC £75.']);
  });

  test('the lead-in alone ("… were agreed for payment:-") is no decision of its own', () => {
    expect(itemTwo('The following cheques were agreed for payment:-')).toEqual([]);
  });
});

describe('office-bearers chosen by a vote, and what the body did before deciding', () => {
  test.each([
    'Secretary: Alexandra Hardy proposed by S Millar seconded by M Burden.',
    'Chair: Phyl Meyer proposed by C Hampton seconded S Millar.',
    'Mrs I Plunket nominated by D Keenan and seconded by Mrs E Stormont and was duly elected.',
  ])('"%s" is the meeting\u2019s procedure', (sentence) => {
    expect(itemTwo(sentence)).toEqual([{ text: sentence, kind: 'procedural', owner: null }]);
  });

  test('a name proposed and seconded, with no office and no election, is not read this way', () => {
    expect(itemTwo('Mrs I Plunket nominated by D Keenan and seconded by Mrs E Stormont.')).toEqual([]);
  });

  test('"Members reviewed and approved the minute of the meeting on 21 August 2017." is the minutes approved', () => {
    expect(itemTwo('Members reviewed and approved the minute of the meeting on 21 August 2017.')).toEqual([
      { text: 'Members reviewed and approved the minute of the meeting on 21 August 2017.', kind: 'procedural', owner: null },
    ]);
  });
});

describe('"The Commission chose Colin Beattie as Chair"', () => {
  test.each(['The Commission chose Colin Beaton as Chair.', 'The Commission chose Sharon Dowd as Deputy Chair.'])('"%s" is an election', (sentence) => {
    expect(itemTwo(sentence)).toEqual([{ text: sentence, kind: 'procedural', owner: null }]);
  });

  test('anything else a body chose is not read this way', () => {
    expect(itemTwo('The Committee chose the blue option for the signs.')).toEqual([]);
  });
});
