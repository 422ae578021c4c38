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

/** GTIN-8, -12, -13 and -14 compared as 14 digits. */
export const gtinKey = (gtin: string): string => gtin.padStart(14, "0");
