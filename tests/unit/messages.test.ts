import "fake-indexeddb/auto";
import { describe, expect, it, vi } from "vitest";
import { createMessageListener, type Handlers, isOwnContext } from "../../utils/message-router";
import { createSweepRecorder } from "../../utils/sweep/recorder";
import { sampleReport } from "./report-fixture";

const ctx = { extensionId: "abc", extensionOrigin: "chrome-extension://abc/" };
const calls: string[] = [];
const handlers: Handlers = {
  match: async ({ listings }) => {
    calls.push("match");
    return {
      verdicts: listings.map(() => ({
        key: "shopee:1:2",
        level: "none" as const,
        detail: { key: "shopee:1:2", level: "none", score: 0, reasons: [], feeds: [], sample: false },
      })),
      refused: [],
    };
  },
  submitReport: async ({ report }) => ({
    status: "queued",
    id: report.id,
    intakeUrl: "http://127.0.0.1:1/api",
  }),
  reportSetup: async () => ({ contacts: [], defaultIntake: "http://127.0.0.1:1/api" }),
  captureScreenshot: async () => ({ ok: false, error: "permission", detail: "no" }),
  canCapture: async () => ({ granted: false }),
  requestCapturePermission: async () => ({ opened: true }),
  listReports: async () => ({ reports: [] }),
  retryReports: async () => ({ retried: 0 }),
  deleteReport: async () => ({ deleted: false }),
  refreshReportStatuses: async () => ({ asked: 0, read: 0 }),
  reportReceipt: async () => ({}),
  pageListing: async () => ({}),
  siteWarning: async () => ({ allowed: false, hotline: { number: "1900 888 655" } }),
  continueToSite: async () => ({ allowed: true }),
  siteAllowances: async () => ({ sites: [] }),
  forgetSites: async () => ({ forgotten: 0 }),
  inspectSite: async () => ({ pattern: "https://shop.example.vn/*" }),
  inspectedSites: async () => ({ patterns: [] }),
  stopInspecting: async () => ({ stopped: false }),
  getStatus: async () => ({
    feeds: [],
    outbox: { queued: 0, sending: 0, sent: 0, rejected: 0 },
    hotline: { number: "1900 888 655" },
  }),
  getStrings: async () => ({ strings: ["Cảnh báo"], language: "vi" }),
  openPanel: async () => ({ token: "tok_tok_tok_tok_tok_tok" }),
  panelOpening: async () => ({
    entryPoint: "badge",
    pageUrl: "https://shopee.vn/",
    pageTitle: "",
    hotline: { number: "1900 888 655" },
    language: "vi",
  }),
  panelCapture: async () => ({ ok: false, error: "permission", detail: "no" }),
  closePanel: async () => ({ closed: true }),
  syncFeed: async () => {
    throw new Error("offline");
  },
  startSweep: async () => ({ id: "00000000-0000-4000-8000-000000000000" }),
  pauseSweep: async () => ({ paused: true }),
  resumeSweep: async () => ({ resumed: false }),
  deleteSweep: async () => ({ deleted: false }),
  markListings: async () => ({ changed: 0 }),
  captureEvidence: async () => ({ ok: false, error: "failed", detail: "no" }),
  submitCase: async () => ({ id: "00000000-0000-4000-8000-000000000000", items: 1, intakeUrl: "http://x/" }),
};
const listener = createMessageListener(handlers, ctx);
const fromTab = { id: "abc", tab: { id: 1 } as never, url: "https://shopee.vn/" };
const fromPopup = { id: "abc", url: "chrome-extension://abc/popup.html" };
const listing = {
  platform: "shopee",
  key: "shopee:1:2",
  url: "https://shopee.vn/a-i.1.2",
  title: "Áo",
  pageKind: "search",
};

