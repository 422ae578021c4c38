import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import * as z from "zod/mini";
import type { Database } from "../db/tables";
import { DeclineSchema, declineSubmissions } from "../review/decline";
import { QueueFilterSchema, queuePage } from "../review/queue";
import { groupMembers, officeEvidence, submissionPage } from "../review/submission-page";
import { WarningInputSchema } from "../warnings/warning-input";
import { createWarning } from "../warnings/warnings";
import { actorOf, HttpError, noStore, parsed, staffWith } from "./http";

/** Which submissions a decision is about: listed, or every open one of a queue row. */
const TargetSchema = z.object({
  submissionIds: z.optional(z.array(z.uuid()).check(z.minLength(1), z.maxLength(1000))),
  groupKey: z.optional(z.string().check(z.minLength(1), z.maxLength(300))),
});

const AcceptSchema = z.extend(TargetSchema, { warning: WarningInputSchema });
const DeclineBodySchema = z.extend(TargetSchema, {
  reason: DeclineSchema.shape.reason,
  text: DeclineSchema.shape.text,
});

/** The queue, a submission's page, its evidence, and decisions on it. */
export async function reviewRoutes(app: FastifyInstance, options: { db: Kysely<Database> }) {
  const { db } = options;

  const submissionsOf = async (officeId: string, target: z.infer<typeof TargetSchema>) => {
    const ids =
      target.submissionIds ??
      (target.groupKey ? await groupMembers(db, officeId, target.groupKey, true) : []);
    if (ids.length === 0)
      throw new HttpError(400, "name the submissions (submissionIds) or their queue row (groupKey)");
    const own = await db
      .selectFrom("submissions")
      .select("id")
      .where("office_id", "=", officeId)
      .where("id", "in", ids)
      .execute();
    if (own.length !== new Set(ids).size) throw new HttpError(403, "a report named is not this office's");
    return ids;
  };

  app.get("/workspace/api/queue", async (request, reply) => {
    const user = staffWith(request, "review");
    const filter = parsed(QueueFilterSchema, request.query);
    noStore(reply);
    return queuePage(db, user.officeId, filter);
  });

  app.get<{ Params: { id: string } }>("/workspace/api/submissions/:id", async (request, reply) => {
    const user = staffWith(request, "review");
    const id = parsed(z.uuid(), request.params.id);
    const page = await submissionPage(db, user, id);
    noStore(reply);
    if (page === "forbidden") throw new HttpError(403, "this report belongs to another office");
    if (!page) throw new HttpError(404, "no such report");
    return page;
  });

  app.get<{ Params: { sha256: string } }>("/workspace/api/evidence/:sha256", async (request, reply) => {
    const user = staffWith(request, "review");
    const sha256 = parsed(z.string().check(z.regex(/^[0-9a-f]{64}$/)), request.params.sha256);
    const bytes = await officeEvidence(db, user.officeId, sha256);
    if (!bytes) throw new HttpError(404, "no such picture in this office's reports");
    // The stored bytes, as the picture they were checked to be, and nothing a browser could run.
    return reply
      .type("image/jpeg")
      .header("content-security-policy", "default-src 'none'; sandbox")
      .header("content-disposition", `inline; filename="${sha256}.jpg"`)
      .header("cache-control", "private, max-age=3600")
      .send(Buffer.from(bytes));
  });

  app.post("/workspace/api/decisions/decline", async (request) => {
    const user = staffWith(request, "review");
    const body = parsed(DeclineBodySchema, request.body);
    const ids = await submissionsOf(user.officeId, body);
    return {
      declined: await declineSubmissions(db, actorOf(user), {
        submissionIds: ids,
        reason: body.reason,
        text: body.text,
      }),
    };
  });

  app.post("/workspace/api/decisions/accept", async (request) => {
    const user = staffWith(request, "review");
    const body = parsed(AcceptSchema, request.body);
    const ids = await submissionsOf(user.officeId, body);
    const warning = await createWarning(db, actorOf(user), body.warning, { submissionIds: ids });
    return { warning };
  });
}
