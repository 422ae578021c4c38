// A hostile marketplace page and hostile feeds trying what issue 27 names; each test failed on the code before
// the change for the reason it names.

declare const chrome: {
  storage: { local: { get(key: string): Promise<unknown> } };
  tabs: {
    get(id: number): Promise<{ windowId: number }>;
    create(p: { windowId: number; active: boolean; url: string }): Promise<{ id?: number }>;
    update(id: number, p: { active: boolean }): Promise<unknown>;
    captureVisibleTab: (...args: unknown[]) => unknown;
  };
  windows: { create(p: object): Promise<unknown> };
};

import { readFileSync } from "node:fs";
import { EXTENSION_PATH } from "../../demo/chromium";
import { DEMO_ORIGIN, DEMO_SEARCH_URL } from "../../demo/marketplace";
import { expect, test } from "./support/fixtures";
import { evaluateInExtensionWorld } from "./support/isolated-world";
import { clickInPanel, typeInPanel } from "./support/panel";
import { openBadgeReport, REPORTED } from "./support/report-checks";
import { openPopupWindow, tabIdOf } from "./support/worker";

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
    "continueToSite",
    "forgetSites",
    "inspectSite",
    "stopInspecting",
  ]) {
    const answer = await attempt(`chrome.runtime.sendMessage({ soiHang: 1, name: "${name}", payload: {} })`);
    expect(answer, name).toEqual({ ok: { ok: false, error: `${name} is not for a content script` } });
  }
});

test("the built extension asks only for what it uses: no tabs, no host permissions", async () => {
  const manifest = JSON.parse(readFileSync(`${EXTENSION_PATH}/manifest.json`, "utf8"));
  // webNavigation and declarativeNetRequest: warned web shops (docs/warned-sites.md); scripting: a site read
  // on request, after its own permission.
  expect([...manifest.permissions].sort()).toEqual(
    [
      "activeTab",
      "alarms",
      "contextMenus",
      "declarativeNetRequest",
      "scripting",
      "sidePanel",
      "storage",
      "webNavigation",
    ].sort(),
  );
  // No content script is declared beyond the marketplaces': the reader of other sites is registered at run time.
  const declared = manifest.content_scripts.flatMap((c: { js: string[] }) => c.js);
  expect(declared).not.toContain("content-scripts/web.js");
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.optional_host_permissions).toEqual(["<all_urls>"]);
  // The panel's page can be framed by the marketplace sites only, and nothing else is reachable from pages.
  expect(manifest.web_accessible_resources).toHaveLength(1);
  expect(manifest.web_accessible_resources[0].resources).toEqual(["report-frame.html"]);
  for (const origin of manifest.web_accessible_resources[0].matches)
    expect(origin).toMatch(/^(\*|https):\/\/[a-z0-9.*-]+\/\*$/);
});

test.describe("with the screenshot permission", () => {
  test.use({ grantCapture: true });

  test("a tab brought to the front while the report's screenshot is taken: no picture of it is returned", async ({
    context,
    intake,
    serviceWorker,
  }) => {
    const page = await context.newPage();
    await page.goto(DEMO_SEARCH_URL);
    const href = await page.locator('a[href*="-i.9100000001.2300000012"]').first().getAttribute("href");
    await page.goto(href ?? "");
    await expect(page.locator("soi-hang-badge[data-banner]")).toHaveAttribute("data-level", "danger");
    const tabId = await tabIdOf(serviceWorker, `${DEMO_ORIGIN}/*`);
    // Another tab of the same window (a page the person has open, say their bank) comes to the front at the
    // moment of the capture, as a page that opened or focused it would make it.
    const bank = `${intake.service.origin}/health#ngan-hang`;
    await serviceWorker.evaluate(
      async ([id, url]) => {
        const tabs = chrome.tabs;
        const { windowId } = await tabs.get(id);
        const other = await tabs.create({ windowId, active: false, url });
        const capture = tabs.captureVisibleTab.bind(tabs);
        tabs.captureVisibleTab = (...args: unknown[]) => {
          const done = typeof args.at(-1) === "function" ? (args.pop() as (v: unknown) => void) : undefined;
          const run = tabs.update(other.id as number, { active: true }).then(() => capture(...args));
          if (!done) return run;
          run.then(done, () => done(undefined));
          return undefined;
        };
      },
      [tabId, bank] as const,
    );
    await expect.poll(() => context.pages().some((p) => p.url().endsWith("#ngan-hang"))).toBe(true);
    const popup = await openPopupWindow(context, serviceWorker, tabId);
    await expect(popup).toHaveURL(/popup\.html/);
    await popup.locator('[data-action="report-page"]').click();
    const shot = popup.locator("fieldset.shot");
    await expect(shot).toHaveAttribute("data-shot", "missing", { timeout: 10_000 });
    await expect(shot).toContainText("không hiển thị");
    await popup.locator('[data-action="submit-report"]').click();
    await expect.poll(() => intake.count()).toBe(1);
    const [report] = await intake.reports();
    expect(report?.evidence.screenshot).toBeUndefined();
  });
});

test("a report carries the page's address without the parameters that track the visit", async ({
  context,
  intake,
}) => {
  const page = await context.newPage();
  await openBadgeReport(page, REPORTED, `${DEMO_SEARCH_URL}&sp_atk=7f3e&utm_source=zalo&fbclid=IwAR0#xem`);
  await clickInPanel(page, '[data-action="submit-report"]');
  await expect.poll(() => intake.count()).toBe(1);
  const [report] = await intake.reports();
  expect(report?.evidence.pageUrl).toBe(DEMO_SEARCH_URL);
  expect(JSON.stringify(report)).not.toMatch(/sp_atk|utm_source|fbclid/);
});
