import * as z from "zod/mini";
import { LocalizedTextSchema } from "../localized";
import { PlatformSchema } from "../sites/listing";
import { PageAddressSchema, SafeAddressSchema } from "../web-address";

export const FEED_FORMAT = "soi-hang-feed";
export const FEED_VERSION = 1;

const isoDate = z.iso.datetime({ offset: true });
const day = z.iso.date();
const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const currency = z.string().check(z.regex(/^[A-Z]{3}$/));
/** A list of at most `max` items: every list in a feed is bounded, so no signed feed can exhaust the worker. */
const list = <T extends z.core.SomeType>(item: T, max: number) => z.array(item).check(z.maxLength(max));

/**
 * The bounds of a feed, as published in its JSON Schema. They are far above any real list (a province's office
 * warns about hundreds of sellers a year, the national list of slang has tens of terms) and below what the
 * worker could not hold: the budgets in DESIGN.md are measured at them.
 */
export const FEED_LIMITS = {
  warnings: 200_000,
  brands: 5_000,
  brandTerms: 30,
  officialSellers: 2_000,
  priceFloors: 20,
  slang: 2_000,
  negations: 500,
  prohibited: 1_000,
  platforms: 50,
  domains: 20,
  contacts: 200,
  guides: 500,
  guideTerms: 50,
  guideSteps: 12,
  lookups: 10,
  /** Every term of the brands and signals together (names, aliases, goods, price floors, slang, negations…). */
  terms: 20_000,
} as const;

/** How many terms a feed's brands, signals and guides carry, each kept in the worker's phrase index. */
export function termCount(feed: {
  brands: readonly Brand[];
  signals: Signals;
  guides?: readonly Guide[];
}): number {
  let n = 0;
  for (const b of feed.brands) {
    n += 1 + b.aliases.length + b.goods.length;
    for (const f of b.priceFloors) n += f.terms.length;
  }
  n += feed.signals.slang.length + feed.signals.negations.length + (feed.signals.negationsAfter?.length ?? 0);
  for (const p of feed.signals.prohibited) n += typeof p === "string" ? 1 : p.terms.length + p.with.length;
  for (const g of feed.guides ?? []) n += g.terms.length + g.unless.length;
  return n;
}

export const WARNING_CATEGORIES = [
  "counterfeit",
  "smuggled",
  "ip_infringement",
  "unknown_origin",
  "substandard",
  "prohibited",
] as const;
export const WarningCategorySchema = z.enum(WARNING_CATEGORIES);
export type WarningCategory = z.infer<typeof WarningCategorySchema>;

export const SourceSchema = z.object({
  authority: LocalizedTextSchema,
  decision: z.optional(z.string().check(z.maxLength(200))),
  date: z.optional(day),
  /** Drawn as a link in the badge's panel: https only. */
  url: z.optional(SafeAddressSchema),
});
export type Source = z.infer<typeof SourceSchema>;

export const WarningTargetSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("seller"), platform: PlatformSchema, sellerId: text(100) }),
  z.object({ kind: z.literal("listing"), key: z.string().check(z.minLength(3), z.maxLength(200)) }),
  z.object({
    kind: z.literal("product"),
    brand: text(100),
    terms: z._default(z.array(text(100)).check(z.maxLength(20)), []),
    gtin: z.optional(z.string().check(z.regex(/^\d{8,14}$/))),
  }),
  z.object({ kind: z.literal("domain"), domain: z.string().check(z.minLength(3), z.maxLength(253)) }),
  /** A shop's own address on a platform or a social network (a Facebook page, a shop's URL). */
  z.object({ kind: z.literal("shop"), url: PageAddressSchema }),
]);
export type WarningTarget = z.infer<typeof WarningTargetSchema>;

export const WarningSchema = z.object({
  id: text(100),
  target: WarningTargetSchema,
  severity: z.enum(["high", "medium", "low"]),
  category: WarningCategorySchema,
  reason: LocalizedTextSchema,
  source: SourceSchema,
  validFrom: z.optional(isoDate),
  validUntil: z.optional(isoDate),
});
export type Warning = z.infer<typeof WarningSchema>;

