import { type BrowserContext, test as base, expect, type Worker } from "@playwright/test";
import { captureGrantedCopy, launchWithExtension } from "../../../demo/chromium";
import { type IntakeServer, startIntakeServer } from "../../../demo/intake-server";
import { routeDemoMarketplace } from "../../../demo/routes";
import { setSettings } from "./worker";

interface Fixtures {
  /** Load the build with the screenshot permission already granted (see captureGrantedCopy). */
  grantCapture: boolean;
  intake: IntakeServer;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
}

/** Each test: a real local intake, a fresh Chromium profile with the built extension, the demo marketplace. */
export const test = base.extend<Fixtures>({
  grantCapture: [false, { option: true }],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires a destructuring pattern for fixtures.
  intake: async ({}, use) => {
    const intake = await startIntakeServer({});
    await use(intake);
    await intake.close();
  },
  context: async ({ intake, grantCapture }, use) => {
    const context = await launchWithExtension({
      headless: true,
      offline: true,
      ...(grantCapture ? { extensionPath: captureGrantedCopy() } : {}),
    });
    await routeDemoMarketplace(context);
    const [existing] = context.serviceWorkers();
    const worker = existing ?? (await context.waitForEvent("serviceworker"));
    await setSettings(worker, { intakeUrl: intake.url });
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    const [existing] = context.serviceWorkers();
    await use(existing ?? (await context.waitForEvent("serviceworker")));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
});

export { expect };
