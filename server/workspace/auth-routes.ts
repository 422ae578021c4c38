import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import * as z from "zod/mini";
import { login } from "../accounts/login";
import { capabilitiesOf } from "../accounts/roles";
import { endSession, SESSION_COOKIE, SESSION_HOURS } from "../accounts/sessions";
import { audit } from "../audit/audit";
import type { Database } from "../db/tables";
import { noStore, parsed } from "./http";

const LoginSchema = z.object({
  username: z.string().check(z.maxLength(100)),
  password: z.string().check(z.maxLength(200)),
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Signing in and out, and who is signed in. */
export async function authRoutes(app: FastifyInstance, options: { db: Kysely<Database> }) {
  const { db } = options;
  await app.register(async (scope) => {
    await scope.register(rateLimit, {
      max: 30,
      timeWindow: 60_000,
      errorResponseBuilder: (_r, context) => ({
        statusCode: 429,
        message: `too many sign-in attempts from this address; try again in ${Math.ceil(context.ttl / 1000)} s`,
      }),
    });
    scope.post("/workspace/api/login", async (request, reply) => {
      const { username, password } = parsed(LoginSchema, request.body);
      const result = await login(db, username, password);
      noStore(reply);
      if (!result.ok) {
        // The same answer for a wrong password, an unknown name, a disabled or a locked account; only later.
        await sleep(result.delayMs);
        reply.outcome = "login_failed";
        return reply.code(401).send({ reason: "wrong_login" });
      }
      reply.outcome = "login";
      const user = await db
        .selectFrom("staff_users")
        .select(["office_id", "username"])
        .where("id", "=", result.userId)
        .executeTakeFirstOrThrow();
      await audit(
        db,
        { id: result.userId, name: user.username, officeId: user.office_id },
        {
          action: "session.login",
          subject: `user:${user.username}`,
        },
      );
      return reply
        .setCookie(SESSION_COOKIE, result.token, {
          httpOnly: true,
          sameSite: "strict",
          secure: request.protocol === "https",
          path: "/workspace",
          maxAge: SESSION_HOURS * 3600,
        })
        .send({ ok: true });
    });
  });

  app.post("/workspace/api/logout", async (request, reply) => {
    await endSession(db, request.cookies[SESSION_COOKIE]);
    return reply.clearCookie(SESSION_COOKIE, { path: "/workspace" }).send({ ok: true });
  });

  app.get("/workspace/api/me", async (request, reply) => {
    const user = request.staff;
    if (!user) return reply.code(401).send({ reason: "sign in first" });
    const office = await db
      .selectFrom("offices")
      .select(["id", "name", "province"])
      .where("id", "=", user.officeId)
      .executeTakeFirstOrThrow();
    noStore(reply);
    return {
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      office,
      can: capabilitiesOf(user.role),
    };
  });
}
