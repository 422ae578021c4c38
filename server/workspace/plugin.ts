import cookie from "@fastify/cookie";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import { AccountError } from "../accounts/users";
import type { Database } from "../db/tables";
import { PublishError } from "../publishing/publish";
import { SigningKeyError } from "../publishing/signing-key";
import { WarningError } from "../warnings/warnings";
import { adminRoutes } from "./admin-routes";
import { authRoutes } from "./auth-routes";
import { followRoutes } from "./follow-routes";
import { registerGuards } from "./guard";
import { HttpError } from "./http";
import { publishRoutes } from "./publish-routes";
import { reviewRoutes } from "./review-routes";
import { uiRoutes } from "./ui-routes";
import { warningRoutes } from "./warning-routes";

function workspaceErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const known =
    error instanceof HttpError
      ? error.statusCode
      : error instanceof WarningError || error instanceof AccountError || error instanceof PublishError
        ? 400
        : error instanceof SigningKeyError
          ? 409
          : error.statusCode && error.statusCode >= 400 && error.statusCode < 500
            ? error.statusCode
            : undefined;
  if (known) {
    reply.outcome ||= "refused";
    return reply.code(known).send({ reason: error.message });
  }
  request.log.error({ err: error }, "workspace request failed");
  return reply.code(500).send({ reason: "internal error" });
}

/** The review workspace: its API (same origin only, behind sessions and roles) and its pages. */
export async function workspacePlugin(
  app: FastifyInstance,
  options: { db: Kysely<Database>; uiDir: string; feedDir?: string },
) {
  const { db } = options;
  await app.register(cookie);
  registerGuards(app, db);
  app.setErrorHandler(workspaceErrors);
  await app.register(authRoutes, { db });
  await app.register(reviewRoutes, { db });
  await app.register(warningRoutes, { db });
  await app.register(publishRoutes, { db, ...(options.feedDir ? { feedDir: options.feedDir } : {}) });
  await app.register(followRoutes, { db });
  await app.register(adminRoutes, { db });
  await app.register(uiRoutes, { uiDir: options.uiDir });
}
