import type { FastifyReply, FastifyRequest } from "fastify";

/**
 * Load shedding: at most `max` submissions are read and stored at once. The one over answers 429 with
 * `Retry-After` before its body is read, so a flood costs neither memory nor database time, and the extension
 * sends again later (nothing is lost: its outbox keeps the report).
 */
export function createAdmission(max: number, retryAfterSeconds = 2) {
  let inFlight = 0;
  return {
    get inFlight() {
      return inFlight;
    },
    hook(request: FastifyRequest, reply: FastifyReply, done: () => void) {
      if (request.method !== "POST") return done();
      if (inFlight >= max) {
        reply.outcome = "busy";
        void reply
          .code(429)
          .header("retry-after", String(retryAfterSeconds))
          .header("connection", "close")
          .send({ reason: "the intake is busy; the report will be sent again shortly" });
        return;
      }
      inFlight++;
      reply.raw.once("close", () => {
        inFlight--;
      });
      done();
    },
  };
}
