import * as z from "zod/mini";
import { ScreenshotSchema } from "../capture/screenshot-schema";
import { WarningCategorySchema } from "../feed/schema";
import { LanguageSchema } from "../localized";
import { ListingSchema } from "../sites/listing";
import { PageAddressSchema } from "../web-address";

const upTo = (max: number) => z.string().check(z.maxLength(max));
const link = PageAddressSchema;

/** Where in the extension the person started the report. */
export const ReportEntryPointSchema = z.enum(["badge", "popup", "context_menu"]);
export type ReportEntryPoint = z.infer<typeof ReportEntryPointSchema>;

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
