import { z } from "zod";

export const PLATFORMS = ["shopee", "lazada", "tiki", "sendo", "tiktok", "facebook", "web"] as const;
export const PlatformSchema = z.enum(PLATFORMS);
export type Platform = z.infer<typeof PlatformSchema>;

export const PageKindSchema = z.enum(["search", "category", "shop", "product", "feed", "post"]);
export type PageKind = z.infer<typeof PageKindSchema>;

const text = (max: number) => z.string().max(max);

/** One product listing as a site adapter read it from the page. Untrusted: it comes from page content. */
export const ListingSchema = z.object({
  platform: PlatformSchema,
  /** Stable across pages, e.g. `shopee:<shopid>:<itemid>`. */
  key: z
    .string()
    .min(3)
    .max(200)
    .regex(/^[a-z]+:[^\s]+$/),
  url: z.url().max(2000),
  title: text(500),
  price: z.number().nonnegative().finite().optional(),
  /** A range shown on the page (e.g. several variants); `price` is its low end. */
  priceMax: z.number().nonnegative().finite().optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  sellerId: text(100).optional(),
  sellerName: text(200).optional(),
  sellerUrl: z.url().max(2000).optional(),
  official: z.boolean().optional(),
  brand: text(100).optional(),
  imageUrl: z.url().max(2000).optional(),
  pageKind: PageKindSchema,
});
export type Listing = z.infer<typeof ListingSchema>;
