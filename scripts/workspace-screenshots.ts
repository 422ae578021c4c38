// Screenshots of the review workspace for README and docs/: `npx tsx scripts/workspace-screenshots.ts`.
// A service on an embedded database in memory, reports posted over HTTP as the extension sends them.
import { chromium } from "@playwright/test";
import { CHROMIUM_FLAGS, chromiumExecutable } from "../demo/chromium";
import { loadCatalog } from "../demo/marketplace";
import { addUser } from "../server/accounts/users";
import { saveOffice } from "../server/offices/offices";
import { startIntakeService } from "../server/service";
import { ensureWorkspaceBuilt } from "../server/workspace/ui-build";
import { makeReport, screenshotOf, uniqueJpeg } from "../tests/server/support/submissions";

await ensureWorkspaceBuilt();
const service = await startIntakeService({ database: { kind: "memory" }, background: false });
const db = service.database.db;
await saveOffice(db, { id: "default", name: "Chi cục QLTT Hà Nội", province: "Hà Nội" });
await addUser(db, {
  officeId: "default",
  username: "lan",
  displayName: "Nguyễn Thị Lan",
  role: "publisher",
  password: "mật-khẩu-chụp-màn-hình",
});

const items = loadCatalog();
const notes = [
  "Giá rẻ bất thường so với hàng chính hãng",
  "Shop ghi rep 1:1, nghi hàng nhái",
  "Không có tem nhập khẩu",
  "",
];
let n = 0;
for (const [i, item] of items.slice(0, 12).entries())
  for (let k = 0; k < (i % 4 === 0 ? 6 : 1 + (i % 3)); k++) {
    const report = makeReport({
      note: notes[(i + k) % notes.length] ?? "",
      screenshot: screenshotOf(uniqueJpeg(`shot ${n++}`)),
      ...(k % 2 === 0 ? { contact: { phone: "0901 234 567" } } : {}),
      province: "Hà Nội",
      listing: {
        key: `shopee:${item.shopId}:${item.itemId}`,
        url: `https://shopee.vn/product-i.${item.shopId}.${item.itemId}`,
        title: item.title,
        price: item.price,
        sellerId: item.shopId,
        sellerName: item.shopName,
      },
    });
    await fetch(`${service.origin}/api/reports`, {
      method: "POST",
      headers: { "content-type": "application/json", "idempotency-key": report.id },
      body: JSON.stringify(report),
    });
  }

const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_FLAGS });
const page = await browser.newPage({
  viewport: { width: 1200, height: 860 },
  locale: "vi-VN",
  timezoneId: "Asia/Ho_Chi_Minh",
});
await page.goto(`${service.origin}/workspace/`);
await page.locator("#username").fill("lan");
await page.locator("#password").fill("mật-khẩu-chụp-màn-hình");
await page.locator('[data-action="login"]').click();
await page.locator("tr[data-group]").first().waitFor();
await page.screenshot({ path: "docs/workspace-queue.png" });
await page.locator('tr[data-count="6"] [data-field="title"]').first().click();
await page.locator('[data-field="screenshot"]').waitFor();
await page.locator('[data-action="accept"]').click();
await page.screenshot({ path: "docs/workspace-report.png", fullPage: true });
await browser.close();
await service.close();
console.log("docs/workspace-queue.png, docs/workspace-report.png");
