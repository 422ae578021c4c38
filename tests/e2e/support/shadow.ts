import type { CDPSession, Page } from "@playwright/test";

// Badges live in *closed* shadow roots, which page scripts and Playwright selectors cannot enter. The DevTools
// protocol can (pierce: true), so the tests read and press what a person sees without opening the roots.

interface DomNode {
  nodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

const sessions = new WeakMap<Page, CDPSession>();
async function cdp(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = await page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

function attr(node: DomNode, name: string): string | undefined {
  const a = node.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return undefined;
}

/** In place of a listing key: the host of a report opened from the context menu. */
export const REPORT_DIALOG = "<soi-hang-dialog>";

function findHost(
  node: DomNode,
  key: string,
  parent?: DomNode,
): { host: DomNode; parent?: DomNode } | undefined {
  if (
    key === REPORT_DIALOG
      ? node.nodeName === "SOI-HANG-DIALOG"
      : node.nodeName === "SOI-HANG-BADGE" && attr(node, "data-listing") === key
  )
    return { host: node, ...(parent ? { parent } : {}) };
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findHost(child, key, node);
    if (found) return found;
  }
  return undefined;
}

/** Whether the badge for `key` has been drawn (has its shadow root), without scrolling to it. */
export async function badgeDrawn(page: Page, key: string): Promise<boolean> {
  const session = await cdp(page);
  const { root } = (await session.send("DOM.getDocument", { depth: -1, pierce: true })) as { root: DomNode };
  return (findHost(root, key)?.host.shadowRoots?.length ?? 0) > 0;
}

/**
 * The closed shadow root of the badge for `key`. A pill is drawn only once its card comes near the viewport,
 * so a host without one gets its card scrolled into view, as a person reaching it would.
 */
async function shadowRootOf(page: Page, key: string): Promise<{ session: CDPSession; rootId: number }> {
  const session = await cdp(page);
  const { root } = (await session.send("DOM.getDocument", { depth: -1, pierce: true })) as { root: DomNode };
  const found = findHost(root, key);
  const shadow = found?.host.shadowRoots?.[0];
  if (!shadow) {
    if (found?.parent) await session.send("DOM.scrollIntoViewIfNeeded", { nodeId: found.parent.nodeId });
    throw new Error(`no badge shadow root for ${key}`);
  }
  return { session, rootId: shadow.nodeId };
}

/** The first match inside the badge, waited for (like a Playwright locator) up to `timeout` ms. */
async function nodeIn(
  page: Page,
  key: string,
  selector: string,
  timeout = 5000,
): Promise<{ session: CDPSession; nodeId: number }> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      const { session, rootId } = await shadowRootOf(page, key);
      const { nodeId } = (await session.send("DOM.querySelector", { nodeId: rootId, selector })) as {
        nodeId: number;
      };
      if (nodeId) return { session, nodeId };
    } catch (e) {
      if (Date.now() > deadline) throw e;
    }
    if (Date.now() > deadline) throw new Error(`no ${selector} in the badge of ${key}`);
    await page.waitForTimeout(50);
  }
}

/** outerHTML of the first match inside the badge, or undefined. */
export async function badgeHtml(page: Page, key: string, selector: string): Promise<string | undefined> {
  try {
    // Absence is an answer here, so only a short wait.
    const { session, nodeId } = await nodeIn(page, key, selector, 300);
    return ((await session.send("DOM.getOuterHTML", { nodeId })) as { outerHTML: string }).outerHTML;
  } catch {
    return undefined;
  }
}

/** Visible text of the first match inside the badge (markup stripped the way a reader sees it). */
export async function badgeText(page: Page, key: string, selector: string): Promise<string | undefined> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const { session, nodeId } = await nodeIn(page, key, selector, Math.max(0, deadline - Date.now()));
    try {
      const { object } = (await session.send("DOM.resolveNode", { nodeId })) as {
        object: { objectId: string };
      };
      const { result } = (await session.send("Runtime.callFunctionOn", {
        objectId: object.objectId,
        functionDeclaration: "function () { return this.innerText ?? this.textContent; }",
        returnByValue: true,
      })) as { result: { value: string } };
      return result.value;
    } catch (e) {
      // The panel re-rendered between finding the node and reading it: find it again.
      if (Date.now() > deadline) throw e;
      await page.waitForTimeout(50);
    }
  }
}

/** Clicks the centre of the first match inside the badge with a real mouse event. */
export async function clickInBadge(page: Page, key: string, selector: string, timeout = 5000): Promise<void> {
  // Like a Playwright click, wait until the target is laid out: a panel can be in the DOM a frame before its
  // dialog is shown, and a node without a box cannot be clicked.
  const deadline = Date.now() + timeout;
  for (;;) {
    const { session, nodeId } = await nodeIn(page, key, selector, Math.max(0, deadline - Date.now()));
    try {
      await session.send("DOM.scrollIntoViewIfNeeded", { nodeId });
      const { model } = (await session.send("DOM.getBoxModel", { nodeId })) as {
        model: { content: number[] };
      };
      const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.content;
      if (x3 > x1 && y3 > y1) {
        await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
        return;
      }
    } catch (e) {
      if (Date.now() > deadline) throw e;
    }
    if (Date.now() > deadline) throw new Error(`${selector} in the badge of ${key} never became clickable`);
    await page.waitForTimeout(50);
  }
}

/** Focuses a field inside the badge and types into it with the keyboard. */
export async function typeInBadge(page: Page, key: string, selector: string, text: string): Promise<void> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const { session, nodeId } = await nodeIn(page, key, selector, Math.max(0, deadline - Date.now()));
    try {
      await session.send("DOM.focus", { nodeId });
      break;
    } catch (e) {
      // Not focusable until laid out (see clickInBadge).
      if (Date.now() > deadline) throw e;
      await page.waitForTimeout(50);
    }
  }
  await page.keyboard.type(text);
}

/** Chooses an option of a <select> inside the badge, as a person picking from the list would. */
export async function selectInBadge(page: Page, key: string, selector: string, value: string): Promise<void> {
  const { session, nodeId } = await nodeIn(page, key, selector);
  const { object } = (await session.send("DOM.resolveNode", { nodeId })) as { object: { objectId: string } };
  await session.send("Runtime.callFunctionOn", {
    objectId: object.objectId,
    functionDeclaration:
      "function (v) { this.value = v; this.dispatchEvent(new Event('change', { bubbles: true })); }",
    arguments: [{ value }],
  });
}
