import { agendaRanges, mapItemsToPages, printedPageOffset } from '../../../main/papers/item-map';

const items = [
  { id: 1, number: '4', title: 'Minutes of the previous meeting' },
  { id: 2, number: '5', title: 'Budget monitoring report' },
  { id: 3, number: '6', title: 'Youth Justice Plan' },
];

describe('item ↔ page map', () => {
  test('reads the agenda’s page ranges, including titles that wrap onto a second line', () => {
    const agenda = ['AGENDA', '4. Minutes of the previous meeting (Pages 3 - 4)', '5. Budget monitoring report for', 'quarter three (Pages 5 - 9)', '6 Youth Justice Plan 10 - 12'].join('\n');
    const ranges = agendaRanges(['Front page', agenda]);
    expect([...ranges.entries()]).toEqual([
      ['4', { first: 3, last: 4, agendaPage: 2 }],
      ['5', { first: 5, last: 9, agendaPage: 2 }],
      ['6', { first: 10, last: 12, agendaPage: 2 }],
    ]);
  });

  test('printed page numbers are shifted to PDF pages when the footers say so', () => {
    // A cover sheet without a number: PDF page 2 is printed "Page 1".
    const pages = ['Cover', 'AGENDA\n4. Minutes of the previous meeting (Pages 2 - 2)\n5. Budget monitoring report (Pages 3 - 4)\nPage 1', 'Minutes\nPage 2', 'Budget\nPage 3', 'Budget cont.\nPage 4'];
    expect(printedPageOffset(pages)).toBe(1);
    expect(mapItemsToPages(pages, items.slice(0, 2))).toEqual([
      { itemId: 1, firstPage: 3, lastPage: 3, method: 'agenda-list' },
      { itemId: 2, firstPage: 4, lastPage: 5, method: 'agenda-list' },
    ]);
  });

  test('without page numbers in the agenda, report headings place the items', () => {
    const pages = [
      'Public Document Pack\nAGENDA\n4. Minutes of the previous meeting\n5. Budget monitoring report\n6. Youth Justice Plan',
      'MINUTES OF THE PREVIOUS MEETING\nheld on 1 March',
      'continued',
      'Report to the Committee\nBudget Monitoring Report\nQuarter three',
      'Youth Justice Plan 2025\nIntroduction',
      'Appendix',
    ];
    expect(mapItemsToPages(pages, items)).toEqual([
      { itemId: 1, firstPage: 2, lastPage: 3, method: 'heading' },
      { itemId: 2, firstPage: 4, lastPage: 4, method: 'heading' },
      { itemId: 3, firstPage: 5, lastPage: 6, method: 'heading' },
    ]);
  });

  test('ranges outside the document and items it does not contain are left out', () => {
    const pages = ['AGENDA\n4. Minutes of the previous meeting (Pages 30 - 34)', 'Nothing relevant'];
    expect(mapItemsToPages(pages, items)).toEqual([]);
  });
});
