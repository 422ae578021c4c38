// Node only (publisher tools): reads an office's guides to genuine goods from a folder of documents, so that
// they can be written and reviewed as text. Each `.json` file holds one guide (or an array of guides); each
// `.md` file holds one guide as Markdown with front matter (README, "Guides to genuine goods").
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { parse as parseYaml } from "yaml";

/** A guide as read from one document, before the feed's schema checks it; `line` is where it starts. */
export interface GuideRecord {
  file: string;
  line: number;
  value: unknown;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
/** A numbered step ("1. …"), its continuation lines indented under it. */
const STEP = /^\d+[.)]\s+(.*)$/;
/** A step's source line: "Nguồn:" or "Source:", then a Markdown link or a name, then optionally ", YYYY-MM-DD". */
const SOURCE = /^(?:Nguồn|Source)\s*:\s*(.+)$/i;
const LINK = /^\[([^\]]+)\]\((\S+)\)$/;

interface StepText {
  text: string;
  source?: { name: string; url?: string; date?: string };
}

function sourceOf(raw: string): StepText["source"] {
  let rest = raw.trim();
  let date: string | undefined;
  const dated = /,\s*(\d{4}-\d{2}-\d{2})$/.exec(rest);
  if (dated) {
    date = dated[1];
    rest = rest.slice(0, dated.index).trim();
  }
  const link = LINK.exec(rest);
  return {
    name: link ? (link[1] as string) : rest,
    ...(link ? { url: link[2] as string } : {}),
    ...(date ? { date } : {}),
  };
}

/** The numbered steps of a Markdown section, each with its text and its source line. */
function stepsOf(lines: readonly string[]): StepText[] {
  const steps: StepText[] = [];
  for (const line of lines) {
    const start = STEP.exec(line.trim());
    const current = steps[steps.length - 1];
    if (start && !/^\s/.test(line)) steps.push({ text: (start[1] as string).trim() });
    else if (current && line.trim() !== "") {
      const source = SOURCE.exec(line.trim().replace(/^[—–-]\s*/, ""));
      if (source) current.source = sourceOf(source[1] as string);
      else current.text = `${current.text} ${line.trim()}`;
    }
  }
  return steps;
}

/**
 * One guide from Markdown: the front matter (YAML) holds every field but the steps; the body's numbered list is
 * the steps in Vietnamese, each with a "Nguồn:" line, and an optional "## English" section the same steps in
 * English, in the same order.
 */
export function guideFromMarkdown(text: string): unknown {
  const front = FRONT_MATTER.exec(text);
  if (!front) throw new Error("no front matter (a block between two '---' lines at the top)");
  const fields: unknown = parseYaml(front[1] as string);
  if (!fields || typeof fields !== "object" || Array.isArray(fields))
    throw new Error("the front matter must be a mapping of fields");
  const body = text.slice(front[0].length).split(/\r?\n/);
  const english = body.findIndex((l) => /^#{1,6}\s+(English|Tiếng Anh)\s*$/i.test(l.trim()));
  const vi = stepsOf(english < 0 ? body : body.slice(0, english));
  const en = english < 0 ? [] : stepsOf(body.slice(english + 1));
  if (en.length > 0 && en.length !== vi.length)
    throw new Error(
      `${vi.length} steps in Vietnamese but ${en.length} in English: give each step in both or none`,
    );
  const steps = vi.map((step, i) => {
    const source = step.source ?? en[i]?.source;
    return {
      text: { vi: step.text, ...(en[i] ? { en: en[i]?.text } : {}) },
      // Left out when missing: the schema then says which step has no source.
      ...(source
        ? {
            source: {
              authority: { vi: source.name },
              ...(source.url ? { url: source.url } : {}),
              ...(source.date ? { date: source.date } : {}),
            },
          }
        : {}),
    };
  });
  return { ...fields, steps };
}

/** Every guide of a folder (or of one `.json`/`.md` file), in file-name order. */
export function readGuideFiles(path: string): GuideRecord[] {
  const files = statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((f) => /\.(json|md)$/i.test(f))
        .sort()
        .map((f) => join(path, f))
    : [path];
  return files.flatMap((file): GuideRecord[] => {
    const text = readFileSync(file, "utf8");
    const name = basename(file);
    if (extname(file).toLowerCase() === ".md")
      return [{ file: name, line: 1, value: guideFromMarkdown(text) }];
    const data: unknown = JSON.parse(text);
    return Array.isArray(data)
      ? data.map((value, i) => ({ file: name, line: i + 1, value }))
      : [{ file: name, line: 1, value: data }];
  });
}
