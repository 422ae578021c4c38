import { launchWithExtension } from "../../demo/chromium";
import { routeDemoMarketplace } from "../../demo/routes";
import { screenshotOf, uniqueJpeg } from "../server/support/submissions";
import { expect, test } from "./support/fixtures";
import { startIntakeProcess } from "./support/intake-process";
import { backlog, outboxEntries, queueReports } from "./support/outbox";
import { panelText } from "./support/panel";
import { reportFromBadge } from "./support/report-checks";
import { openExtensionPage, setSettings } from "./support/worker";

test("a report's receipt shows on the confirmation and in My reports, and the office's decision reaches the reporter", async ({
  context,
  intake,
  extensionId,
}) => {
  test.setTimeout(60_000);
  const page = await context.newPage();
  await reportFromBadge(page, "bán đồng hồ giả");
  await expect.poll(() => panelText(page, '[data-field="receipt"]')).toMatch(/SH-\d{4}-\d{6}/);
  const shown = /SH-\d{4}-\d{6}/.exec((await panelText(page, '[data-field="receipt"]')) ?? "")?.[0];
  const [stored] = await intake.service.database.db
    .selectFrom("submissions")
    .select(["id", "receipt"])
    .execute();
  expect(shown).toBe(stored?.receipt);

  const reports = await openExtensionPage(context, extensionId, "reports.html");
  const row = reports.locator(`li[data-report="${stored?.id}"]`);
  await expect(row.locator('[data-field="receipt"]')).toHaveText(`Số tiếp nhận ${shown}`);
  // Who received it, in words; the address only under the technical details.
  await expect(row.locator('[data-field="recipient"]')).toHaveText(
    "Nơi nhận: Nơi tiếp nhận bạn đã đặt trong phần cài đặt",
  );
  await expect(row.locator('[data-field="destination"]')).toBeHidden();
  // Opening My reports asked the intake, with the receipt's token: received.
  await expect(row).toHaveAttribute("data-remote-state", "received");
  await expect(row.locator('[data-field="status"]')).toHaveText("Đã tiếp nhận");

  // The office declines it, through the service's own function.
  await intake.setState(shown ?? "", {
    state: "declined",
    note: { vi: "Tin đăng đã bị sàn gỡ trước khi kiểm tra", en: "Removed by the platform before inspection" },
  });
  await reports.waitForTimeout(5500);
  await reports.reload();
  await expect(row).toHaveAttribute("data-remote-state", "declined");
  await expect(row.locator('[data-field="status"]')).toHaveText("Không xử lý");
  await expect(row.locator('[data-field="remote-note"]')).toHaveText(
    "Nơi tiếp nhận ghi: Tin đăng đã bị sàn gỡ trước khi kiểm tra",
  );
});

test("the intake killed (SIGKILL) while reports stream in, then started again: each is stored once, and every reporter can read its status", async () => {
  test.setTimeout(180_000);
  const COUNT = 150;
  const service = await startIntakeProcess();
  const context = await launchWithExtension({ headless: true, offline: true });
  try {
    await routeDemoMarketplace(context);
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
    const intakeUrl = `${service.origin}/api/reports`;
    await setSettings(worker, { intakeUrl });
    const entries = backlog(COUNT, intakeUrl, (i) => screenshotOf(uniqueJpeg(`report ${i}`)));
    await queueReports(worker, entries);
    const extensionId = new URL(worker.url()).host;
    const reports = await openExtensionPage(context, extensionId, "reports.html");
    await reports.locator('[data-action="retry-all"]').click();

    // Mid-stream: some stored, most not yet.
    await expect
      .poll(() => service.storedSinceStart(), { intervals: [20], timeout: 30_000 })
      .toBeGreaterThan(20);
    await service.kill();
    const beforeKill = (await outboxEntries(worker)).filter((e) => e.status === "sent").length;
    expect(beforeKill).toBeLessThan(COUNT);
    await service.start();

    await expect
      .poll(async () => (await outboxEntries(worker)).filter((e) => e.status === "sent").length, {
        timeout: 90_000,
      })
      .toBe(COUNT);
    // Every reporter has a receipt, and reads the report's status with its token.
    await reports.reload();
    await expect
      .poll(async () => (await outboxEntries(worker)).filter((e) => e.remote?.state === "received").length, {
        timeout: 30_000,
      })
      .toBe(COUNT);
    const held = await outboxEntries(worker);
    expect(held.every((e) => /^SH-\d{4}-\d{6}$/.test(e.receipt?.number ?? ""))).toBe(true);
    expect(new Set(held.map((e) => e.receipt?.number)).size).toBe(COUNT);

    const rows = await service.inspect((db) =>
      db.selectFrom("submissions").select(["id", "receipt", "evidence_ok"]).execute(),
    );
    expect(rows).toHaveLength(COUNT);
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(entries.map((e) => e.id)));
    expect(rows.every((r) => r.evidence_ok)).toBe(true);
    // The receipt each reporter holds is the one stored for its report.
    const receiptOf = new Map(rows.map((r) => [r.id, r.receipt]));
    expect(held.every((e) => receiptOf.get(e.id) === e.receipt?.number)).toBe(true);
    console.log(
      `intake killed after ${beforeKill} of ${COUNT} reports were acknowledged; after the restart all ${COUNT} stored once`,
    );
  } finally {
    await context.close();
    await service.remove();
  }
});
