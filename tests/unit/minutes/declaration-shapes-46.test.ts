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
