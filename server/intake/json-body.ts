import type { FastifyInstance, FastifyRequest } from "fastify";
import { parseJsonBytes } from "./lifted-json";

/** An error Fastify answers with its status; the intake's error handler words it (see errors.ts). */
function bodyError(code: string, statusCode: number, message: string): Error {
  return Object.assign(new Error(message), { code, statusCode });
}

/**
 * The intake's JSON bodies: read into one buffer sized by Content-Length (so a 40 MB case is never held twice
 * while it arrives), refused past the route's limit as soon as it is known, then parsed without turning the
 * whole body into one string (parseJsonBytes).
 */
export function registerJsonBody(app: FastifyInstance): void {
  app.removeContentTypeParser(["application/json", "text/plain"]);
  app.addContentTypeParser("application/json", (request: FastifyRequest, payload, done) => {
    const limit = request.routeOptions.bodyLimit ?? 1024 * 1024;
    const declared = Number(request.headers["content-length"]);
    if (Number.isFinite(declared) && declared > limit) {
      payload.resume();
      return done(bodyError("FST_ERR_CTP_BODY_TOO_LARGE", 413, "body too large"), undefined);
    }
    let buffer = Number.isFinite(declared) ? Buffer.allocUnsafe(declared) : undefined;
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      payload.removeAllListeners("data");
      payload.resume();
      done(error, undefined);
    };
    payload.on("data", (chunk: Buffer) => {
      if (failed) return;
      if (size + chunk.length > limit)
        return fail(bodyError("FST_ERR_CTP_BODY_TOO_LARGE", 413, "body too large"));
      if (buffer) {
        if (size + chunk.length > buffer.length)
          return fail(
            bodyError("FST_ERR_CTP_INVALID_CONTENT_LENGTH", 400, "body longer than Content-Length"),
          );
        chunk.copy(buffer, size);
      } else chunks.push(chunk);
      size += chunk.length;
    });
    payload.on("error", (e: Error) => fail(e));
    payload.on("end", () => {
      if (failed) return;
      if (buffer && size !== buffer.length)
        return fail(bodyError("FST_ERR_CTP_INVALID_CONTENT_LENGTH", 400, "body shorter than Content-Length"));
      buffer ??= Buffer.concat(chunks, size);
      chunks.length = 0;
      if (size === 0) return fail(bodyError("FST_ERR_CTP_EMPTY_JSON_BODY", 400, "empty body"));
      let parsed: unknown;
      try {
        parsed = parseJsonBytes(buffer);
      } catch (e) {
        return fail(
          bodyError("FST_ERR_CTP_INVALID_JSON_BODY", 400, e instanceof Error ? e.message : String(e)),
        );
      }
      buffer = undefined;
      done(null, parsed);
    });
  });
}
