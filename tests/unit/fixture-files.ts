import { readFileSync } from "node:fs";
import { join } from "node:path";

export function fixtureText(relative: string): string {
  return readFileSync(join(process.cwd(), "tests/fixtures", relative), "utf8");
}

export function fixtureDocument(relative: string): Document {
  return new DOMParser().parseFromString(fixtureText(relative), "text/html");
}
