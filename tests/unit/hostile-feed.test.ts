import { describe, expect, it } from "vitest";
import { SAMPLE_FEED_KEYS } from "../../utils/config";
import { MAX_SIGNATURE_BYTES, readBounded } from "../../utils/feed/bounded-body";
import { heldCopyState } from "../../utils/feed/held-copy";
import { ContactSchema, FEED_LIMITS, FeedSchema, PledgeSchema, SourceSchema } from "../../utils/feed/schema";
import { SubscriptionSchema } from "../../utils/feed/subscriptions";
import { foldTokens } from "../../utils/matching/normalize";
import { PhraseSet, PREFIX_CHARS } from "../../utils/matching/phrase-set";
import { ReportSchema } from "../../utils/reports/schema";
import { SettingsSchema } from "../../utils/settings";
import { ListingSchema } from "../../utils/sites/listing";
import { PageAddressSchema, SafeAddressSchema } from "../../utils/web-address";
import { sampleReport } from "./report-fixture";

const RUNS = [
  "javascript:alert(document.cookie)",
  "JavaScript:alert(1)",
  "data:text/html,<script>1</script>",
];
const BROWSER = [
  "chrome://settings",
  "chrome-extension://abc/options.html",
  "file:///etc/passwd",
  "about:blank",
];
const NETWORK_HTTP = [
  "http://qltt.example.vn/api/reports",
  "http://192.168.1.10:8787/api",
  "http://10.0.0.1/",
];

describe("addresses from a feed or from settings", () => {
  it.each([...RUNS, ...BROWSER, ...NETWORK_HTTP])("refuses %s", (address) => {
    expect(SafeAddressSchema.safeParse(address).success).toBe(false);
  });

  it.each([
    "https://qltt.example.vn/api/reports/hanoi",
    "http://127.0.0.1:8787/api/reports",
    "http://localhost:8787/api/reports",
    "http://[::1]:8787/api",
  ])("accepts %s (https, or http to this machine)", (address) => {
    expect(SafeAddressSchema.parse(address)).toBe(address);
  });

  it("refuses a link in a signed feed that would run, whatever field carries it", () => {
    for (const url of [...RUNS, ...BROWSER]) {
      expect(SourceSchema.safeParse({ authority: { vi: "Cục QLTT" }, url }).success).toBe(false);
      expect(PledgeSchema.safeParse({ signed: true, source: url }).success).toBe(false);
      expect(ContactSchema.safeParse({ province: "Hà Nội", url }).success).toBe(false);
    }
  });

  it("refuses an intake over plain http across a network, in a feed, a subscription or the settings", () => {
    for (const url of NETWORK_HTTP) {
      expect(ContactSchema.safeParse({ province: "Hà Nội", intake: url }).success).toBe(false);
      expect(SettingsSchema.safeParse({ intakeUrl: url }).success).toBe(false);
      expect(SettingsSchema.safeParse({ staffIntakeUrl: url }).success).toBe(false);
      const sub = { id: "x", url, name: "x", keys: [{ id: "k", publicKey: "a" }], enabled: true };
      expect(SubscriptionSchema.safeParse(sub).success).toBe(false);
    }
  });

  it("ships no intake: with nothing set, reports have nowhere to go until the person says where", () => {
    const defaults = SettingsSchema.parse({});
    expect(defaults.intakeUrl).toBeUndefined();
    expect(defaults.staffIntakeUrl).toBeUndefined();
    expect(defaults.subscriptions.every((s) => !s.reportsTo)).toBe(true);
    // A subscription saved before approval existed does not become a recipient.
    const old = { id: "x", url: "https://a.example/f.json", name: "x", keys: [...SAMPLE_FEED_KEYS] };
    expect(SubscriptionSchema.parse({ ...old, enabled: true }).reportsTo).toBe(false);
  });

  it("takes only http(s) addresses from a page for a listing, a report or its page", () => {
    for (const url of [...RUNS, ...BROWSER]) expect(PageAddressSchema.safeParse(url).success).toBe(false);
    const report = sampleReport();
    expect(ListingSchema.safeParse({ ...report.listing, url: RUNS[0] }).success).toBe(false);
    const evidence = { ...report.evidence, pageUrl: RUNS[2] };
    expect(ReportSchema.safeParse({ ...report, evidence }).success).toBe(false);
    expect(PageAddressSchema.safeParse("http://shop.example.vn/p/1").success).toBe(true);
  });
});

