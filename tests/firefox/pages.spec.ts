import Papa from "papaparse";
import { DEMO_SEARCH_URL, loadCatalog, renderSearchPage } from "../../demo/marketplace";
import { hostCount, openExtensionPage, openServed, poll } from "./support/firefox";
import { expect, setSettings, test } from "./support/fixtures";

const DEMO_SEARCH = { url: DEMO_SEARCH_URL, body: renderSearchPage(loadCatalog(), "hàng hiệu") };

/** What the extension's pages use of Firefox's `browser` global here. */
declare const browser: { tabs: { query(q: { url?: string }): Promise<{ id?: number }[]> } };

test("Firefox: the popup for a marketplace tab, and the options switching the language", async ({
  firefox,
}) => {
  const page = await openServed(firefox, DEMO_SEARCH_URL, [DEMO_SEARCH]);
  await poll(
    () => hostCount(page),
    (n) => n === 31,
    "31 badge hosts",
  );
  const options = await openExtensionPage(firefox, "options.html");
  // The content scripts' sites are the add-on's host permissions: their tabs' addresses can be matched.
  const [tab] = await options.evaluate(() => browser.tabs.query({ url: "https://shopee.vn/*" }));
  expect(tab?.id).toBeDefined();
  const popup = await openExtensionPage(firefox, `popup.html?tab=${tab?.id}`);
  const text = (selector: string) => popup.$eval(selector, (e) => e.textContent ?? "");
  await poll(
    () => text('[data-field="platform"]'),
    (t) => t === "Shopee",
    "the platform",
  );
  await poll(
    () => text('[data-count="checked"]'),
    (t) => t === "31",
    "31 listings checked",
  );
  expect(await text('[data-count="flagged"]')).toBe("5");
  expect(await text('[data-field="publisher"]')).toBe("Soi Hàng — danh sách mẫu");

  // English from the options: the page's own heading, then the open tab's pills are drawn again in it.
  await options.select("#language", "en");
  await options.click('[data-action="save-language"]');
  await poll(
    () => options.$eval("h1", (h) => h.textContent),
    (t) => t === "Soi Hàng settings",
    "English",
  );
});

test("Firefox: the staff sidebar's page records a sweep of the listings read, and exports them as CSV", async ({
  firefox,
  intake,
}) => {
  await setSettings(firefox, { intakeUrl: intake.url, staffIntakeUrl: intake.casesUrl, staffMode: true });
  const panel = await openExtensionPage(firefox, "sidepanel.html");
  await panel.waitForSelector("#sweep-name");
  await panel.type("#sweep-name", "Quét trên Firefox");
  await panel.type("#sweep-inspector", "QLTT-09");
  await panel.type("#sweep-unit", "Đội 9");
  await panel.click('[data-action="start-sweep"]');
  const page = await openServed(firefox, DEMO_SEARCH_URL, [DEMO_SEARCH]);
  await poll(
    () => hostCount(page),
    (n) => n === 31,
    "31 badge hosts",
  );
  await panel.bringToFront();
  await poll(
    () => panel.$eval('[data-field="shown"]', (e) => e.getAttribute("data-total")),
    (n) => n === "31",
    "31 listings recorded",
  );
  // The export's file as the browser is handed it: the blob given to the download link.
  await panel.evaluate(() => {
    const original = URL.createObjectURL.bind(URL);
    const w = window as unknown as { exported?: Promise<string> };
    URL.createObjectURL = (blob: Blob) => {
      w.exported = blob.text();
      return original(blob);
    };
  });
  await panel.click('[data-action="export-csv"]');
  const csv = await poll(
    () => panel.evaluate(() => (window as unknown as { exported?: Promise<string> }).exported),
    (t) => typeof t === "string",
    "the CSV",
  );
  const parsed = Papa.parse<Record<string, string>>((csv ?? "").replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.data).toHaveLength(31);
  expect(parsed.data.filter((r) => r["Mức cảnh báo"] === "Cảnh báo")).toHaveLength(5);
});
