import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import {
  BANNED_IN_CONTENT_SCRIPTS,
  checkContentScripts,
  plainBrowserForContentScripts,
} from "../../scripts/content-script-build";

function outDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "soi-hang-build-"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  for (const [name, code] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), code);
  }
  return dir;
}

describe("the build's check of content scripts", () => {
  it("fails the build when a content script carries the polyfill or zod, naming the file", () => {
    for (const { what, marker } of BANNED_IN_CONTENT_SCRIPTS) {
      const dir = outDir({ "content-scripts/tiki.js": `(()=>{${JSON.stringify(marker)}})()` });
      expect(() => checkContentScripts(dir, ["content-scripts/tiki.js"])).toThrow(
        `content-scripts/tiki.js carries ${what}`,
      );
    }
  });

  it("leaves other bundles alone: the background and pages keep the polyfill and zod", () => {
    const code = BANNED_IN_CONTENT_SCRIPTS.map((b) => b.marker).join(";");
    const dir = outDir({
      "background.js": code,
      "chunks/popup.js": code,
      "content-scripts/sendo.js": "ok()",
    });
    expect(() =>
      checkContentScripts(dir, ["background.js", "chunks/popup.js", "content-scripts/sendo.js"]),
    ).not.toThrow();
  });

  it("points wxt/browser at the plain browser object for content-script builds only", () => {
    const polyfill = () => ({
      resolve: { alias: { "wxt/browser": "@wxt-dev/webextension-polyfill/browser" } },
    });
    const content = polyfill();
    plainBrowserForContentScripts([{ type: "content-script" }], content);
    expect(content.resolve.alias["wxt/browser"]).toBe("@wxt-dev/browser");
    const background = polyfill();
    plainBrowserForContentScripts([{ type: "background" }], background);
    expect(background.resolve.alias["wxt/browser"]).toBe("@wxt-dev/webextension-polyfill/browser");
  });
});
