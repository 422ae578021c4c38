import * as z from "zod/mini";
import { SAMPLE_FEED_KEYS } from "../config";
import { SafeAddressSchema } from "../web-address";

export const TrustedKeySchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  /** Raw 32-byte Ed25519 public key, base64 (44 characters). */
  publicKey: z.base64().check(z.length(44)),
});

/**
 * One feed the user follows, with the publisher key(s) pinned for it. `url` empty means the feed bundled with
 * the extension. The order of subscriptions is their precedence (see README, "Several feeds").
 */
export const SubscriptionSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,39}$/)),
  url: z.union([z.literal(""), SafeAddressSchema]),
  name: z.string().check(z.minLength(1), z.maxLength(100)),
  keys: z.array(TrustedKeySchema).check(z.minLength(1), z.maxLength(5)),
  enabled: z.boolean(),
  /**
   * The person approved this feed as a recipient of their reports: the intakes its `contacts` name for a
   * province are used. Without it a feed's contacts give hotlines only, and reports go to the intake in settings.
   */
  reportsTo: z._default(z.boolean(), false),
});
export type Subscription = z.infer<typeof SubscriptionSchema>;

export const BUNDLED_SUBSCRIPTION: Subscription = {
  id: "sample",
  url: "",
  name: "Soi Hàng — danh sách mẫu",
  keys: [...SAMPLE_FEED_KEYS],
  enabled: true,
  reportsTo: false,
};
