import { expect, test } from "./support/fixtures";
import { reportFromBadge, REPORTED as WARNED } from "./support/report-checks";
import { openExtensionPage, stopServiceWorkers } from "./support/worker";

test("with the intake down the report waits, survives the worker being stopped, and arrives exactly once", async ({
  context,
  intake,
  extensionId,
}) => {
  await intake.stop();
  const page = await context.newPage();
  await reportFromBadge(page, "gửi khi máy chủ tắt");

  const popup = await openExtensionPage(context, extensionId, "popup.html");
  await expect(popup.locator('[data-count="waiting"]')).toHaveText("1");
  await expect(popup.locator('[data-count="sent"]')).toHaveText("0");
  // Let at least one attempt fail against the closed port before the worker goes.
  await page.waitForTimeout(2500);
  await popup.close();
  await stopServiceWorkers(context, page);

  const back = intake;
  await back.restart();
  try {
    // Nothing but the outbox alarm wakes the new worker; it finds the report in IndexedDB and sends it.
    await expect.poll(() => back.count(), { timeout: 45_000 }).toBe(1);
    const [report] = await back.reports();
    expect(report?.note).toBe("gửi khi máy chủ tắt");
    expect(report?.listing.key).toBe(WARNED);
    expect(back.log.filter((l) => l.status === 201)).toHaveLength(1);

    const after = await openExtensionPage(context, extensionId, "popup.html");
    await expect(after.locator('[data-count="sent"]')).toHaveText("1");
    await expect(after.locator('[data-count="waiting"]')).toHaveText("0");
    // Nothing more is sent later.
    await page.waitForTimeout(3000);
    expect(back.log).toHaveLength(1);
  } finally {
    await back.stop();
  }
});

test("a worker stopped after the intake stored the report but before it answered: resent once, taken as a duplicate", async ({
  context,
  intake,
  extensionId,
}) => {
  intake.setMode({ kind: "store-then-hang" });
  const page = await context.newPage();
  await reportFromBadge(page, "mất phản hồi");
  await expect.poll(() => intake.count()).toBe(1);
  await stopServiceWorkers(context, page);
  intake.setMode({ kind: "accept" });

  // The new worker sees a "sending" entry leased by a dead worker and sends it again; the intake says 409.
  const popup = await openExtensionPage(context, extensionId, "popup.html");
  await expect(popup.locator('[data-count="sent"]')).toHaveText("1", { timeout: 45_000 });
  expect(await intake.count()).toBe(1);
  const statuses = intake.log.map((l) => l.status);
  expect(statuses).toEqual([0, 409]);
});

test("an intake error 5xx is retried; a 4xx is final and shown as rejected", async ({
  context,
  intake,
  extensionId,
}) => {
  intake.setMode({ kind: "status", status: 503, retryAfter: "1" });
  const page = await context.newPage();
  await reportFromBadge(page, "lỗi máy chủ");
  await expect.poll(() => intake.log.length).toBeGreaterThanOrEqual(1);
  intake.setMode({ kind: "accept" });
  await expect.poll(() => intake.count(), { timeout: 30_000 }).toBe(1);

  intake.setMode({ kind: "status", status: 400, body: { reason: "thiếu thông tin người bán" } });
  await reportFromBadge(page, "bị từ chối", true);
  const popup = await openExtensionPage(context, extensionId, "popup.html");
  await expect(popup.locator('[data-count="rejected"]')).toHaveText("1");
  const before = intake.log.length;
  await page.waitForTimeout(3000);
  expect(intake.log.length).toBe(before);
});
