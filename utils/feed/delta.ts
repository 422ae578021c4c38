import * as z from "zod/mini";
import { LocalizedTextSchema } from "../localized";
import { PlatformSchema } from "../sites/listing";
import {
  BrandSchema,
  ContactSchema,
  FEED_LIMITS,
  type Feed,
  FeedSchema,
  GuideSchema,
  PlatformEntrySchema,
  SignalsSchema,
  WarningSchema,
} from "./schema";

export const DELTA_FORMAT = "soi-hang-delta";

/**
 * The change from serial `from` to serial `to` = from + 1 of one publisher's feed: entries added or replaced
 * (matched by id; contacts by province), entries removed, and the feed-level fields of the new serial.
 * List order carries no meaning in a feed, so a delta does not record it.
 */
export const DeltaSchema = z.object({
  format: z.literal(DELTA_FORMAT),
  version: z.literal(1),
  publisher: z.object({ id: z.string().check(z.minLength(1), z.maxLength(100)), name: LocalizedTextSchema }),
  from: z.int().check(z.nonnegative()),
  to: z.int().check(z.positive()),
  issued: z.iso.datetime({ offset: true }),
  expires: z.iso.datetime({ offset: true }),
  sample: z.boolean(),
  notice: z.optional(LocalizedTextSchema),
  signals: SignalsSchema,
  upserts: z.object({
    warnings: z.array(WarningSchema).check(z.maxLength(FEED_LIMITS.warnings)),
    platforms: z.array(PlatformEntrySchema).check(z.maxLength(FEED_LIMITS.platforms)),
    brands: z.array(BrandSchema).check(z.maxLength(FEED_LIMITS.brands)),
    contacts: z.array(ContactSchema).check(z.maxLength(FEED_LIMITS.contacts)),
    // Deltas made before guides existed carry none.
    guides: z._default(z.array(GuideSchema).check(z.maxLength(FEED_LIMITS.guides)), []),
  }),
  // The feed a delta makes is checked against the feed's own bounds (applyDelta parses it with FeedSchema).
  removals: z.object({
    warnings: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(FEED_LIMITS.warnings)),
    platforms: z.array(PlatformSchema).check(z.maxLength(FEED_LIMITS.platforms)),
    brands: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(FEED_LIMITS.brands)),
    contacts: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(FEED_LIMITS.contacts)),
    guides: z._default(
      z.array(z.string().check(z.maxLength(100))).check(z.maxLength(FEED_LIMITS.guides)),
      [],
    ),
  }),
});
export type Delta = z.infer<typeof DeltaSchema>;

type ListName = "warnings" | "platforms" | "brands" | "contacts" | "guides";
const LISTS: ListName[] = ["warnings", "platforms", "brands", "contacts", "guides"];

function idOf(list: ListName, entry: unknown): string {
  const e = entry as { id?: string; province?: string };
  return String(list === "contacts" ? e.province : e.id);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export class DeltaGapError extends Error {}

/** The delta that turns `old` into `next`; both must be the same publisher's, `next` the very next serial. */
export function diffFeeds(old: Feed, next: Feed): Delta {
  if (old.publisher.id !== next.publisher.id)
    throw new DeltaGapError("the feeds are from different publishers");
  if (next.serial !== old.serial + 1)
    throw new DeltaGapError(`serial ${old.serial} → ${next.serial} is not one step`);
  const upserts = { warnings: [], platforms: [], brands: [], contacts: [], guides: [] } as Delta["upserts"];
  const removals = { warnings: [], platforms: [], brands: [], contacts: [], guides: [] } as Delta["removals"];
  for (const list of LISTS) {
    const before = new Map(old[list].map((e) => [idOf(list, e), e]));
    const after = new Map(next[list].map((e) => [idOf(list, e), e]));
    for (const [id, entry] of after) {
      if (!same(before.get(id), entry)) (upserts[list] as unknown[]).push(entry);
    }
    for (const id of before.keys()) if (!after.has(id)) (removals[list] as string[]).push(id);
  }
  return {
    format: DELTA_FORMAT,
    version: 1,
    publisher: next.publisher,
    from: old.serial,
    to: next.serial,
    issued: next.issued,
    expires: next.expires,
    sample: next.sample,
    ...(next.notice ? { notice: next.notice } : {}),
    signals: next.signals,
    upserts,
    removals,
  };
}

/** Applies a delta to the feed it was made from; any gap or mismatch throws, so the caller fetches the full feed. */
export function applyDelta(feed: Feed, delta: Delta): Feed {
  if (delta.publisher.id !== feed.publisher.id) throw new DeltaGapError("the delta is for another publisher");
  if (delta.from !== feed.serial || delta.to !== feed.serial + 1) {
    throw new DeltaGapError(`the delta goes ${delta.from} → ${delta.to}, the feed held is ${feed.serial}`);
  }
  const out: Record<ListName, unknown[]> = {
    warnings: [],
    platforms: [],
    brands: [],
    contacts: [],
    guides: [],
  };
  for (const list of LISTS) {
    const removed = new Set<string>(delta.removals[list]);
    const upserted = new Map<string, unknown>(delta.upserts[list].map((e) => [idOf(list, e), e]));
    for (const entry of feed[list]) {
      const id = idOf(list, entry);
      if (removed.has(id)) continue;
      out[list].push(upserted.get(id) ?? entry);
      upserted.delete(id);
    }
    out[list].push(...upserted.values());
  }
  return FeedSchema.parse({
    format: feed.format,
    version: feed.version,
    publisher: delta.publisher,
    serial: delta.to,
    issued: delta.issued,
    expires: delta.expires,
    sample: delta.sample,
    ...(delta.notice ? { notice: delta.notice } : {}),
    signals: delta.signals,
    ...out,
  });
}

/** Lists sorted by id: two feeds with the same entries in another order are the same feed. */
export function canonicalFeed(feed: Feed): Feed {
  const sorted = <T>(list: ListName, entries: T[]) =>
    [...entries].sort((a, b) => idOf(list, a).localeCompare(idOf(list, b)));
  return {
    ...feed,
    warnings: sorted("warnings", feed.warnings),
    platforms: sorted("platforms", feed.platforms),
    brands: sorted("brands", feed.brands),
    contacts: sorted("contacts", feed.contacts),
    guides: sorted("guides", feed.guides),
  };
}
