import { startFeedServer } from "../../demo/feed-server";
import { DEMO_SEARCH_URL } from "../../demo/marketplace";
import { SAMPLE_FEED_KEYS } from "../../utils/config";
import { diffFeeds } from "../../utils/feed/delta";
import { FeedSchema } from "../../utils/feed/schema";
import { sampleFeed as sample, signedPublisher, sellerWarning as warning } from "./support/feeds";
import { expect, test } from "./support/fixtures";
import { openExtensionPage, setSettings } from "./support/worker";

const feedAt = (serial: number, sellers: string[]) =>
  FeedSchema.parse({ ...sample, serial, warnings: sellers.map((s) => warning(`w-${s}`, s)) });

test("published deltas move the held list forward without the full download; a bad delta falls back to the full feed", async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const server = await startFeedServer();
  const sign = signedPublisher(server);
  const v1 = feedAt(1, ["9100000001"]);
  const v2 = feedAt(2, ["9100000001", "9100000004"]);
  const v3 = feedAt(3, ["9100000004"]);
  try {
    sign("/feed.json", v1);
    await setSettings(serviceWorker, {
      subscriptions: [
        { id: "d", url: `${server.origin}/feed.json`, name: "d", keys: [...SAMPLE_FEED_KEYS], enabled: true },
      ],
    });
    const options = await openExtensionPage(context, extensionId, "options.html");
    const status = options.locator('li[data-subscription="d"] [data-field="feed"]');
    await expect(status).toContainText("phiên bản 1");

    // The publisher moves on to 3 and publishes the steps 1→2 and 2→3 beside the full feed.
    sign("/feed.json", v3);
    sign("/feed.json.delta/1.json", diffFeeds(v1, v2));
    sign("/feed.json.delta/2.json", diffFeeds(v2, v3));
    const before = server.requests.length;
    await options.locator('[data-action="update-now"]').click();
    await expect(status).toContainText("phiên bản 3");
    const during = server.requests.slice(before);
    expect(during.map((r) => `${r.path} ${r.status}`)).toEqual(
      expect.arrayContaining([
        "/feed.json.delta/1.json 200",
        "/feed.json.delta/2.json 200",
        "/feed.json.delta/3.json 404",
      ]),
    );
    expect(during.filter((r) => r.path === "/feed.json" && r.status === 200)).toHaveLength(0);

    const page = await context.newPage();
    await page.goto(DEMO_SEARCH_URL);
    await expect(page.locator('soi-hang-badge[data-listing="shopee:9100000004:2300000041"]')).toHaveAttribute(
      "data-level",
      "danger",
    );
    // Serial 3 dropped seller 9100000001 (and "d" is the only list in force here).
    await expect(page.locator('soi-hang-badge[data-listing="shopee:9100000001:2300000011"]')).toHaveAttribute(
      "data-level",
      "none",
    );

    // A delta whose signature does not match is not applied: the full feed (serial 4) is fetched instead.
    const v4 = feedAt(4, ["9100000001"]);
    sign("/feed.json", v4);
    sign("/feed.json.delta/3.json", diffFeeds(v3, v4));
    server.set("/feed.json.delta/3.json", Buffer.from(JSON.stringify({ ...diffFeeds(v3, v4), to: 5 })));
    const mark = server.requests.length;
    await options.locator('[data-action="update-now"]').click();
    await expect(status).toContainText("phiên bản 4");
    expect(server.requests.slice(mark).some((r) => r.path === "/feed.json" && r.status === 200)).toBe(true);
    await expect(options.locator('li[data-subscription="d"] [data-field="feed-error"]')).toHaveCount(0);
  } finally {
    await server.close();
  }
});
