import { contextAround, describeCounts, locateInPieces, parseTags, toPdfRects } from '../../../renderer/features/annotations/geometry';

describe('annotation helpers', () => {
  test('contextAround takes up to 32 characters either side', () => {
    const text = `${'a'.repeat(40)}QUOTE${'b'.repeat(40)}`;
    const { prefix, suffix } = contextAround(text, 40, 45);
    expect(prefix).toBe('a'.repeat(32));
    expect(suffix).toBe('b'.repeat(32));
    expect(contextAround('xQy', 1, 2)).toEqual({ prefix: 'x', suffix: 'y' });
  });

  test('toPdfRects converts client rects to page points and drops empties and repeats', () => {
    const page = { left: 100, top: 50 };
    const rects = toPdfRects(
      [
        { left: 120, top: 70, width: 40, height: 20 },
        { left: 120, top: 70, width: 40, height: 20 },
        { left: 0, top: 0, width: 0, height: 10 },
      ],
      page,
      2,
    );
    expect(rects).toEqual([{ x: 10, y: 10, w: 20, h: 10 }]);
    expect(toPdfRects([{ left: 1, top: 1, width: 5, height: 5 }], page, 0)).toEqual([]);
  });

  test('locateInPieces finds a quote across pieces, ignoring spaces and case', () => {
    const pieces = ['The service continues foster', ' carer', 'recruitment across the city.'];
    expect(locateInPieces(pieces, 'Foster carer recruitment')).toEqual({ startPiece: 0, startOffset: 22, endPiece: 2, endOffset: 11 });
    expect(locateInPieces(pieces, 'not here')).toBeNull();
    expect(locateInPieces(pieces, '   ')).toBeNull();
  });

  test('describeCounts and parseTags', () => {
    expect(describeCounts({ highlights: 1, notes: 2, questions: 1 })).toBe('2 notes, 1 question, 1 highlight');
    expect(describeCounts({ highlights: 0, notes: 0, questions: 0 })).toBe('');
    expect(parseTags(' budget, Risk; risk ,, care ')).toEqual(['budget', 'Risk', 'care']);
  });
});

describe('the "My questions" route', () => {
  test('parses, links and keys', async () => {
    const { hrefs, parseRoute, routeKey } = await import('../../../renderer/kernel/router');
    expect(hrefs.meetingQuestions(3)).toBe('#/meeting/3/questions');
    const route = parseRoute('#/meeting/3/questions');
    expect(route).toEqual({ page: 'meeting-questions', meetingId: 3 });
    if (route) expect(routeKey(route)).toBe('meeting-questions/3');
    expect(parseRoute('#/meeting/x/questions')).toEqual({ page: 'not-found', path: '/meeting/x/questions' });
    expect(parseRoute('#/meeting/3')).toEqual({ page: 'meeting', meetingId: 3, itemId: null });
  });
});
