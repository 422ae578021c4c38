import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { InlineConfig } from "vite";

/**
 * What must never be in a content script's bundle, by a string only it carries. Each page of a marketplace pays
 * for every byte a content script evaluates (issue 33, docs/performance.md): the polyfill's CommonJS interop
 * copies every property of Chromium's own `browser` object, building each `chrome.*` binding on every page,
 * and zod was 21 KB of the script with a costly first run of each schema.
 */
export const BANNED_IN_CONTENT_SCRIPTS: readonly { what: string; marker: string }[] = [
  { what: "webextension-polyfill", marker: "This script should only be loaded in a browser extension" },
  { what: "zod", marker: "$ZodType" },
];

/**
 * Content scripts reach the extension's APIs through the browser's own object (WXT's plain `browser`: Firefox's
 * `browser`, Chromium's `browser` or `chrome`, promise-based in both for what they use), not through the
 * polyfill that the `@wxt-dev/webextension-polyfill` module aliases `wxt/browser` to for every entrypoint. The
 * background and the extension pages keep the polyfill.
 */
export function plainBrowserForContentScripts(
  entrypoints: readonly { type: string }[],
  config: InlineConfig,
): void {
  if (!entrypoints.every((e) => e.type === "content-script")) return;
  const alias = config.resolve?.alias;
  if (alias && !Array.isArray(alias) && typeof alias === "object")
    (alias as Record<string, string>)["wxt/browser"] = "@wxt-dev/browser";
}

/** Fails the build when a content script carries what BANNED_IN_CONTENT_SCRIPTS names. */
export function checkContentScripts(outDir: string, files: readonly string[]): void {
  const found: string[] = [];
  for (const file of files.filter((f) => f.startsWith("content-scripts/") && f.endsWith(".js"))) {
    const code = readFileSync(join(outDir, file), "utf8");
    for (const { what, marker } of BANNED_IN_CONTENT_SCRIPTS)
      if (code.includes(marker)) found.push(`${file} carries ${what}`);
  }
  if (found.length > 0)
    throw new Error(
      `Content scripts must stay light (scripts/content-script-build.ts):\n  ${found.join("\n  ")}`,
    );
}
