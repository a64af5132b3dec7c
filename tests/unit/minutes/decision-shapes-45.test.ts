/**
 * Decisions, round 39: a resolution told mid-sentence after the matter's name and a dash, and a task given with "is to",
 * as real parish pages print them (sets 37 to 44), written here with made-up councils and people.
 */
import { parseMinutesDetailed } from '../../../main/minutes';

const parse = (text: string) => parseMinutesDetailed('page.txt', text).minutes;

const page = (items: string[]) =>
  parse(['MINUTES OF THE MEETING OF ASHCOMBE PARISH COUNCIL HELD ON TUESDAY 14TH MARCH 2023 AT 7.30PM', 'Present: Cllrs A Reid (Chairman), T Bell, S Hart', '', ...items].join('\n'));

const decisionsOf = (m: ReturnType<typeof parse>, item: string) => m.decisions.filter((d) => d.item === item).map((d) => ({ text: d.text, kind: d.kind, owner: d.owner }));

describe('a resolution told mid-sentence', () => {
  test('after a matter named and a dash, "following a discussion it was agreed that the Clerk …": the clause, the Clerk its owner', () => {
    const m = page([
      '1. Highways',
      'Mill Lane – ownership of the fallen oak-following a discussion it was agreed that the Clerk contact Hartleys to check if this is within their boundary. Station Road – the hedge has been cut – it was agreed that the Clerk would ask Highways to clear the verge. Letter to Highways sent 6/12/22 – as there was no reply yet it was resolved that the Clerk send a reminder.',
    ]);
    expect(decisionsOf(m, '1')).toEqual([
      { text: 'It was agreed that the Clerk contact Hartleys to check if this is within their boundary.', kind: 'action', owner: 'the Clerk' },
      { text: 'It was agreed that the Clerk would ask Highways to clear the verge.', kind: 'action', owner: 'the Clerk' },
      { text: 'It was resolved that the Clerk send a reminder.', kind: 'action', owner: 'the Clerk' },
    ]);
  });

  test('apologies accepted the same way are the meeting\u2019s procedure', () => {
    const m = page(['1. Apologies', 'Cllrs Hart and Bell sent their apologies, it was resolved to accept these.']);
    expect(decisionsOf(m, '1')).toEqual([{ text: 'It was resolved to accept these.', kind: 'procedural', owner: null }]);
  });

  test.each([
    // Someone's account of what was agreed, elsewhere or before.
    'The Chairman said that at the working party, it was agreed that the Clerk would write to the school.',
    'Cllr Bell reported that, when the group met, it was agreed to hold a litter pick.',
    // A question, not an agreement.
    'Members asked whether, as the date had moved, it was agreed to book the hall.',
  ])('not a decision: "%s"', (sentence) => {
    const m = page(['1. Matters arising', sentence]);
    expect(decisionsOf(m, '1')).toEqual([]);
  });
});

describe('a task given with "is to"', () => {
  test('by initials, and by post with any verb', () => {
    const m = page([
      '1. Matters arising',
      '1.01 Drainage SC has emailed the county. SC is to press for confirmation of the works. c/f',
      '1.02 The Spinney No reply from the trust. MKB is to chase this matter up. The Clerk is to supply copy for the new noticeboard.',
    ]);
    expect(m.decisions.filter((d) => d.kind === 'action').map((d) => `${d.owner}: ${d.text}`)).toEqual([
      'SC: SC is to press for confirmation of the works. c/f',
      'MKB: MKB is to chase this matter up.',
      'the Clerk: The Clerk is to supply copy for the new noticeboard.',
    ]);
  });

  test('"AGM is to be held", "VAT is to be reclaimed": no one given a task', () => {
    const m = page(['1. Matters arising', 'The AGM is to be held in May. VAT is to be reclaimed on the mower.']);
    expect(m.decisions.filter((d) => d.kind === 'action')).toEqual([]);
  });
});

