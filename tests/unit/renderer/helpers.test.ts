import { parseRoute } from '../../../renderer/kernel/router';
import { formatDue, formatMeetingDate, formatMeetingWhen, formatTime, plural } from '../../../renderer/ui/dates';
import { DECISION_KIND, INTEREST_NATURE, formatSize } from '../../../renderer/ui/labels';
import { textPieces } from '../../../renderer/ui/TextBlock';

describe('renderer dates', () => {
  test('meeting dates read as councils write them', () => {
    expect(formatMeetingDate('2025-01-14')).toBe('Tuesday, 14 January 2025');
    expect(formatMeetingDate('2024-02-29')).toBe('Thursday, 29 February 2024');
    // Not a real date: shown as given rather than invented.
    expect(formatMeetingDate('2025-02-30')).toBe('2025-02-30');
  });

  test('times are 12-hour with lower-case am/pm', () => {
    expect(formatTime('17:30')).toBe('5:30 pm');
    expect(formatTime('09:05')).toBe('9:05 am');
    expect(formatTime('12:00')).toBe('12:00 pm');
    expect(formatTime('00:15')).toBe('12:15 am');
    expect(formatTime('half five')).toBe('half five');
  });

  test('the when line joins date, start and end', () => {
    expect(formatMeetingWhen('2025-01-14', '17:30', '20:02')).toBe('Tuesday, 14 January 2025, 5:30 pm to 8:02 pm');
    expect(formatMeetingWhen('2025-01-14', '17:30', null)).toBe('Tuesday, 14 January 2025, 5:30 pm');
    expect(formatMeetingWhen(null, null, null)).toBe('Date not stated');
  });

  test('due dates keep words', () => {
    expect(formatDue('2025-03-04')).toBe('Tuesday, 4 March 2025');
    expect(formatDue('2025-01-31')).toBe('Friday, 31 January 2025');
    expect(formatDue('next meeting')).toBe('next meeting');
  });

  test('plurals', () => {
    expect(plural(1, 'meeting')).toBe('1 meeting');
    expect(plural(3, 'meeting')).toBe('3 meetings');
    expect(plural(0, 'item')).toBe('0 items');
  });
});

describe('renderer labels', () => {
  test('sizes and words', () => {
    expect(formatSize(128)).toBe('128 KB');
    expect(formatSize(1536)).toBe('1.5 MB');
    expect(formatSize(20480)).toBe('20 MB');
    expect(INTEREST_NATURE['disclosable-pecuniary']).toBe('Disclosable pecuniary interest');
    expect(INTEREST_NATURE.unspecified).toBe('Interest (nature not stated)');
    expect(DECISION_KIND.action.label).toBe('Action');
  });
});

describe('minutes text as paragraphs', () => {
  test('one paragraph per line; blank and nbsp-only lines dropped; bullet runs become lists', () => {
    const text = 'The Chair welcomed those present.\n\u00a0\nIt was noted that:\n·  one\n• two\n\n\n1) That the report be noted\nEnd.  ';
    expect(textPieces(text)).toEqual([
      { kind: 'p', text: 'The Chair welcomed those present.' },
      { kind: 'p', text: 'It was noted that:' },
      { kind: 'ul', items: ['one', 'two'] },
      { kind: 'p', text: '1) That the report be noted' },
      { kind: 'p', text: 'End.' },
    ]);
    expect(textPieces('   \n \n')).toEqual([]);
    // Markup stays text.
    expect(textPieces('<script>alert(1)</script>')).toEqual([{ kind: 'p', text: '<script>alert(1)</script>' }]);
  });
});

describe('hash routes', () => {
  test('pages, ids and non-routes', () => {
    expect(parseRoute('')).toEqual({ page: 'library' });
    expect(parseRoute('#/')).toEqual({ page: 'library' });
    expect(parseRoute('#/committee/12')).toEqual({ page: 'committee', committeeId: 12 });
    expect(parseRoute('#/meeting/3/')).toEqual({ page: 'meeting', meetingId: 3, itemId: null });
    expect(parseRoute('#/meeting/0')).toEqual({ page: 'not-found', path: '/meeting/0' });
    expect(parseRoute('#/meeting/1e3')).toEqual({ page: 'not-found', path: '/meeting/1e3' });
    expect(parseRoute('#/elsewhere')).toEqual({ page: 'not-found', path: '/elsewhere' });
    // The preview token and in-page anchors are not routes.
    expect(parseRoute('#token=abc')).toBeNull();
    expect(parseRoute('#main')).toBeNull();
  });
});
