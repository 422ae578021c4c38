import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import { ReceiptSchema, StatusTokenSchema } from "../../utils/delivery/intake-protocol";
import type { Database } from "../db/tables";
import { statusByToken } from "../submissions/state";

/** `GET /api/status/<receipt>` with `Authorization: Bearer <token>`: what became of a report. */
export async function statusPlugin(app: FastifyInstance, options: { db: Kysely<Database> }) {
  // Tokens are 256 random bits: the limit keeps a guesser's traffic down, not its odds.
  await app.register(rateLimit, {
    max: 300,
    timeWindow: 60_000,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      message: `too many status requests from this address; try again in ${Math.ceil(context.ttl / 1000)} s`,
    }),
  });
  app.get<{ Params: { receipt: string } }>("/api/status/:receipt", async (request, reply) => {
    const refuse = (status: number, outcome: string, reason: string) => {
      reply.outcome = outcome;
      return reply.code(status).send({ reason });
    };
    const auth = request.headers.authorization ?? "";
    const token = /^Bearer (\S+)$/.exec(auth)?.[1];
    if (!token) return refuse(401, "no_token", "send the status token as Authorization: Bearer <token>");
    const receipt = ReceiptSchema.safeParse(request.params.receipt);
    if (!receipt.success) return refuse(404, "no_receipt", "that is not a receipt number of this intake");
    // A wrong token and an unknown receipt get the same answer: the receipt numbers are no secret, the states are.
    const status = StatusTokenSchema.safeParse(token).success
      ? await statusByToken(options.db, receipt.data, token)
      : undefined;
    if (!status) return refuse(403, "wrong_token", "this status token does not open that receipt");
    reply.outcome = "status";
    return reply.header("cache-control", "no-store").send(status);
  });
}
