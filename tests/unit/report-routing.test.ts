import "fake-indexeddb/auto";
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { SAMPLE_FEED_KEYS } from "../../utils/config";
import { closeDb, DB_NAME, getDb } from "../../utils/db";
import { outboxCounts } from "../../utils/delivery/outbox";
import { type Contact, FeedSchema } from "../../utils/feed/schema";
import { BUNDLED_SUBSCRIPTION } from "../../utils/feed/subscriptions";
import { feedUrlOf } from "../../utils/feed-store/active-feed";
import { previewJson } from "../../utils/reports/preview";
import { destinationFor, mergeContacts } from "../../utils/reports/routing";
import { ReportSchema } from "../../utils/reports/schema";
import { REPORTS_PER_WINDOW, submitReport } from "../../utils/reports/submit";
import { loadSettings, saveSettings } from "../../utils/settings";
import { sampleReport } from "./report-fixture";

const DEFAULT = "http://127.0.0.1:9/api/reports";
const HANOI: Contact = {
  province: "Hà Nội",
  hotline: "024 000 389",
  intake: "https://hanoi.example/api/reports",
};

describe("routing a report to its province", () => {
  it("sends to the province's intake, whatever the Unicode form or case of its name, with its hotline", () => {
    const decomposed = "Hà Nội".normalize("NFD").toUpperCase();
    expect(destinationFor(decomposed, [HANOI], DEFAULT)).toEqual({
      intakeUrl: HANOI.intake,
      province: "Hà Nội",
      hotline: "024 000 389",
    });
  });

  it("falls back to the default intake for a province without one, or none chosen, keeping the hotline", () => {
    const hue: Contact = { province: "Thừa Thiên Huế", hotline: "0234 389" };
    expect(destinationFor("Thừa Thiên Huế", [hue], DEFAULT)).toEqual({
      intakeUrl: DEFAULT,
      fromSettings: true,
      province: "Thừa Thiên Huế",
      hotline: "0234 389",
    });
    expect(destinationFor(undefined, [hue], DEFAULT)).toEqual({ intakeUrl: DEFAULT, fromSettings: true });
    expect(destinationFor("Cà Mau", [hue], DEFAULT)).toEqual({
      intakeUrl: DEFAULT,
      fromSettings: true,
      province: "Cà Mau",
    });
  });

  it("names the office behind a province's own intake, so the form can say who receives the report", () => {
    const office = { vi: "Chi cục QLTT Huế" };
    const hue: Contact = { province: "Thừa Thiên Huế", name: office, intake: "https://qltt-hue.example/api" };
    expect(destinationFor("Thừa Thiên Huế", [hue], DEFAULT)).toMatchObject({
      office,
      province: "Thừa Thiên Huế",
    });
    expect(destinationFor("Thừa Thiên Huế", [hue], DEFAULT).fromSettings).toBeUndefined();
  });

  it("names no intake when neither the province's contact nor settings give one, keeping the hotline", () => {
    const hue: Contact = { province: "Thừa Thiên Huế", hotline: "0234 389" };
    expect(destinationFor("Thừa Thiên Huế", [hue], undefined)).toEqual({
      province: "Thừa Thiên Huế",
      hotline: "0234 389",
    });
    expect(destinationFor(undefined, [hue], undefined)).toEqual({});
  });

  it("takes each province from the first feed that names it, sorted the Vietnamese way", () => {
    const other: Contact = { province: "HÀ NỘI", intake: "https://other.example/x" };
    const merged = mergeContacts([[HANOI], [other, { province: "Đà Nẵng" }, { province: "Cà Mau" }]]);
    expect(merged.map((c) => c.province)).toEqual(["Cà Mau", "Đà Nẵng", "Hà Nội"]);
    expect(merged.find((c) => c.province === "Hà Nội")?.intake).toBe(HANOI.intake);
  });
});

describe("the preview", () => {
  it("is the report's JSON with only the screenshot's base64 replaced", () => {
    const base = sampleReport();
    const screenshot = {
      mediaType: "image/jpeg" as const,
      width: 1280,
      height: 900,
      data: "/9j/4AAQSkZJRg==",
      sha256: "a".repeat(64),
      capturedAt: base.createdAt,
    };
    const report = ReportSchema.parse({ ...base, evidence: { ...base.evidence, screenshot } });
    const shown = JSON.parse(previewJson(report, (n) => `[${n} chars]`));
    expect(shown.evidence.screenshot).toEqual({ ...screenshot, data: "[16 chars]" });
    expect({ ...shown, evidence: { ...shown.evidence, screenshot: undefined } }).toEqual({
      ...JSON.parse(JSON.stringify(report)),
      evidence: { ...JSON.parse(JSON.stringify(report.evidence)), screenshot: undefined },
    });
    expect(previewJson(base, () => "")).toBe(JSON.stringify(base, null, 2));
  });
});

