import type {} from "@fastify/cookie";
import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import { SESSION_COOKIE, sessionUser } from "../accounts/sessions";
import type { Database } from "../db/tables";
import { originOf } from "./http";

/** What the workspace's pages may load: only their own scripts, styles, pictures and API; nothing may frame them. */
export const WORKSPACE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Paths of the workspace API that answer without a session. */
const OPEN_PATHS = new Set(["/workspace/api/login"]);

/**
 * The workspace's guards, in the order a request meets them: security headers on every answer; every
 * state-changing request from the workspace's own origin (Origin, or Sec-Fetch-Site when a browser sends no
 * Origin); every API route but the login behind a live session (401 otherwise).
 */
export function registerGuards(app: FastifyInstance, db: Kysely<Database>): void {
  app.decorateRequest("staff", undefined);
  app.addHook("onRequest", async (request, reply) => {
    reply
      .header("content-security-policy", WORKSPACE_CSP)
      .header("x-frame-options", "DENY")
      .header("x-content-type-options", "nosniff")
      .header("referrer-policy", "no-referrer")
      .header("cross-origin-opener-policy", "same-origin")
      .header("cross-origin-resource-policy", "same-origin");
    if (STATE_CHANGING.has(request.method)) {
      const origin = request.headers.origin;
      const site = request.headers["sec-fetch-site"];
      const sameOrigin = origin !== undefined ? origin === originOf(request) : site === "same-origin";
      if (!sameOrigin) {
        reply.outcome = "cross_origin";
        return reply
          .code(403)
          .send({ reason: "requests that change anything must come from the workspace itself" });
      }
    }
    const path = request.url.split("?")[0] ?? "";
    request.staff = await sessionUser(db, request.cookies[SESSION_COOKIE]);
    if (path.startsWith("/workspace/api/") && !OPEN_PATHS.has(path) && !request.staff) {
      reply.outcome = "no_session";
      return reply.code(401).send({ reason: "sign in first" });
    }
  });
}
