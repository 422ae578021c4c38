import { expect, type Frame, type Page } from "@playwright/test";

// A badge's panel (and the report form in it) is an extension page in a frame of the badge's dialog: the tests
// reach it as a frame of the page, which is what it is.

/** The open panel's frame, waited for. */
export async function panelFrame(page: Page, timeout = 10_000): Promise<Frame> {
  let found: Frame | undefined;
  await expect
    .poll(
      async () => {
        found = page.frames().findLast((f) => !f.isDetached() && f.url().includes("/report-frame.html#"));
        return found ? found.locator(".panel, [role='alert']").count() : 0;
      },
      { timeout },
    )
    .toBeGreaterThan(0);
  if (!found) throw new Error("no panel frame");
  return found;
}

/** Whether a panel is open on the page now. */
export function panelOpen(page: Page): boolean {
  return page.frames().some((f) => !f.isDetached() && f.url().includes("/report-frame.html#"));
}

/** The text of the first match in the panel ("body": all of it), or undefined when there is none. */
export async function panelText(page: Page, selector = "body"): Promise<string | undefined> {
  const frame = await panelFrame(page);
  const match = frame.locator(selector).first();
  return (await match.count()) > 0 ? ((await match.textContent()) ?? "") : undefined;
}

/** The outer HTML of the first match in the panel, or undefined. */
export async function panelHtml(page: Page, selector: string): Promise<string | undefined> {
  const frame = await panelFrame(page);
  const match = frame.locator(selector).first();
  return (await match.count()) > 0 ? match.evaluate((el) => el.outerHTML) : undefined;
}

export async function clickInPanel(page: Page, selector: string): Promise<void> {
  await (await panelFrame(page)).locator(selector).first().click();
}

/** Types into a field of the panel key by key, as a person does. */
export async function typeInPanel(page: Page, selector: string, text: string): Promise<void> {
  const field = (await panelFrame(page)).locator(selector).first();
  await field.click();
  await field.pressSequentially(text);
}

export async function selectInPanel(page: Page, selector: string, value: string): Promise<void> {
  await (await panelFrame(page)).locator(selector).first().selectOption(value);
}
