// A hostile marketplace page and hostile feeds trying what issue 27 names; each test failed on the code before
// the change for the reason it names.

declare const chrome: { storage: { local: { get(key: string): Promise<unknown> } } };

import { readFileSync } from "node:fs";
import { EXTENSION_PATH } from "../../demo/chromium";
import { DEMO_SEARCH_URL } from "../../demo/marketplace";
import { expect, test } from "./support/fixtures";
import { evaluateInExtensionWorld } from "./support/isolated-world";
import { clickInPanel, typeInPanel } from "./support/panel";
import { openBadgeReport, REPORTED } from "./support/report-checks";

test("a page listening to every key on window, in the capture phase, sees nothing of what a reporter types", async ({
  context,
  intake,
}) => {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __seen: string[] }).__seen = seen;
    for (const type of ["keydown", "keyup", "keypress", "beforeinput", "input", "compositionstart", "paste"])
      window.addEventListener(type, (e) => seen.push(`${type}:${(e as KeyboardEvent).key ?? ""}`), true);
    document.addEventListener(
      "focusin",
      (e) => seen.push(`focusin:${(e.target as Element)?.nodeName}`),
      true,
    );
  });
  await openBadgeReport(page, REPORTED);
  await typeInPanel(page, "#sh-name", "Nguyễn Thị Lan");
  await typeInPanel(page, "#sh-phone", "0901234567");
  await typeInPanel(page, "#sh-note", "Người bán ở chợ Bến Thành");
  await clickInPanel(page, '[data-action="submit-report"]');
  await expect.poll(() => intake.count()).toBe(1);
  const [report] = await intake.reports();
  expect(report?.contact).toEqual({ name: "Nguyễn Thị Lan", phone: "0901234567" });
  const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
  // Not one key, input or focus inside the form reached the page (the frame itself may take the focus).
  expect(seen.filter((s) => !s.startsWith("focusin:IFRAME") && !s.startsWith("focusin:SOI-HANG"))).toEqual(
    [],
  );
  expect(page.url()).toBe(DEMO_SEARCH_URL);
});

test("a page's content world can neither read nor change the settings, nor ask the background what is not a page's", async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await page.goto(DEMO_SEARCH_URL);
  await expect(page.locator("soi-hang-badge").first()).toBeAttached();
  // As a compromised renderer would, from the extension's own content-script world of the page.
  const attempt = (expression: string) =>
    evaluateInExtensionWorld(
      page,
      extensionId,
      `(async () => { try { return { ok: await (${expression}) }; } catch (e) { return { error: String(e) }; } })()`,
    );
  const write = await attempt(
    `chrome.storage.local.set({ settings: { intakeUrl: "https://collector.example/api" } })`,
  );
  expect(write).toHaveProperty("error");
  const read = await attempt(`chrome.storage.local.get("settings")`);
  expect(read).toHaveProperty("error");
  const stored = await serviceWorker.evaluate(() => chrome.storage.local.get("settings"));
  expect(JSON.stringify(stored)).not.toContain("collector.example");
  for (const name of [
    "listReports",
    "retryReports",
    "deleteReport",
    "syncFeed",
    "getStatus",
    "pageListing",
    "requestCapturePermission",
    "captureScreenshot",
    "submitReport",
  ]) {
    const answer = await attempt(`chrome.runtime.sendMessage({ soiHang: 1, name: "${name}", payload: {} })`);
    expect(answer, name).toEqual({ ok: { ok: false, error: `${name} is not for a content script` } });
  }
});

test("the built extension asks only for what it uses: no tabs, no scripting, no host permissions", async () => {
  const manifest = JSON.parse(readFileSync(`${EXTENSION_PATH}/manifest.json`, "utf8"));
  expect([...manifest.permissions].sort()).toEqual(
    ["activeTab", "alarms", "contextMenus", "sidePanel", "storage"].sort(),
  );
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.optional_host_permissions).toEqual(["<all_urls>"]);
  // The panel's page can be framed by the marketplace sites only, and nothing else is reachable from pages.
  expect(manifest.web_accessible_resources).toHaveLength(1);
  expect(manifest.web_accessible_resources[0].resources).toEqual(["report-frame.html"]);
  for (const origin of manifest.web_accessible_resources[0].matches)
    expect(origin).toMatch(/^(\*|https):\/\/[a-z0-9.*-]+\/\*$/);
});
