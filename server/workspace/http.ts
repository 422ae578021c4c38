import type { FastifyReply, FastifyRequest } from "fastify";
import type * as z from "zod/mini";
import { type Capability, can } from "../accounts/roles";
import type { StaffUser } from "../accounts/users";
import type { Actor } from "../audit/audit";

declare module "fastify" {
  interface FastifyRequest {
    /** The signed-in staff member (workspace API routes only). */
    staff: StaffUser | undefined;
  }
}

/** An answer the workspace API gives on purpose: a status and a reason. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
  }
}

/** A request body or query checked with its schema: 400 with the first problems otherwise. */
export function parsed<T>(schema: z.ZodMiniType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success)
    throw new HttpError(
      400,
      result.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join(".") || "(body)"}: ${i.message}`)
        .join("; "),
    );
  return result.data;
}

/** The signed-in staff member, who must be allowed `capability`. */
export function staffWith(request: FastifyRequest, capability: Capability): StaffUser {
  const user = request.staff;
  if (!user) throw new HttpError(401, "sign in first");
  if (!can(user.role, capability)) throw new HttpError(403, "your role may not do this");
  return user;
}

export const actorOf = (user: StaffUser): Actor => ({
  id: user.id,
  name: user.username,
  officeId: user.officeId,
});

/** The service's own origin as the browser sees it. */
export const originOf = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

export const noStore = (reply: FastifyReply) => reply.header("cache-control", "no-store");
