import { type Kysely, sql } from "kysely";
import * as z from "zod/mini";
import { SubmissionStateSchema } from "../../utils/delivery/intake-protocol";
import { WarningCategorySchema } from "../../utils/feed/schema";
import { foldTextReference } from "../../utils/matching/normalize";
import { PlatformSchema } from "../../utils/sites/listing";
import type { Database } from "../db/tables";
import { vietnamDay } from "../intake/receipt";

export const QUEUE_PAGE = 50;

const day = z.iso.date();

/** The queue's filters, as the workspace sends them in the query string. */
export const QueueFilterSchema = z.object({
  /** `open`: received or in review (the default); `all`; or one state. */
  state: z._default(z.union([SubmissionStateSchema, z.enum(["open", "all"])]), "open"),
  kind: z.optional(z.enum(["report", "case"])),
  platform: z.optional(PlatformSchema),
  category: z.optional(WarningCategorySchema),
  seller: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))),
  province: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))),
  from: z.optional(day),
  to: z.optional(day),
  /** Words of titles, notes and seller names, with or without diacritics. */
  q: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
  page: z._default(z.coerce.number().check(z.int(), z.gte(0), z.lte(10_000)), 0),
});
export type QueueFilter = z.infer<typeof QueueFilterSchema>;

/** One row of the queue: a seller's (or a listing's) reports, or a case. */
export interface QueueRow {
  groupKey: string;
  kind: "report" | "case";
  count: number;
  open: number;
  lastReceivedAt: string;
  firstReceivedAt: string;
  title: string;
  platform: string | null;
  sellerId: string | null;
  sellerName: string | null;
  latestId: string;
  states: Record<string, number>;
}

/** `a b` → `'a':* & 'b':*` over folded words (only letters and digits reach the query). */
export function searchQuery(text: string): string | undefined {
  const words = foldTextReference(text).split(" ").filter(Boolean).slice(0, 10);
  return words.length > 0 ? words.map((w) => `'${w}':*`).join(" & ") : undefined;
}

/** The office's queue, grouped, newest group first, one page at a time (with whether there is another). */
export async function queuePage(
  db: Kysely<Database>,
  officeId: string,
  filter: QueueFilter,
): Promise<{ rows: QueueRow[]; more: boolean }> {
  let query = db.selectFrom("submissions as s").where("s.office_id", "=", officeId);
  if (filter.state === "open") query = query.where("s.state", "in", ["received", "in_review"]);
  else if (filter.state !== "all") query = query.where("s.state", "=", filter.state);
  if (filter.kind) query = query.where("s.kind", "=", filter.kind);
  if (filter.platform) query = query.where("s.platform", "=", filter.platform);
  if (filter.category) query = query.where("s.category", "=", filter.category);
  if (filter.seller) query = query.where("s.seller_id", "=", filter.seller);
  if (filter.province) query = query.where("s.province", "=", filter.province);
  if (filter.from)
    query = query.where("s.received_at", ">=", vietnamDay(new Date(`${filter.from}T12:00:00+07:00`)).start);
  if (filter.to)
    query = query.where("s.received_at", "<", vietnamDay(new Date(`${filter.to}T12:00:00+07:00`)).end);
  const words = filter.q ? searchQuery(filter.q) : undefined;
  if (filter.q && !words) return { rows: [], more: false };
  if (words) query = query.where(sql<boolean>`s.search @@ to_tsquery('simple', ${words})`);

  const rows = await query
    .select([
      "s.group_key",
      sql<string>`min(s.kind)`.as("kind"),
      sql<number>`count(*)::int`.as("count"),
      sql<number>`(count(*) filter (where s.state in ('received', 'in_review')))::int`.as("open"),
      sql<Date>`max(s.received_at)`.as("last"),
      sql<Date>`min(s.received_at)`.as("first"),
      sql<string>`(array_agg(s.title order by s.received_at desc))[1]`.as("title"),
      sql<string>`(array_agg(s.id::text order by s.received_at desc))[1]`.as("latest_id"),
      sql<string | null>`max(s.platform)`.as("platform"),
      sql<string | null>`max(s.seller_id)`.as("seller_id"),
      sql<Record<string, number>>`jsonb_build_object(
        'received', count(*) filter (where s.state = 'received'),
        'in_review', count(*) filter (where s.state = 'in_review'),
        'action_taken', count(*) filter (where s.state = 'action_taken'),
        'declined', count(*) filter (where s.state = 'declined'))`.as("states"),
    ])
    .groupBy("s.group_key")
    .orderBy(sql`max(s.received_at)`, "desc")
    .limit(QUEUE_PAGE + 1)
    .offset(filter.page * QUEUE_PAGE)
    .execute();

  const page = rows.slice(0, QUEUE_PAGE);
  // Seller names come from the newest listing of each group on the page (50 lookups by key, not a scan).
  const ids = page.map((r) => r.latest_id);
  const names =
    ids.length === 0
      ? []
      : await db
          .selectFrom("submitted_listings")
          .select(["submission_id", "seller_name"])
          .where("submission_id", "in", ids)
          .where("position", "=", 0)
          .execute();
  const nameOf = new Map(names.map((n) => [n.submission_id, n.seller_name]));
  return {
    more: rows.length > QUEUE_PAGE,
    rows: page.map((r) => ({
      groupKey: r.group_key ?? "",
      kind: r.kind as "report" | "case",
      count: r.count,
      open: r.open,
      lastReceivedAt: new Date(r.last).toISOString(),
      firstReceivedAt: new Date(r.first).toISOString(),
      title: r.title ?? "",
      platform: r.platform,
      sellerId: r.seller_id,
      sellerName: r.kind === "case" ? null : (nameOf.get(r.latest_id) ?? null),
      latestId: r.latest_id,
      states: r.states,
    })),
  };
}
