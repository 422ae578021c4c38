import type { Browser } from "wxt/browser";
import * as z from "zod/mini";
import {
  CONTENT_SCRIPT_MESSAGES,
  MESSAGE_NAMES,
  type MessageName,
  type MessageRequest,
  type MessageResponse,
  PROTOCOL,
} from "./messages";

type MessageSender = Browser.runtime.MessageSender;

const EnvelopeSchema = z.object({ soiHang: z.literal(1), name: z.enum(MESSAGE_NAMES), payload: z.unknown() });

export type Handlers = {
  [N in MessageName]: (payload: MessageRequest<N>, sender: MessageSender) => Promise<MessageResponse<N>>;
};

type Reply = { ok: true; data: unknown } | { ok: false; error: string };

/**
 * Only the extension's own contexts may talk to the background: its pages (sender.url under the extension's
 * origin) and its content scripts (sender.tab set, same extension id). Anything else gets no answer.
 */
export function isOwnContext(sender: MessageSender, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId) return false;
  if (sender.tab) return true;
  return typeof sender.url === "string" && sender.url.startsWith(extensionOrigin);
}

/** An extension page (even one in a tab's frame), as opposed to a content script in a marketplace page. */
export const isExtensionPage = (sender: MessageSender, extensionOrigin: string) =>
  typeof sender.url === "string" && sender.url.startsWith(extensionOrigin);

/** The single reply rule, used everywhere: the listener returns a promise, never calls sendResponse. */
export function createMessageListener(
  handlers: Handlers,
  context: { extensionId: string; extensionOrigin: string },
): (message: unknown, sender: MessageSender) => Promise<Reply> | undefined {
  return (message, sender) => {
    const envelope = EnvelopeSchema.safeParse(message);
    if (!envelope.success) return undefined;
    if (!isOwnContext(sender, context.extensionId, context.extensionOrigin)) return undefined;
    const name = envelope.data.name;
    if (!isExtensionPage(sender, context.extensionOrigin) && !CONTENT_SCRIPT_MESSAGES.includes(name))
      return Promise.resolve({ ok: false, error: `${name} is not for a content script` });
    return dispatch(name, envelope.data.payload, sender, handlers);
  };
}

async function dispatch<N extends MessageName>(
  name: N,
  payload: unknown,
  sender: MessageSender,
  handlers: Handlers,
): Promise<Reply> {
  const request = PROTOCOL[name].request.safeParse(payload);
  if (!request.success) {
    const issue = request.error.issues[0];
    return { ok: false, error: `invalid ${name}: ${issue?.path.join(".")} ${issue?.message}` };
  }
  try {
    const handler = handlers[name] as (p: unknown, s: MessageSender) => Promise<unknown>;
    return { ok: true, data: await handler(request.data, sender) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
