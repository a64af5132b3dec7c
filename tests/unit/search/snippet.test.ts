import { makeSnippet } from '../../../main/search/snippet';

const hits = (s: ReturnType<typeof makeSnippet>) => s.filter((p) => p.hit).map((p) => p.text);
const joined = (s: ReturnType<typeof makeSnippet>) => s.map((p) => p.text).join('');

describe('makeSnippet', () => {
  test('marks whole words, ignoring case and accents, in a window around the first hit', () => {
    const text = `${'Opening words about other things. '.repeat(10)}The Café at Millgate School was praised; millgate's pupils and FOSTER carers attended.${' More closing text.'.repeat(10)}`;
    const s = makeSnippet(text, ['cafe', 'millgate', 'foster'], []);
    expect(hits(s)).toEqual(['Café', 'Millgate', 'millgate', 'FOSTER']);
    expect(joined(s).startsWith('…')).toBe(true);
    expect(joined(s).endsWith('…')).toBe(true);
    expect(joined(s).split(/\s+/).length).toBeLessThan(40);
  });

  test('prefix terms match word starts only', () => {
    const s = makeSnippet('We recruited staff; recruitment continues; unrecruitable is not a word.', [], ['recruit']);
    expect(hits(s)).toEqual(['recruited', 'recruitment']);
  });

  test('no hit gives the opening words; empty text gives nothing', () => {
    expect(hits(makeSnippet('Nothing to see here', ['absent'], []))).toEqual([]);
    expect(joined(makeSnippet('Nothing to see here', ['absent'], []))).toBe('Nothing to see here');
    expect(makeSnippet('', ['x'], [])).toEqual([]);
  });
});
