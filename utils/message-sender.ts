import { browser } from "wxt/browser";
import * as z from "zod/mini";
import type { MessageName, MessageRequest, MessageResponse } from "./messages";
import { recordWork } from "./work-timer";

const ReplySchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

export class MessageError extends Error {}

type ReplyCheck = { parse(data: unknown): unknown };

/**
 * A sender of protocol messages to the background that checks each reply with `replies`. Requests are parsed
 * where they are received; replies here. Each context passes only the reply schemas it needs, so that content
 * scripts bundle few. Reply checks are timed (`soi-hang:reply:*`) for `npm run bench`.
 */
export function messageSender<R extends Partial<Record<MessageName, ReplyCheck>>>(replies: R) {
  return async <N extends MessageName & keyof R>(
    name: N,
    payload: MessageRequest<N>,
  ): Promise<MessageResponse<N>> => {
    const raw: unknown = await browser.runtime.sendMessage({ soiHang: 1, name, payload });
    const start = performance.now();
    try {
      const reply = ReplySchema.safeParse(raw);
      if (!reply.success) throw new MessageError(`${name}: no valid reply`);
      if (!reply.data.ok) throw new MessageError(`${name}: ${reply.data.error}`);
      return (replies[name] as ReplyCheck).parse(reply.data.data) as MessageResponse<N>;
    } finally {
      recordWork(`reply:${name}`, start);
    }
  };
}
