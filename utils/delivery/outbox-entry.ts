import * as z from "zod/mini";
import { LocalizedTextSchema } from "../localized";
import { ReceiptSchema, StatusTokenSchema, SubmissionStateSchema } from "./intake-protocol";
import { OutboxStatusSchema } from "./outbox-status";

const upTo = (max: number) => z.string().check(z.maxLength(max));

/**
 * What the outbox delivers: a body its sender has already validated, with its own id (the idempotency key, so
 * enqueueing or sending it twice delivers it once) and the time it was made. Reports and cases are both such
 * bodies; the outbox knows neither.
 */
export interface Deliverable {
  id: string;
  createdAt: string;
}

/** The office's word on a delivered body, as last read, and when it was read. */
export const RemoteStatusSchema = z.object({
  state: SubmissionStateSchema,
  changedAt: z.string().check(z.maxLength(40)),
  note: z.optional(LocalizedTextSchema),
  checkedAt: z.number(),
});
export type RemoteStatus = z.infer<typeof RemoteStatusSchema>;

/** Where an entry is on its way to the intake: everything the outbox keeps besides the body. */
export const DeliveryStateSchema = z.object({
  id: z.uuid(),
  intakeUrl: z.url(),
  status: OutboxStatusSchema,
  attempts: z.int().check(z.nonnegative()),
  /** When the background queued it, by its own clock (a body's `createdAt` is the sender's word). */
  queuedAt: z.optional(z.number()),
  /** Epoch ms before which the forwarder leaves a queued entry alone (backoff). */
  nextAttemptAt: z.number(),
  /** Epoch ms when a forwarder took the entry; a stale lease means that worker died mid-send. */
  leaseAt: z.optional(z.number()),
  lastError: z.optional(upTo(500)),
  sentAt: z.optional(z.number()),
  /** The intake's own word on a delivered entry (`status` in its reply), e.g. "accepted" or "duplicate". */
  intakeStatus: z.optional(upTo(50)),
  /** The hotline of the province the entry went to, shown with it. */
  hotline: z.optional(upTo(50)),
  /** The intake's receipt for a delivered entry, and where (with what token) to ask what became of it. */
  receipt: z.optional(
    z.object({ number: ReceiptSchema, statusUrl: z.url(), statusToken: StatusTokenSchema }),
  ),
  /** What the office last said became of it (read with the receipt's token). */
  remote: z.optional(RemoteStatusSchema),
});
export type DeliveryState = z.infer<typeof DeliveryStateSchema>;

/**
 * One entry of the outbox: its delivery state and the body, POSTed as JSON. The body's field is named `report`
 * because stored entries (and the key paths of the outbox's indexes) have always called it so.
 */
export type OutboxEntry<Body extends Deliverable = Deliverable> = DeliveryState & { report: Body };
