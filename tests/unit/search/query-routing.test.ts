/** Which index each part of a query goes to (migration 0011), and the limits that keep every query cheap. */
import { MAX_PREFIXES, parseQuery } from '../../../main/search/query-syntax';

test.each([
  ['placements', { stem: '"placements"', exact: null }],
  ['"foster carer"', { stem: null, exact: '"foster carer"' }],
  ['recruit* foster', { stem: '"foster"', exact: '"recruit"*' }],
  ['budget -capital', { stem: '"budget"', excludeStem: '"capital"', exact: null }],
  ['budget NOT "capital budget"', { stem: '"budget"', excludeExact: '"capital budget"' }],
  ['schools OR academies', { stem: '"schools" OR "academies"' }],
  // An OR across a bare word and a phrase cannot be split between two indexes: it stays exact.
  ['fostering OR "kinship care"', { stem: null, exact: '"fostering" OR "kinship care"' }],
  ["O'Brien", { stem: null, exact: '"O\'Brien"' }],
])('%s', (input, expected) => {
  expect(parseQuery(input)).toMatchObject(expected);
});

test('short prefixes and too many prefixes are left out, with a hint', () => {
  expect(parseQuery('ab* budget')).toMatchObject({ stem: '"budget"', exact: null, hint: expect.stringMatching(/at least 3 letters/) });
  const many = parseQuery('abc* bcd* cde* def* efg*');
  expect(many.prefixes).toHaveLength(MAX_PREFIXES);
  expect(many.hint).toMatch(/At most 3 words ending in \*/);
  // The 498-character query of issue 17: nothing searchable is left, and it says why.
  const flood = parseQuery('a* '.repeat(166));
  expect(flood.stem).toBeNull();
  expect(flood.exact).toBeNull();
  expect(flood.hint).toMatch(/3 letters/);
});
