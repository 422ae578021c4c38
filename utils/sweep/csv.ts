/** Text that a spreadsheet would run as a formula ("=HYPERLINK(…)" in a seller's name, say). */
const FORMULA_START = /^[=+\-@\t\r]/;
/**
 * A formula start right after a list separator (`,` or `;`, which Vietnamese Windows uses) or a tab: a program
 * that splits a line on separators without honouring quotes would start a cell there.
 */
const FORMULA_AFTER_SEPARATOR = /([,;\t|])(\s*)([=+\-@])/g;

export type CsvValue = string | number | boolean | undefined;

/**
 * One CSV cell (RFC 4180). Every text cell is quoted, so that no separator inside it splits it, whichever
 * separator the reader assumes; text that starts like a formula, at its start or after a separator, gets an
 * apostrophe first, which Excel and LibreOffice show as text rather than evaluate. Numbers stay numbers.
 */
export function csvCell(value: CsvValue): string {
  if (value === undefined) return "";
  if (typeof value !== "string") return String(value);
  const guarded = (FORMULA_START.test(value) ? `'${value}` : value).replace(
    FORMULA_AFTER_SEPARATOR,
    "$1$2'$3",
  );
  return `"${guarded.replaceAll('"', '""')}"`;
}

/** A whole file: UTF-8 with a byte-order mark (so Excel reads Vietnamese correctly) and CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
