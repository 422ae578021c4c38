import { type Kysely, sql, type Transaction } from "kysely";
import { diffFeeds } from "../../utils/feed/delta";
import { FEED_FORMAT, FEED_VERSION, type Feed, FeedSchema, WarningSchema } from "../../utils/feed/schema";
import { signFeedBytes } from "../../utils/feed/sign";
import { SafeAddressSchema } from "../../utils/web-address";
import { type Actor, audit } from "../audit/audit";
import type { Database } from "../db/tables";
import { officePaths } from "../offices/offices";
import { officeFeedSettings } from "./office-feed";
import { readSigningKey } from "./signing-key";
import { writeStaticCopies } from "./static-copies";

/** How long a published feed stays in force without a new one: the scheduler publishes again well before. */
export const FEED_DAYS = 30;

export class PublishError extends Error {}

export interface Published {
  serial: number;
  warnings: number;
  /** Submissions that moved to "action taken" with this publish. */
  actionTaken: number;
  publishedAt: string;
  /** The feed is published (and served); only its static copies could not be written. */
  staticCopyError?: string;
  /** Nothing changed since a publish a moment ago: that one stands (`warnings` is then not counted). */
  unchanged?: true;
}

/** A publish with nothing new this soon after another is the same press twice. */
const REPEAT_WINDOW_MS = 60_000;

/**
 * Publishes the office's next feed: serial + 1, every warning in force, the office's own platforms, brands,
 * signals and contacts (its intake address for its province), signed with its key, with the delta from the last
 * serial. One transaction: two publishers at once make one serial each in turn, a failure writes nothing, and
 * the feed served is the old one or the new one, whole. Static copies follow the commit.
 */
