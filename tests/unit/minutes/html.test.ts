import { detectMinutesKind, parseMinutes, parseMinutesHtml } from '../../../main/minutes';
import { bare } from './helpers/bare';
import { htmlToText } from '../../../main/minutes/html-to-text';
import type { ParsedMinutes } from '../../../shared/types/minutes';
import { local } from './helpers/fixtures';

const html = local('moderngov-saved-page.html');
const expected = JSON.parse(local('moderngov-saved-page.expected.json')) as ParsedMinutes & { items: Partial<ParsedMinutes['items'][number]>[] };

describe('saved ModernGov HTML page', () => {
  const r = parseMinutesHtml(html);

  test('is sniffed as html', () => {
    expect(detectMinutesKind('page.htm', html)).toBe('html');
    expect(parseMinutes('page.htm', html)).toEqual(r);
  });

  test('matches the hand-written expectation', () => {
    const { items, ...meeting } = expected;
    // The expectation predates the provenance fields; the file names no address, domain or meeting id.
    expect(bare({ ...r, items: undefined })).toEqual(Object.assign({ document: 'minutes', councilDomain: null, sourceAddress: null, remoteMeetingId: null }, meeting, { items: undefined }));
    expect(r.items).toHaveLength(items.length);
    items.forEach((exp, k) => expect(r.items[k]).toMatchObject(exp));
  });

  test('agenda and minutes text come through as text, bullets as "• "', () => {
    const youth = r.items.find((i) => i.number === '115');
    expect(youth?.agendaText).toBe('The Youth Representatives will give a presentation.');
    expect(youth?.minutesText).toContain('• Young people had taken part in October’s Youth Summit.');
    expect(youth?.minutesText).toContain('access to dentists & neurodiversity awareness');
  });

  test('nothing executable or markup survives', () => {
    const text = htmlToText(html);
    const json = JSON.stringify(r);
    for (const s of [text, json]) {
      expect(s).not.toMatch(/<script|<\/?[a-z]+[\s>]|onerror|onload|onclick|javascript:|alert\(|document\.|innerHTML/i);
      expect(s).not.toMatch(/injected|noscript text|template content|style text|svg text|iframe fallback|color: red/);
    }
  });
});
