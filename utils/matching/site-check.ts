import punycode from "punycode/punycode.js";
import { domainKey, isWebAddress } from "../web-address";
import type { CompiledIndex } from "./compiled-index";
import { hostWarnings } from "./host-warnings";
import { lookalikeRule, type PlatformSite } from "./platform-lookalike";
import type { SiteVerdict } from "./site-verdict";
import { collect, type Hit, warningReason } from "./warning-hits";
import { WarningTextPending } from "./warning-text";

const readable = (host: string): string => {
  try {
    return punycode.toUnicode(host);
  } catch {
    return host;
  }
};

/** The look-alike rule of each index, its platforms' names and domains worked out once. */
const lookalikes = new WeakMap<CompiledIndex, (host: string) => PlatformSite | undefined>();
function lookalikeOf(index: CompiledIndex) {
  let rule = lookalikes.get(index);
  if (!rule) {
    rule = lookalikeRule([...index.platforms.values()]);
    lookalikes.set(index, rule);
  }
  return rule;
}

/** The check itself; throws WarningTextPending when a hit's text is still on disk. */
function checkHost(host: string, index: CompiledIndex, now: number): SiteVerdict {
  const hits: Hit[] = [];
  collect(hits, "warned_domain", hostWarnings(host, index), now);
  if (hits.length > 0) {
    const block = hits.some(({ hit }) => hit.warning.severity === "high");
    return {
      host: readable(host),
      level: block ? "danger" : "caution",
      block,
      reasons: hits.slice(0, 20).map(({ code, hit }) => warningReason(code, hit)),
      sample: hits.some(({ hit }) => hit.sample),
    };
  }
  const platform = lookalikeOf(index)(host);
  return {
    host: readable(host),
    level: platform ? "caution" : "none",
    block: false,
    reasons: [],
    ...(platform ? { imitates: { name: platform.name, domains: platform.domains.slice(0, 20) } } : {}),
    sample: false,
  };
}

/**
 * What the feeds in force say of the website at `address`, all of it decided here, in the browser: the domain
 * warnings on its host or a domain above it, and otherwise whether it passes for one of the feeds' platforms.
 * Undefined for an address that is not a web site (an extension page, a file, an address without a dot).
 */
export async function checkSite(
  address: string,
  index: CompiledIndex,
  now: number,
): Promise<SiteVerdict | undefined> {
  if (!isWebAddress(address)) return undefined;
  const host = domainKey(address);
  if (!host) return undefined;
  for (;;) {
    try {
      return checkHost(host, index, now);
    } catch (e) {
      if (!(e instanceof WarningTextPending)) throw e;
      await e.load();
    }
  }
}

/**
 * The domains the browser blocks for the feeds in force at `now`: those of high-severity domain warnings, each
 * once, in punycode (as the browser's rules take them).
 */
export function blockedDomains(index: CompiledIndex, now: number): string[] {
  const domains = new Set<string>();
  for (const [domain, from, until] of index.blockedDomains)
    if ((from === 0 || from <= now) && (until === 0 || until >= now)) domains.add(domain);
  return [...domains].sort();
}
