import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, expect, type Page } from "@playwright/test";
import { CHROMIUM_FLAGS, chromiumExecutable } from "../../../demo/chromium";
import { addUser } from "../../../server/accounts/users";
import type { Role } from "../../../server/db/tables";
import { saveOffice } from "../../../server/offices/offices";
import { feedPath, saveOfficeFeedSettings } from "../../../server/publishing/office-feed";
import { publishFeed } from "../../../server/publishing/publish";
import { ensureWorkspaceBuilt } from "../../../server/workspace/ui-build";
import { makeKeyFile } from "../../server/support/signing-keys";
import type { TestIntake } from "./intake";

export const PASSWORD = "mật-khẩu-thử-nghiệm-2026";

export interface Office {
  name: string;
  feedUrl: string;
  trusted: { id: string; publicKey: string };
  /** A staff account of an office (this one by default). */
  account(username: string, role: Role, officeId?: string): Promise<void>;
}

/**
 * The test intake's default office as a real office: named, with a signing key file and a first published
 * feed (serial 1, no warnings) that extensions can follow.
 */
export async function setUpOffice(intake: TestIntake): Promise<Office> {
  await ensureWorkspaceBuilt();
  const db = intake.service.database.db;
  const name = "Chi cục QLTT Hà Nội";
  await saveOffice(db, { id: "default", name, province: "Hà Nội" });
  const keyDir = mkdtempSync(join(tmpdir(), "soi-hang-key-"));
  // The office signs with it for as long as the test process runs.
  process.once("exit", () => rmSync(keyDir, { recursive: true, force: true }));
  const { file, trusted } = makeKeyFile(keyDir, "qltt-hanoi-2026");
  await saveOfficeFeedSettings(db, "default", { keyFile: file, publicUrl: intake.service.origin });
  await publishFeed(db, { id: null, name: "setup", officeId: "default" }, { origin: intake.service.origin });
  return {
    name,
    feedUrl: `${intake.service.origin}${feedPath("default")}`,
    trusted,
    async account(username, role, officeId = "default") {
      await addUser(db, { officeId, username, displayName: `Cán bộ ${username}`, role, password: PASSWORD });
    },
  };
}

/** A staff member's own browser (no extension), signed in to the workspace. */
export async function staffBrowser(
  origin: string,
  username: string,
): Promise<{ browser: Browser; context: BrowserContext; page: Page }> {
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_FLAGS });
  const context = await browser.newContext({ locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  const page = await context.newPage();
  const first = await page.goto(`${origin}/workspace/`);
  // Without a session every workspace page is a 401 that shows the sign-in form.
  expect(first?.status()).toBe(401);
  await page.locator("#username").fill(username);
  await page.locator("#password").fill(PASSWORD);
  await page.locator('[data-action="login"]').click();
  await expect(page.locator('[data-field="user"]')).toContainText(`Cán bộ ${username}`);
  return { browser, context, page };
}
