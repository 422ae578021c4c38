import { REPLIES } from "./message-replies";
import { messageSender } from "./message-sender";

/** Sends one protocol message to the background from an extension page, and checks the reply. */
export const sendMessage = messageSender(REPLIES);
