import type { WarningTarget } from "../../utils/feed/schema";

/** A shop's address as warnings compare it: no scheme, `www.`, query, hash or trailing slash; lower case. */
export function shopKey(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host.replace(/^www\./, "")}${u.pathname.replace(/\/+$/, "")}`.toLowerCase();
  } catch {
    return url.toLowerCase();
  }
}

/** What a warning is about, as one string: the same shape as the queue's group keys where they meet. */
export function targetKey(target: WarningTarget): string {
  switch (target.kind) {
    case "seller":
      return `seller:${target.platform}:${target.sellerId}`;
    case "listing":
      return `listing:${target.key}`;
    case "shop":
      return `shop:${shopKey(target.url)}`;
    case "domain":
      return `domain:${target.domain.toLowerCase().replace(/^\.+|\.+$/g, "")}`;
    case "product":
      return target.gtin
        ? `gtin:${target.gtin.padStart(14, "0")}`
        : `product:${target.brand.toLowerCase()}:${[...target.terms]
            .map((t) => t.toLowerCase())
            .sort()
            .join("+")}`;
  }
}

/** Every key a warning about this listing could have: its seller, itself, its shop and its address's domains. */
export function keysOfListing(listing: {
  platform: string;
  key: string;
  url: string;
  sellerId?: string | null;
  sellerUrl?: string | null;
}): string[] {
  const keys = [`listing:${listing.key}`];
  if (listing.sellerId) keys.push(`seller:${listing.platform}:${listing.sellerId}`);
  if (listing.sellerUrl) keys.push(`shop:${shopKey(listing.sellerUrl)}`);
  try {
    const parts = new URL(listing.url).hostname.toLowerCase().split(".");
    for (let i = 0; i < parts.length - 1; i++) keys.push(`domain:${parts.slice(i).join(".")}`);
  } catch {
    // no domain to add
  }
  return keys;
}
