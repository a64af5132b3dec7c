/**
 * The one CSV writer every export uses (the actions tracker, the declarations history).
 *
 * RFC 4180: a field holding a comma, a double quote, CR or LF is quoted, its quotes doubled; records end
 * with CRLF, the last one too. A field a spreadsheet would run as a formula (starting with =, +, -, @,
 * tab or CR: "CSV injection", e.g. =HYPERLINK(…) that sends a cell's contents to a web address) is
 * prefixed with a single quote, so Excel, LibreOffice and Sheets show it as text. Council minutes and the
 * member's own entries are both untrusted here: minutes come from the web.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field, defused and quoted as needed. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One record, without its line end. */
export const csvLine = (fields: readonly string[]): string => fields.map(csvField).join(',');

/** A whole file: every record (the header first) ended by CRLF. */
export const toCsv = (rows: readonly (readonly string[])[]): string => rows.map((r) => csvLine(r) + '\r\n').join('');
