import { SWEEP_COLUMNS } from "./columns";
import { toCsv } from "./csv";
import type { Sweep, SweepItem } from "./schema";

export function sweepCsv(items: readonly SweepItem[]): string {
  return toCsv(
    SWEEP_COLUMNS.map((c) => c.header),
    items.map((item) =>
      SWEEP_COLUMNS.map((c) => {
        const value = c.value(item);
        // Dates as ISO 8601 in UTC: the CSV is for tools, which read that form whatever the locale.
        return value instanceof Date ? value.toISOString() : value;
      }),
    ),
  );
}

/** Everything about a sweep, evidence included, as one JSON document. */
export function sweepJson(sweep: Sweep, items: readonly SweepItem[], exportedAt: Date): string {
  return `${JSON.stringify({ exportedAt: exportedAt.toISOString(), sweep, items }, null, 2)}\n`;
}

/** A file name from the sweep's name: ASCII, so that every file system and mail client keeps it. */
export function exportFileName(sweep: Sweep, extension: string): string {
  const slug = sweep.name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase()
    .slice(0, 60);
  return `soi-hang-quet-${slug || "phien"}-${new Date(sweep.createdAt).toISOString().slice(0, 10)}.${extension}`;
}
