import type { Kysely } from "kysely";
import * as z from "zod/mini";
import { checkFeed, fetchFeed } from "../../utils/feed/load";
import { type Feed, FeedSchema, type Warning } from "../../utils/feed/schema";
import { type Actor, audit } from "../audit/audit";
import type { Database } from "../db/tables";
import { targetKey } from "../warnings/target-keys";
import { WebAddressSchema } from "../warnings/warning-input";

/** Another office's feed, pinned by its publisher's key, as the extension pins a subscription. */
export const FollowInputSchema = z.object({
  url: WebAddressSchema,
  keyId: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  /** Raw 32-byte Ed25519 public key, base64. */
  publicKey: z.string().check(z.trim(), z.regex(/^[A-Za-z0-9+/]{43}=$/)),
});
export type FollowInput = z.input<typeof FollowInputSchema>;

export interface FollowedFeed {
  url: string;
  keyId: string;
  publisher?: { id: string; name: string };
  serial?: number;
  warnings: number;
  checkedAt?: string;
  error?: string;
}

const KeysSchema = z.array(z.object({ id: z.string(), publicKey: z.string() }));

/** Downloads and verifies one followed feed; keeps the new copy only when it verifies and is not older. */
async function refreshOne(db: Kysely<Database>, officeId: string, url: string): Promise<void> {
  const row = await db
    .selectFrom("followed_feeds")
    .select(["keys", "serial"])
    .where("office_id", "=", officeId)
    .where("url", "=", url)
    .executeTakeFirst();
  if (!row) return;
  const keys = KeysSchema.parse(row.keys);
  const download = await fetchFeed(url);
  let update: { feed?: string; serial?: number; error: string | null };
  if (!download.ok) update = { error: `${download.error}: ${download.detail}` };
  else if (download.notModified) update = { error: null };
  else {
    const checked = await checkFeed(download.bytes, download.signature, keys, {
      now: Date.now(),
      ...(row.serial !== null ? { heldSerial: row.serial } : {}),
    });
    update = checked.ok
      ? { feed: JSON.stringify(checked.feed), serial: checked.feed.serial, error: null }
      : { error: `${checked.error}: ${checked.detail}` };
  }
  await db
    .updateTable("followed_feeds")
    .set({ ...update, checked_at: new Date() })
    .where("office_id", "=", officeId)
    .where("url", "=", url)
    .execute();
}

export async function followFeed(db: Kysely<Database>, actor: Actor, input: FollowInput): Promise<void> {
  const { url, keyId, publicKey } = FollowInputSchema.parse(input);
  await db
    .insertInto("followed_feeds")
    .values({ office_id: actor.officeId, url, keys: JSON.stringify([{ id: keyId, publicKey }]) })
    .onConflict((c) =>
      c.columns(["office_id", "url"]).doUpdateSet({ keys: JSON.stringify([{ id: keyId, publicKey }]) }),
    )
    .execute();
  await audit(db, actor, {
    action: "feed.follow",
    subject: `followed:${url}`,
    after: { url, keyId, publicKey },
  });
  await refreshOne(db, actor.officeId, url);
}

export async function unfollowFeed(db: Kysely<Database>, actor: Actor, url: string): Promise<void> {
  await db
    .deleteFrom("followed_feeds")
    .where("office_id", "=", actor.officeId)
    .where("url", "=", url)
    .execute();
  await audit(db, actor, { action: "feed.unfollow", subject: `followed:${url}` });
}

/** Every followed feed of every office (the service does this hourly), or one office's. */
export async function refreshFollowedFeeds(db: Kysely<Database>, officeId?: string): Promise<void> {
  let query = db.selectFrom("followed_feeds").select(["office_id", "url"]);
  if (officeId) query = query.where("office_id", "=", officeId);
  for (const f of await query.execute()) await refreshOne(db, f.office_id, f.url);
}

export async function listFollowed(db: Kysely<Database>, officeId: string): Promise<FollowedFeed[]> {
  const rows = await db
    .selectFrom("followed_feeds")
    .select(["url", "keys", "feed", "serial", "checked_at", "error"])
    .where("office_id", "=", officeId)
    .orderBy("url")
    .execute();
  return rows.map((r) => {
    const feed = r.feed ? FeedSchema.safeParse(r.feed) : undefined;
    return {
      url: r.url,
      keyId: KeysSchema.parse(r.keys)[0]?.id ?? "",
      ...(feed?.success
        ? {
            publisher: { id: feed.data.publisher.id, name: feed.data.publisher.name.vi },
            warnings: feed.data.warnings.length,
          }
        : { warnings: 0 }),
      ...(r.serial !== null ? { serial: r.serial } : {}),
      ...(r.checked_at ? { checkedAt: new Date(r.checked_at).toISOString() } : {}),
      ...(r.error ? { error: r.error } : {}),
    };
  });
}

export interface FollowedWarning {
  feedUrl: string;
  publisher: { id: string; name: Feed["publisher"]["name"] };
  serial: number;
  warning: Warning;
}

/** Each followed feed's warnings by target key, built once per serial. */
const indexes = new Map<string, { serial: number; byKey: Map<string, Warning[]>; feed: Feed }>();

async function followedIndexes(db: Kysely<Database>, officeId: string) {
  const rows = await db
    .selectFrom("followed_feeds")
    .select(["url", "serial"])
    .where("office_id", "=", officeId)
    .where("serial", "is not", null)
    .execute();
  const out = [];
  for (const row of rows) {
    const cacheKey = `${officeId} ${row.url}`;
    let held = indexes.get(cacheKey);
    if (!held || held.serial !== row.serial) {
      const stored = await db
        .selectFrom("followed_feeds")
        .select("feed")
        .where("office_id", "=", officeId)
        .where("url", "=", row.url)
        .executeTakeFirst();
      const feed = FeedSchema.safeParse(stored?.feed);
      if (!feed.success) continue;
      const byKey = new Map<string, Warning[]>();
      for (const w of feed.data.warnings) {
        const key = targetKey(w.target);
        byKey.set(key, [...(byKey.get(key) ?? []), w]);
      }
      held = { serial: feed.data.serial, byKey, feed: feed.data };
      indexes.set(cacheKey, held);
    }
    out.push({ url: row.url, ...held });
  }
  return out;
}

/** What the offices this one follows have published about any of `keys`. */
export async function followedWarningsAbout(
  db: Kysely<Database>,
  officeId: string,
  keys: string[],
): Promise<FollowedWarning[]> {
  const found: FollowedWarning[] = [];
  for (const held of await followedIndexes(db, officeId))
    for (const key of keys)
      for (const warning of held.byKey.get(key) ?? [])
        found.push({
          feedUrl: held.url,
          publisher: { id: held.feed.publisher.id, name: held.feed.publisher.name },
          serial: held.serial,
          warning,
        });
  return found;
}

/** One warning of a followed feed, to adopt. */
export async function followedWarning(
  db: Kysely<Database>,
  officeId: string,
  feedUrl: string,
  warningId: string,
): Promise<FollowedWarning | undefined> {
  const held = (await followedIndexes(db, officeId)).find((f) => f.url === feedUrl);
  const warning = held?.feed.warnings.find((w) => w.id === warningId);
  return held && warning
    ? {
        feedUrl,
        publisher: { id: held.feed.publisher.id, name: held.feed.publisher.name },
        serial: held.serial,
        warning,
      }
    : undefined;
}
