import { startFeedServer } from "../../demo/feed-server";
import { DEMO_SEARCH_URL, loadCatalog, renderSearchPage } from "../../demo/marketplace";
import { SAMPLE_FEED_KEYS } from "../../utils/config";
import { diffFeeds } from "../../utils/feed/delta";
import { FeedSchema } from "../../utils/feed/schema";
import { sampleFeed, sellerWarning, signedPublisher } from "../e2e/support/feeds";
import { openExtensionPage, openServed, poll } from "./support/firefox";
import { expect, setSettings, test } from "./support/fixtures";

const feedAt = (serial: number, sellers: string[]) =>
  FeedSchema.parse({ ...sampleFeed, serial, warnings: sellers.map((s) => sellerWarning(`w-${s}`, s)) });
const DEMO_SEARCH = { url: DEMO_SEARCH_URL, body: renderSearchPage(loadCatalog(), "hàng hiệu") };
const NEWLY_WARNED = "shopee:9100000004:2300000041";

test("Firefox: a signed feed over HTTP, a delta that moves it on, and a forged update refused with the last good list kept", async ({
  firefox,
}) => {
  test.setTimeout(90_000);
  const server = await startFeedServer();
  const sign = signedPublisher(server);
  const v1 = feedAt(1, ["9100000001"]);
  const v2 = feedAt(2, ["9100000001", "9100000004"]);
  try {
    sign("/feed.json", v1);
    await setSettings(firefox, {
      subscriptions: [
        { id: "d", url: `${server.origin}/feed.json`, name: "d", keys: [...SAMPLE_FEED_KEYS], enabled: true },
      ],
    });
    const options = await openExtensionPage(firefox, "options.html");
    const status = 'li[data-subscription="d"] [data-field="feed"]';
    const statusText = () => options.$eval(status, (s) => s.textContent ?? "");
    await poll(statusText, (t) => t.includes("phiên bản 1"), "serial 1 in force");

    // A delta 1→2 beside the full feed: taken without downloading the full feed again.
    sign("/feed.json", v2);
    sign("/feed.json.delta/1.json", diffFeeds(v1, v2));
    const before = server.requests.length;
    await options.click('[data-action="update-now"]');
    await poll(statusText, (t) => t.includes("phiên bản 2"), "serial 2 in force");
    const during = server.requests.slice(before);
    expect(during.map((r) => `${r.path} ${r.status}`)).toContain("/feed.json.delta/1.json 200");
    expect(during.filter((r) => r.path === "/feed.json" && r.status === 200)).toHaveLength(0);
    const page = await openServed(firefox, DEMO_SEARCH_URL, [DEMO_SEARCH]);
    await poll(
      () => page.$eval(`soi-hang-badge[data-listing="${NEWLY_WARNED}"]`, (h) => h.getAttribute("data-level")),
      (level) => level === "danger",
      "the seller warned by serial 2",
    );

    // A serial 3 whose signature does not match its bytes: refused, serial 2 kept, the refusal said.
    const forged = Buffer.from(JSON.stringify(feedAt(3, [])));
    server.set("/feed.json", forged);
    server.set("/feed.json.delta/2.json", undefined);
    await options.click('[data-action="update-now"]');
    await poll(
      () => options.$eval(`${status} [data-field="feed-error"]`, (e) => e.getAttribute("data-error")),
      (error) => error !== null,
      "the refusal",
    );
    expect(await statusText()).toContain("phiên bản 2");
  } finally {
    await server.close();
  }
});
