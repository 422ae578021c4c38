import type { Kysely } from "kysely";
import * as z from "zod/mini";
import { BrandSchema, ContactSchema, PlatformEntrySchema, SignalsSchema } from "../../utils/feed/schema";
import { LocalizedTextSchema } from "../../utils/localized";
import type { Database } from "../db/tables";

/** The office's own platforms, brands, signals and contacts: carried in every feed it publishes. */
export const FeedExtrasSchema = z.object({
  platforms: z._default(z.array(PlatformEntrySchema), []),
  brands: z._default(z.array(BrandSchema), []),
  signals: z._default(SignalsSchema, { slang: [], negations: [], prohibited: [] }),
  contacts: z._default(z.array(ContactSchema), []),
});
export type FeedExtras = z.infer<typeof FeedExtrasSchema>;

export interface OfficeFeedSettings {
  keyFile: string | null;
  publisherName?: z.infer<typeof LocalizedTextSchema>;
  extras: FeedExtras;
  autoPublishMinutes: number | null;
  publicUrl: string | null;
}

export async function officeFeedSettings(
  db: Kysely<Database>,
  officeId: string,
): Promise<OfficeFeedSettings> {
  const row = await db
    .selectFrom("office_feeds")
    .selectAll()
    .where("office_id", "=", officeId)
    .executeTakeFirst();
  const name = row?.publisher_name ? LocalizedTextSchema.safeParse(row.publisher_name) : undefined;
  return {
    keyFile: row?.key_file ?? null,
    ...(name?.success ? { publisherName: name.data } : {}),
    extras: FeedExtrasSchema.parse(row?.extras ?? {}),
    autoPublishMinutes: row?.auto_publish_minutes ?? null,
    publicUrl: row?.public_url ?? null,
  };
}

/** Changes some of an office's feed settings (the rest stay). */
export async function saveOfficeFeedSettings(
  db: Kysely<Database>,
  officeId: string,
  change: Partial<OfficeFeedSettings>,
): Promise<void> {
  const values = {
    ...(change.keyFile !== undefined ? { key_file: change.keyFile } : {}),
    ...(change.publisherName !== undefined ? { publisher_name: JSON.stringify(change.publisherName) } : {}),
    ...(change.extras !== undefined ? { extras: JSON.stringify(FeedExtrasSchema.parse(change.extras)) } : {}),
    ...(change.autoPublishMinutes !== undefined ? { auto_publish_minutes: change.autoPublishMinutes } : {}),
    ...(change.publicUrl !== undefined ? { public_url: change.publicUrl } : {}),
  };
  await db
    .insertInto("office_feeds")
    .values({ office_id: officeId, ...values })
    .onConflict((c) =>
      Object.keys(values).length > 0
        ? c.column("office_id").doUpdateSet(values)
        : c.column("office_id").doNothing(),
    )
    .execute();
}

/** Where the service serves an office's feed (its `.sig` beside it, deltas at `<feed>.delta/<n>.json`). */
export const feedPath = (officeId: string) => `/feeds/${officeId}/feed.json`;
