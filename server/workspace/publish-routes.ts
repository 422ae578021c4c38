import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import * as z from "zod/mini";
import { audit } from "../audit/audit";
import type { Database } from "../db/tables";
import { feedPath, officeFeedSettings, saveOfficeFeedSettings } from "../publishing/office-feed";
import { pendingChanges, publishFeed } from "../publishing/publish";
import { publicKeyOf, readSigningKey, SigningKeyError } from "../publishing/signing-key";
import { actorOf, noStore, originOf, parsed, staffWith } from "./http";

/** The office's feed: its state, publishing it, and its schedule. */
export async function publishRoutes(
  app: FastifyInstance,
  options: { db: Kysely<Database>; feedDir?: string },
) {
  const { db } = options;

  app.get("/workspace/api/publish", async (request, reply) => {
    const user = staffWith(request, "review");
    const settings = await officeFeedSettings(db, user.officeId);
    const last = await db
      .selectFrom("published_feeds")
      .select(["serial", "published_at"])
      .where("office_id", "=", user.officeId)
      .orderBy("serial", "desc")
      .limit(1)
      .executeTakeFirst();
    let key: { id: string; publicKey: string } | undefined;
    let keyError: string | undefined;
    try {
      key = publicKeyOf(readSigningKey(settings.keyFile));
    } catch (e) {
      keyError = e instanceof SigningKeyError ? e.message : String(e);
    }
    noStore(reply);
    return {
      feedUrl: `${settings.publicUrl ?? originOf(request)}${feedPath(user.officeId)}`,
      ...(last ? { serial: last.serial, publishedAt: new Date(last.published_at).toISOString() } : {}),
      pending: await pendingChanges(db, user.officeId),
      autoPublishMinutes: settings.autoPublishMinutes,
      ...(key ? { key } : {}),
      ...(keyError ? { keyError } : {}),
    };
  });

  app.post("/workspace/api/publish", async (request) => {
    const user = staffWith(request, "publish");
    return publishFeed(db, actorOf(user), {
      origin: originOf(request),
      ...(options.feedDir ? { feedDir: options.feedDir } : {}),
    });
  });

  app.put("/workspace/api/publish/schedule", async (request) => {
    const user = staffWith(request, "publish");
    const { autoPublishMinutes } = parsed(
      z.object({ autoPublishMinutes: z.nullable(z.int().check(z.gte(5), z.lte(7 * 24 * 60))) }),
      request.body,
    );
    const before = (await officeFeedSettings(db, user.officeId)).autoPublishMinutes;
    await saveOfficeFeedSettings(db, user.officeId, { autoPublishMinutes });
    await audit(db, actorOf(user), {
      action: "feed.schedule",
      subject: `office:${user.officeId}`,
      before: { autoPublishMinutes: before },
      after: { autoPublishMinutes },
    });
    return { autoPublishMinutes };
  });
}