describe('the heading of the item that approves the last minutes', () => {
  const board = (heading: string, sentence: string) =>
    parse(
      [
        'Minutes of Meeting of the Testshire Tourism Board held on 17 May 2013',
        'Present: Mike Cantor (Chairman), Stephen Carver, Paddy Creel',
        'Apologies: Russel Griggs',
        heading,
        sentence,
        'MATTERS ARISING',
        'The Director noted that the terms of reference would be submitted to the June Board meeting.',
        'CHAIRMAN’S REPORT',
        'The Chairman introduced a report on his activity since the previous Board meeting.',
      ].join('\n\n'),
    );

  test('"MINUTES OF THE BOARD MEETING HELD ON 22 MARCH 2013" over their approval is an item, not a second meeting that ends the page', () => {
    const m = board('MINUTES OF THE BOARD MEETING HELD ON 22 MARCH 2013', 'The minutes of the Board meeting held on 22 March 2013 were confirmed as a true record of the meeting.');
    expect(m.items.map((i) => i.title)).toEqual(['MINUTES OF THE BOARD MEETING HELD ON 22 MARCH 2013', 'MATTERS ARISING', 'CHAIRMAN’S REPORT']);
    expect(m.decisions.map((d) => d.kind)).toEqual(['procedural']);
    expect(m.apologies).toEqual(['Russel Griggs']);
  });

  test('a second meeting\u2019s heading over its own business still ends the first meeting', () => {
    const m = board('MINUTES OF THE AUDIT COMMITTEE HELD ON 20 JUNE 2013', 'Present: Stephen Carver (Chairman), Paddy Creel. The minutes of the last meeting were confirmed.');
    expect(m.items.map((i) => i.title)).not.toContain('CHAIRMAN’S REPORT');
  });
});

describe('the meeting\u2019s procedure in other words', () => {
  const under = (sentence: string) => decisionsOf(page(['1. Apologies', 'None.', '2. Business', sentence, '3. Close', 'The meeting closed at 9pm.']), '2');

  test.each([
    'Both sets of minutes were approved and signed.',
    'The minutes, as amended, were approved and signed.',
    'The Minutes of the Meeting of 5th August were corrected and signed as correct.',
    'The minutes of the Parish Meeting held on 16 May 2024 were considered, APPROVED and duly signed as a correct record of the meeting.',
    'The Minutes were held as read and APPROVED.',
    'The minutes of the last meeting having been circulated previously were taken as a true and accurate record.',
    'Adoption of the minutes proposed by Steve Rowe, seconded by John Weston and unanimously approved.',
    'Approval of the minutes of 31st October 2017 proposed by Cllr. Tabor, seconded by Cllr. Aylward and unanimously agreed.',
    'Minutes of previous meeting proposed by John Biggs, seconded by Sid Hudson',
    'Minutes agreed from previous meeting on 29 January 2025 and all actions achieved.',
    'Cllr R Glanfield ran through the minutes of the meeting and these were agreed.',
    'Standing Orders were suspended at 7.04pm to allow the order of business to be amended.',
    'Standing Orders reinstated at 7.06pm.',
    'The Chair suspended Standing Orders to allow Sue Powell to take part in discussions.',
    'Apologies accepted.',
    'Councillor Amanda Kingston was elected to serve as chairman of the council for the civic year 2017-18.',
    'Mr R. Murray was unanimously co-opted to the parish council to represent Kings Pyon Parish.',
    'Councillor Amanda Kingston was appointed to the Village Hall Committee.',
  ])('"%s" is procedural', (sentence) => {
    expect(under(sentence)).toEqual([{ text: sentence, kind: 'procedural', owner: null }]);
  });

  test.each([
    'Minutes of previous meeting proposed by John Biggs, seconded by Sid Hudson, were not approved as two members had not seen them.',
    'The minutes of the working group were deferred to the next meeting.',
  ])('not approved: "%s"', (sentence) => {
    expect(under(sentence).filter((d) => d.kind === 'procedural')).toEqual([]);
  });
});

describe('tasks in more of a parish\u2019s words', () => {
  const under = (sentence: string) => decisionsOf(page(['1. Apologies', 'None.', '2. Business', sentence, '3. Close', 'The meeting closed at 9pm.']), '2');

  test.each([
    ['The Clerk would continue to liaise with the County Council.', 'the Clerk'],
    ['Councillor L. Rowley kindly agreed to visit the play area to check if all is clear.', 'L. Rowley'],
    ['County Cllr E A Jones will obtain a price to replace the bottom panels.', 'E A Jones'],
    ['Cllr Coombe agreed to represent the council at future meetings of the hall committee.', 'Coombe'],
    ['The Clerk will be attending sector training in February to report back on the options.', 'the Clerk'],
    ['Jayne to sort out the broken defibrillator in Oldwalls.', 'Jayne'],
    ['Clerk was tasked with investigating the feasibility of switching off the lights.', 'Clerk'],
    ['SB will discuss with the hall committee the cost of cemetery upkeep.', 'SB'],
    ['The Chair will sign the minutes once physical meetings resume.', 'the Chair'],
  ])('"%s": an action, %s its owner', (sentence, owner) => {
    expect(under(sentence)).toEqual([{ text: sentence, kind: 'action', owner }]);
  });

  test('"… was tasked with" a thing, not a doing, gives no task', () => {
    expect(under('The Clerk was tasked with the minutes as well as the accounts.')).toEqual([]);
  });
});

