/**
 * Issue 15, fourth fresh set: shapes the parser got wrong, written here with made-up councils and people.
 * Printed minutes run onto one line were refused as "not minutes" ("… COUNCIL PRESENT Councillor …",
 * "declarations of interest were received from Members"), and community councils' "CClr" / "Clr" titles were
 * read as part of the name.
 */
import { parseMinutesDetailed } from '../../../main/minutes';
import { classifyDocument } from '../../../main/minutes/document-kind';

const parse = (text: string) => parseMinutesDetailed('minutes.txt', text).minutes;

describe('printed minutes run onto one line are minutes, not an information page', () => {
  const oneLine =
    'EASTERHOLM COUNCIL - 4 March 2010 Dunmore, 4 March 2010 at 2 pm. A Meeting of the EASTERHOLM COUNCIL PRESENT Councillor Baird, Provost; Councillors Aitken, Bryce, Cowan and Dunlop. IN ATTENDANCE The Chief Executive. APOLOGIES Councillors Ewing and Fyfe. DECLARATIONS OF INTEREST 1. Prior to consideration of the business, declarations of interest were received from Members, details of which are set out below:- Councillor Aitken by reason of her membership of the Board of Dunmore Leisure Limited.';

  test('the page is read as minutes', () => {
    expect(classifyDocument(oneLine)).toEqual({ kind: 'minutes' });
    expect(parse(oneLine).document).toBe('minutes');
  });

  test('a page naming a meeting with neither signal is still refused', () => {
    const index = 'EASTERHOLM COUNCIL - 4 March 2010\nAgendas and reports for this meeting can be found below.\nContact the clerk for papers in large print.';
    expect(classifyDocument(index).kind).toBe('neither');
  });
});

describe('community councillors titled "CClr" and "Clr"', () => {
  const text = [
    'Minute of the Glenbrae Community Council Meeting held on Tuesday, 3rd March 2015, in the Village Hall',
    '1. Welcome: CClr Mowat chaired the meeting and welcomed CClrs Orr and Paton.',
    '2. Apologies: Apologies were received from CClrs Quinn and Rennie, and from Clr Sim.',
    '3. Roads: The Chair reported on the resurfacing of Main Street.',
  ].join('\n');

  test('the titles are not part of the names', () => {
    const apologies = parse(text).apologies;
    expect(apologies).toEqual(expect.arrayContaining(['Quinn', 'Rennie']));
    expect(apologies.join(' ')).not.toMatch(/\bC?Clrs?\b/);
  });
});
