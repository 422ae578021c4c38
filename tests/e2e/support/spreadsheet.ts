import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";

const SOFFICE = ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice"].find((p) => existsSync(p));

/**
 * Opens a workbook in a real spreadsheet engine (LibreOffice, headless) and returns its first sheet as the engine
 * shows it, saved as CSV with `separator` (`,` as in English Windows, `;` as in Vietnamese Windows) and parsed
 * back: one array of cell texts per row. Dates and numbers come out formatted as the cells say.
 */
export function openInSpreadsheet(file: string, separator: "," | ";"): string[][] {
  if (!SOFFICE)
    throw new Error(
      "LibreOffice is needed to check the Excel export: apt-get install libreoffice-calc-nogui",
    );
  const out = mkdtempSync(join(tmpdir(), "soi-hang-xlsx-"));
  // LibreOffice picks the import filter by the file's extension, and names its output after the input.
  const book = join(out, "book.xlsx");
  copyFileSync(file, book);
  // Field separator, quote, UTF-8 (76), from line 1, default cell formats, en-US, quote all text, detect
  // special numbers: the CSV filter's tokens, in order.
  const filter = `csv:Text - txt - csv (StarCalc):${separator.charCodeAt(0)},34,76,1,,1033,true,true`;
  execFileSync(
    SOFFICE,
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${join(out, "profile")}`,
      "--convert-to",
      filter,
      "--outdir",
      out,
      book,
    ],
    { stdio: "pipe", timeout: 60_000 },
  );
  const csv = readFileSync(join(out, "book.csv"), "utf8");
  rmSync(out, { recursive: true, force: true });
  return parse(csv, { delimiter: separator, relax_column_count: true }) as string[][];
}
