import type { Page } from "@playwright/test";

interface ExecutionContext {
  id: number;
  origin: string;
  name: string;
  auxData?: { type?: string; isDefault?: boolean };
}

/** Evaluates an expression in the extension's content-script world of the page's main frame. */
export async function evaluateInExtensionWorld(
  page: Page,
  extensionId: string,
  expression: string,
): Promise<unknown> {
  const session = await page.context().newCDPSession(page);
  const contexts: ExecutionContext[] = [];
  session.on("Runtime.executionContextCreated", ({ context }: { context: ExecutionContext }) =>
    contexts.push(context),
  );
  await session.send("Runtime.enable");
  const world = contexts.find((c) => c.auxData?.type === "isolated" && c.origin.includes(extensionId));
  if (!world) throw new Error(`no isolated world of ${extensionId} in this page`);
  const { result } = (await session.send("Runtime.evaluate", {
    expression,
    contextId: world.id,
    returnByValue: true,
    awaitPromise: true,
  })) as { result: { value: unknown } };
  await session.detach();
  return result.value;
}
