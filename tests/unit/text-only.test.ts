import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, sourceFiles } from "../architecture/import-graph";

describe("page and feed text is rendered as text", () => {
  it("no component or module of the extension writes markup: no dangerouslySetInnerHTML, innerHTML, outerHTML, insertAdjacentHTML or document.write", () => {
    const markup =
      /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write/;
    const found = sourceFiles(["components", "entrypoints", "utils"]).filter((file) =>
      markup.test(readFileSync(join(ROOT, file), "utf8")),
    );
    expect(found).toEqual([]);
  });
});
