import * as z from "zod/mini";
import { ScreenshotSchema } from "../capture/screenshot-schema";
import { LanguageSchema } from "../localized";
import { LevelSchema, ReasonSchema } from "../matching/verdict";
import { ListingSchema } from "../sites/listing";
import { PageAddressSchema } from "../web-address";

const upTo = (max: number) => z.string().check(z.maxLength(max));
const required = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const link = PageAddressSchema;

/** What an inspector types to start a sweep. */
export const SweepStartSchema = z.object({
  name: required(200),
  inspectorId: required(100),
  unit: required(200),
  purpose: z._default(upTo(1000), ""),
});
export type SweepStart = z.infer<typeof SweepStartSchema>;

/** One online sweep. At most one is `active`: it records what every tab reads. */
export const SweepSchema = z.extend(SweepStartSchema, {
  id: z.uuid(),
  createdAt: z.number(),
  active: z.boolean(),
  /** Listings recorded (each key once). */
  count: z.int().check(z.nonnegative()),
  /** Of those, how many had a caution or danger verdict when last read. */
  flagged: z.int().check(z.nonnegative()),
  updatedAt: z.number(),
});
export type Sweep = z.infer<typeof SweepSchema>;

/** The inspector's triage of a listing. */
export const MarkSchema = z.enum(["suspicious", "cleared", "needs_purchase"]);
export type Mark = z.infer<typeof MarkSchema>;

/** A screenshot with the page address and time burnt into its margin, and the hashes that pin it. */
export const EvidenceSchema = z.object({
  screenshot: ScreenshotSchema,
  /** The listing as the opened page's content script read it, as the exact JSON text that was hashed. */
  listingJson: upTo(20_000),
  /** SHA-256 of `listingJson` (UTF-8), hex. */
  listingSha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  pageUrl: link,
  pageTitle: upTo(500),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** A listing as a sweep keeps it: the latest reading, its verdict, and the inspector's triage. */
export const SweepItemSchema = z.object({
  sweepId: z.uuid(),
  key: ListingSchema.shape.key,
  listing: ListingSchema,
  level: LevelSchema,
  score: z.number(),
  reasons: z.array(ReasonSchema).check(z.maxLength(20)),
  /** The page it was last seen on. */
  pageUrl: link,
  firstSeenAt: z.number(),
  lastSeenAt: z.number(),
  /** When the record last changed (a reading, a mark, evidence): open side panels read what changed since. */
  changedAt: z.number(),
  /** How many times tabs read it. */
  seen: z.int().check(z.positive()),
  mark: z.optional(MarkSchema),
  note: z.optional(upTo(2000)),
  evidence: z.optional(EvidenceSchema),
});
export type SweepItem = z.infer<typeof SweepItemSchema>;

/** One listing of a case, as sent. */
export const CaseItemSchema = z.object({
  listing: ListingSchema,
  level: LevelSchema,
  score: z.number(),
  reasons: z.array(ReasonSchema).check(z.maxLength(20)),
  pageUrl: link,
  firstSeenAt: z.iso.datetime(),
  lastSeenAt: z.iso.datetime(),
  seen: z.int().check(z.positive()),
  mark: z.optional(MarkSchema),
  note: z.optional(upTo(2000)),
  evidence: z.optional(EvidenceSchema),
});
export type CaseItem = z.infer<typeof CaseItemSchema>;

/** Most listings one case carries: with a screenshot each, about 30 MB at the most. */
export const MAX_CASE_ITEMS = 200;

/** The JSON body POSTed to the staff intake. `id` is also the Idempotency-Key header. */
export const CaseReportSchema = z.object({
  kind: z.literal("case"),
  id: z.uuid(),
  createdAt: z.iso.datetime(),
  title: required(200),
  note: upTo(4000),
  sweep: z.object({
    id: z.uuid(),
    name: upTo(200),
    inspectorId: upTo(100),
    unit: upTo(200),
    purpose: upTo(1000),
    startedAt: z.iso.datetime(),
  }),
  items: z.array(CaseItemSchema).check(z.minLength(1), z.maxLength(MAX_CASE_ITEMS)),
  client: z.object({ name: z.literal("soi-hang"), version: upTo(50), locale: LanguageSchema }),
});
export type CaseReport = z.infer<typeof CaseReportSchema>;

/** What the side panel asks for when it builds a case. */
export const CaseRequestSchema = z.object({
  sweepId: z.uuid(),
  keys: z.array(ListingSchema.shape.key).check(z.minLength(1), z.maxLength(MAX_CASE_ITEMS)),
  title: required(200),
  note: z._default(upTo(4000), ""),
});
