import * as z from "zod/mini";

/** An http(s) address: what a tab shows as a website (not an extension page, a file or `javascript:`). */
export const isWebAddress = (address: string): boolean => /^https?:\/\//i.test(address);

/** This machine: a local intake or feed in development and tests. */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === "localhost" || hostname === "[::1]" || /^127(\.\d{1,3}){3}$/.test(hostname);
}

function isSafeAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || (url.protocol === "http:" && isLoopbackHost(url.hostname));
  } catch {
    return false;
  }
}

/**
 * Where the extension sends or links to on a publisher's or a person's word (a feed's links and intakes, a
 * followed feed, the intake in settings): https only, or http to this machine. Never `javascript:`, `data:`,
 * `chrome:` or plain http across a network, where reports and contact details could be read or changed.
 */
export const SafeAddressSchema = z
  .string()
  .check(
    z.maxLength(2000),
    z.refine(isSafeAddress, "must be an https:// address (or http:// to this machine)"),
  );

/** An address a marketplace page shows (a listing, a seller, an image): http or https, nothing that runs. */
export const PageAddressSchema = z.url({ protocol: /^https?$/ }).check(z.maxLength(2000));

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

/** The match pattern for one site, as a permission and a content script take it: `https://shop.example.vn/*`. Undefined for anything but an http(s) origin. */
export function sitePattern(address: string): string | undefined {
  try {
    const url = new URL(address);
    if (url.protocol !== "https:" && url.protocol !== "http:") return undefined;
    return `${url.protocol}//${url.hostname}/*`;
  } catch {
    return undefined;
  }
}
