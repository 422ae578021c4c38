import * as z from "zod/mini";
import { LocalizedTextSchema } from "../localized";
import { type CaseReport, CaseReportSchema } from "../sweep/schema";
import { ReceiptSchema, StatusTokenSchema, SubmissionStateSchema } from "./intake-protocol";
import { OutboxStatusSchema, type Report, ReportSchema } from "./schema";

const upTo = (max: number) => z.string().check(z.maxLength(max));

export { type OutboxStatus, OutboxStatusSchema } from "./schema";

/** The office's word on a delivered report, as last read, and when it was read. */
export const RemoteStatusSchema = z.object({
  state: SubmissionStateSchema,
  changedAt: z.string().check(z.maxLength(40)),
  note: z.optional(LocalizedTextSchema),
  checkedAt: z.number(),
});
export type RemoteStatus = z.infer<typeof RemoteStatusSchema>;

export const OutboxEntrySchema = z.object({
  id: z.uuid(),
  /** A consumer's report, or a staff case from a sweep. */
  report: z.union([ReportSchema, CaseReportSchema]),
  intakeUrl: z.url(),
  status: OutboxStatusSchema,
  attempts: z.int().check(z.nonnegative()),
  /** When the background queued it, by its own clock (a report's `createdAt` is the sender's word). */
  queuedAt: z.optional(z.number()),
  /** Epoch ms before which the forwarder leaves a queued entry alone (backoff). */
  nextAttemptAt: z.number(),
  /** Epoch ms when a forwarder took the entry; a stale lease means that worker died mid-send. */
  leaseAt: z.optional(z.number()),
  lastError: z.optional(upTo(500)),
  sentAt: z.optional(z.number()),
  /** The intake's own word on a delivered report (`status` in its reply), e.g. "accepted" or "duplicate". */
  intakeStatus: z.optional(upTo(50)),
  /** The hotline of the province the report went to, shown with it. */
  hotline: z.optional(upTo(50)),
  /** The intake's receipt for a delivered report, and where (with what token) to ask what became of it. */
  receipt: z.optional(
    z.object({ number: ReceiptSchema, statusUrl: z.url(), statusToken: StatusTokenSchema }),
  ),
  /** What the office last said became of it (read with the receipt's token). */
  remote: z.optional(RemoteStatusSchema),
});
export type OutboxEntry = z.infer<typeof OutboxEntrySchema>;

/** What an outbox entry carries: a consumer's report or a staff case. */
export type OutboxBody = Report | CaseReport;

export const isCase = (body: OutboxBody): body is CaseReport => "kind" in body && body.kind === "case";

/** An entry that holds a consumer's report, as "My reports" and the duplicate guard read them. */
export type ReportEntry = OutboxEntry & { report: Report };
export const isReportEntry = (entry: OutboxEntry): entry is ReportEntry => !isCase(entry.report);
