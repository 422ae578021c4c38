import cors from "@fastify/cors";
import Fastify, { type FastifyError, type FastifyInstance, LogController } from "fastify";
import type { Kysely } from "kysely";
import { sql } from "kysely";
import type { ByteaParam } from "./db/open";
import type { Database } from "./db/tables";
import { createDailyCap } from "./intake/daily-cap";
import { type IntakeLimits, intakePlugin, PUBLIC_CORS } from "./intake/plugin";
import type { StoredEvent } from "./intake/receive";
import { createOfficeDirectory } from "./offices/offices";
import { feedRoutes } from "./publishing/feed-routes";
import { statusPlugin } from "./status/plugin";
import { workspacePlugin } from "./workspace/plugin";

declare module "fastify" {
  interface FastifyInstance {
    /** Every route of the service, as registered (the workspace's tests walk them). */
    routeList: { method: string; url: string }[];
  }
  interface FastifyReply {
    /** What the request came to, in a word, for its log line ("stored", "duplicate", "invalid", …). */
    outcome: string;
    /** More fields for the log line; never personal data. */
    logFields: Record<string, string> | undefined;
  }
}

export interface AppOptions {
  db: Kysely<Database>;
  bytea: ByteaParam;
  limits: IntakeLimits;
  /** Take the client's address from X-Forwarded-For (only behind a reverse proxy that sets it). */
  trustProxy: boolean;
  /** Log lines go here (one JSON line per request); false: no log. */
  log: false | { write(line: string): void };
  /** Said by /health. */
  databaseKind: "embedded" | "server";
  onStored?: (event: StoredEvent) => void;
  /** The review workspace's built pages. */
  uiDir: string;
  /** Where published feeds are also written as static files; none when undefined. */
  feedDir?: string;
}

/** The service: one Fastify plugin per concern, each with its own limits and CORS. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.log ? { level: "info", stream: options.log } : false,
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: options.trustProxy,
    // Closing: idle keep-alive connections go at once, requests in flight finish.
    forceCloseConnections: "idle",
    // The bodies the intake takes are limited per route; nothing else takes more than this.
    bodyLimit: 1024 * 1024,
  });
  app.decorateReply("outcome", "");
  app.decorateReply("logFields", undefined);
  const routes: { method: string; url: string }[] = [];
  app.addHook("onRoute", (route) => {
    for (const method of [route.method].flat()) routes.push({ method, url: route.url });
  });
  app.decorate("routeList", routes);

  // One line per request: what was asked, how it ended, how long it took. No address, query, body or token.
  app.addHook("onResponse", (request, reply, done) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? "(no route)",
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
        ...(reply.outcome ? { outcome: reply.outcome } : {}),
        ...reply.logFields,
      },
      "request",
    );
    done();
  });
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ err: error }, "request failed");
    return reply.code(status).send({ reason: status >= 500 ? "internal error" : error.message });
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ reason: "not found" }));

  app.get("/health", async (_request, reply) => {
    try {
      await sql`select 1`.execute(options.db);
      return { status: "ok", database: options.databaseKind };
    } catch {
      return reply.code(503).send({ status: "unavailable", reason: "the database does not answer" });
    }
  });

  const context = {
    db: options.db,
    offices: createOfficeDirectory(options.db),
    dailyCap: createDailyCap(options.db),
    bytea: options.bytea,
    ...(options.onStored ? { onStored: options.onStored } : {}),
  };
  // The public API (/api: reports, cases, statuses) answers any origin; nothing else does.
  await app.register(async (api) => {
    await api.register(cors, PUBLIC_CORS);
    await api.register(intakePlugin, { context, limits: options.limits });
    await api.register(statusPlugin, { db: options.db });
  });
  await app.register(feedRoutes, { db: options.db });
  await app.register(workspacePlugin, {
    db: options.db,
    uiDir: options.uiDir,
    ...(options.feedDir ? { feedDir: options.feedDir } : {}),
  });
  return app;
}
