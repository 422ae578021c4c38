// `npm run bench -- --only=sites`: the check of a top-level navigation (issue 32) against 100,000 warnings.
import { readFileSync } from "node:fs";
import type { PlatformEntry } from "../utils/feed/schema";
import { compileIndex } from "../utils/matching/compile-index";
import { blockedDomains, checkSite } from "../utils/matching/site-check";
import { benchFeedOf } from "./bench-feed";
import { fmt, median, verdictLine } from "./bench-report";

/**
 * 100,000 warnings (synthetic, labelled so): half on web shops' domains, half on sellers, with the sample feed's
 * platforms for the look-alike rule.
 */
function siteFeed(count: number) {
  const platforms = (
    JSON.parse(readFileSync("public/feeds/sample-feed.json", "utf8")) as { platforms: PlatformEntry[] }
  ).platforms;
  const warnings = Array.from({ length: count }, (_, i) => ({
    id: `s-${i}`,
    target:
      i % 2 === 0
        ? { kind: "domain", domain: `shop${i}.fake-shops-${i % 97}.vn` }
        : { kind: "seller", platform: "shopee", sellerId: String(5_000_000 + i) },
    severity: i % 4 === 0 ? "high" : "medium",
    category: "counterfeit",
    reason: { vi: "bench (synthetic)" },
    source: { authority: { vi: "Cơ quan mẫu (bench)" } },
  }));
  return benchFeedOf(warnings, { platforms });
}

/** Addresses a person opens: mostly ordinary sites and the marketplaces, some warned shops and look-alikes. */
function navigations(count: number): string[] {
  const ordinary = [
    "https://vnexpress.net/kinh-doanh/gia-vang-hom-nay-4812345.html?utm_source=zalo",
    "https://shopee.vn/T%C3%BAi-x%C3%A1ch-n%E1%BB%AF-i.123456.7890123",
    "https://tiki.vn/dien-thoai-samsung-galaxy-a55-p271234567.html?spid=271234568",
    "https://www.lazada.vn/products/ao-thun-nam-i1234567890.html",
    "https://www.facebook.com/groups/987654321/posts/5560001/",
    "https://thegioididong.com/dtdd/iphone-15",
    "https://www.google.com/search?q=t%C3%BAi+x%C3%A1ch",
    "https://shop.myshop-hanoi.com.vn/san-pham/tui-da-bo",
    "https://bánhmì-ngon.vn/menu",
  ];
  return Array.from({ length: count }, (_, i) =>
    i % 20 === 0
      ? `https://shop${(i * 2) % 100_000}.fake-shops-${((i * 2) % 100_000) % 97}.vn/product`
      : i % 20 === 1
        ? "https://shopee-sale.vn/flash-sale"
        : (ordinary[i % ordinary.length] as string),
  );
}

export async function benchSites(): Promise<void> {
  console.log("\nThe check of a navigation (100,000 warnings, synthetic; 50,000 on web shops' domains)");
  const index = compileIndex([siteFeed(100_000)]);
  const now = Date.now();
  const addresses = navigations(20_000);
  // Warm-up: the JIT, and every warning text chunk a hit reads.
  for (const a of addresses) await checkSite(a, index, now);
  const passes: number[] = [];
  const floors: number[] = [];
  let flagged = 0;
  // Read after the loop, so that the baseline's parsing is not optimised away.
  let parsed = 0;
  for (let pass = 0; pass < 5; pass++) {
    const per: number[] = [];
    const floor: number[] = [];
    flagged = 0;
    for (let i = 0; i < addresses.length; i += 1000) {
      const batch = addresses.slice(i, i + 1000);
      let start = performance.now();
      for (const a of batch) if ((await checkSite(a, index, now))?.level !== "none") flagged++;
      per.push(((performance.now() - start) * 1000) / batch.length);
      // The baseline, in the same run: only parsing each address, which any check must do.
      start = performance.now();
      let hosts = 0;
      for (const a of batch) hosts += new URL(a).hostname.length;
      floor.push(((performance.now() - start) * 1000) / batch.length);
      parsed += hosts;
    }
    passes.push(median(per));
    floors.push(median(floor));
  }
  const us = Math.min(...passes);
  console.log(`    ${flagged} of ${addresses.length} navigations flagged (warned or passing for a platform)`);
  verdictLine(
    "median time to check one navigation",
    `${fmt(us / 1000, 4)} ms (${fmt(us)} µs)`,
    "< 0.05 ms",
    us < 50,
  );
  console.log(`    the five passes: ${passes.map((p) => `${fmt(p)} µs`).join(", ")}`);
  console.log(`    baseline in the same run, parsing the address only: ${fmt(Math.min(...floors))} µs`);
  const start = performance.now();
  const blocked = blockedDomains(index, now);
  console.log(
    `    the browser's blocking rules: ${blocked.length} domains listed in ${fmt(performance.now() - start, 1)} ms`,
  );
  if (parsed === 0) console.log("    (no address parsed)");
}
