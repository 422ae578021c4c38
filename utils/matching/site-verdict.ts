import * as z from "zod/mini";
import { ReasonSchema } from "./verdict";

/**
 * What is known of a website a tab opens: the domain warnings on it, or the platform it passes for. `block`
 * puts the warning page before the site; anything else is said by the toolbar and the popup.
 */
export const SiteVerdictSchema = z.object({
  /** The host as a person reads it (an internationalised name in its letters). */
  host: z.string().check(z.maxLength(253)),
  level: z.enum(["danger", "caution", "none"]),
  /** A high-severity warning in force names the site: it is shown only after the warning page. */
  block: z.boolean(),
  reasons: z.array(ReasonSchema).check(z.maxLength(20)),
  /** The platform (from the feeds) the address imitates, when no warning names it. */
  imitates: z.optional(
    z.object({
      name: z.string().check(z.maxLength(100)),
      domains: z.array(z.string().check(z.maxLength(253))).check(z.maxLength(20)),
    }),
  ),
  /** True when a reason comes from a feed marked as sample data. */
  sample: z.boolean(),
});
export type SiteVerdict = z.infer<typeof SiteVerdictSchema>;