export const PledgeSchema = z.object({
  signed: z.boolean(),
  date: z.optional(day),
  with: z.optional(LocalizedTextSchema),
  source: z.optional(SafeAddressSchema),
});

export const PlatformEntrySchema = z.object({
  id: PlatformSchema,
  name: text(100),
  domains: list(z.string().check(z.minLength(3), z.maxLength(253)), FEED_LIMITS.domains).check(
    z.minLength(1),
  ),
  pledge: PledgeSchema,
});
export type PlatformEntry = z.infer<typeof PlatformEntrySchema>;

export const BrandSchema = z.object({
  id: text(100),
  name: text(100),
  aliases: z._default(list(text(100), FEED_LIMITS.brandTerms), []),
  /** Heavily counterfeited: a listing of it by a seller who is not one of its official sellers is a weak signal. */
  counterfeitRisk: z._default(z.enum(["high", "normal"]), "normal"),
  /** Words of the brand's goods ("túi", "nước hoa"): a look-alike that is also an ordinary word needs one. */
  goods: z._default(list(text(100), FEED_LIMITS.brandTerms), []),
  officialSellers: z._default(
    list(z.object({ platform: PlatformSchema, sellerId: text(100) }), FEED_LIMITS.officialSellers),
    [],
  ),
  priceFloors: z._default(
    list(
      z.object({
        terms: list(text(100), FEED_LIMITS.brandTerms).check(z.minLength(1)),
        min: z.number().check(z.positive()),
        currency,
      }),
      FEED_LIMITS.priceFloors,
    ),
    [],
  ),
});
export type Brand = z.infer<typeof BrandSchema>;

/** A counterfeit-slang term; `withBrand`: it counts only when the title names a brand ("loại 1", "siêu cấp"). */
export const SlangTermSchema = z.union([
  text(100),
  z.object({ term: text(100), withBrand: z._default(z.boolean(), false) }),
]);
export type SlangTerm = z.infer<typeof SlangTermSchema>;

/**
 * Prohibited or controlled goods: any of `terms`, and, when `with` is given, any of those too ("thực phẩm
 * chức năng" with a cure claim). `level` danger when the publisher says so.
 */
export const ProhibitedTermSchema = z.union([
  text(100),
  z.object({
    id: z.optional(text(100)),
    terms: z.array(text(100)).check(z.minLength(1), z.maxLength(50)),
    with: z._default(z.array(text(100)).check(z.maxLength(50)), []),
    level: z._default(z.enum(["caution", "danger"]), "caution"),
    note: z.optional(LocalizedTextSchema),
  }),
]);
export type ProhibitedTerm = z.infer<typeof ProhibitedTermSchema>;

/** Weights of the heuristic signals (0–100) and the score from which a listing is `caution`. */
export const SignalWeightsSchema = z.object({
  slang: z.optional(z.number().check(z.gte(0), z.lte(100))),
  priceFloor: z.optional(z.number().check(z.gte(0), z.lte(100))),
  lookalike: z.optional(z.number().check(z.gte(0), z.lte(100))),
  unofficialSeller: z.optional(z.number().check(z.gte(0), z.lte(100))),
  prohibited: z.optional(z.number().check(z.gte(0), z.lte(100))),
  cautionAt: z.optional(z.number().check(z.gte(1), z.lte(100))),
});
export type SignalWeights = z.infer<typeof SignalWeightsSchema>;

export const SignalsSchema = z.object({
  slang: z._default(list(SlangTermSchema, FEED_LIMITS.slang), []),
  /** Phrases that make a slang term honest when they come just before it ("chống hàng fake"). */
  negations: z._default(list(text(100), FEED_LIMITS.negations), []),
  /**
   * Phrases that make a slang term honest when they come just after it: "fake đền gấp đôi", "fake hoàn tiền"
   * (a promise to refund if the goods are fake).
   */
  negationsAfter: z.optional(list(text(100), FEED_LIMITS.negations)),
  prohibited: z._default(list(ProhibitedTermSchema, FEED_LIMITS.prohibited), []),
  weights: z.optional(SignalWeightsSchema),
});
export type Signals = z.infer<typeof SignalsSchema>;

