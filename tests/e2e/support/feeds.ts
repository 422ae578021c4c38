import { readFileSync } from "node:fs";
import { type BrowserContext, expect, type Worker } from "@playwright/test";
import type { FeedServer } from "../../../demo/feed-server";
import { SAMPLE_FEED_KEYS } from "../../../utils/config";
import { signFeedBytes } from "../../../utils/feed/sign";
import { openExtensionPage, setSettings } from "./worker";

/** The development key that signs sample and test feeds (see dev-keys/README.md). */
export const devKey = JSON.parse(readFileSync("dev-keys/soi-hang-dev-2026.private.jwk.json", "utf8"));
/** The bundled sample feed, as a base for test feeds. */
export const sampleFeed = JSON.parse(readFileSync("public/feeds/sample-feed.json", "utf8"));

/** Publishes on `server`: `path` serves `body` as JSON, and `path.sig` its signature by the development key. */
export const signedPublisher =
  (server: FeedServer) =>
  (path: string, body: unknown): void => {
    const bytes = Buffer.from(JSON.stringify(body));
    server.set(path, bytes);
    server.set(`${path}.sig`, JSON.stringify(signFeedBytes(bytes, devKey)));
  };

/** A warning about a Shopee seller (sample data). */
export const sellerWarning = (id: string, sellerId: string) => ({
  id,
  target: { kind: "seller", platform: "shopee", sellerId },
  severity: "high",
  category: "counterfeit",
  reason: { vi: `cảnh báo ${id} (mẫu)` },
  source: { authority: { vi: "Cơ quan (mẫu)" } },
});

/**
 * Serves `feed`, signed with the development key, as `/feed.json` on `server` and makes it the extension's
 * only subscription (reports to `intakeUrl`, and to the intakes its contacts name: the feed is approved as a
 * recipient); returns once the popup shows the feed's serial in force.
 */
export async function subscribeToFeed(
  {
    context,
    serviceWorker,
    extensionId,
  }: { context: BrowserContext; serviceWorker: Worker; extensionId: string },
  server: FeedServer,
  feed: { serial: number },
  intakeUrl: string,
): Promise<void> {
  const bytes = Buffer.from(JSON.stringify(feed));
  server.set("/feed.json", bytes);
  server.set("/feed.json.sig", JSON.stringify(signFeedBytes(bytes, devKey)));
  await setSettings(serviceWorker, {
    intakeUrl,
    subscriptions: [
      {
        id: "test-feed",
        url: `${server.origin}/feed.json`,
        name: "Mẫu",
        keys: SAMPLE_FEED_KEYS,
        enabled: true,
        reportsTo: true,
      },
    ],
  });
  const popup = await openExtensionPage(context, extensionId, "popup.html");
  await expect(popup.locator("body")).toContainText(`phiên bản ${feed.serial}`, { timeout: 20_000 });
  await popup.close();
}
