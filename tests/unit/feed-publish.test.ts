import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it, onTestFinished } from "vitest";
import { jsonSchemas } from "../../scripts/json-schemas";
import { applyDelta, canonicalFeed, DeltaGapError, diffFeeds } from "../../utils/feed/delta";
import { buildFeed } from "../../utils/feed/publish/build-feed";
import { type Feed, FeedSchema } from "../../utils/feed/schema";
import { chunkWarnings } from "../../utils/matching/warning-text";

const src = (f: string) => join(process.cwd(), "tests/fixtures/publisher", f);
const meta = {
  publisherId: "qltt-mau",
  publisherName: { vi: "Cục QLTT (mẫu)" },
  serial: 7,
  issued: new Date("2026-11-20T00:00:00Z"),
  expires: new Date("2026-12-20T00:00:00Z"),
};

describe("buildFeed", () => {
  it("builds a valid feed from CSV and JSON sources", () => {
    const { feed, errors } = buildFeed(
      {
        warnings: src("warnings.csv"),
        platforms: src("platforms.csv"),
        contacts: src("contacts.csv"),
        signals: src("signals.json"),
      },
      meta,
    );
    expect(errors).toEqual([]);
    expect(FeedSchema.safeParse(feed).success).toBe(true);
    expect(feed?.warnings.map((w) => w.target.kind)).toEqual(["seller", "listing", "product", "domain"]);
    expect(feed?.warnings[0]?.reason.vi).toBe("Bán túi xách giả mạo nhãn hiệu, đã bị xử phạt (mẫu)");
    expect(feed?.warnings[2]?.target).toEqual({
      kind: "product",
      brand: "MamaGold",
      terms: ["900g", "sữa bột"],
    });
    expect(feed?.platforms[1]).toMatchObject({
      id: "facebook",
      domains: ["facebook.com", "fb.com"],
      pledge: { signed: false },
    });
    expect(feed?.signals.slang).toContain("rep 1:1");
  });

  it("reports every bad row with file, line and field, and builds nothing", () => {
    const { feed, errors } = buildFeed({ warnings: src("warnings-bad.csv") }, meta);
    expect(feed).toBeUndefined();
    const where = errors.map((e) => `${e.file}:${e.line}:${e.field}`);
    expect(where).toContain("warnings-bad.csv:3:target.platform"); // amazon is not a platform
    expect(where).toContain("warnings-bad.csv:4:target.key"); // listing without a key
    expect(where).toContain("warnings-bad.csv:4:category"); // "rumour"
    expect(where).toContain("warnings-bad.csv:5:source.date"); // 2026-13-45
    expect(errors.some((e) => e.message.includes('duplicate id "w-1"'))).toBe(true);
    expect(where.some((w) => w.startsWith("warnings-bad.csv:2:"))).toBe(false); // the good row
  });
});

const warningArb = fc.record({
  id: fc.constantFrom("a", "b", "c", "d", "e", "f"),
  seller: fc.integer({ min: 1, max: 9 }),
  severity: fc.constantFrom("high", "medium", "low"),
});
const feedArb = (serial: number) =>
  fc
    .record({
      warnings: fc.uniqueArray(warningArb, { selector: (w) => w.id, maxLength: 6 }),
      platforms: fc.subarray(["shopee", "lazada", "tiki"] as const),
      expiresDay: fc.integer({ min: 10, max: 28 }),
      slang: fc.subarray(["rep 1:1", "fake", "siêu cấp"]),
    })
    .map(
      (r): Feed =>
        FeedSchema.parse({
          format: "soi-hang-feed",
          version: 1,
          publisher: { id: "p", name: { vi: "P" } },
          serial,
          issued: "2026-11-01T00:00:00Z",
          expires: `2027-01-${r.expiresDay}T00:00:00Z`,
          warnings: r.warnings.map((w) => ({
            id: w.id,
            target: { kind: "seller", platform: "shopee", sellerId: String(w.seller) },
            severity: w.severity,
            category: "counterfeit",
            reason: { vi: `lý do ${w.id}` },
            source: { authority: { vi: "cơ quan" } },
          })),
          platforms: r.platforms.map((id) => ({
            id,
            name: id,
            domains: [`${id}.vn`],
            pledge: { signed: true },
          })),
          signals: { slang: r.slang, prohibited: [] },
        }),
    );

