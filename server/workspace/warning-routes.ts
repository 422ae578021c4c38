import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import * as z from "zod/mini";
import type { Database } from "../db/tables";
import { followedWarning } from "../following/followed-feeds";
import { inputOf, WarningInputSchema } from "../warnings/warning-input";
import { createWarning, editWarning, listWarnings, warningById, withdrawWarning } from "../warnings/warnings";
import { actorOf, HttpError, noStore, parsed, staffWith } from "./http";

const WarningIdSchema = z.string().check(z.regex(/^[a-z0-9-]{1,60}$/));

/** The office's warnings: written by hand, edited, withdrawn, or adopted from a followed office's feed. */
export async function warningRoutes(app: FastifyInstance, options: { db: Kysely<Database> }) {
  const { db } = options;

  app.get("/workspace/api/warnings", async (request, reply) => {
    const user = staffWith(request, "review");
    const { status } = parsed(
      z.object({ status: z.optional(z.enum(["active", "withdrawn"])) }),
      request.query,
    );
    noStore(reply);
    return { warnings: await listWarnings(db, user.officeId, status) };
  });

  app.get<{ Params: { id: string } }>("/workspace/api/warnings/:id", async (request, reply) => {
    const user = staffWith(request, "review");
    const held = await warningById(db, user.officeId, parsed(WarningIdSchema, request.params.id));
    if (!held) throw new HttpError(404, "no such warning in this office");
    noStore(reply);
    return { ...held, input: inputOf(held.warning) };
  });

  app.post("/workspace/api/warnings", async (request) => {
    const user = staffWith(request, "review");
    return { warning: await createWarning(db, actorOf(user), parsed(WarningInputSchema, request.body)) };
  });

  app.put<{ Params: { id: string } }>("/workspace/api/warnings/:id", async (request) => {
    const user = staffWith(request, "review");
    const id = parsed(WarningIdSchema, request.params.id);
    return { warning: await editWarning(db, actorOf(user), id, parsed(WarningInputSchema, request.body)) };
  });

  app.post<{ Params: { id: string } }>("/workspace/api/warnings/:id/withdraw", async (request) => {
    const user = staffWith(request, "review");
    const id = parsed(WarningIdSchema, request.params.id);
    const { reason } = parsed(
      z.object({ reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(1000)) }),
      request.body,
    );
    await withdrawWarning(db, actorOf(user), id, reason);
    return { withdrawn: true };
  });

  app.post("/workspace/api/warnings/adopt", async (request) => {
    const user = staffWith(request, "review");
    const body = parsed(
      z.object({
        feedUrl: z.string().check(z.maxLength(2000)),
        warningId: z.string().check(z.minLength(1), z.maxLength(100)),
        submissionIds: z.optional(z.array(z.uuid()).check(z.maxLength(1000))),
      }),
      request.body,
    );
    const found = await followedWarning(db, user.officeId, body.feedUrl, body.warningId);
    if (!found) throw new HttpError(404, "no such warning in the feeds this office follows");
    const warning = await createWarning(db, actorOf(user), inputOf(found.warning), {
      warning: found.warning,
      adoptedFrom: { publisher: found.publisher.id, id: found.warning.id, feedUrl: found.feedUrl },
      ...(body.submissionIds ? { submissionIds: body.submissionIds } : {}),
    });
    return { warning };
  });
}
