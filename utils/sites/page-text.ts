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
  }
  try {
    const u = new URL(raw, base);
    return u.protocol === "https:" || u.protocol === "http:" ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** The document a root belongs to: page-level facts (a shop header, a product's title) come from there. */
export function documentOf(root: ParentNode): Document | null {
  return root.nodeType === 9 ? (root as Document) : (root as Node).ownerDocument;
}
