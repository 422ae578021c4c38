import type { ModuleImports } from "./import-graph";
import type { Part } from "./layers";

export interface Placed {
  part: string;
  layer: number;
}

/** The part (and its layer) a file belongs to: the part with the longest path that covers it. */
export function placeOf(file: string, layers: readonly (readonly Part[])[]): Placed | undefined {
  let best: (Placed & { length: number }) | undefined;
  layers.forEach((parts, layer) => {
    for (const part of parts)
      for (const path of part.paths) {
        const covers = path.endsWith("/") ? file.startsWith(path) : file === path;
        if (covers && (!best || path.length > best.length))
          best = { part: part.name, layer, length: path.length };
      }
  });
  return best && { part: best.part, layer: best.layer };
}

/** Every import that goes against the order: sideways (same layer, another part) or upwards; files in no part. */
export function layerViolations(
  graph: readonly ModuleImports[],
  layers: readonly (readonly Part[])[],
): string[] {
  const problems: string[] = [];
  for (const { file, modules } of graph) {
    const from = placeOf(file, layers);
    if (!from) {
      problems.push(`${file} belongs to no part`);
      continue;
    }
    for (const target of modules) {
      const to = placeOf(target, layers);
      if (!to || to.part === from.part) continue;
      if (to.layer >= from.layer)
        problems.push(
          `${file} (${from.part}, layer ${from.layer + 1}) imports ${target} (${to.part}, layer ${to.layer + 1})`,
        );
    }
  }
  return problems;
}

/** Packages that only run in a browser's extension contexts. */
const BROWSER_PACKAGES = /^(wxt(\/|$)|@wxt-dev\/|webextension-polyfill$|idb$)/;

/** Where a module, or anything it imports, needs an extension's browser: packages or `chrome`/`browser` globals. */
export function browserCode(closure: readonly ModuleImports[]): string[] {
  return closure.flatMap(({ file, packages, browserGlobals }) => [
    ...packages.filter((p) => BROWSER_PACKAGES.test(p)).map((p) => `${file} imports ${p}`),
    ...browserGlobals.map((line) => `${file}:${line} reads a browser global`),
  ]);
}