describe("diff and apply", () => {
  it("apply(old, diff(old, new)) is the new feed, for any two consecutive feeds", () => {
    fc.assert(
      fc.property(feedArb(4), feedArb(5), (old, next) => {
        expect(canonicalFeed(applyDelta(old, diffFeeds(old, next)))).toEqual(canonicalFeed(next));
      }),
      { numRuns: 300 },
    );
  });

  it("refuses a delta that does not start at the serial held", () => {
    fc.assert(
      fc.property(feedArb(4), feedArb(5), (old, next) => {
        const delta = diffFeeds(old, next);
        expect(() => applyDelta({ ...old, serial: 3 }, delta)).toThrow(DeltaGapError);
      }),
      { numRuns: 20 },
    );
  });
});

describe("feed CLI", () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/feed.ts", ...args], { encoding: "utf8" });

  // Six CLI runs, each a fresh Node process compiling TypeScript: seconds each on a cold clone.
  it("keygen, build, sign and verify; a changed byte is refused; a bad source writes nothing", () => {
    const dir = mkdtempSync(join(tmpdir(), "soi-hang-feed-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const keygen = run("keygen", "--id", "test-2026", "--out", dir);
    expect(keygen.status).toBe(0);
    const publicKey = JSON.parse(keygen.stdout.trim().split("\n").at(-1) ?? "{}").publicKey as string;
    expect(publicKey).toMatch(/^[A-Za-z0-9+/]{43}=$/);

    const feedFile = join(dir, "feed.json");
    const common = [
      "--publisher-id",
      "qltt-mau",
      "--publisher-name",
      "Cục QLTT (mẫu)",
      "--serial",
      "1",
      "--out",
      feedFile,
    ];
    expect(run("build", ...common, "--warnings", src("warnings.csv")).status).toBe(0);
    expect(run("sign", "--key", join(dir, "test-2026.private.jwk.json"), feedFile).status).toBe(0);
    const verify = run("verify", "--key-id", "test-2026", "--public-key", publicKey, feedFile);
    expect(verify.stdout).toContain("OK: qltt-mau serial 1, 4 warnings");

    writeFileSync(feedFile, readFileSync(feedFile, "utf8").replace("9100000001", "9100000002"));
    const tampered = run("verify", "--key-id", "test-2026", "--public-key", publicKey, feedFile);
    expect(tampered.status).toBe(1);
    expect(tampered.stderr).toContain("REFUSED: bad_signature");

    const badOut = join(dir, "bad.json");
    const bad = run("build", ...common.slice(0, -1), badOut, "--warnings", src("warnings-bad.csv"));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("warnings-bad.csv:3: target.platform:");
    expect(() => readFileSync(badOut)).toThrow();
  }, 120_000);
});

describe("JSON Schemas", () => {
  it("are committed as the zod schemas export them (run `npm run feed -- schema` after changing a schema)", () => {
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      expect(JSON.parse(readFileSync(join(process.cwd(), "schemas", name), "utf8"))).toEqual(schema);
    }
  });
});

describe("the stored form of a feed", () => {
  it("gives back the same feed, so deltas apply to exactly what is held", async () => {
    const { feedFromStored } = await import("../../utils/feed-store/delta-sync");
    const { compactFeed } = await import("../../utils/matching/compact-index");
    fc.assert(
      fc.property(feedArb(9), fc.integer({ min: 1, max: 4 }), (feed, chunkSize) => {
        const { warnings, platforms: _p, ...rest } = feed;
        const { index } = compactFeed(feed);
        // Small chunks here, so that lists of a few warnings still span several of them.
        const chunks = chunkWarnings(warnings, chunkSize);
        expect(chunks).toHaveLength(Math.ceil(warnings.length / chunkSize));
        expect(feedFromStored({ ...rest, warningCount: warnings.length }, index, chunks)).toEqual(feed);
      }),
      { numRuns: 100 },
    );
  });
});