/** Goods a guide is about: the categories a shopper asks "how do I tell the real thing" of. */
export const GUIDE_CATEGORIES = [
  "medicines",
  "functional_foods",
  "cosmetics",
  "milk_powder",
  "alcohol",
  "tobacco",
  "fertilisers",
  "pesticides",
  "electronics",
  "fashion",
  "websites",
  "other",
] as const;

/** A service where anyone can check a product, a shop or a website themselves. */
export const LookupSchema = z.object({
  name: LocalizedTextSchema,
  url: SafeAddressSchema,
  /** What it checks ("số đăng ký thuốc"). */
  checks: z.optional(LocalizedTextSchema),
});
export type Lookup = z.infer<typeof LookupSchema>;

/**
 * How to check genuine goods of a category (or of one brand): information, never a warning. A listing is in it
 * when its title has one of `terms` (diacritics ignored, as the rules' goods words) and none of `unless`, and,
 * for a brand's guide, names the brand. Every step carries its source.
 */
export const GuideSchema = z.object({
  id: text(100),
  category: z.enum(GUIDE_CATEGORIES),
  title: LocalizedTextSchema,
  /** A brand's id (of this feed's brands or the built-in ones): the guide is for that brand's goods only. */
  brand: z.optional(text(100)),
  terms: list(text(100), FEED_LIMITS.guideTerms).check(z.minLength(1)),
  /** Words that take a listing out of it again ("thuốc lá", "thuốc trừ sâu" are not medicines). */
  unless: z._default(list(text(100), FEED_LIMITS.guideTerms), []),
  steps: list(z.object({ text: LocalizedTextSchema, source: SourceSchema }), FEED_LIMITS.guideSteps).check(
    z.minLength(1),
  ),
  lookups: z._default(list(LookupSchema, FEED_LIMITS.lookups), []),
  /** Goods that may not be sold online at all (`prohibited`), or only by licensed sellers (`restricted`). */
  legal: z.optional(
    z.object({
      status: z.enum(["prohibited", "restricted"]),
      text: LocalizedTextSchema,
      source: SourceSchema,
    }),
  ),
});
export type Guide = z.infer<typeof GuideSchema>;

export const ContactSchema = z.object({
  province: text(100),
  /** The office that takes the province's reports, as the report form names the recipient. */
  name: z.optional(LocalizedTextSchema),
  hotline: z.optional(z.string().check(z.maxLength(50))),
  email: z.optional(z.email()),
  /** A web page where people can report in person or online. */
  url: z.optional(SafeAddressSchema),
  /**
   * The intake that takes reports for this province (the protocol in README); else the default intake. Used
   * only when the person approved this feed as a recipient of their reports (its subscription's `reportsTo`).
   */
  intake: z.optional(SafeAddressSchema),
  /** Where the numbers and addresses were published. */
  source: z.optional(SourceSchema),
});
export type Contact = z.infer<typeof ContactSchema>;

export const FeedSchema = z
  .object({
    format: z.literal(FEED_FORMAT),
    version: z.literal(FEED_VERSION),
    publisher: z.object({ id: text(100), name: LocalizedTextSchema }),
    serial: z.int().check(z.nonnegative()),
    issued: isoDate,
    expires: isoDate,
    /** Set on demonstration data: the UI says so next to every verdict that uses it. */
    sample: z._default(z.boolean(), false),
    notice: z.optional(LocalizedTextSchema),
    warnings: z._default(list(WarningSchema, FEED_LIMITS.warnings), []),
    platforms: z._default(list(PlatformEntrySchema, FEED_LIMITS.platforms), []),
    brands: z._default(list(BrandSchema, FEED_LIMITS.brands), []),
    signals: z._default(SignalsSchema, { slang: [], negations: [], prohibited: [] }),
    contacts: z._default(list(ContactSchema, FEED_LIMITS.contacts), []),
    guides: z._default(list(GuideSchema, FEED_LIMITS.guides), []),
  })
  .check(
    z.refine((feed) => termCount(feed) <= FEED_LIMITS.terms, {
      message: `at most ${FEED_LIMITS.terms} terms in brands, signals and guides together`,
    }),
  );
export type Feed = z.infer<typeof FeedSchema>;
