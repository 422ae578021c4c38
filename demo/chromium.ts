import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
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

/**
 * Routed requests never reach the resolver (Playwright answers them first); the rest fail without a lookup,
 * except the hosts a test maps to a server of its own (`MAP shop.example-fake.vn 127.0.0.1:8080`).
 */
const offlineResolver = (hostMap: readonly string[] = []) =>
  `--host-resolver-rules=${[...hostMap, "MAP * ~NOTFOUND", "EXCLUDE localhost", "EXCLUDE 127.0.0.1"].join(", ")}`;

/** A fresh profile with the built extension loaded, as a user who just installed it would have. */
export async function launchWithExtension(options: {
  headless: boolean;
  userDataDir?: string;
  /** Another copy of the build (see captureGrantedCopy). */
  extensionPath?: string;
  /**
   * No host but this machine resolves: what a test does not route fails at once. Saved pages ask for their
   * scripts and images at the sites' own hosts, and an offline machine's resolver can take seconds for each.
   */
  offline?: boolean;
  /** Resolver rules put before the offline one: hosts a test serves from this machine, over real HTTP. */
  hostMap?: readonly string[];
}): Promise<BrowserContext> {
  const extensionPath = options.extensionPath ?? EXTENSION_PATH;
  if (!existsSync(`${extensionPath}/manifest.json`)) {
    throw new Error(`No built extension at ${extensionPath}: run \`npm run build:chrome\` first.`);
  }
  return chromium.launchPersistentContext(options.userDataDir ?? "", {
    headless: options.headless,
    executablePath: chromiumExecutable(),
    viewport: { width: 1280, height: 900 },
    locale: "vi-VN",
    args: [
      ...CHROMIUM_FLAGS,
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      ...(options.offline ? [offlineResolver(options.hostMap)] : []),
    ],
  });
}

/** The copies made by this process, removed when it exits (a browser may hold one open until then). */
const grantedCopies = new Set<string>();

/**
 * The build as it is once a person has said yes to the screenshot permission: the optional `<all_urls>` moved
 * into the granted host permissions of a copy. Chrome's permission prompt is browser UI that automation cannot
 * press, and a context-menu click (which grants activeTab) cannot be made either; the code under test is the
 * same build, byte for byte.
 */
export function captureGrantedCopy(from = EXTENSION_PATH): string {
  const dir = mkdtempSync(join(tmpdir(), "soi-hang-granted-"));
  if (grantedCopies.size === 0)
    process.once("exit", () => {
      for (const copy of grantedCopies) rmSync(copy, { recursive: true, force: true });
    });
  grantedCopies.add(dir);
  cpSync(from, dir, { recursive: true });
  const manifestPath = join(dir, "manifest.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as {
    host_permissions?: string[];
    optional_host_permissions?: string[];
  };
  manifest.host_permissions = [
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
  ];
  manifest.optional_host_permissions = [];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}
