import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { type BrowserContext, chromium } from "@playwright/test";

export const EXTENSION_PATH = resolve(".output/chrome-mv3");

/** CHROMIUM_PATH, else Debian's chromium, else Playwright's own browser where one is installed. */
export function chromiumExecutable(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((p): p is string => Boolean(p && existsSync(p)));
}

export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** A fresh profile with the built extension loaded, as a user who just installed it would have. */
export async function launchWithExtension(options: {
  headless: boolean;
  userDataDir?: string;
}): Promise<BrowserContext> {
  if (!existsSync(`${EXTENSION_PATH}/manifest.json`)) {
    throw new Error(`No built extension at ${EXTENSION_PATH}: run \`npm run build:chrome\` first.`);
  }
  return chromium.launchPersistentContext(options.userDataDir ?? "", {
    headless: options.headless,
    executablePath: chromiumExecutable(),
    viewport: { width: 1280, height: 900 },
    locale: "vi-VN",
    args: [
      ...CHROMIUM_FLAGS,
      `--disable-extensions-except=${EXTENSION_PATH}`,
      `--load-extension=${EXTENSION_PATH}`,
    ],
  });
}
