import * as z from "zod/mini";
import { PageAddressSchema } from "../web-address";
import { MAX_DESCRIPTION_CHARS, MAX_LINKS, MAX_VARIANT_CHARS, MAX_VARIANTS } from "./listing-limits";

export const PLATFORMS = ["shopee", "lazada", "tiki", "sendo", "tiktok", "facebook", "web"] as const;
export const PlatformSchema = z.enum(PLATFORMS);
export type Platform = z.infer<typeof PlatformSchema>;

export const PageKindSchema = z.enum(["search", "category", "shop", "product", "feed", "post"]);
export type PageKind = z.infer<typeof PageKindSchema>;

const text = (max: number) => z.string().check(z.maxLength(max));
const link = PageAddressSchema;
const amount = z.number().check(z.nonnegative());

/** One product listing as a site adapter read it from the page. Untrusted: it comes from page content. */
export const ListingSchema = z.object({
  platform: PlatformSchema,
  /** Stable across pages, e.g. `shopee:<shopid>:<itemid>`. */
  key: z.string().check(z.minLength(3), z.maxLength(200), z.regex(/^[a-z]+:[^\s]+$/)),
  url: link,
  title: text(500),
  price: z.optional(amount),
  /** A range shown on the page (e.g. several variants); `price` is its low end. */
  priceMax: z.optional(amount),
  currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/))),
  sellerId: z.optional(text(100)),
  sellerName: z.optional(text(200)),
  sellerUrl: z.optional(link),
  official: z.optional(z.boolean()),
  brand: z.optional(text(100)),
  /** The product's GTIN (EAN/UPC) where the page states it, e.g. in schema.org data. */
  gtin: z.optional(z.string().check(z.regex(/^\d{8,14}$/))),
  imageUrl: z.optional(link),
  /**
   * The variants' names the page shows ("Đen / 36", "Bản Rep 1:1"): sellers put there what a filter would catch
   * in the title. At most MAX_VARIANTS.
   */
  variants: z.optional(z.array(text(MAX_VARIANT_CHARS)).check(z.maxLength(MAX_VARIANTS))),
  /** The first lines of the listing's own text where the page shows it (a Facebook post, a description). */
  description: z.optional(text(MAX_DESCRIPTION_CHARS)),
  /** Addresses off the platform that the listing links to (a sale post's link to a web shop), at most MAX_LINKS. */
  links: z.optional(z.array(link).check(z.maxLength(MAX_LINKS))),
  pageKind: PageKindSchema,
});
export type Listing = z.infer<typeof ListingSchema>;

/** How each platform is named to people (exports, the side panel, the printable summary). */
export const PLATFORM_LABELS: Record<Platform, string> = {
  shopee: "Shopee",
  lazada: "Lazada",
  tiki: "Tiki",
  sendo: "Sendo",
  tiktok: "TikTok Shop",
  facebook: "Facebook",
  web: "Web",
};
