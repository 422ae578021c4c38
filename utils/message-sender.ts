import { browser } from "wxt/browser";
import type { MessageName, MessageRequest, MessageResponse } from "./messages";
import type { ReplyCheck } from "./reply-check";
import { recordWork } from "./work-timer";

export class MessageError extends Error {}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);

/**
 * A sender of protocol messages to the background that checks each reply with `checks` (one per message it
 * sends). Requests are parsed where they are received; replies here. Extension pages check with the zod
 * schemas (bySchemas); content scripts with hand-written guards held to those schemas (content-guards.ts), so
 * that they carry no zod. The envelope (`{ ok: true, data }` or `{ ok: false, error }`) is checked here, by
 * hand for the same reason. Reply checks are timed (`soi-hang:reply:*`) for `npm run bench`.
 */
export function messageSender<R extends Partial<Record<MessageName, ReplyCheck>>>(checks: R) {
  return async <N extends MessageName & keyof R>(
    name: N,
    payload: MessageRequest<N>,
  ): Promise<MessageResponse<N>> => {
    const raw: unknown = await browser.runtime.sendMessage({ soiHang: 1, name, payload });
    const start = performance.now();
    try {
      if (isRecord(raw) && raw.ok === true) {
        const checked = (checks[name] as ReplyCheck | undefined)?.(raw.data);
        if (checked) return checked.value as MessageResponse<N>;
      } else if (isRecord(raw) && raw.ok === false && typeof raw.error === "string")
        throw new MessageError(`${name}: ${raw.error}`);
      throw new MessageError(`${name}: no valid reply`);
    } finally {
      recordWork(`reply:${name}`, start);
    }
  };
}
