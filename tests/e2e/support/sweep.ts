import type { Page, Worker } from "@playwright/test";
import { setSettings } from "./worker";

/** Fills the side panel's "new sweep" form and starts recording. */
export async function startSweep(
  panel: Page,
  sweep: { name: string; inspectorId: string; unit: string },
): Promise<void> {
  await panel.locator("#sweep-name").fill(sweep.name);
  await panel.locator("#sweep-inspector").fill(sweep.inspectorId);
  await panel.locator("#sweep-unit").fill(sweep.unit);
  await panel.locator('[data-action="start-sweep"]').click();
}

/** Staff mode on, with the test's intake for reports and cases. */
export async function enableStaffMode(
  worker: Worker,
  intake: { url: string; casesUrl: string },
): Promise<void> {
  await setSettings(worker, { intakeUrl: intake.url, staffIntakeUrl: intake.casesUrl, staffMode: true });
}
