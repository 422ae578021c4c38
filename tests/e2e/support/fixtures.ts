import { type BrowserContext, test as base, expect, type Worker } from "@playwright/test";
import { captureGrantedCopy, launchWithExtension } from "../../../demo/chromium";
import { routeDemoMarketplace } from "../../../demo/routes";
import { startTestIntake, type TestIntake } from "./intake";
import { setSettings } from "./worker";

interface Fixtures {
  /** Load the build with the screenshot permission already granted (see captureGrantedCopy). */
  grantCapture: boolean;
  /** The office's real intake service, behind a proxy that can play failures (see intake.ts). */
  intake: TestIntake;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
}

/**
 * A fresh Chromium profile with the build (or its copy with the screenshot permission given), offline but for
 * `hostMap`, the demo marketplace routed, reports going to `intakeUrl`.
 */
export async function openTestContext(options: {
  intakeUrl: string;
  grantCapture: boolean;
  hostMap?: readonly string[];
}): Promise<BrowserContext> {
  const context = await launchWithExtension({
    headless: true,
    offline: true,
    ...(options.grantCapture ? { extensionPath: captureGrantedCopy() } : {}),
    ...(options.hostMap ? { hostMap: options.hostMap } : {}),
  });
  await routeDemoMarketplace(context);
  const [existing] = context.serviceWorkers();
  const worker = existing ?? (await context.waitForEvent("serviceworker"));
  await setSettings(worker, { intakeUrl: options.intakeUrl });
  return context;
}

/** Each test: the real intake service on a fresh embedded database, a fresh Chromium profile with the built extension, the demo marketplace. */
export const test = base.extend<Fixtures>({
  grantCapture: [false, { option: true }],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires a destructuring pattern for fixtures.
  intake: async ({}, use) => {
    const intake = await startTestIntake();
    await use(intake);
    await intake.close();
  },
  context: async ({ intake, grantCapture }, use) => {
    const context = await openTestContext({ intakeUrl: intake.url, grantCapture });
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
