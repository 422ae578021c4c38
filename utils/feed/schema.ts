import { z } from "zod";
import { LocalizedTextSchema } from "../localized";
import { PlatformSchema } from "../sites/listing";

export const FEED_FORMAT = "soi-hang-feed";
export const FEED_VERSION = 1;

const isoDate = z.iso.datetime({ offset: true });
const day = z.iso.date();

export const WarningCategorySchema = z.enum([
  "counterfeit",
  "smuggled",
  "ip_infringement",
  "unknown_origin",
  "substandard",
  "prohibited",
]);
export type WarningCategory = z.infer<typeof WarningCategorySchema>;

export const SourceSchema = z.object({
  authority: LocalizedTextSchema,
  decision: z.string().max(200).optional(),
  date: day.optional(),
  url: z.url().optional(),
});
export type Source = z.infer<typeof SourceSchema>;

export const WarningTargetSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("seller"), platform: PlatformSchema, sellerId: z.string().min(1).max(100) }),
  z.object({ kind: z.literal("listing"), key: z.string().min(3).max(200) }),
  z.object({
    kind: z.literal("product"),
    brand: z.string().min(1).max(100),
    terms: z.array(z.string().min(1).max(100)).max(20).default([]),
    gtin: z
      .string()
      .regex(/^\d{8,14}$/)
      .optional(),
  }),
  z.object({ kind: z.literal("domain"), domain: z.string().min(3).max(253) }),
]);
export type WarningTarget = z.infer<typeof WarningTargetSchema>;

export const WarningSchema = z.object({
  id: z.string().min(1).max(100),
  target: WarningTargetSchema,
  severity: z.enum(["high", "medium", "low"]),
  category: WarningCategorySchema,
  reason: LocalizedTextSchema,
  source: SourceSchema,
  validFrom: isoDate.optional(),
  validUntil: isoDate.optional(),
});
export type Warning = z.infer<typeof WarningSchema>;

export const PlatformEntrySchema = z.object({
  id: PlatformSchema,
  name: z.string().min(1).max(100),
  domains: z.array(z.string().min(3).max(253)).min(1),
  pledge: z.object({
    signed: z.boolean(),
    date: day.optional(),
    with: LocalizedTextSchema.optional(),
    source: z.url().optional(),
  }),
});
export type PlatformEntry = z.infer<typeof PlatformEntrySchema>;

export const BrandSchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().min(1).max(100),
  aliases: z.array(z.string().min(1).max(100)).default([]),
  officialSellers: z
    .array(z.object({ platform: PlatformSchema, sellerId: z.string().min(1).max(100) }))
    .default([]),
  priceFloors: z
    .array(
      z.object({
        terms: z.array(z.string().min(1).max(100)).min(1),
        min: z.number().positive(),
        currency: z.string().regex(/^[A-Z]{3}$/),
      }),
    )
    .default([]),
});
export type Brand = z.infer<typeof BrandSchema>;

export const SignalsSchema = z.object({
  slang: z.array(z.string().min(1).max(100)).default([]),
  prohibited: z.array(z.string().min(1).max(100)).default([]),
});

export const ContactSchema = z.object({
  province: z.string().min(1).max(100),
  hotline: z.string().max(50).optional(),
  email: z.email().optional(),
  url: z.url().optional(),
});

export const FeedSchema = z.object({
  format: z.literal(FEED_FORMAT),
  version: z.literal(FEED_VERSION),
  publisher: z.object({ id: z.string().min(1).max(100), name: LocalizedTextSchema }),
  serial: z.number().int().nonnegative(),
  issued: isoDate,
  expires: isoDate,
  /** Set on demonstration data: the UI says so next to every verdict that uses it. */
  sample: z.boolean().default(false),
  notice: LocalizedTextSchema.optional(),
  warnings: z.array(WarningSchema).default([]),
  platforms: z.array(PlatformEntrySchema).default([]),
  brands: z.array(BrandSchema).default([]),
  signals: SignalsSchema.default({ slang: [], prohibited: [] }),
  contacts: z.array(ContactSchema).default([]),
});
export type Feed = z.infer<typeof FeedSchema>;
