import * as z from "zod/mini";

/** Where a report or case is in the outbox (apart from the entry itself: pages that show counts bundle only this). */
export const OutboxStatusSchema = z.enum(["queued", "sending", "sent", "rejected"]);
export type OutboxStatus = z.infer<typeof OutboxStatusSchema>;

/** How many entries the outbox holds in each status. */
export const OutboxCountsSchema = z.object({
  queued: z.number(),
  sending: z.number(),
  sent: z.number(),
  rejected: z.number(),
});
export type OutboxCounts = z.infer<typeof OutboxCountsSchema>;
