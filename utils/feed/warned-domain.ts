import { getDomain } from "tldts";
import * as z from "zod/mini";
import { domainKey } from "../web-address";
import type { WarningTarget } from "./schema";

/**
 * A domain warning's domain as the index keeps it (see domainKey), or undefined when it may not be warned:
 * a public suffix ("com.vn", "gov.vn", "co.uk"), or a suffix under which anyone can have a site
 * ("blogspot.com", "myshopify.com"), from the Public Suffix List (tldts). A warning on one would put the warning
 * page before every site under it; a feed, signed or not, never gets to do that.
 */
export function warnedDomainKey(domain: string): string | undefined {
  const key = domainKey(domain);
  if (!key) return undefined;
  return getDomain(key, { allowPrivateDomains: true }) === null ? undefined : key;
}

/** Where warnings are written (the publisher's files, the review workspace): a domain warning names a site. */
export const domainTargetCheck = z.refine<{ target: WarningTarget }>(
  (w: { target: WarningTarget }) =>
    w.target.kind !== "domain" || warnedDomainKey(w.target.domain) !== undefined,
  {
    message: "a domain warning must name a site, not a public suffix such as com.vn or blogspot.com",
    path: ["target", "domain"],
  },
);
