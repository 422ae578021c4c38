import * as z from "zod/mini";
import { WarningCategorySchema } from "../feed/schema";
import { LanguageSchema } from "../localized";
import { ListingSchema } from "../sites/listing";
import { PageAddressSchema } from "../web-address";

const upTo = (max: number) => z.string().check(z.maxLength(max));
const link = PageAddressSchema;

/** Where in the extension the person started the report. */
export const ReportEntryPointSchema = z.enum(["badge", "popup", "context_menu"]);
export type ReportEntryPoint = z.infer<typeof ReportEntryPointSchema>;

/** About 2 MB of base64: a 1280-pixel-wide JPEG of a busy page is 100–300 KB, so this only stops abuse. */
export const MAX_SCREENSHOT_BASE64 = 2_800_000;

/** The visible tab when the report was made, scaled to at most 1280 pixels wide, as JPEG. */
export const ScreenshotSchema = z.object({
  mediaType: z.literal("image/jpeg"),
  width: z.int().check(z.positive(), z.lte(4096)),
  height: z.int().check(z.positive(), z.lte(8192)),
  /** The JPEG bytes in base64 (no `data:` prefix). */
  data: z
    .string()
    .check(z.minLength(4), z.maxLength(MAX_SCREENSHOT_BASE64), z.regex(/^[A-Za-z0-9+/]+={0,2}$/)),
  /** SHA-256 of the JPEG bytes, hex: lets the receiver show the image was not altered after capture. */
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  capturedAt: z.iso.datetime(),
});
export type Screenshot = z.infer<typeof ScreenshotSchema>;

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
  province: z.optional(upTo(100)),
  screenshot: z.optional(ScreenshotSchema),
  entryPoint: ReportEntryPointSchema,
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
  /** The province the person chose: the report went to that province's intake when the feed names one. */
  province: z.optional(upTo(100)),
  evidence: z.object({
    pageUrl: link,
    pageTitle: upTo(500),
    capturedAt: z.iso.datetime(),
    listing: ListingSchema,
    screenshot: z.optional(ScreenshotSchema),
  }),
  client: z.object({
    name: z.literal("soi-hang"),
    version: upTo(50),
    locale: LanguageSchema,
    entryPoint: z.optional(ReportEntryPointSchema),
  }),
});
export type Report = z.infer<typeof ReportSchema>;

/** Where a report or case is in the outbox (apart from the entry itself: status pages bundle only this). */
export const OutboxStatusSchema = z.enum(["queued", "sending", "sent", "rejected"]);
export type OutboxStatus = z.infer<typeof OutboxStatusSchema>;