describe("message router", () => {
  it("answers a valid request from a content script", async () => {
    const reply = await listener(
      { soiHang: 1, name: "match", payload: { pageUrl: "https://shopee.vn/", listings: [listing] } },
      fromTab,
    );
    expect(reply).toMatchObject({ ok: true, data: { verdicts: [{ key: "shopee:1:2", level: "none" }] } });
  });

  it("refuses a payload that does not parse, without calling the handler", async () => {
    calls.length = 0;
    const reply = await listener(
      { soiHang: 1, name: "match", payload: { pageUrl: "not a url", listings: [listing] } },
      fromTab,
    );
    expect(reply).toMatchObject({ ok: false });
    expect(calls).toEqual([]);
  });

  it("bounds what the warned-site messages take: an address, a host, a pattern, a tab", async () => {
    calls.length = 0;
    for (const [name, payload] of [
      ["continueToSite", { url: `https://shop.vn/${"a".repeat(4000)}` }],
      ["siteWarning", { url: 42 }],
      ["forgetSites", { host: "a".repeat(254) }],
      ["inspectSite", { url: "https://shop.vn/", tabId: 1.5 }],
      ["stopInspecting", { pattern: `https://${"a".repeat(300)}/*` }],
    ] as const) {
      const reply = await listener({ soiHang: 1, name, payload }, fromPopup);
      expect(reply, name).toMatchObject({
        ok: false,
        error: expect.stringMatching(new RegExp(`^invalid ${name}`)),
      });
    }
    expect(calls).toEqual([]);
  });

  it("ignores messages that are not ours and senders that are not the extension's own contexts", () => {
    expect(listener({ hello: "world" }, fromPopup)).toBeUndefined();
    expect(
      listener(
        { soiHang: 1, name: "getStatus", payload: {} },
        { id: "other-extension", url: "chrome-extension://x/" },
      ),
    ).toBeUndefined();
    expect(
      listener({ soiHang: 1, name: "getStatus", payload: {} }, { id: "abc", url: "https://evil.example/" }),
    ).toBeUndefined();
    expect(isOwnContext(fromPopup, ctx.extensionId, ctx.extensionOrigin)).toBe(true);
  });

  it("lets a content script send only what a page needs, whatever else it asks", async () => {
    for (const name of [
      "listReports",
      "retryReports",
      "deleteReport",
      "syncFeed",
      "getStatus",
      "pageListing",
      "requestCapturePermission",
      "submitReport",
      "captureScreenshot",
      "panelOpening",
      "siteWarning",
      "continueToSite",
      "siteAllowances",
      "forgetSites",
      "inspectSite",
      "inspectedSites",
      "stopInspecting",
    ]) {
      expect(await listener({ soiHang: 1, name, payload: {} }, fromTab), name).toEqual({
        ok: false,
        error: `${name} is not for a content script`,
      });
    }
    expect(await listener({ soiHang: 1, name: "getStrings", payload: { keys: [] } }, fromTab)).toMatchObject({
      ok: true,
    });
  });

  it("validates a whole report and reports handler failures as errors", async () => {
    const report = sampleReport();
    expect(
      await listener({ soiHang: 1, name: "submitReport", payload: { report } }, fromPopup),
    ).toMatchObject({
      ok: true,
    });
    const tampered = { ...report, id: "not-a-uuid" };
    expect(
      await listener({ soiHang: 1, name: "submitReport", payload: { report: tampered } }, fromPopup),
    ).toMatchObject({ ok: false });
    expect(await listener({ soiHang: 1, name: "syncFeed", payload: {} }, fromPopup)).toEqual({
      ok: false,
      error: "offline",
    });
  });
});

