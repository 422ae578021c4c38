import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { absoluteHttpUrl } from "../../utils/sites/page-text";

/** What the address is by the URL standard, or undefined when it is not an http(s) one. */
function byParsing(raw: string, base: URL): string | undefined {
  try {
    const u = new URL(raw, base);
    return u.protocol === "https:" || u.protocol === "http:" ? u.href : undefined;
  } catch {
    return undefined;
  }
}

describe("absoluteHttpUrl", () => {
  const base = new URL("https://shopee.vn/search?keyword=a");
  const chars = fc.constantFrom(..."aZ09-._~!$&()*+,;=:@%/?#'\"<>`{}|\\^ [].đ".split(""));
  const tail = fc.array(chars, { maxLength: 30 }).map((cs) => cs.join(""));

  it("gives what URL parsing gives, for any address, taking the short way or not", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          "https://",
          "http://",
          "HTTPS://",
          "/",
          "//",
          "",
          "./",
          "../",
          "javascript:",
          "data:",
        ),
        fc.constantFrom("", "shopee.vn", "Shopee.VN", "a.b.c", "xn--hng-7na.vn", "host:8080"),
        fc.constantFrom("", "/"),
        tail,
        (scheme, host, slash, rest) => {
          const raw = scheme.endsWith("//") ? `${scheme}${host}${slash}${rest}` : `${scheme}${rest}`;
          // An empty attribute is no address (parsing would give the page's own).
          if (raw !== "") expect(absoluteHttpUrl(raw, base)).toBe(byParsing(raw, base));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("treats placeholders as no address", () => {
    expect(absoluteHttpUrl("data:image/png;base64,AAAA", base)).toBeUndefined();
    expect(absoluteHttpUrl("blob:https://shopee.vn/1", base)).toBeUndefined();
    expect(absoluteHttpUrl("", base)).toBeUndefined();
  });
});
