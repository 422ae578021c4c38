import { createHash } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import type { Database } from "../db/tables";

interface Served {
  bytes: Buffer;
  etag: string;
  lastModified: Date;
  type: string;
}

/** The public answer for a file of a published feed: CORS, ETag and Last-Modified, 304 when unchanged. */
function serve(request: FastifyRequest, reply: FastifyReply, file: Served | undefined) {
  reply
    .header("access-control-allow-origin", "*")
    .header("access-control-expose-headers", "etag, last-modified");
  if (!file) {
    reply.outcome = "no_feed";
    return reply.code(404).send({ reason: "not published" });
  }
  reply
    .header("etag", file.etag)
    .header("last-modified", file.lastModified.toUTCString())
    .header("cache-control", "no-cache")
    .header("x-content-type-options", "nosniff");
  const ifNoneMatch = request.headers["if-none-match"];
  const ifModifiedSince = Date.parse(request.headers["if-modified-since"] ?? "");
  const unchanged =
    ifNoneMatch !== undefined
      ? ifNoneMatch.split(",").some((t) => t.trim() === file.etag)
      : Number.isFinite(ifModifiedSince) &&
        Math.floor(file.lastModified.getTime() / 1000) * 1000 <= ifModifiedSince;
  if (unchanged) {
    reply.outcome = "not_modified";
    return reply.code(304).send();
  }
  reply.outcome = "feed";
  return reply.type(file.type).send(file.bytes);
}

/** A published file as served: JSON, its ETag from its bytes, its date the publish's. */
const served = (bytes: Buffer, publishedAt: Date | string): Served => ({
  bytes,
  etag: `"${createHash("sha256").update(bytes).digest("hex").slice(0, 32)}"`,
  lastModified: new Date(publishedAt),
  type: "application/json; charset=utf-8",
});

/**
 * `GET /feeds/<office>/feed.json`, its `.sig`, and the deltas at `feed.json.delta/<n>.json` (and `.sig`): the
 * README's feed protocol, so that any extension can follow the office's feed directly.
 */
export async function feedRoutes(app: FastifyInstance, options: { db: Kysely<Database> }) {
  const { db } = options;
  const latest = (office: string) =>
    db
      .selectFrom("published_feeds")
      .select(["serial", "feed", "signature", "published_at"])
      .where("office_id", "=", office)
      .orderBy("serial", "desc")
      .limit(1)
      .executeTakeFirst();
  app.options("/feeds/*", (_request, reply) =>
    reply
      .header("access-control-allow-origin", "*")
      .header("access-control-allow-headers", "if-none-match, if-modified-since")
      .header("access-control-max-age", "600")
      .code(204)
      .send(),
  );
  app.get<{ Params: { office: string } }>("/feeds/:office/feed.json", async (request, reply) => {
    const row = await latest(request.params.office);
    return serve(request, reply, row && served(Buffer.from(row.feed), row.published_at));
  });
  app.get<{ Params: { office: string } }>("/feeds/:office/feed.json.sig", async (request, reply) => {
    const row = await latest(request.params.office);
    return serve(request, reply, row && served(Buffer.from(row.signature, "utf8"), row.published_at));
  });
  app.get<{ Params: { office: string; file: string } }>(
    "/feeds/:office/feed.json.delta/:file",
    async (request, reply) => {
      const match = /^(\d{1,9})\.json(\.sig)?$/.exec(request.params.file);
      const row = match
        ? await db
            .selectFrom("published_feeds")
            .select(["delta", "delta_signature", "published_at"])
            .where("office_id", "=", request.params.office)
            .where("serial", "=", Number(match[1]) + 1)
            .executeTakeFirst()
        : undefined;
      const bytes =
        row?.delta && row.delta_signature
          ? match?.[2]
            ? Buffer.from(row.delta_signature, "utf8")
            : Buffer.from(row.delta)
          : undefined;
      return serve(request, reply, row && bytes && served(bytes, row.published_at));
    },
  );
}
