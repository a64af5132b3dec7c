import { findMatches, interestPatterns, normalisePostcode, passage, postcodesIn } from '../../../main/interests/matching';
import { foldSameLength } from '../../../shared/text';

const hits = (text: string, names: string[], addresses: string[] = []) =>
  findMatches(text, interestPatterns(names, addresses)).map((m) => text.slice(m.start, m.end));

describe('looking for register names in text', () => {
  test('names and aliases match whole words, in any case, across line breaks and hyphens', () => {
    expect(hits('Places at MILLGATE school were agreed.', ['Millgate School'])).toEqual(['MILLGATE school']);
    expect(hits('the Millgate\nSchool governors', ['Millgate School'])).toEqual(['Millgate\nSchool']);
    expect(hits('Millgate-School', ['Millgate School'])).toEqual(['Millgate-School']);
    expect(hits('Millgate’s pupils; millgate.', ['Millgate'])).toEqual(['Millgate', 'millgate']);
  });

  test('no hit inside or across other words: "Millgate" is not "Mill Gate Road" nor "Millgates"', () => {
    expect(hits('A home at 4 Mill Gate Road is proposed.', ['Millgate School', 'Millgate'])).toEqual([]);
    expect(hits('Millgates and Summillgate', ['Millgate'])).toEqual([]);
    // Unless "Mill Gate" is itself registered.
    expect(hits('A home at 4 Mill Gate Road is proposed.', ['Millgate', 'Mill Gate'])).toEqual(['Mill Gate']);
  });

  test('the longer of two overlapping names wins; each place is counted once', () => {
    expect(hits('Millgate School and Millgate', ['Millgate', 'Millgate School'])).toEqual(['Millgate School', 'Millgate']);
  });

  test('accents are ignored both ways, offsets stay on the original text', () => {
    expect(foldSameLength('Café Noël')).toBe('cafe noel');
    expect(hits('The Café Royal lease', ['Cafe Royal'])).toEqual(['Café Royal']);
    expect(hits('The Cafe Royal lease', ['Café Royal'])).toEqual(['Cafe Royal']);
  });

  test('postcodes match normalised, with or without the space, as names or inside addresses', () => {
    expect(normalisePostcode('LE1 1FZ')).toBe('le11fz');
    expect(normalisePostcode(' le11fz ')).toBe('le11fz');
    expect(normalisePostcode('Millgate')).toBeNull();
    expect(postcodesIn('12 High Street, Leicester LE1 1FZ')).toEqual(['le11fz']);
    const text = 'Sites: LE1 1FZ, le11fz and LE1  1FZ; not LE11 1FZ nor XLE11FZ.';
    expect(hits(text, ['LE1 1FZ'])).toEqual(['LE1 1FZ', 'le11fz', 'LE1  1FZ']);
    expect(hits(text, [], ['12 High Street, Leicester le11fz'])).toEqual(['LE1 1FZ', 'le11fz', 'LE1  1FZ']);
    // An address without a postcode is looked for as written.
    expect(hits('The Mill Lane allotments are to close.', [], ['Mill Lane allotments'])).toEqual(['Mill Lane allotments']);
  });

  test('FTS strings are quoted phrases only: nothing typed is read as FTS5 syntax', () => {
    const [name, postcode, odd] = interestPatterns(['Millgate School', 'LE1 1FZ', 'AND "OR" NEAR(x*'], []);
    expect(name?.fts).toBe('"millgate school"');
    expect(postcode?.fts).toBe('"le1 1fz" OR "le11fz"');
    expect(odd?.fts).toBe('"and or near x"');
  });

  test('the passage is about 200 characters around the match, cut at spaces, the match as the hit', () => {
    const text = `${'Earlier words here. '.repeat(20)}Places at Millgate School will be commissioned. ${'Later words follow. '.repeat(20)}`;
    const [m] = findMatches(text, interestPatterns(['Millgate School'], []));
    const snippet = passage(text, m as NonNullable<typeof m>);
    expect(snippet.filter((s) => s.hit).map((s) => s.text)).toEqual(['Millgate School']);
    const joined = snippet.map((s) => s.text).join('');
    expect(joined.length).toBeGreaterThan(150);
    expect(joined.length).toBeLessThan(240);
    expect(joined.startsWith('…')).toBe(true);
    expect(joined.endsWith('…')).toBe(true);
  });
});
