import { test as base, expect } from "@playwright/test";
import type { Browser, Page } from "puppeteer-core";
import { startTestIntake, type TestIntake } from "../../e2e/support/intake";
import { launchFirefox, openExtensionPage } from "./firefox";

/** What the extension's own pages use of Firefox's `browser` global here. */
declare const browser: {
  storage: { local: { set(items: object): Promise<void> } };
  runtime: { sendMessage(message: object): Promise<unknown> };
};

/** Writes the settings as the options page would (its page is a trusted context). */
export async function setSettings(firefox: Browser, settings: Record<string, unknown>): Promise<void> {
  const page = await openExtensionPage(firefox, "options.html");
  await page.evaluate((value) => browser.storage.local.set({ settings: value }), settings);
  await page.close();
}

/** Sends a protocol message to the background from an extension page, and returns the raw reply. */
export async function sendToBackground(page: Page, name: string, payload: object): Promise<unknown> {
  return page.evaluate((message) => browser.runtime.sendMessage(message), { soiHang: 1, name, payload });
}

interface Fixtures {
  /** The office's real intake service on a fresh embedded database (see tests/e2e/support/intake.ts). */
  intake: TestIntake;
  /** Firefox ESR with the Firefox build installed, its intake set to the test's. */
  firefox: Browser;
}

/** Each test: a fresh Firefox profile with the built add-on, and the real intake service. */
export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires a destructuring pattern for fixtures.
  intake: async ({}, use) => {
    const intake = await startTestIntake();
    await use(intake);
    await intake.close();
  },
  firefox: async ({ intake }, use) => {
    const firefox = await launchFirefox();
    await setSettings(firefox, { intakeUrl: intake.url });
    await use(firefox);
    await firefox.close();
  },
});

export { expect };
