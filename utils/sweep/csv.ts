/** Text that a spreadsheet would run as a formula ("=HYPERLINK(…)" in a seller's name, say). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export type CsvValue = string | number | boolean | undefined;

/**
 * One CSV cell (RFC 4180). Page text starting like a formula gets a leading apostrophe, which Excel and
 * LibreOffice show as text rather than evaluate; numbers stay numbers.
 */
export function csvCell(value: CsvValue): string {
  if (value === undefined) return "";
  if (typeof value !== "string") return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A whole file: UTF-8 with a byte-order mark (so Excel reads Vietnamese correctly) and CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
