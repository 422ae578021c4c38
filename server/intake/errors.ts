import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";

const MB = 1024 * 1024;

/** Fastify's own refusals (content type, size, JSON) and the rate limit's, as `{ reason }` a person can read. */
export function intakeErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const what = request.url.startsWith("/api/cases") ? "case" : "report";
  const answer = (status: number, outcome: string, reason: string) => {
    reply.outcome = outcome;
    return reply.code(status).send({ reason });
  };
  switch (error.code) {
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return answer(415, "media_type", `send the ${what} as JSON, with Content-Type: application/json`);
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return answer(
        413,
        "too_large",
        `the ${what} is larger than the ${Math.round((request.routeOptions.bodyLimit ?? 0) / MB)} MB this intake takes`,
      );
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return answer(400, "empty", `the body is empty: send the ${what} as JSON`);
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return answer(400, "length", "the Content-Length does not match the body");
  }
  if (error.statusCode === 429) return answer(429, "rate_limited", error.message);
  if (error instanceof SyntaxError || error.code === "FST_ERR_CTP_INVALID_JSON_BODY")
    return answer(400, "not_json", `the body is not valid JSON: ${error.message.slice(0, 200)}`);
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
    return answer(error.statusCode, "refused", error.message.slice(0, 300));
  request.log.error({ err: error }, "intake failed");
  return answer(500, "error", "the intake failed to store this; it will be sent again");
}
