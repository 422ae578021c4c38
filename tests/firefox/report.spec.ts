import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "puppeteer-core";
import { DEMO_SEARCH_URL, loadCatalog, renderSearchPage } from "../../demo/marketplace";
import { expectRealScreenshot, REPORTED } from "../e2e/support/report-checks";
import { clickPill, launchFirefox, openExtensionPage, openServed, panelFrame, poll } from "./support/firefox";
import { expect, setSettings, test } from "./support/fixtures";

const DEMO_SEARCH = { url: DEMO_SEARCH_URL, body: renderSearchPage(loadCatalog(), "hàng hiệu") };

/** Reports the warned demo listing from its badge with `note`; returns once the form's status says `expectStatus`. */
async function reportFromBadge(firefox: Browser, note: string, expectStatus: string): Promise<void> {
  const page = await openServed(firefox, DEMO_SEARCH_URL, [DEMO_SEARCH]);
  await poll(
    () => page.$eval(`soi-hang-badge[data-listing="${REPORTED}"]`, (h) => h.getAttribute("data-level")),
    (level) => level === "danger",
    "the warned listing's badge",
  );
  await clickPill(page, REPORTED);
  const panel = await panelFrame(page);
  await panel.waitForSelector('[data-action="report"]');
  await panel.click('[data-action="report"]');
  await panel.waitForSelector("#sh-note");
  await panel.type("#sh-note", note);
  // The form takes the page's picture as it opens: sent with it when it is allowed, or without, saying so.
  await poll(
    () => panel.$eval("fieldset.shot", (f) => f.getAttribute("data-shot")),
    (state) => state !== null && state !== "capturing",
    "the screenshot taken or refused",
  );
  await panel.click('[data-action="submit-report"]');
  await poll(
    () => panel.$eval('[role="status"]', (s) => s.textContent ?? ""),
    (text) => text.includes(expectStatus),
    `the form saying "${expectStatus}"`,
  );
}

/** Reports the warned listing with the intake down: returns once the form says it is saved in the outbox. */
const reportWhileIntakeIsDown = (firefox: Browser, note: string) =>
  reportFromBadge(firefox, note, "Đã lưu báo cáo");

test("Firefox: a report from a badge, with the intake down, waits in the outbox and arrives exactly once", async ({
  firefox,
  intake,
}) => {
  test.setTimeout(120_000);
  await intake.stop();
  await reportWhileIntakeIsDown(firefox, "Gửi từ Firefox khi máy chủ tắt");
  const popup = await openExtensionPage(firefox, "popup.html");
  await poll(
    () => popup.$eval('[data-count="waiting"]', (c) => c.textContent),
    (n) => n === "1",
    "one report waiting",
  );

  await intake.restart();
  // Nothing but the outbox's own retry sends it.
  await poll(
    () => intake.count(),
    (n) => n === 1,
    "the report at the intake",
    90_000,
  );
  const [report] = await intake.reports();
  expect(report?.note).toBe("Gửi từ Firefox khi máy chủ tắt");
  expect(report?.listing.key).toBe(REPORTED);
  expect(report?.client.entryPoint).toBe("badge");
  expect(intake.log.filter((l) => l.status === 201)).toHaveLength(1);
  await new Promise((r) => setTimeout(r, 3000));
  expect(await intake.count()).toBe(1);
});

test("Firefox: a report waiting for a down intake survives closing Firefox, and arrives once after it starts again", async ({
  intake,
}) => {
  test.setTimeout(180_000);
  // An installed add-on in a profile of its own (a temporary one would not survive the restart).
  const profile = mkdtempSync(join(tmpdir(), "soi-hang-firefox-profile-"));
  let firefox = await launchFirefox({ profile });
  try {
    await setSettings(firefox, { intakeUrl: intake.url });
    await intake.stop();
    await reportWhileIntakeIsDown(firefox, "Gửi lại sau khi mở lại Firefox");
    // Let an attempt fail against the closed port, then close Firefox with the report waiting.
    await new Promise((r) => setTimeout(r, 2500));
    await firefox.close();
    expect(await intake.count()).toBe(0);

    await intake.restart();
    firefox = await launchFirefox({ profile });
    await poll(
      () => intake.count(),
      (n) => n === 1,
      "the report at the intake after the restart",
      120_000,
    );
    const [report] = await intake.reports();
    expect(report?.note).toBe("Gửi lại sau khi mở lại Firefox");
    expect(intake.log.filter((l) => l.status === 201)).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 3000));
    expect(await intake.count()).toBe(1);
  } finally {
    await firefox.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test("Firefox: with the permission to capture pages, a report from a badge carries a real screenshot of the page", async ({
  intake,
}) => {
  const firefox = await launchFirefox({ grantCapture: true });
  try {
    await setSettings(firefox, { intakeUrl: intake.url });
    await reportFromBadge(firefox, "Ảnh chụp từ Firefox", "Đã gửi báo cáo");
    await poll(
      () => intake.count(),
      (n) => n === 1,
      "the report at the intake",
    );
    const [report] = await intake.reports();
    const size = expectRealScreenshot(report);
    console.log(
      `Firefox screenshot: ${report?.evidence.screenshot?.width}×${report?.evidence.screenshot?.height}, ${(size / 1024).toFixed(0)} KB JPEG`,
    );
  } finally {
    await firefox.close();
  }
});
