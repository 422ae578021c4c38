import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

export const ROOT = resolve(import.meta.dirname, "../..");

/** One module's imports: other modules of the repository (as root-relative paths) and packages by name. */
export interface ModuleImports {
  file: string;
  modules: string[];
  packages: string[];
  /** Lines where the module reads the `chrome` or `browser` global (`chrome.runtime`, `browser.tabs`…). */
  browserGlobals: number[];
}

const SKIP = new Set(["node_modules", "dist", ".output", ".wxt"]);

/** Every .ts/.tsx source under the given root-relative folders. */
export function sourceFiles(folders: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIP.has(entry.name)) walk(path);
      } else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts")) out.push(path);
    }
  };
  for (const folder of folders) walk(folder);
  return out.sort();
}

function resolveModule(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith("@/")
    ? join(ROOT, specifier.slice(2))
    : specifier.startsWith(".")
      ? resolve(ROOT, dirname(from), specifier)
      : undefined;
  if (!base) return undefined;
  const clean = base.replace(/\?.*$/, "");
  for (const candidate of [clean, `${clean}.ts`, `${clean}.tsx`, join(clean, "index.ts")])
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(ROOT, candidate);
  return relative(ROOT, clean);
}

/**
 * What a source imports: static imports and re-exports (type-only ones too: they tie the parts as much), dynamic
 * `import()`, and `declare module` augmentations.
 */
export function importsOf(file: string, text = readFileSync(join(ROOT, file), "utf8")): ModuleImports {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const specifiers: string[] = [];
  const browserGlobals: number[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    )
      specifiers.push(node.moduleSpecifier.text);
    else if (ts.isModuleDeclaration(node) && ts.isStringLiteral(node.name)) specifiers.push(node.name.text);
    else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    )
      specifiers.push(node.arguments[0].text);
    else if (
      ts.isPropertyAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      (node.expression.text === "chrome" || node.expression.text === "browser")
    )
      browserGlobals.push(source.getLineAndCharacterOfPosition(node.getStart()).line + 1);
    ts.forEachChild(node, visit);
  };
  visit(source);
  const modules: string[] = [];
  const packages: string[] = [];
  for (const specifier of specifiers) {
    const target = resolveModule(file, specifier);
    if (target === undefined) packages.push(specifier);
    else if (/\.tsx?$/.test(target)) modules.push(target);
  }
  return { file, modules, packages, browserGlobals };
}

/** The modules `start` reaches through its imports, itself included. */
export function closureOf(start: string, read: (file: string) => ModuleImports): ModuleImports[] {
  const seen = new Map<string, ModuleImports>();
  const stack = [start];
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    const imports = read(file);
    seen.set(file, imports);
    stack.push(...imports.modules);
  }
  return [...seen.values()];
}