describe("submitting", () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await closeDb();
    await new Promise<void>((resolve) => {
      const req = indexedDB.deleteDatabase(DB_NAME);
      req.onsuccess = req.onerror = () => resolve();
    });
    // The bundled feed, synced, with a province whose office has its own intake.
    const {
      warnings: _w,
      platforms: _p,
      ...meta
    } = FeedSchema.parse(JSON.parse(readFileSync("public/feeds/sample-feed.json", "utf8")));
    const db = await getDb();
    await db.put("feeds", {
      url: feedUrlOf(BUNDLED_SUBSCRIPTION),
      meta: { ...meta, contacts: [HANOI], warningCount: 0 },
      keyId: SAMPLE_FEED_KEYS[0]?.id,
      lastAttemptAt: 0,
    });
    // The person approved this feed as a recipient of their reports.
    await saveSettings({ intakeUrl: DEFAULT, subscriptions: [{ ...BUNDLED_SUBSCRIPTION, reportsTo: true }] });
  });
  afterEach(() => closeDb());

  const withListing = (key: string, note = "x") => {
    const r = sampleReport(note);
    return {
      ...r,
      listing: { ...r.listing, key },
      evidence: { ...r.evidence, listing: { ...r.listing, key } },
    };
  };

  it("queues for the chosen province's intake and remembers the province", async () => {
    const report = { ...withListing("shopee:1:1"), province: "Hà Nội" };
    expect(await submitReport(report, false, Date.parse(report.createdAt))).toEqual({
      status: "queued",
      id: report.id,
      intakeUrl: HANOI.intake,
      province: "Hà Nội",
      hotline: "024 000 389",
    });
    expect((await loadSettings()).reportProvince).toBe("Hà Nội");
  });

  it("sends to the settings' intake, with the province's hotline, when the feed was not approved as a recipient", async () => {
    await saveSettings({ subscriptions: [{ ...BUNDLED_SUBSCRIPTION, reportsTo: false }] });
    const report = { ...withListing("shopee:1:5"), province: "Hà Nội" };
    expect(await submitReport(report, false, Date.parse(report.createdAt))).toEqual({
      status: "queued",
      id: report.id,
      intakeUrl: DEFAULT,
      province: "Hà Nội",
      hotline: "024 000 389",
    });
  });

  it("queues nothing when there is nowhere to send it, and says so with the hotline", async () => {
    await saveSettings({
      intakeUrl: undefined,
      subscriptions: [{ ...BUNDLED_SUBSCRIPTION, reportsTo: false }],
    });
    const report = { ...withListing("shopee:1:6"), province: "Hà Nội" };
    expect(await submitReport(report, false, Date.parse(report.createdAt))).toEqual({
      status: "no_intake",
      id: report.id,
      province: "Hà Nội",
      hotline: "024 000 389",
    });
    expect((await outboxCounts()).queued).toBe(0);
  });

  it("stops using a held copy's contacts once its signing key is no longer pinned, or once it expired", async () => {
    const report = { ...withListing("shopee:1:7"), province: "Hà Nội" };
    const other = { id: "another-key", publicKey: "A".repeat(43).concat("=") };
    await saveSettings({ subscriptions: [{ ...BUNDLED_SUBSCRIPTION, keys: [other], reportsTo: true }] });
    expect(await submitReport(report, false, Date.parse(report.createdAt))).toEqual({
      status: "queued",
      id: report.id,
      intakeUrl: DEFAULT,
      province: "Hà Nội",
    });
    await saveSettings({ subscriptions: [{ ...BUNDLED_SUBSCRIPTION, reportsTo: true }] });
    const db = await getDb();
    const held = await db.get("feeds", feedUrlOf(BUNDLED_SUBSCRIPTION));
    if (!held?.meta) throw new Error("no held copy");
    await db.put("feeds", { ...held, meta: { ...held.meta, expires: "2020-01-01T00:00:00Z" } });
    const later = { ...withListing("shopee:1:8"), province: "Hà Nội" };
    expect((await submitReport(later, true, Date.parse(later.createdAt))).intakeUrl).toBe(DEFAULT);
  });

  it("asks before a second report of the same listing, and a resubmission of the same report is harmless", async () => {
    const now = Date.parse(sampleReport().createdAt);
    const first = withListing("shopee:1:2");
    await submitReport(first, false, now);
    expect((await submitReport(first, false, now)).status).toBe("queued");
    const second = withListing("shopee:1:2", "again");
    expect(await submitReport(second, false, now)).toMatchObject({
      status: "duplicate",
      previousAt: first.createdAt,
    });
    expect((await submitReport(second, true, now)).status).toBe("queued");
    expect((await outboxCounts()).queued).toBe(2);
  });

  it(`refuses more than ${REPORTS_PER_WINDOW} reports in ten minutes, and nothing is queued beyond it`, async () => {
    const now = Date.parse(sampleReport().createdAt);
    for (let i = 0; i < REPORTS_PER_WINDOW; i++)
      expect((await submitReport(withListing(`shopee:2:${i}`), false, now)).status).toBe("queued");
    expect(await submitReport(withListing("shopee:2:99"), false, now)).toMatchObject({
      status: "rate_limited",
      retryAfterMinutes: 10,
    });
    expect((await outboxCounts()).queued).toBe(REPORTS_PER_WINDOW);
    // Eleven minutes later the window has passed.
    expect((await submitReport(withListing("shopee:2:99"), false, now + 11 * 60_000)).status).toBe("queued");
  });

  it("counts reports by when they arrived, not by the time they say they were made", async () => {
    const now = Date.now();
    const backdated = (key: string) => ({ ...withListing(key), createdAt: "2001-01-01T00:00:00.000Z" });
    for (let i = 0; i < REPORTS_PER_WINDOW; i++)
      expect((await submitReport(backdated(`shopee:3:${i}`), false, now)).status).toBe("queued");
    expect((await submitReport(backdated("shopee:3:99"), false, now)).status).toBe("rate_limited");
  });
});