describe("the background's match handler", () => {
  it("refuses a listing that does not parse and still answers for the others", async () => {
    const { createHandlers } = await import("../../utils/background/handlers");
    const { fakeBrowser } = await import("wxt/testing/fake-browser");
    fakeBrowser.reset();
    const handlers = createHandlers(async () => undefined, createSweepRecorder());
    const hostile = { ...listing, key: "shopee:1:3", title: "x".repeat(501) };
    const noKey = { ...listing, key: "no spaces allowed here" };
    // With no feed reachable in a unit test, nothing is known of any listing: the reply names none of them
    // (nothing known is the default), only those it refused.
    const reply = await handlers.match(
      { pageUrl: "https://shopee.vn/", listings: [listing, hostile, noKey, null, { key: 7 }] },
      { id: "abc", tab: { id: 1 } as never },
    );
    expect(reply.verdicts).toEqual([]);
    expect(reply.refused).toEqual(["shopee:1:3", "no spaces allowed here"]);
  });

  it("sends the text asked for only when there is something to draw", async () => {
    const { createHandlers } = await import("../../utils/background/handlers");
    const { fakeBrowser } = await import("wxt/testing/fake-browser");
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ settings: { language: "en" } });
    const handlers = createHandlers(async () => undefined, createSweepRecorder());
    const ask = (banner: boolean) =>
      handlers.match(
        {
          pageUrl: "https://shopee.vn/",
          listings: [listing],
          banner,
          strings: { keys: ["level_danger", "no_such_key"] },
        },
        { id: "abc", tab: { id: 1 } as never },
      );
    // Nothing is known of the listing (no feed in a unit test): no pill, so no text...
    expect((await ask(false)).strings).toBeUndefined();
    // ...unless the page shows a banner whatever the level (a product page's own listing). One text per key,
    // in their order; a key without text stands for itself, as the translator shows it.
    expect((await ask(true)).strings).toEqual(["Warning", "no_such_key"]);
  });
});

describe("the background's sweep handlers", () => {
  it("refuse a content script: only the side panel starts, marks or sends a sweep", async () => {
    const { createHandlers } = await import("../../utils/background/handlers");
    const { fakeBrowser } = await import("wxt/testing/fake-browser");
    fakeBrowser.reset();
    const handlers = createHandlers(async () => undefined, createSweepRecorder());
    const start = { name: "Quét", inspectorId: "QLTT-01", unit: "Đội 1", purpose: "" };
    await expect(
      handlers.startSweep(start, { id: "abc", tab: { id: 1 } as never, url: "https://shopee.vn/" }),
    ).rejects.toThrow("side panel");
  });
});

describe("the background's strings handler", () => {
  it("answers only the keys asked for, in the settings' language (a page cannot read the settings)", async () => {
    const { createHandlers } = await import("../../utils/background/handlers");
    const { fakeBrowser } = await import("wxt/testing/fake-browser");
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ settings: { language: "en" } });
    const handlers = createHandlers(async () => undefined, createSweepRecorder());
    const reply = await handlers.getStrings(
      { keys: ["level_danger", "no_such_key"] },
      { id: "abc", tab: { id: 1 } as never },
    );
    expect(reply).toEqual({ strings: ["Warning", "no_such_key"], language: "en" });
  });
});

describe("texts by key", () => {
  it("pairs each key with the text in its place, and refuses a count that differs", async () => {
    const { textsByKey } = await import("../../utils/i18n");
    expect(textsByKey(["a", "b"], ["A", "B"])).toEqual({ a: "A", b: "B" });
    expect(textsByKey([], [])).toEqual({});
    expect(textsByKey(["a", "b"], ["A"])).toBeUndefined();
    expect(textsByKey(["a"], ["A", "B"])).toBeUndefined();
  });
});

describe("the content script's reply check", () => {
  it("takes a reply that matches its schema, and refuses any other with the background's error or its own", async () => {
    const { fakeBrowser } = await import("wxt/testing/fake-browser");
    const { CONTENT_REPLY_CHECKS } = await import("../../utils/content-guards");
    const { messageSender, MessageError } = await import("../../utils/message-sender");
    fakeBrowser.reset();
    let reply: unknown;
    // The background's side of the exchange is the router's (tested above); here only its replies matter.
    vi.spyOn(fakeBrowser.runtime, "sendMessage").mockImplementation(async () => reply);
    const send = messageSender(CONTENT_REPLY_CHECKS);
    const ask = () =>
      send("openPanel", { entryPoint: "badge", pageUrl: "https://shopee.vn/", pageTitle: "" });

    reply = { ok: true, data: { token: "abc" } };
    expect(await ask()).toEqual({ token: "abc" });
    reply = { ok: false, error: "the listing does not parse" };
    await expect(ask()).rejects.toThrow(new MessageError("openPanel: the listing does not parse"));
    for (const bad of [
      { ok: true, data: { token: 7 } },
      { ok: true },
      { ok: "true", data: {} },
      null,
      "ok",
    ]) {
      reply = bad;
      await expect(ask()).rejects.toThrow(new MessageError("openPanel: no valid reply"));
    }
  });
});
