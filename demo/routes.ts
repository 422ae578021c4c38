import { readFileSync } from "node:fs";
import type { BrowserContext } from "@playwright/test";
import { type DemoItem, loadCatalog, renderDemoUrl } from "./marketplace";

/** Serves the demo marketplace at https://shopee.vn/ inside a browser context. */
export async function routeDemoMarketplace(
  context: BrowserContext,
  items: readonly DemoItem[] = loadCatalog(),
): Promise<void> {
  await context.route(/^https:\/\/shopee\.vn\//, async (route) => {
    const html = renderDemoUrl(new URL(route.request().url()), items);
    if (html === undefined)
      await route.fulfill({ status: 404, contentType: "text/html; charset=utf-8", body: "<h1>404</h1>" });
    else await route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html });
  });
}

/** Serves a saved real page byte for byte at the URL it was saved from. */
export async function routeSavedPage(context: BrowserContext, url: string, file: string): Promise<void> {
  const body = readFileSync(file);
  await context.route(url, (route) =>
    route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body }),
  );
}
