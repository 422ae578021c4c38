import { defineConfig } from "@playwright/test";

// Each test launches its own Chromium with the built extension; one at a time fits a 2-core machine.
export default defineConfig({
  testDir: "tests/e2e",
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: { trace: "off" },
});
