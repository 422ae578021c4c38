import * as z from "zod/mini";
import { WarningCategorySchema } from "../feed/schema";
import { LanguageSchema } from "../localized";
import { ListingSchema } from "../sites/listing";

const upTo = (max: number) => z.string().check(z.maxLength(max));
const link = z.url().check(z.maxLength(2000));

export const ReportContactSchema = z.object({
  name: z.optional(z.string().check(z.trim(), z.maxLength(100))),
  phone: z.optional(z.string().check(z.trim(), z.regex(/^[+\d][\d\s.-]{5,19}$/))),
  email: z.optional(z.email().check(z.maxLength(200))),
});

/** What the person fills in; the rest of the report is gathered for them. */
export const ReportDraftSchema = z.object({
  listing: ListingSchema,
  category: WarningCategorySchema,
  note: z._default(upTo(2000), ""),
  contact: z.optional(ReportContactSchema),
  pageUrl: link,
  pageTitle: upTo(500),
});
export type ReportDraft = z.input<typeof ReportDraftSchema>;

/** The JSON body POSTed to an intake. `id` is also the Idempotency-Key header. */
export const ReportSchema = z.object({
  id: z.uuid(),
  createdAt: z.iso.datetime(),
  listing: ListingSchema,
  category: WarningCategorySchema,
  note: upTo(2000),
  contact: z.optional(ReportContactSchema),
  evidence: z.object({
    pageUrl: link,
    pageTitle: upTo(500),
    capturedAt: z.iso.datetime(),
    listing: ListingSchema,
  }),
  client: z.object({ name: z.literal("soi-hang"), version: upTo(50), locale: LanguageSchema }),
});
export type Report = z.infer<typeof ReportSchema>;

export const OutboxStatusSchema = z.enum(["queued", "sending", "sent", "rejected"]);
export type OutboxStatus = z.infer<typeof OutboxStatusSchema>;

export const OutboxEntrySchema = z.object({
  id: z.uuid(),
  report: ReportSchema,
  intakeUrl: z.url(),
  status: OutboxStatusSchema,
  attempts: z.int().check(z.nonnegative()),
  /** Epoch ms before which the forwarder leaves a queued entry alone (backoff). */
  nextAttemptAt: z.number(),
  /** Epoch ms when a forwarder took the entry; a stale lease means that worker died mid-send. */
  leaseAt: z.optional(z.number()),
  lastError: z.optional(upTo(500)),
  sentAt: z.optional(z.number()),
});
export type OutboxEntry = z.infer<typeof OutboxEntrySchema>;
