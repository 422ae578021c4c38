import { readFileSync } from "node:fs";

/** The development key that signs sample and test feeds (see dev-keys/README.md). */
export const devKey = JSON.parse(readFileSync("dev-keys/soi-hang-dev-2026.private.jwk.json", "utf8"));
/** The bundled sample feed, as a base for test feeds. */
export const sampleFeed = JSON.parse(readFileSync("public/feeds/sample-feed.json", "utf8"));

/** A warning about a Shopee seller (sample data). */
export const sellerWarning = (id: string, sellerId: string) => ({
  id,
  target: { kind: "seller", platform: "shopee", sellerId },
  severity: "high",
  category: "counterfeit",
  reason: { vi: `cảnh báo ${id} (mẫu)` },
  source: { authority: { vi: "Cơ quan (mẫu)" } },
});