describe("a feed's size", () => {
  const base = {
    format: "soi-hang-feed",
    version: 1,
    publisher: { id: "p", name: { vi: "P" } },
    serial: 1,
    issued: "2026-01-01T00:00:00Z",
    expires: "2030-01-01T00:00:00Z",
  };

  it("is bounded in every list, so a signed feed cannot fill the worker's memory", () => {
    const slang = Array.from({ length: FEED_LIMITS.slang + 1 }, (_, i) => `từ ${i}`);
    expect(FeedSchema.safeParse({ ...base, signals: { slang } }).success).toBe(false);
    expect(FeedSchema.safeParse({ ...base, signals: { slang: slang.slice(1) } }).success).toBe(true);
    const aliases = Array.from({ length: FEED_LIMITS.brandTerms + 1 }, (_, i) => `b${i}`);
    expect(FeedSchema.safeParse({ ...base, brands: [{ id: "b", name: "B", aliases }] }).success).toBe(false);
    const contacts = Array.from({ length: FEED_LIMITS.contacts + 1 }, (_, i) => ({ province: `T${i}` }));
    expect(FeedSchema.safeParse({ ...base, contacts }).success).toBe(false);
  });

  it(`carries at most ${FEED_LIMITS.terms} terms in its brands and signals together`, () => {
    const prohibited = Array.from({ length: FEED_LIMITS.prohibited }, (_, i) => ({
      terms: Array.from({ length: FEED_LIMITS.terms / FEED_LIMITS.prohibited }, (_, j) => `t${i}-${j}`),
    }));
    expect(FeedSchema.safeParse({ ...base, signals: { prohibited } }).success).toBe(true);
    const over = FeedSchema.safeParse({ ...base, signals: { prohibited, slang: ["một nữa"] } });
    expect(over.success).toBe(false);
    expect(JSON.stringify(over.error)).toContain(`at most ${FEED_LIMITS.terms} terms`);
  });

  it("refuses terms longer than 100 characters", () => {
    expect(FeedSchema.safeParse({ ...base, signals: { slang: ["x".repeat(101)] } }).success).toBe(false);
    expect(FeedSchema.safeParse({ ...base, signals: { negations: ["x".repeat(101)] } }).success).toBe(false);
    expect(FeedSchema.safeParse({ ...base, signals: { negationsAfter: ["x".repeat(101)] } }).success).toBe(
      false,
    );
  });

  it("counts denials after a term among the terms, and bounds their number", () => {
    const many = Array.from({ length: FEED_LIMITS.negations + 1 }, (_, i) => `đền ${i}`);
    expect(FeedSchema.safeParse({ ...base, signals: { negationsAfter: many } }).success).toBe(false);
    expect(FeedSchema.safeParse({ ...base, signals: { negationsAfter: [42] } }).success).toBe(false);
    const prohibited = Array.from({ length: FEED_LIMITS.prohibited }, (_, i) => ({
      terms: Array.from({ length: FEED_LIMITS.terms / FEED_LIMITS.prohibited }, (_, j) => `t${i}-${j}`),
    }));
    const over = FeedSchema.safeParse({ ...base, signals: { prohibited, negationsAfter: ["đền"] } });
    expect(JSON.stringify(over.error)).toContain(`at most ${FEED_LIMITS.terms} terms`);
  });
});

describe("the phrase index", () => {
  it(`keeps at most ${PREFIX_CHARS} prefixes per phrase, and still finds long phrases however they are spaced`, () => {
    const set = new PhraseSet<string>();
    const long = "máy xông hoa quả điện tử";
    set.add(long, "vape");
    set.add("rep 1:1", "replica");
    const prefixes = (set as unknown as { prefixes: Set<string> }).prefixes;
    expect(prefixes.size).toBeLessThanOrEqual(2 * PREFIX_CHARS);
    const found = (title: string) => set.find(foldTokens(title)).map((h) => h.value);
    expect(found("Máy xông hoa quả điện tử giá rẻ")).toEqual(["vape"]);
    expect(found("MAYXONG hoa qua dientu")).toEqual(["vape"]);
    expect(found("Giày rep11 đẹp")).toEqual(["replica"]);
    expect(found("máy xông hoa quả điện thoại")).toEqual([]);
  });
});

describe("held copies", () => {
  const pinned = [{ id: "k1", publicKey: "a" }];
  const held = { meta: { expires: "2027-01-01T00:00:00Z" }, keyId: "k1" };
  const now = Date.parse("2026-12-06T00:00:00Z");

  it("are in force while their key is pinned and they have not expired", () => {
    expect(heldCopyState(held, pinned, now)).toBe("in_force");
    expect(heldCopyState(held, [{ id: "k2", publicKey: "b" }], now)).toBe("key_removed");
    expect(heldCopyState(held, pinned, Date.parse("2027-01-01T00:00:00Z"))).toBe("expired");
    expect(heldCopyState({ keyId: "k1" }, pinned, now)).toBeUndefined();
  });
});

describe("downloads", () => {
  /** A body that never ends and declares no length, counting how much of it was pulled. */
  function endless(chunk: number) {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk;
        controller.enqueue(new Uint8Array(chunk));
      },
    });
    return { res: new Response(body), pulled: () => pulled };
  }

  it("stop at the limit when the body is longer than it, with or without a declared length", async () => {
    const stream = endless(64 * 1024);
    expect(await readBounded(stream.res, 1024 * 1024)).toEqual({ ok: false, read: 1024 * 1024 + 64 * 1024 });
    expect(stream.pulled()).toBeLessThanOrEqual(1024 * 1024 + 3 * 64 * 1024);
    const declared = new Response("x", { headers: { "content-length": String(10 * 1024 * 1024) } });
    expect((await readBounded(declared, 1024)).ok).toBe(false);
  });

  it("read a body within the limit whole", async () => {
    const result = await readBounded(new Response("a".repeat(MAX_SIGNATURE_BYTES)), MAX_SIGNATURE_BYTES);
    expect(result.ok && result.bytes.byteLength).toBe(MAX_SIGNATURE_BYTES);
  });
});
