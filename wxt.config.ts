import preact from "@preact/preset-vite";
import { defineConfig } from "wxt";
import { checkContentScripts, plainBrowserForContentScripts } from "./scripts/content-script-build";
import { escapeAstralNoncharacters } from "./scripts/escape-noncharacters";
import { CONTENT_MATCHES } from "./utils/sites/registry";

// Chrome is the reference target; Firefox builds with `-b firefox --mv3`.
export default defineConfig({
  modules: ["@wxt-dev/webextension-polyfill"],
  // Vite 8 can emit Vietnamese string literals that Chrome rejects as "not UTF-8".
  experimental: { escapeUnicode: true },
  vite: () => ({
    plugins: [preact(), escapeAstralNoncharacters()],
    build: {
      sourcemap: process.env.SOURCEMAP === "1",
      // exceljs (930 kB) is the one chunk above Vite's 500 kB warning: the side panel loads it only when an
      // inspector exports a workbook, and nothing else imports it.
      chunkSizeWarningLimit: 1000,
    },
  }),
  // The sources zip AMO asks for: what builds the add-on, without the test pages, screenshots or the
  // development signing key (README, "Firefox").
  zip: {
    excludeSources: [
      "tests/fixtures/**",
      "docs/**/*.png",
      "dev-keys/*.private.*",
      "demo-data/**/*.private.*",
    ],
  },
  hooks: {
    "vite:build:extendConfig": plainBrowserForContentScripts,
    "build:done": (wxt, output) =>
      checkContentScripts(
        wxt.config.outDir,
        output.steps.flatMap((step) =>
          (Array.isArray(step.chunks) ? step.chunks : [step.chunks]).map((c) => c.fileName),
        ),
      ),
  },
  manifest: ({ browser }) => ({
    name: "__MSG_extName__",
    description: "__MSG_extDescription__",
    default_locale: "vi",
    // activeTab: the context menu and the toolbar button let a report carry a screenshot of the tab. No `tabs`:
    // the popup learns a tab's page from the tab's own content script (README, "Permissions, and why").
    // webNavigation: each top-level navigation is checked against the warned web shops, in the worker (the
    // address goes nowhere). declarativeNetRequest: the browser itself blocks a high-severity warned site's
    // page until the person has read the warning page (no host access needed to block).
    // scripting: "Soi trang này" registers the product-page reader for a site the person gave permission for.
    permissions: [
      "storage",
      "alarms",
      "contextMenus",
      "activeTab",
      "webNavigation",
      "declarativeNetRequest",
      "scripting",
    ],
    // The badge's panel is an extension page in a frame of the content script's dialog, on the sites it reads:
    // what a person types there stays out of the marketplace page.
    // (Chrome takes only whole origins there: `scheme://host/*`.)
    web_accessible_resources: [
      {
        resources: ["report-frame.html"],
        matches: [...new Set(CONTENT_MATCHES.map((m) => m.replace(/^([^:]+:\/\/[^/]+)\/.*$/, "$1/*")))],
      },
    ],
    // Asked for only when someone first reports from a badge, where no click grants activeTab: Chrome lets
    // an extension capture a tab with activeTab or <all_urls>, nothing narrower.
    optional_host_permissions: ["<all_urls>"],
    action: { default_title: "__MSG_extName__" },
    ...(browser === "firefox"
      ? {
          browser_specific_settings: {
            gecko: {
              id: "soi-hang@soihang.org",
              // data_collection_permissions needs Firefox 140 (ESR) and Firefox for Android 142.
              strict_min_version: "140.0",
              // Nothing is sent unless a person sends a report (or a case): the listing and its screenshot
              // (websiteContent), the page's address (websiteActivity) and, if given, their name and phone or
              // e-mail (personallyIdentifyingInfo), and the add-on's version, language and which button was used
              // (technicalAndInteraction). tests/unit/data-collection.test.ts holds this to the report and the case.
              data_collection_permissions: {
                required: ["none"],
                optional: [
                  "websiteContent",
                  "websiteActivity",
                  "personallyIdentifyingInfo",
                  "technicalAndInteraction",
                ],
              },
            },
            gecko_android: { strict_min_version: "142.0" },
          },
        }
      : {}),
  }),
});