export async function publishFeed(
  db: Kysely<Database>,
  actor: Actor,
  options: { origin: string; feedDir?: string; now?: Date },
): Promise<Published> {
  const now = options.now ?? new Date();
  const settings = await officeFeedSettings(db, actor.officeId);
  // The key is read first: a missing or wrong key stops everything before anything is written.
  const key = readSigningKey(settings.keyFile);
  const result = await db.transaction().execute(async (tx) => {
    // One publisher at a time per office: the office's row is the lock.
    await sql`select id from offices where id = ${actor.officeId} for update`.execute(tx);
    const office = await tx
      .selectFrom("offices")
      .selectAll()
      .where("id", "=", actor.officeId)
      .executeTakeFirstOrThrow();
    const last = await tx
      .selectFrom("published_feeds")
      .select(["serial", "feed", "published_at"])
      .where("office_id", "=", actor.officeId)
      .orderBy("serial", "desc")
      .limit(1)
      .executeTakeFirst();
    // A second press of "publish" while the first was running (two publishers at once): that feed stands.
    if (
      last &&
      now.getTime() - new Date(last.published_at).getTime() < REPEAT_WINDOW_MS &&
      (await pendingChanges(tx, actor.officeId)) === 0
    )
      return { unchanged: true as const, serial: last.serial, publishedAt: new Date(last.published_at) };
    const serial = (last?.serial ?? 0) + 1;
    const rows = await tx
      .selectFrom("warnings")
      .select(["id", "warning"])
      .where("office_id", "=", actor.officeId)
      .where("status", "=", "active")
      .orderBy("id")
      .execute();
    const warnings = rows
      .map((r) => WarningSchema.parse(r.warning))
      .filter((w) => !w.validUntil || Date.parse(w.validUntil) > now.getTime());
    const base = settings.publicUrl ?? options.origin;
    const own = settings.extras.contacts.find((c) => c.province === (office.province ?? office.name));
    // Browsers take an intake only over https (or on their own machine): an office reached over plain http
    // publishes its contact without one, and people's reports go where their settings say.
    const intake = `${base}${officePaths(office.id).reports}`;
    const contacts = [
      ...settings.extras.contacts.filter((c) => c !== own),
      {
        // The report form names the recipient by the office's name, not its address.
        name: { vi: office.name },
        ...own,
        province: office.province ?? office.name,
        ...(SafeAddressSchema.safeParse(intake).success ? { intake } : {}),
      },
    ];
    const feed: Feed = FeedSchema.parse({
      format: FEED_FORMAT,
      version: FEED_VERSION,
      publisher: { id: office.id, name: settings.publisherName ?? { vi: office.name } },
      serial,
      issued: now.toISOString(),
      expires: new Date(now.getTime() + FEED_DAYS * 86_400_000).toISOString(),
      sample: false,
      warnings,
      platforms: settings.extras.platforms,
      brands: settings.extras.brands,
      signals: settings.extras.signals,
      contacts,
    });
    const bytes = Buffer.from(JSON.stringify(feed), "utf8");
    const signature = `${JSON.stringify(signFeedBytes(bytes, key))}\n`;
    let delta: { from: number; bytes: Buffer; signature: string } | undefined;
    if (last) {
      const previous = FeedSchema.parse(JSON.parse(Buffer.from(last.feed).toString("utf8")));
      if (previous.publisher.id === feed.publisher.id) {
        const deltaBytes = Buffer.from(JSON.stringify(diffFeeds(previous, feed)), "utf8");
        delta = {
          from: last.serial,
          bytes: deltaBytes,
          signature: `${JSON.stringify(signFeedBytes(deltaBytes, key))}\n`,
        };
      }
    }
    await tx
      .insertInto("published_feeds")
      .values({
        office_id: office.id,
        serial,
        feed: bytes,
        signature,
        delta: delta?.bytes ?? null,
        delta_signature: delta?.signature ?? null,
        published_at: now,
        published_by: actor.id,
      })
      .execute();
    const published = rows.filter((r) => warnings.some((w) => w.id === r.id)).map((r) => r.id);
    if (published.length > 0)
      await tx
        .updateTable("warnings")
        .set({ published_serial: serial })
        .where("office_id", "=", office.id)
        .where("id", "in", published)
        .execute();
    // The reports these warnings answer: action taken, and the reporter reads what was done.
    const answered =
      published.length === 0
        ? []
        : await tx
            .selectFrom("warning_submissions as ws")
            .innerJoin("submissions as s", "s.id", "ws.submission_id")
            .select(["s.id", "s.state", "ws.warning_id"])
            .where("ws.office_id", "=", office.id)
            .where("ws.warning_id", "in", published)
            .where("s.state", "in", ["received", "in_review"])
            .execute();
    const byId = new Map(warnings.map((w) => [w.id, w]));
    for (const s of answered) {
      const w = byId.get(s.warning_id);
      const decision = w?.source.decision ? ` (${w.source.decision})` : "";
      const note = {
        vi: `Đã công bố cảnh báo: ${w?.reason.vi ?? ""}${decision}`,
        en: `A warning was published: ${w?.reason.en ?? w?.reason.vi ?? ""}${decision}`,
      };
      await tx
        .updateTable("submissions")
        .set({ state: "action_taken", state_note: JSON.stringify(note), state_changed_at: now })
        .where("id", "=", s.id)
        .execute();
    }
    await audit(tx, actor, [
      { action: "feed.publish", subject: `feed:${serial}`, after: { serial, warnings: warnings.length } },
      ...answered.map((s) => ({
        action: "submission.action_taken",
        subject: `submission:${s.id}`,
        before: { state: s.state },
        after: { state: "action_taken", warning: s.warning_id },
      })),
    ]);
    return {
      unchanged: false as const,
      serial,
      bytes,
      signature,
      delta,
      warnings: warnings.length,
      actionTaken: answered.length,
    };
  });
  if (result.unchanged)
    return {
      serial: result.serial,
      warnings: -1,
      actionTaken: 0,
      publishedAt: result.publishedAt.toISOString(),
      unchanged: true,
    };
  let staticCopyError: string | undefined;
  if (options.feedDir)
    try {
      writeStaticCopies(options.feedDir, actor.officeId, {
        serial: result.serial,
        feed: result.bytes,
        signature: result.signature,
        ...(result.delta ? { delta: result.delta } : {}),
      });
    } catch (e) {
      staticCopyError = e instanceof Error ? e.message : String(e);
    }
  return {
    serial: result.serial,
    warnings: result.warnings,
    actionTaken: result.actionTaken,
    publishedAt: now.toISOString(),
    ...(staticCopyError ? { staticCopyError } : {}),
  };
}

/** What changed since the last publish: warnings made, edited or withdrawn after it. */
export async function pendingChanges(
  db: Kysely<Database> | Transaction<Database>,
  officeId: string,
): Promise<number> {
  const last = await db
    .selectFrom("published_feeds")
    .select("published_at")
    .where("office_id", "=", officeId)
    .orderBy("serial", "desc")
    .limit(1)
    .executeTakeFirst();
  let query = db
    .selectFrom("warnings")
    .select(sql<number>`count(*)::int`.as("n"))
    .where("office_id", "=", officeId);
  if (last) query = query.where("updated_at", ">", last.published_at);
  return (await query.executeTakeFirstOrThrow()).n;
}
