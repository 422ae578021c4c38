import { resolve } from "node:path";
import type { DatabaseLocation } from "../db/open";

export const DEFAULT_DATA_DIR = "intake-data";

/** DATABASE_URL when set, else the embedded database in `--data` (or ./intake-data). */
export function databaseLocation(dataDir: string | undefined, env = process.env): DatabaseLocation {
  const url = env.DATABASE_URL?.trim();
  if (url) return { kind: "server", url };
  return { kind: "embedded", dataDir: resolve(dataDir ?? DEFAULT_DATA_DIR) };
}
