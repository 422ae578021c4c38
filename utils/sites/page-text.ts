/** Reading what a page shows: trimmed text, and addresses made absolute. Adapters share these. */

export function textOf(el: Element | null | undefined): string {
  return el?.textContent?.trim() ?? "";
}

/** Text as a reader sees it, runs of white space as one: for pages whose markup is indented inside the text. */
export function collapsedText(el: Element | null | undefined): string {
  return collapse(el?.textContent ?? "");
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** `https://host/…` in lower case, with only characters URL parsing keeps as they are: `new URL(raw).href === raw`. */
const ABSOLUTE_CANONICAL = /^https?:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+\/[\w\-.~!$&()*+,;=:@%/?#]*$/;
/** `/path…` (not `//host`) in the same characters. */
const PATH_CANONICAL = /^\/(?!\/)[\w\-.~!$&()*+,;=:@%/?#]*$/;

/** An http(s) address from an attribute, resolved against the page; placeholders (data:, blob:) are none. */
export function absoluteHttpUrl(raw: string | null | undefined, base: URL): string | undefined {
  // Skipped before paying for a URL parse: base64 image placeholders are common and long.
  if (!raw || raw.startsWith("data:") || raw.startsWith("blob:")) return undefined;
  // Most addresses on a page are already in the form URL parsing would give: parsing each card's two costs
  // more than all the rest of reading it.
  if (!raw.includes("/.")) {
    if (ABSOLUTE_CANONICAL.test(raw)) return raw;
    if (PATH_CANONICAL.test(raw)) return base.origin + raw;
    // Protocol-relative, as Lazada writes every product link (`//www.lazada.vn/products/…`): parsing those
    // took the 60-card Lazada VN store page from 15.0 to 16.0 ms of CPU (bench-compare, 12 loads each).
    if (raw.startsWith("//") && ABSOLUTE_CANONICAL.test(base.protocol + raw)) return base.protocol + raw;
  }
  try {
    const u = new URL(raw, base);
    return u.protocol === "https:" || u.protocol === "http:" ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A listing's or seller's address as listings, sweeps and reports keep it: absolute, without the fragment, and
 * without the tracking parameters platforms add to product links (Shopee's `sp_atk`, Lazada's `spm`, Sendo's
 * `source_position`). Those change from visit to visit, can tie the link to the person who saw it, and were a
 * quarter of what a Sendo page's listings weigh in a message (13 % on Shopee). Only the parameters named in
 * `keep`, which say which offer or post it is (Tiki's `spid`), stay.
 */
export function trackingFreeUrl(
  raw: string | null | undefined,
  base: URL,
  keep: readonly string[] = [],
): string | undefined {
  const href = absoluteHttpUrl(raw, base);
  if (!href) return undefined;
  const query = href.indexOf("?");
  const fragment = href.indexOf("#");
  const cut = query < 0 || (fragment >= 0 && fragment < query) ? fragment : query;
  if (cut < 0) return href;
  const path = href.slice(0, cut);
  if (keep.length === 0 || href[cut] === "#") return path;
  const pairs = href.slice(cut + 1).split("#", 1)[0] ?? "";
  const kept = pairs.split("&").filter((pair) => keep.includes(pair.split("=", 1)[0] ?? ""));
  return kept.length > 0 ? `${path}?${kept.join("&")}` : path;
}

/** The document a root belongs to: page-level facts (a shop header, a product's title) come from there. */
export function documentOf(root: ParentNode): Document | null {
  return root.nodeType === 9 ? (root as Document) : (root as Node).ownerDocument;
}

/** Query parameters that track a visit rather than say what the page shows (campaigns, clicks, referrers). */
const TRACKING_PARAM =
  /^(utm_|spm|scm|sp_atk|xptdk|fbclid|gclid|gbraid|wbraid|dclid|msclkid|ttclid|igshid|mc_|_gl$|clicktrackinfo|trackingid|ref$|ref_|refer|from$|source$|src$|share|__)/i;

/**
 * A page's address as a report sends it: without the parameters that track a visit, with those that say what
 * the page shows (a search's words, a filter) kept.
 */
export function trackingFreePageUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw;
  }
  // Parameter by parameter, so that those kept keep their own encoding (a search's "%20" stays "%20").
  const kept = url.search
    .slice(1)
    .split("&")
    .filter((part) => {
      if (part === "") return false;
      const name = part.split("=")[0] ?? "";
      try {
        return !TRACKING_PARAM.test(decodeURIComponent(name.replaceAll("+", " ")));
      } catch {
        return !TRACKING_PARAM.test(name);
      }
    });
  url.search = kept.length > 0 ? `?${kept.join("&")}` : "";
  url.hash = "";
  return url.href;
}