describe('a numbered list whose numbering was lost in copying, every heading "1."', () => {
  const lines = (ones: string[]) =>
    parse(['Minutes of the meeting of Ashcombe Parish Council held on Tuesday 9th January 2018 at 7pm.', '', 'Present: Cllrs Meade (Chairman), Woolf, Benton', '', ...ones].join('\n'));

  test('each "1." heading is an item, its number as printed, its decisions under it', () => {
    const m = lines([
      '  1. Apologies for absence',
      'Apologies had been received from Cllr Hahn.',
      '  1. Declarations of Interest',
      'None.',
      '  1. Approval of the minutes from the last meeting',
      'The minutes were approved and signed.',
      '  1. Planning',
      'No comments.',
    ]);
    expect(m.items.map((i) => `${i.number}|${i.title}`)).toEqual(['1|Apologies for absence', '1|Declarations of Interest', '1|Approval of the minutes from the last meeting', '1|Planning']);
    expect(m.decisions.map((d) => `${d.item}|${d.text}`)).toEqual(['1|The minutes were approved and signed.']);
  });

  test('a list that goes on to "2." is not collapsed: a second "1." is no new item', () => {
    const m = lines(['1. Apologies for absence', 'None.', '2. Planning', 'Comments were sent:', '1. Mill Lane', 'No objection.', '1. Church Street', 'No objection.', '3. Finance', 'The accounts were approved.']);
    expect(m.items.map((i) => i.number)).toEqual(['1', '2', '3']);
  });
});

test('sub-items whose item\u2019s own heading is not on the page ("4.01 …", "4.02 …"): each an item, two headings in a run', () => {
  const m = parse(
    [
      'Minutes of the meeting of Ashcombe Parish Council held on 7th November 2017',
      'Present: Councillors Mike Kerr (Chairman), Kevin Ochs',
      '4.01 Cross Tree Turf and Drainage Problems',
      'SC has emailed the county highways team.',
      '4.02 Mixbury to Ashcombe footpath',
      'KO confirms that the path is passable.',
      '4.03 Spinney Acquisition',
      'MK is to chase this matter up.',
    ].join('\n\n'),
  );
  expect(m.items.map((i) => `${i.number}|${i.title}`)).toEqual(['4.01|Cross Tree Turf and Drainage Problems', '4.02|Mixbury to Ashcombe footpath', '4.03|Spinney Acquisition']);
  expect(m.decisions.map((d) => `${d.item}|${d.owner}`)).toEqual(['4.03|MK']);
});

test('numbered sentences of a minute ("4.1 The Council noted …") are no items', () => {
  const m = parse(
    ['Minutes of the meeting of Ashcombe Parish Council held on 7th November 2017', 'Present: Councillors Mike Kerr (Chairman), Kevin Ochs', '4. Finance', '4.1 The Council noted the bank balance.', '4.2 The Council approved the payments listed.', '5. Planning', 'No comments.'].join('\n\n'),
  );
  expect(m.items.map((i) => i.number)).toEqual(['4', '5']);
});

describe('the council\u2019s view of a planning application, at the end of its line', () => {
  const under = (sentence: string) => decisionsOf(page(['1. Apologies', 'None.', '2. Planning', 'The following applications were considered:', sentence, '3. Close', 'The meeting closed at 9pm.']), '2');

  test.each([
    '15/00881/FUL Ashcombe Lower School, Thurleigh Road: No objections.',
    'WNS/2022/0673/MAF, Land off Beech Lane, 58 dwellings: PC strongly objects.',
    '2023/5159/FUL, Ashcombe Farm, Rothersthorpe Road: PC supports.',
    '163891 – Oak House, Ashcombe (Listed Building Consent) – Proposed change of windows: The Parish Council have no objection to this application.',
    'Rectory Cottage, Church Lane ~ Trees in a Conservation Area: T2 Ash pollard; T3 & T4 Ash fell. No objection.',
  ])('"%s" is a recommendation', (sentence) => {
    expect(under(sentence).map((d) => d.kind)).toEqual(['recommendation']);
  });

  test('the view a sentence of its own after the application\u2019s', () => {
    expect(under('T/00753/13/TPO: Prune back six overhanging branches, 1 no. Copper Beech, The Glen. No objection')).toEqual([
      { text: 'T/00753/13/TPO: Prune back six overhanging branches, 1 no. Copper Beech, The Glen. No objection', kind: 'recommendation', owner: null },
    ]);
  });

  test.each(['The applicant explained that there had been no objection from neighbours to the application.', 'The Board heard that there had been no objections to the application.', 'Members asked whether the application would be opposed if the council objects.'])(
    'not the council\u2019s view: "%s"',
    (sentence) => {
      expect(under(sentence).filter((d) => d.kind === 'recommendation')).toEqual([]);
    },
  );
});
