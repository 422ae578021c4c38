import type * as z from "zod/mini";

/** A check of a message's reply: the value to use when it passes, undefined when it does not. */
export type ReplyCheck<T = unknown> = (data: unknown) => { value: T } | undefined;

/** A check by a zod schema: the value is what the schema parsed (defaults filled in, unknown keys dropped). */
export function bySchema<S extends z.ZodMiniType>(schema: S): ReplyCheck<z.infer<S>> {
  return (data) => {
    const parsed = schema.safeParse(data);
    return parsed.success ? { value: parsed.data } : undefined;
  };
}

/** A check by a hand-written guard (content scripts, which carry no zod; see content-guards.ts). */
export function byGuard<T>(guard: (data: unknown) => data is T): ReplyCheck<T> {
  return (data) => (guard(data) ? { value: data } : undefined);
}

/** One check per message, from one schema per message. */
export function bySchemas<R extends Record<string, z.ZodMiniType>>(
  schemas: R,
): { [N in keyof R]: ReplyCheck<z.infer<R[N]>> } {
  const out: Record<string, ReplyCheck> = {};
  for (const [name, schema] of Object.entries(schemas)) out[name] = bySchema(schema);
  return out as { [N in keyof R]: ReplyCheck<z.infer<R[N]>> };
}
