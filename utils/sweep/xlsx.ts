import { type CellValue, type ColumnKind, SWEEP_COLUMNS } from "./columns";
import type { Sweep, SweepItem } from "./schema";

/** How each kind of cell is shown: whole numbers with grouping, dates as Vietnamese write them. */
const NUMBER_FORMAT: Record<ColumnKind, string> = {
  text: "@",
  number: "#,##0",
  date: "dd/mm/yyyy hh:mm",
};

/**
 * A spreadsheet cell stores a date as a count of days with no time zone, and shows it as it is: the wall-clock
 * time of the place where the sweep was made is what an inspector expects to read, so the offset is applied.
 */
function wallClock(date: Date): Date {
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
}

function cell(value: CellValue): string | number | Date | null {
  if (value === undefined) return null;
  return value instanceof Date ? wallClock(value) : value;
}

/**
 * A sweep as an Excel workbook (.xlsx): one sheet of listings with typed cells (numbers, real dates, text that
 * is only ever text, never a formula, whatever it starts with), Vietnamese headers, the header row frozen and
 * column widths that fit; a second sheet says which sweep it is. Unlike a CSV, it opens the same under every
 * regional setting, `;` or `,` as the list separator. exceljs is loaded only when a workbook is asked for.
 */
export async function sweepXlsx(
  sweep: Sweep,
  items: readonly SweepItem[],
  exportedAt: Date,
): Promise<Uint8Array<ArrayBuffer>> {
  const { default: ExcelJS } = await import("exceljs");
  const book = new ExcelJS.Workbook();
  book.creator = "Soi Hàng";
  book.created = exportedAt;

  const sheet = book.addWorksheet("Tin đăng", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = SWEEP_COLUMNS.map((c) => ({
    header: c.header,
    width: c.width,
    style: { numFmt: NUMBER_FORMAT[c.kind] },
  }));
  for (const item of items) sheet.addRow(SWEEP_COLUMNS.map((c) => cell(c.value(item))));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: SWEEP_COLUMNS.length } };

  const about = book.addWorksheet("Phiên quét");
  about.columns = [{ width: 22 }, { width: 60, style: { numFmt: "@" } }];
  const rows: [string, string | number | Date][] = [
    ["Phiên quét", sweep.name],
    ["Đơn vị", sweep.unit],
    ["Cán bộ", sweep.inspectorId],
    ["Mục đích", sweep.purpose],
    ["Bắt đầu", wallClock(new Date(sweep.createdAt))],
    ["Xuất lúc", wallClock(exportedAt)],
    ["Số tin đăng", items.length],
  ];
  for (const [label, value] of rows) {
    const row = about.addRow([label, value]);
    if (value instanceof Date) row.getCell(2).numFmt = NUMBER_FORMAT.date;
    if (typeof value === "number") row.getCell(2).numFmt = "0";
  }
  about.getColumn(1).font = { bold: true };

  return new Uint8Array(await book.xlsx.writeBuffer());
}
