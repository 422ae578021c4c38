import { browser } from "wxt/browser";
import * as z from "zod/mini";
import { REPLIES } from "./message-replies";
import type { MessageName, MessageRequest, MessageResponse } from "./messages";

const ReplySchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

export class MessageError extends Error {}

/**
 * Sends one protocol message to the background and checks the reply. Requests are parsed where they are
 * received; replies here. Reply checks are timed (`soi-hang:reply:*`) for `npm run bench`.
 */
export async function sendMessage<N extends MessageName>(
  name: N,
  payload: MessageRequest<N>,
): Promise<MessageResponse<N>> {
  const raw: unknown = await browser.runtime.sendMessage({ soiHang: 1, name, payload });
  const reply = ReplySchema.safeParse(raw);
  if (!reply.success) throw new MessageError(`${name}: no valid reply`);
  if (!reply.data.ok) throw new MessageError(`${name}: ${reply.data.error}`);
  const start = performance.now();
  const response = REPLIES[name].parse(reply.data.data) as MessageResponse<N>;
  performance.measure(`soi-hang:reply:${name}`, { start, end: performance.now() });
  return response;
}
