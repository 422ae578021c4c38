import { defineConfig } from "@playwright/test";

// Each test launches its own browser with the built extension; one at a time fits a 2-core machine. Chromium is
// driven by Playwright (tests/e2e); Firefox ESR by puppeteer-core over WebDriver BiDi (tests/firefox), since
// Playwright's Firefox cannot load extensions.
export default defineConfig({
  projects: [
    { name: "chromium", testDir: "tests/e2e" },
    { name: "firefox", testDir: "tests/firefox" },
  ],
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: { trace: "off" },
});
