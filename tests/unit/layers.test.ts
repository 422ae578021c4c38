import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { closureOf, importsOf, type ModuleImports, ROOT, sourceFiles } from "../architecture/import-graph";
import { browserCode, layerViolations, placeOf } from "../architecture/layer-check";
import { BROWSER_FREE_PARTS, LAYERS, SHARED_CONTRACTS } from "../architecture/layers";

const FOLDERS = ["utils", "components", "entrypoints", "server"];
const graph = sourceFiles(FOLDERS).map((file) => importsOf(file));
const byFile = new Map(graph.map((m) => [m.file, m]));
const read = (file: string): ModuleImports => byFile.get(file) ?? importsOf(file);

describe("the parts stand on each other one way", () => {
  it("reads the repository's imports", () => {
    expect(graph.length).toBeGreaterThan(200);
    expect(read("utils/feed-store/sync.ts").modules).toContain("utils/matching/compact-index.ts");
    expect(read("utils/delivery/outbox.ts").modules).toContain("utils/db.ts");
  });

  it("no import goes against the layer order, and every file is in a part", () => {
    expect(layerViolations(graph, LAYERS)).toEqual([]);
  });

  it("no two modules import each other, however far round", () => {
    const circles: string[] = [];
    for (const { file } of graph) {
      const reached = closureOf(file, read).filter((m) => m.file !== file);
      if (reached.some((m) => m.modules.includes(file))) circles.push(file);
    }
    expect(circles).toEqual([]);
  });

  it("no two folders of the service import each other", () => {
    const folderOf = (file: string) => /^server\/([^/]+)\//.exec(file)?.[1];
    const edges = new Set<string>();
    for (const { file, modules } of graph) {
      const from = folderOf(file);
      for (const to of modules.map(folderOf)) if (from && to && from !== to) edges.add(`${from} -> ${to}`);
    }
    const mutual = [...edges].filter((e) => edges.has(e.split(" -> ").reverse().join(" -> ")));
    expect(edges.size).toBeGreaterThan(10);
    expect(mutual).toEqual([]);
  });

  it("catches an import upwards, one sideways, and a file in no part", () => {
    const fake: ModuleImports[] = [
      { file: "utils/feed/load.ts", modules: ["utils/matching/match.ts"], packages: [], browserGlobals: [] },
      { file: "utils/reports/build.ts", modules: ["utils/sweep/case.ts"], packages: [], browserGlobals: [] },
      { file: "utils/stray.ts", modules: [], packages: [], browserGlobals: [] },
      {
        file: "utils/matching/match.ts",
        modules: ["utils/feed/schema.ts"],
        packages: [],
        browserGlobals: [],
      },
    ];
    expect(layerViolations(fake, LAYERS)).toEqual([
      "utils/feed/load.ts (feed, layer 3) imports utils/matching/match.ts (matching, layer 4)",
      "utils/reports/build.ts (reports, layer 7) imports utils/sweep/case.ts (sweep, layer 7)",
      "utils/stray.ts belongs to no part",
    ]);
  });

  it("DESIGN.md draws the same layers, in the same order", () => {
    const design = readFileSync(join(ROOT, "DESIGN.md"), "utf8");
    const rows = [...design.matchAll(/^\|\s*(\d+)\s*\|\s*`([a-z-]+)`\s*\|/gm)].map((m) => `${m[1]} ${m[2]}`);
    const data = LAYERS.flatMap((parts, i) => parts.map((p) => `${i + 1} ${p.name}`));
    expect(rows).toEqual(data);
  });
});

describe("the contracts both sides share are free of browser code", () => {
  it.each(SHARED_CONTRACTS)("%s, and all it imports", (contract) => {
    expect(browserCode(closureOf(contract, read))).toEqual([]);
  });

  it("and so is every module of the extension that the office's service imports", () => {
    const used = graph
      .filter((m) => m.file.startsWith("server/"))
      .flatMap((m) => m.modules.filter((t) => t.startsWith("utils/")));
    expect(used.length).toBeGreaterThan(5);
    const closure = [...new Set(used)].flatMap((file) => closureOf(file, read));
    expect(browserCode(closure)).toEqual([]);
  });

  it.each(BROWSER_FREE_PARTS)("the %s part, every module and all it imports", (part) => {
    const files = graph.filter((m) => placeOf(m.file, LAYERS)?.part === part).map((m) => m.file);
    expect(files.length).toBeGreaterThan(0);
    expect(browserCode(files.flatMap((file) => closureOf(file, read)))).toEqual([]);
  });

  it("catches a browser package and a browser global", () => {
    const source = `import { browser } from "wxt/browser";\nimport { openDB } from "idb";\nexport const id = () => chrome.runtime.id;\n`;
    const parsed = importsOf("utils/feed/imagined.ts", source);
    expect(browserCode([parsed])).toEqual([
      "utils/feed/imagined.ts imports wxt/browser",
      "utils/feed/imagined.ts imports idb",
      "utils/feed/imagined.ts:3 reads a browser global",
    ]);
  });
});
