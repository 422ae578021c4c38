import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { absoluteHttpUrl, trackingFreePageUrl, trackingFreeUrl } from "../../utils/sites/page-text";

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
  const bases = fc.constantFrom(base, new URL("http://shopee.vn/"), new URL("https://www.lazada.vn/shop/"));
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
        bases,
        (scheme, host, slash, rest, page) => {
          const raw = scheme.endsWith("//") ? `${scheme}${host}${slash}${rest}` : `${scheme}${rest}`;
          // An empty attribute is no address (parsing would give the page's own).
          if (raw !== "") expect(absoluteHttpUrl(raw, page)).toBe(byParsing(raw, page));
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

describe("trackingFreeUrl", () => {
  const base = new URL("https://www.sendo.vn/ban-ghe-van-phong");

  it("drops the tracking parameters and the fragment of a product link", () => {
    expect(
      trackingFreeUrl(
        "https://www.sendo.vn/ban-goc-tuong-39103035.html?algo=isnewlisting2&source_position=1#top",
        base,
      ),
    ).toBe("https://www.sendo.vn/ban-goc-tuong-39103035.html");
    expect(trackingFreeUrl("/x-i.1.2?sp_atk=abc&xptdk=abc", new URL("https://shopee.sg/search"))).toBe(
      "https://shopee.sg/x-i.1.2",
    );
    expect(trackingFreeUrl("//www.lazada.vn/products/x-i1-s2.html?mp=1", base)).toBe(
      "https://www.lazada.vn/products/x-i1-s2.html",
    );
  });

  it("keeps the parameters that name the offer or the post, in the page's order", () => {
    const tiki = new URL("https://tiki.vn/search?q=a");
    expect(trackingFreeUrl("/may-tinh-p134018636.html?src=search&spid=134018637&pos=3", tiki, ["spid"])).toBe(
      "https://tiki.vn/may-tinh-p134018636.html?spid=134018637",
    );
    expect(trackingFreeUrl("/may-tinh-p134018636.html?src=search", tiki, ["spid"])).toBe(
      "https://tiki.vn/may-tinh-p134018636.html",
    );
    const fb = new URL("https://www.facebook.com/groups/1/");
    expect(
      trackingFreeUrl("/permalink.php?__cft__[0]=AZ&story_fbid=55&id=77#c", fb, ["story_fbid", "id"]),
    ).toBe("https://www.facebook.com/permalink.php?story_fbid=55&id=77");
  });

  it("is the absolute address up to its query, for any address", () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (raw) => {
        const full = absoluteHttpUrl(raw, base);
        const kept = trackingFreeUrl(raw, base);
        if (full === undefined) expect(kept).toBeUndefined();
        else {
          expect(full.startsWith(kept ?? "\u0000")).toBe(true);
          expect(kept).not.toMatch(/[?#]/);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("gives no address for a placeholder", () => {
    expect(trackingFreeUrl("data:image/png;base64,AAAA", base, ["spid"])).toBeUndefined();
    expect(trackingFreeUrl(undefined, base)).toBeUndefined();
  });
});

describe("trackingFreePageUrl", () => {
  it("drops the parameters that track a visit and the fragment, keeping the rest as the page wrote it", () => {
    expect(
      trackingFreePageUrl(
        "https://shopee.vn/search?keyword=h%C3%A0ng%20hi%E1%BB%87u&sp_atk=7f3e&utm_source=zalo&page=2&fbclid=IwAR0#xem",
      ),
    ).toBe("https://shopee.vn/search?keyword=h%C3%A0ng%20hi%E1%BB%87u&page=2");
    expect(trackingFreePageUrl("https://tiki.vn/p/1?src=search&spid=2")).toBe("https://tiki.vn/p/1?spid=2");
    expect(trackingFreePageUrl("https://shopee.vn/x-i.1.2?xptdk=a")).toBe("https://shopee.vn/x-i.1.2");
    expect(trackingFreePageUrl("not a url")).toBe("not a url");
  });
});
