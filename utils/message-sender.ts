import { browser } from "wxt/browser";
import * as z from "zod/mini";
import type { MessageName, MessageRequest, MessageResponse } from "./messages";
import { recordWork } from "./work-timer";

const ErrorReply = z.object({ ok: z.literal(false), error: z.string() });

export class MessageError extends Error {}

type ReplyCheck = z.ZodMiniType;

/**
 * A sender of protocol messages to the background that checks each reply with `replies`. Requests are parsed
 * where they are received; replies here. Each context passes only the reply schemas it needs, so that content
 * scripts bundle few. Reply checks are timed (`soi-hang:reply:*`) for `npm run bench`.
 */
export function messageSender<R extends Partial<Record<MessageName, ReplyCheck>>>(replies: R) {
  // A reply and its envelope are checked in one pass, with one schema per message built on its first use: a
  // union of the two envelopes, then the reply, took 0.5–1.8 ms more of a cold 60-card page's CPU
  // (bench-compare on Tiki and Facebook, 20 loads each).
  const okReplies = new Map<MessageName, ReplyCheck>();
  const okReply = (name: MessageName) => {
    let schema = okReplies.get(name);
    if (!schema) {
      schema = z.object({ ok: z.literal(true), data: replies[name] as ReplyCheck });
      okReplies.set(name, schema);
    }
    return schema;
  };
  return async <N extends MessageName & keyof R>(
    name: N,
    payload: MessageRequest<N>,
  ): Promise<MessageResponse<N>> => {
    const raw: unknown = await browser.runtime.sendMessage({ soiHang: 1, name, payload });
    const start = performance.now();
    try {
      const reply = okReply(name).safeParse(raw);
      if (reply.success) return (reply.data as { data: MessageResponse<N> }).data;
      const failed = ErrorReply.safeParse(raw);
      throw new MessageError(`${name}: ${failed.success ? failed.data.error : "no valid reply"}`);
    } finally {
      recordWork(`reply:${name}`, start);
    }
  };
}
