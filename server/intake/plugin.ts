import rateLimit from "@fastify/rate-limit";
import underPressure from "@fastify/under-pressure";
import type { FastifyInstance, FastifyReply } from "fastify";
import { DEFAULT_OFFICE } from "../offices/offices";
import { createAdmission } from "./admission";
import { intakeErrorHandler } from "./errors";
import { registerJsonBody } from "./json-body";
import { type IntakeAnswer, type IntakeContext, receive } from "./receive";

export interface IntakeLimits {
  /** Submissions one client address may send per minute. */
  perClientPerMinute: number;
  /** Submissions read and stored at once by this process; more get 429 at once. */
  maxInFlight: number;
  /**
   * Milliseconds the process's event loop may lag (a busy CPU: requests waiting to be read at all) before new
   * submissions get 429; 0 turns it off.
   */
  maxEventLoopDelay: number;
  reportBytes: number;
  caseBytes: number;
}

const MB = 1024 * 1024;
export const DEFAULT_LIMITS: IntakeLimits = {
  perClientPerMinute: 60,
  // A PostgreSQL server stores many at once; the embedded database one at a time (EMBEDDED_IN_FLIGHT).
  maxInFlight: 64,
  maxEventLoopDelay: 100,
  // A report with the largest screenshot the schema allows is about 2.9 MB of JSON.
  reportBytes: 4 * MB,
  // A case of 200 listings with a screenshot each is about 30 MB; the README asks intakes to take 40 MB.
  caseBytes: 48 * MB,
};

/** The intake's CORS: any origin (the extension's is chrome-extension://… or moz-extension://…), no cookies. */
export const PUBLIC_CORS = {
  origin: "*",
  methods: ["GET", "POST", "OPTIONS"],
  allowedHeaders: ["content-type", "idempotency-key", "authorization"],
  // Without it a cross-origin reader (the extension) cannot see Retry-After and falls back to its own backoff.
  exposedHeaders: ["retry-after"],
  maxAge: 600,
};

function send(reply: FastifyReply, answer: IntakeAnswer) {
  reply.outcome = answer.outcome;
  return reply
    .code(answer.status)
    .headers(answer.headers ?? {})
    .send(answer.body);
}

/** `POST /api/reports[/<office>]` and `POST /api/cases[/<office>]`: the README's intake protocol. */
export async function intakePlugin(
  app: FastifyInstance,
  options: { context: IntakeContext; limits: IntakeLimits },
) {
  const { context, limits } = options;
  app.addHook("onRequest", createAdmission(limits.maxInFlight).hook);
  // When the CPU itself is the bottleneck (the embedded database works in this process), requests queue before
  // anything counts them in flight: the event loop's lag tells instead.
  if (limits.maxEventLoopDelay > 0)
    await app.register(underPressure, {
      maxEventLoopDelay: limits.maxEventLoopDelay,
      sampleInterval: 250,
      // Answering here ends the request (the plugin goes on with it only when nothing was sent).
      pressureHandler: (request, reply) => {
        if (request.method !== "POST") return;
        reply.outcome = "busy";
        void reply
          .code(429)
          .header("retry-after", "2")
          .send({ reason: "the intake is busy; the report will be sent again shortly" });
      },
    });
  await app.register(rateLimit, {
    max: limits.perClientPerMinute,
    timeWindow: 60_000,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      message: `too many reports from this address; try again in ${Math.ceil(context.ttl / 1000)} s`,
    }),
  });
  app.setErrorHandler(intakeErrorHandler);
  // JSON only (Fastify would otherwise read text/plain bodies as strings), read and parsed economically.
  registerJsonBody(app);

  const route = (kind: "report" | "case", url: string, bodyLimit: number) =>
    app.post<{ Params: { office?: string } }>(url, { bodyLimit }, async (request, reply) => {
      const key = request.headers["idempotency-key"];
      const answer = await receive(context, {
        kind,
        officeId: request.params.office ?? DEFAULT_OFFICE,
        idempotencyKey: typeof key === "string" && key.length <= 100 ? key : undefined,
        body: request.body,
      });
      reply.logFields = { office: request.params.office ?? DEFAULT_OFFICE, kind };
      return send(reply, answer);
    });
  route("report", "/api/reports", limits.reportBytes);
  route("report", "/api/reports/:office", limits.reportBytes);
  route("case", "/api/cases", limits.caseBytes);
  route("case", "/api/cases/:office", limits.caseBytes);
}
