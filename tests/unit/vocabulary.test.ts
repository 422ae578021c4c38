import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import en from "../../public/_locales/en/messages.json";
import vi from "../../public/_locales/vi/messages.json";
import { LEVEL_WORD, MARK_WORD } from "../../utils/sweep/columns";

type Catalog = Record<string, { message: string }>;
const catalogs: Record<"vi" | "en", Catalog> = { vi, en };

/** The table "Words (one per idea, everywhere)" of DESIGN.md: idea → its word in vi and en. */
function vocabulary(): Map<string, { vi: string; en: string }> {
  const design = readFileSync(join(process.cwd(), "DESIGN.md"), "utf8");
  const section = design.slice(design.indexOf("## Words (one per idea"), design.indexOf("## Flows"));
  const rows = [...section.matchAll(/^\|\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|$/gm)]
    .map((m) => [m[1] as string, { vi: m[2] as string, en: m[3] as string }] as const)
    .filter(([idea]) => idea !== "Idea" && !idea.startsWith("-"));
  return new Map(rows);
}

/** The catalog keys whose text names each idea. */
const NAMED_BY: Record<string, string[]> = {
  "level `danger`": ["level_danger", "sweep_level_danger", "panel_heading_danger"],
  "level `caution`": ["level_caution", "sweep_level_caution", "panel_heading_caution", "badge_label_caution"],
  "level `official`": [
    "level_official",
    "sweep_level_official",
    "popup_official",
    "panel_heading_official",
    "badge_label_official",
  ],
  "level `none`": ["sweep_level_none", "panel_heading_none"],
  "mark `suspicious` (an officer's)": ["sweep_mark_suspicious"],
  "mark `cleared`": ["sweep_mark_cleared"],
  "mark `needs_purchase`": ["sweep_mark_needs_purchase"],
  "the person's own reports": ["popup_my_reports", "reports_title", "popup_reports"],
};

const has = (text: string, word: string) =>
  text.toLocaleLowerCase("vi").includes(word.toLocaleLowerCase("vi"));

describe("one word per idea, as DESIGN.md writes them", () => {
  const words = vocabulary();

  it("DESIGN.md's table names every idea the catalogs are checked for", () => {
    expect([...words.keys()].sort()).toEqual(Object.keys(NAMED_BY).sort());
  });

  it.each(["vi", "en"] as const)("%s: every text that names an idea uses its word", (lang) => {
    const wrong: string[] = [];
    for (const [idea, keys] of Object.entries(NAMED_BY)) {
      const word = words.get(idea)?.[lang] ?? "";
      for (const key of keys) {
        const text = catalogs[lang][key]?.message ?? "(missing)";
        if (!has(text, word)) wrong.push(`${key}: "${text}" does not say "${word}"`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each(["vi", "en"] as const)("%s: no text names one idea with another idea's word", (lang) => {
    const wrong: string[] = [];
    for (const [idea, keys] of Object.entries(NAMED_BY))
      for (const [other, word] of words)
        if (other !== idea && !has(words.get(idea)?.[lang] ?? "", word[lang]))
          for (const key of keys)
            if (has(catalogs[lang][key]?.message ?? "", word[lang]))
              wrong.push(`${key} (${idea}) says "${word[lang]}" (${other})`);
    expect(wrong).toEqual([]);
  });

  it("the sweep's exports name levels and marks with the same words", () => {
    const exported: Record<string, string> = {
      ...Object.fromEntries(Object.entries(LEVEL_WORD).map(([level, w]) => [`level \`${level}\``, w])),
      ...Object.fromEntries(Object.entries(MARK_WORD).map(([mark, w]) => [`mark \`${mark}\``, w])),
    };
    for (const [idea, word] of Object.entries(exported)) {
      const row = [...words].find(([name]) => name.startsWith(idea));
      expect(row?.[1].vi, idea).toBe(word);
    }
  });

  it('the person is "bạn", never "tôi"; words retired are gone', () => {
    const retired = [/của tôi/i, /đáng ngờ/i, /chính hãng/i];
    const found = Object.entries(catalogs.vi).filter(([, { message }]) =>
      retired.some((r) => r.test(message)),
    );
    expect(found.map(([key, { message }]) => `${key}: ${message}`)).toEqual([]);
  });
});
