import { expect, test } from "./support/fixtures";
import { openExtensionPage } from "./support/worker";

test("the first-run page opens once on install, says what is never sent and whom to call, and the popup reopens it", async ({
  context,
  extensionId,
}) => {
  const welcomeUrl = `chrome-extension://${extensionId}/welcome.html`;
  const welcomes = () => context.pages().filter((p) => p.url() === welcomeUrl);
  await expect.poll(() => welcomes().length).toBe(1);
  const [welcome] = welcomes();
  if (!welcome) throw new Error("no first-run page");
  await expect(welcome.locator("h1")).toHaveText("Chào mừng bạn đến với Soi Hàng");
  await expect(welcome.locator('[data-field="private"]')).toContainText("không rời khỏi máy");
  // The national line, and each province's from the feeds in force (the sample feed's Ho Chi Minh City).
  const hotlines = welcome.locator('[data-field="hotlines"]');
  await expect(hotlines).toContainText("1900 888 655");
  await expect(hotlines).toContainText("TP. Hồ Chí Minh: 028 3932 2491");

  // Opening the popup, a page, the feeds syncing: none opens it again.
  const popup = await openExtensionPage(context, extensionId, "popup.html");
  await popup.waitForTimeout(500);
  expect(welcomes()).toHaveLength(1);
  const opened = context.waitForEvent("page");
  await popup.locator('[data-action="welcome"]').click();
  await expect((await opened).locator("h1")).toHaveText("Chào mừng bạn đến với Soi Hàng");
  expect(welcomes()).toHaveLength(2);
});
