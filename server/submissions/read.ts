import type { Kysely } from "kysely";
import type { Screenshot } from "../../utils/capture/screenshot-schema";
import type { Report } from "../../utils/reports/schema";
import type { CaseReport } from "../../utils/sweep/schema";
import type { Database } from "../db/tables";

export type StoredBody = { kind: "report"; body: Report } | { kind: "case"; body: CaseReport };

/**
 * A submission as it was sent: the stored body with its contact and each screenshot's bytes put back. For exports
 * and for checking that what was stored is what arrived.
 */
export async function readSubmission(db: Kysely<Database>, id: string): Promise<StoredBody | undefined> {
  const row = await db
    .selectFrom("submissions")
    .select(["kind", "body", "contact"])
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) return undefined;
  const pictures = await db
    .selectFrom("submitted_listings as l")
    .innerJoin("evidence_files as f", "f.sha256", "l.screenshot_sha256")
    .select(["l.position", "f.bytes"])
    .where("l.submission_id", "=", id)
    .execute();
  const data = new Map(pictures.map((p) => [p.position, Buffer.from(p.bytes).toString("base64")]));
  const fill = (screenshot: Screenshot | undefined, position: number) =>
    screenshot && { ...screenshot, data: data.get(position) ?? "" };
  if (row.kind === "report") {
    const body = row.body as Report;
    const screenshot = fill(body.evidence.screenshot, 0);
    return {
      kind: "report",
      body: {
        ...body,
        ...(row.contact ? { contact: row.contact as Report["contact"] } : {}),
        evidence: { ...body.evidence, ...(screenshot ? { screenshot } : {}) },
      },
    };
  }
  const body = row.body as CaseReport;
  return {
    kind: "case",
    body: {
      ...body,
      items: body.items.map((item, i) =>
        item.evidence
          ? {
              ...item,
              evidence: { ...item.evidence, screenshot: fill(item.evidence.screenshot, i) as Screenshot },
            }
          : item,
      ),
    },
  };
}
