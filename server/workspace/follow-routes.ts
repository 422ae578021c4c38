import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import * as z from "zod/mini";
import type { Database } from "../db/tables";
import {
  FollowInputSchema,
  followFeed,
  listFollowed,
  refreshFollowedFeeds,
  unfollowFeed,
} from "../following/followed-feeds";
import { actorOf, noStore, parsed, staffWith } from "./http";

/** Other offices' signed feeds this office follows (sharing between agencies). */
export async function followRoutes(app: FastifyInstance, options: { db: Kysely<Database> }) {
  const { db } = options;
  app.get("/workspace/api/followed", async (request, reply) => {
    const user = staffWith(request, "review");
    noStore(reply);
    return { feeds: await listFollowed(db, user.officeId) };
  });
  // Adding one makes the service fetch an address: publishers and admins only.
  app.post("/workspace/api/followed", async (request) => {
    const user = staffWith(request, "publish");
    await followFeed(db, actorOf(user), parsed(FollowInputSchema, request.body));
    return { feeds: await listFollowed(db, user.officeId) };
  });
  app.post("/workspace/api/followed/refresh", async (request) => {
    const user = staffWith(request, "review");
    await refreshFollowedFeeds(db, user.officeId);
    return { feeds: await listFollowed(db, user.officeId) };
  });
  app.post("/workspace/api/followed/remove", async (request) => {
    const user = staffWith(request, "publish");
    const { url } = parsed(z.object({ url: z.string().check(z.maxLength(2000)) }), request.body);
    await unfollowFeed(db, actorOf(user), url);
    return { feeds: await listFollowed(db, user.officeId) };
  });
}
