import Database from 'better-sqlite3-multiple-ciphers';
import { parseQuery } from '../../../main/search/query-syntax';

describe('parseQuery', () => {
  test.each([
    ['foster care', '"foster" AND "care"', ['foster', 'care']],
    ['"looked after children"', '"looked after children"', ['looked', 'after', 'children']],
    ['foster*', '"foster"*', ['foster']],
    ['budget NOT capital', '("budget") NOT "capital"', ['budget']],
    ['budget -capital', '("budget") NOT "capital"', ['budget']],
    ['schools OR academies', '"schools" OR "academies"', ['schools', 'academies']],
    ["O'Brien", '"O\'Brien"', ["O'Brien"]],
    ['café', '"café"', ['café']],
  ])('%s → %s', (input, match, terms) => {
    const parsed = parseQuery(input);
    expect({ match: parsed.match, terms: [...parsed.terms, ...parsed.prefixes] }).toEqual({ match, terms });
  });

  test('nothing searchable gives no query', () => {
    for (const input of ['', '   ', '***', '"', 'NOT budget', '-budget', '()', 'AND OR NOT']) {
      expect(parseQuery(input).match).toBeNull();
    }
  });

  test('hostile FTS5 syntax is always a valid query', () => {
    const db = new Database(':memory:');
    db.exec("CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'); INSERT INTO t VALUES ('the budget report on foster care');");
    const hostile = ['"unbalanced', 'x:y', 'NEAR(a b)', 'a AND', 'OR', '(budget', 'budget)', '^budget', 'col:budget', '"a" "b', '*', 'bud*get', '-', '""', "'; DROP TABLE t; --", '\\', '{x}', 'budget NOT', 'NOT NOT', 'a\u0000b', '🙂 budget'];
    for (const input of hostile) {
      const { match } = parseQuery(input);
      if (match) expect(() => db.prepare('SELECT * FROM t WHERE t MATCH ?').all(match)).not.toThrow();
    }
    expect(db.prepare('SELECT COUNT(*) FROM t WHERE t MATCH ?').pluck().get(parseQuery('(budget').match)).toBe(1);
    expect(db.prepare('SELECT COUNT(*) FROM t WHERE t MATCH ?').pluck().get(parseQuery('cafe OR fost*').match)).toBe(1);
  });
});
