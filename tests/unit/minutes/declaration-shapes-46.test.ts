/**
 * Round 40: members by their initials, each with the item they declared on, and another question's "None" after them
 * (set 46), written here with a made-up council and people.
 */
import { parseMinutesDetailed } from '../../../main/minutes';

const page = (lines: string[], present = 'Councillors Alison Brook (AB) Victor Mann (VM) Jim Wright (JW) Rob Ash (RA)') =>
  parseMinutesDetailed(
    'page.txt',
    [
      'Minutes Ashcombe Parish Council meeting held online via zoom 7.30pm Wednesday 18th November 2020',
      'Chairman Peter Dean (PD)',
      present,
      '2020/11-1 To receive and approve apologies for absence.',
      '2020/11-2 To receive declarations of interest & requests for dispensations',
      ...lines,
      '2020/11-3 Public Participation',
      'One member of the public present.',
    ].join('\n'),
  ).minutes;

const agendaQuestions = [
  '2.2 For declarations of interest received, Councillors to inform the Chairman if they wish to speak on the matter at the agenda item prior to discussion. None',
  '2.3 To receive written requests for dispensations for disclosable pecuniary interests (if any). None',
];

test('"JW. Item 7.3. A428.Landowner.": each member declared on the item, and the later "None" is no statement that none were made', () => {
  const m = page(['2.1 To receive declarations of interest from councillors on items on the agenda.', 'JW. Item 7.3. A428.Landowner.', 'VM Item 8.1. 20/04336/HFUL Neighbour.', ...agendaQuestions]);
  expect(m.declarationsState).toBe('declared');
  // (As printed: the page's key to the initials is not among the lists read here.)
  expect(m.declarations.map((d) => [d.member, d.item])).toEqual([
    ['JW', '7.3'],
    ['VM', '8.1'],
  ]);
});

test('with only the questions\u2019 "None" lines, none were declared', () => {
  const m = page(['2.1 To receive declarations of interest from councillors on items on the agenda. None', ...agendaQuestions]);
  expect(m.declarationsState).toBe('none-declared');
  expect(m.declarations).toEqual([]);
});

test('"NB Item 4 …" is a note, not a member by initials', () => {
  const m = page(['2.1 To receive declarations of interest from councillors on items on the agenda.', 'NB Item 4. The register is on the website.', ...agendaQuestions]);
  expect(m.declarations).toEqual([]);
});

/** A town council's page with one declarations item: what the member is told when its entries cannot be read. */
const stateOf = (heading: string, lines: string[]) =>
  parseMinutesDetailed(
    'page.txt',
    [
      'ASHCOMBE TOWN COUNCIL',
      'Minutes of the meeting of the Town Council held on Wednesday 7th December 2016 at 6.30pm in the Council Chamber',
      'Present: Cllr A Reid (Town Mayor), Cllr T Bell, Cllr S Hart',
      '199 Apologies for Absence',
      'Apologies were received from Cllr J Cole.',
      heading,
      ...lines,
      '201 Dispensations',
      'The Town Clerk reported that no dispensation requests had been received.',
    ].join('\n'),
  ).minutes.declarationsState;

describe('a declarations item whose entries are not read is never said to be missing', () => {
  test.each([
    ['"Members\u2019 Interests" over a member\u2019s entry', '200 Code of Conduct', ['Members\u2019 Interests', 'Cllr Mrs M Cole a non-pecuniary interest in agenda item 15 - War Memorial (minute no. 213).']],
    ['people named in full under the item', '200 To receive declarations of interest', ['Cargills representatives \u2013 Claire Shepard & Stuart Travis.', 'Allotment plot holders \u2013 Vicky Trent.']],
  ])('%s: unread', (_what, heading, lines) => {
    expect(stateOf(heading, lines)).toBe('unread');
  });

  test.each([
    ['"Members\u2019 Interests" over "None"', '200 Code of Conduct', ['Members\u2019 Interests', 'None.']],
    ['a place in the item, no person', '200 Declarations of interest', ['None relating to the Victoria Hall.']],
  ])('%s: none declared', (_what, heading, lines) => {
    expect(stateOf(heading, lines)).toBe('none-declared');
  });
});

describe('words where the item was looked for that name no one item', () => {
  const declared = (sentence: string) =>
    parseMinutesDetailed(
      'page.txt',
      ['MINUTES OF THE MEETING OF ASHCOMBE DRAINAGE BOARD HELD ON TUESDAY 14TH MARCH 2023 AT 10.30AM', 'Present: Mr A Reid (Chairman), Mr T Bell, Mr S Hart', '', '1. Declarations of Interest', sentence, '', '2. Minutes', 'The minutes were approved.'].join('\n'),
    ).minutes.declarations.map((d) => [d.member, d.item]);

  test.each([
    ['Mr T Bell declared an interest in respect of the Operations Report.'],
    ['Mr T Bell declared an interest in any planning matters.'],
  ])('"%s": no item, the words kept as what the interest concerns', (sentence) => {
    expect(declared(sentence)).toEqual([['Mr T Bell', null]]);
  });

  test('an item named by its title stays the item', () => {
    expect(declared('Mr T Bell declared an interest in the item \u201cPitch Partnership Agreements\u201d.')).toEqual([['Mr T Bell', 'Pitch Partnership Agreements']]);
  });
});
