import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildFeed } from "../../utils/feed/publish/build-feed";
import { guideFromMarkdown, readGuideFiles } from "../../utils/feed/publish/guide-files";
import { GuideSchema } from "../../utils/feed/schema";

const dir = (name: string) => join(process.cwd(), "tests/fixtures/publisher", name);
const meta = {
  publisherId: "qltt-mau",
  publisherName: { vi: "Cục QLTT (mẫu)" },
  serial: 1,
  issued: new Date("2026-12-01T00:00:00Z"),
  expires: new Date("2027-01-01T00:00:00Z"),
};

describe("guides written as documents", () => {
  it("a Markdown guide: front matter for the fields, the numbered list for the steps, with sources and English", () => {
    const [md] = readGuideFiles(join(dir("guides"), "functional-foods.md"));
    const guide = GuideSchema.parse(md?.value);
    expect(guide.terms).toEqual(["thực phẩm chức năng", "thực phẩm bảo vệ sức khoẻ", "viên uống"]);
    expect(guide.steps).toHaveLength(2);
    expect(guide.steps[0]?.text.vi).toBe(
      "Thực phẩm chức năng không phải là thuốc: quảng cáo như thể chữa được bệnh là vi phạm thường gặp nhất.",
    );
    expect(guide.steps[0]?.text.en).toContain("Functional foods are not medicines");
    expect(guide.steps[0]?.source).toEqual({
      authority: { vi: "Cục An toàn thực phẩm (mẫu)" },
      url: "https://vfa.gov.vn/",
      date: "2025-06-01",
    });
    expect(guide.steps[1]?.source).toEqual({ authority: { vi: "Cục An toàn thực phẩm (mẫu)" } });
    expect(guide.lookups[0]?.url).toBe("https://vfa.gov.vn/");
  });

  it("a folder of Markdown and JSON guides builds into the feed", () => {
    const { feed, errors } = buildFeed({ guides: dir("guides") }, meta);
    expect(errors).toEqual([]);
    expect(feed?.guides.map((g) => g.id)).toEqual(["e-cigarettes", "functional-foods"]);
  });

  it("bad guides: an error per bad field with its file, a repeated id, and no feed at all", () => {
    const { feed, errors } = buildFeed({ guides: dir("guides-bad") }, meta);
    expect(feed).toBeUndefined();
    expect(errors).toContainEqual(expect.objectContaining({ file: "medicines.md", field: "steps.1.source" }));
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: "more.json",
        line: 1,
        field: "id",
        message: expect.stringContaining("duplicate"),
      }),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({ file: "more.json", line: 2, field: "lookups.0.url" }),
    );
  });

  it("says what is wrong with a document that is not a guide", () => {
    expect(() => guideFromMarkdown("no front matter")).toThrow(/front matter/);
    expect(() => guideFromMarkdown("---\n- a list\n---\n1. x\n")).toThrow(/mapping/);
    const uneven = "---\nid: x\n---\n1. một\n2. hai\n\n## English\n1. one\n";
    expect(() => guideFromMarkdown(uneven)).toThrow(/2 steps in Vietnamese but 1 in English/);
  });
});

describe("feed CLI usage", () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/feed.ts", ...args], { encoding: "utf8" });

  // Fresh Node processes compiling TypeScript: seconds each on a cold clone.
  it("--help, -h and each command's --help print the usage and exit 0; mistakes print it to stderr and fail", () => {
    for (const args of [["--help"], ["-h"]]) {
      const r = run(...args);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain("npm run feed -- <command>");
      expect(r.stdout).toContain("--guides <folder|json>");
    }
    const build = run("build", "--help");
    expect(build.status).toBe(0);
    expect(build.stdout).toContain("--publisher-id");
    expect(build.stdout).not.toContain("keygen");
    for (const [args, message] of [
      [["bogus"], 'unknown command "bogus"'],
      [[], "no command given"],
      [["sign"], "missing <feed.json>"],
      [["build", "--serial", "1"], "missing --publisher-id"],
      [["keygen", "--nope"], "Unknown option '--nope'"],
    ] as const) {
      const r = run(...args);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain(message);
      expect(r.stderr).toContain("npm run feed --");
    }
  }, 120_000);
});
