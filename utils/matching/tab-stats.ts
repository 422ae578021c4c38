import * as z from "zod/mini";
import { LocalizedTextSchema } from "../localized";
import { PlatformSchema } from "../sites/listing";
import { LevelSchema } from "./verdict-summary";

/** What was checked on a tab's page, and the platform's pledge, as the popup shows it. */
export const TabStatsSchema = z.object({
  platform: z.optional(PlatformSchema),
  platformName: z.optional(z.string()),
  pledge: z.optional(
    z.object({ signed: z.boolean(), date: z.optional(z.string()), with: z.optional(LocalizedTextSchema) }),
  ),
  /** The product page's own listing, when the tab shows one: its verdict and first reason, to lead with. */
  listing: z.optional(
    z.object({
      level: LevelSchema,
      reason: z.optional(LocalizedTextSchema),
      by: z.optional(LocalizedTextSchema),
    }),
  ),
  checked: z.number(),
  flagged: z.number(),
  official: z.number(),
});
export type TabStats = z.infer<typeof TabStatsSchema>;
