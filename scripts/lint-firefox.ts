// `npm run lint:firefox`: Mozilla's add-on linter (web-ext lint, as AMO runs it) on the Firefox build. Fails on
// any error, and on any warning or notice not explained below: each explained one names the file it is in and
// says why it stays.
import { spawnSync } from "node:child_process";

interface Finding {
  code: string;
  file?: string;
  message: string;
}

const EXPLAINED: readonly { code: string; file: RegExp; why: string }[] = [
  {
    code: "UNSAFE_VAR_ASSIGNMENT",
    file: /^chunks\/page-[\w-]+\.js$/,
    why:
      "Preact's renderer, for `dangerouslySetInnerHTML`, which no component of ours uses (every text is " +
      "rendered as text; a test greps the sources for it)",
  },
  {
    code: "DANGEROUS_EVAL",
    file: /^chunks\/exceljs\.min-[\w-]+\.js$/,
    why:
      "exceljs's bundled polyfills: `Function('return this')` as a last fallback to find the global object, " +
      "and setImmediate's `new Function(code)` for string callbacks, which exceljs never passes; extension " +
      "pages forbid eval by their CSP, so neither could run. The chunk is loaded by the side panel only when " +
      "an inspector exports a workbook",
  },
];

const run = spawnSync("npx", ["web-ext", "lint", "-s", ".output/firefox-mv3", "--output", "json"], {
  encoding: "utf8",
});
const report = JSON.parse(run.stdout) as { errors: Finding[]; warnings: Finding[]; notices: Finding[] };
const unexplained = [...report.warnings, ...report.notices].filter(
  (f) => !EXPLAINED.some((e) => e.code === f.code && e.file.test(f.file ?? "")),
);
const explained = [...report.warnings, ...report.notices].length - unexplained.length;
for (const f of [...report.errors, ...unexplained]) console.log(`  ${f.code} ${f.file ?? ""}: ${f.message}`);
console.log(
  `web-ext lint: ${report.errors.length} errors, ${unexplained.length} unexplained warnings or notices, ${explained} explained (scripts/lint-firefox.ts)`,
);
process.exit(report.errors.length + unexplained.length > 0 ? 1 : 0);
