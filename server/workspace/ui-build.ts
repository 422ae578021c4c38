import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

const SOURCE = resolve("server/workspace/ui");
export const WORKSPACE_OUT = resolve(".output/workspace");

function newestChange(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the workspace's pages with Vite when they are missing or older than their sources. */
export async function ensureWorkspaceBuilt(): Promise<void> {
  const index = join(WORKSPACE_OUT, "index.html");
  if (existsSync(index) && statSync(index).mtimeMs >= newestChange(SOURCE)) return;
  console.log("Building the review workspace (vite)…");
  const { build } = await import("vite");
  await build({ configFile: join(SOURCE, "vite.config.ts"), logLevel: "warn" });
}
