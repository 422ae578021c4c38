import { startFeedServer } from "../../demo/feed-server";
import { DEMO_SEARCH_URL } from "../../demo/marketplace";
import { SAMPLE_FEED_KEYS } from "../../utils/config";
import { signFeedBytes } from "../../utils/feed/sign";
import { devKey, sampleFeed as sample, sellerWarning as warning } from "./support/feeds";
import { expect, test } from "./support/fixtures";
import { openExtensionPage, setSettings, stopServiceWorkers } from "./support/worker";

const OLD_ONLY = "shopee:9100000001:2300000011"; // warned in serial 1 only
const NEW_ONLY = "shopee:9100000004:2300000041"; // warned in serial 2 only

test("a worker killed while a large update is being applied leaves the old list whole: never a mix", async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  test.setTimeout(120_000);
  const server = await startFeedServer();
  const publish = (feed: unknown) => {
    const bytes = Buffer.from(JSON.stringify(feed));
    server.set("/big.json", bytes);
    server.set("/big.json.sig", JSON.stringify(signFeedBytes(bytes, devKey)));
  };
  try {
    publish({ ...sample, serial: 1, warnings: [warning("old", "9100000001")] });
    await setSettings(serviceWorker, {
      subscriptions: [
        {
          id: "big",
          url: `${server.origin}/big.json`,
          name: "big",
          keys: [...SAMPLE_FEED_KEYS],
          enabled: true,
        },
      ],
    });
    const page = await context.newPage();
    const levels = async () => {
      await page.goto(DEMO_SEARCH_URL);
      const of = (key: string) =>
        page.locator(`soi-hang-badge[data-listing="${key}"]`).getAttribute("data-level");
      await expect(page.locator("soi-hang-badge")).toHaveCount(31);
      return [await of(OLD_ONLY), await of(NEW_ONLY)];
    };
    await expect.poll(levels, { timeout: 20_000 }).toEqual(["danger", "none"]);

    // Serial 2: 60,000 more warnings (megabytes to verify, validate, compact and store), the old one gone.
    const filler = Array.from({ length: 60_000 }, (_, i) => warning(`f${i}`, String(5_000_000 + i)));
    publish({ ...sample, serial: 2, warnings: [warning("new", "9100000004"), ...filler] });
    const options = await openExtensionPage(context, extensionId, "options.html");
    await options.locator('[data-action="update-now"]').click();
    await page.waitForTimeout(700);
    await stopServiceWorkers(context, page);

    // Whatever moment the worker died at, each listing sees one whole list: serial 1 or serial 2.
    const after = await levels();
    console.log(`after the kill: ${JSON.stringify(after)}`);
    expect([
      ["danger", "none"],
      ["none", "danger"],
    ]).toContainEqual(after);
    // And the next update completes the change.
    await options.reload();
    await options.locator('[data-action="update-now"]').click();
    await expect(options.locator('li[data-subscription="big"] [data-field="feed"]')).toContainText(
      "phiên bản 2",
      {
        timeout: 60_000,
      },
    );
    expect(await levels()).toEqual(["none", "danger"]);
  } finally {
    await server.close();
  }
});
