/** How listings' identities are written as keys of the index: the same on the stored and the matching side. */

export const sellerKey = (platform: string, sellerId: string): string => `${platform}:${sellerId}`;

/** A shop's address as compared: host without "www.", path without a trailing slash; no query, no case. */
export function shopKey(url: string): string | undefined {
  try {
    const u = new URL(url);
    return `${u.hostname.replace(/^www\./, "")}${u.pathname.replace(/\/+$/, "")}`.toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * A web shop's domain as compared: the host alone (a scheme, path or port dropped), in lower case, in its ASCII
 * (punycode) form, without a trailing dot or a leading "www."; undefined when it is not a host name with a dot.
 * "Shop.Example-Fake.VN.", "shop.example-fake.vn:8080" and "https://shop.example-fake.vn/x" are one domain;
 * "bánhmì.vn" and "xn--bnhm-5na3e.vn" too.
 */
export function domainKey(domain: string): string | undefined {
  let host: string;
  try {
    host = new URL(domain.includes("://") ? domain : `http://${domain.trim()}`).hostname;
  } catch {
    return undefined;
  }
  host = host.replace(/\.+$/, "").replace(/^www\./, "");
  return host.includes(".") && !host.startsWith("[") ? host : undefined;
}

/** GTIN-8, -12, -13 and -14 compared as 14 digits. */
export const gtinKey = (gtin: string): string => gtin.padStart(14, "0");
