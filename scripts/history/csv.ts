/*
 * CSV as RFC 4180 writes it, for spreadsheets and notebooks: fields joined by commas, lines
 * ended by CRLF; a field holding a comma, a double quote, CR or LF is quoted, its quotes
 * doubled.
 */

const NEEDS_QUOTES = /[",\r\n]/;
// A spreadsheet runs a cell that starts like a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field. Text a player said that would start a formula is prefixed with `'`. */
export function csvField(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, with its line ending. */
export function csvLine(fields: readonly (string | number | boolean | undefined)[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}
