import { REPLIES } from "./message-replies";
import { messageSender } from "./message-sender";
import { bySchemas } from "./reply-check";

/** Sends one protocol message to the background from an extension page, and checks the reply. */
export const sendMessage = messageSender(bySchemas(REPLIES));
