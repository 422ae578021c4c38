import { z } from "zod";
import { WarningCategorySchema } from "../feed/schema";
import { LanguageSchema } from "../localized";
import { ListingSchema } from "../sites/listing";

export const ReportContactSchema = z.object({
  name: z.string().trim().max(100).optional(),
  phone: z
    .string()
    .trim()
    .regex(/^[+\d][\d\s.-]{5,19}$/)
    .optional(),
  email: z.email().max(200).optional(),
});

/** What the person fills in; the rest of the report is gathered for them. */
export const ReportDraftSchema = z.object({
  listing: ListingSchema,
  category: WarningCategorySchema,
  note: z.string().max(2000).default(""),
  contact: ReportContactSchema.optional(),
  pageUrl: z.url().max(2000),
  pageTitle: z.string().max(500),
});
export type ReportDraft = z.infer<typeof ReportDraftSchema>;

/** The JSON body POSTed to an intake. `id` is also the Idempotency-Key header. */
export const ReportSchema = z.object({
  id: z.uuid(),
  createdAt: z.iso.datetime(),
  listing: ListingSchema,
  category: WarningCategorySchema,
  note: z.string().max(2000),
  contact: ReportContactSchema.optional(),
  evidence: z.object({
    pageUrl: z.url().max(2000),
    pageTitle: z.string().max(500),
    capturedAt: z.iso.datetime(),
    listing: ListingSchema,
  }),
  client: z.object({ name: z.literal("soi-hang"), version: z.string().max(50), locale: LanguageSchema }),
});
export type Report = z.infer<typeof ReportSchema>;

export const OutboxStatusSchema = z.enum(["queued", "sending", "sent", "rejected"]);
export type OutboxStatus = z.infer<typeof OutboxStatusSchema>;

export const OutboxEntrySchema = z.object({
  id: z.uuid(),
  report: ReportSchema,
  intakeUrl: z.url(),
  status: OutboxStatusSchema,
  attempts: z.number().int().nonnegative(),
  /** Epoch ms before which the forwarder leaves a queued entry alone (backoff). */
  nextAttemptAt: z.number(),
  /** Epoch ms when a forwarder took the entry; a stale lease means that worker died mid-send. */
  leaseAt: z.number().optional(),
  lastError: z.string().max(500).optional(),
  sentAt: z.number().optional(),
});
export type OutboxEntry = z.infer<typeof OutboxEntrySchema>;
