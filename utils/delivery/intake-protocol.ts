import * as z from "zod/mini";
import { LocalizedTextSchema } from "../localized";

// What an intake answers, shared by the extension (which reads it) and the office's service (which writes it):
// one protocol, not two copies. README "Report (what an intake receives)" describes it in words.

/** A receipt number people can read out on the phone: `SH-2026-000123`. */
export const ReceiptSchema = z.string().check(z.regex(/^[A-Z]{2,6}-\d{4}-\d{6,9}$/));

/** The secret that opens a report's status; the intake keeps only its hash. */
export const StatusTokenSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{22,128}$/));

/**
 * The body of a 2xx (stored now) or 409 (stored before, same body) answer. Intakes that give no receipt answer
 * `{ "status": "accepted" }` or nothing; the receipt fields come together or not at all.
 */
export const IntakeReceiptSchema = z.object({
  id: z.uuid(),
  status: z.enum(["accepted", "duplicate"]),
  receipt: ReceiptSchema,
  /** Where to read the status: absolute, or relative to the intake's address. */
  statusUrl: z.string().check(z.minLength(1), z.maxLength(2000)),
  /** Sent as `Authorization: Bearer <token>` when reading the status. */
  statusToken: StatusTokenSchema,
});
export type IntakeReceipt = z.infer<typeof IntakeReceiptSchema>;

/** A report's life at the office. Final: action taken, or declined. */
export const SUBMISSION_STATES = ["received", "in_review", "action_taken", "declined"] as const;
export const SubmissionStateSchema = z.enum(SUBMISSION_STATES);
export type SubmissionState = z.infer<typeof SubmissionStateSchema>;
export const isFinalState = (state: SubmissionState) => state === "action_taken" || state === "declined";

/** `GET <statusUrl>` with the token: what became of the report, and since when. */
export const SubmissionStatusSchema = z.object({
  receipt: ReceiptSchema,
  state: SubmissionStateSchema,
  changedAt: z.iso.datetime({ offset: true }),
  receivedAt: z.iso.datetime({ offset: true }),
  /** The office that has it. */
  office: z.string().check(z.minLength(1), z.maxLength(200)),
  /** What was done (action taken) or why not (declined), in the office's words. */
  note: z.optional(LocalizedTextSchema),
});
export type SubmissionStatus = z.infer<typeof SubmissionStatusSchema>;
