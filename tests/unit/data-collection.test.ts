import { describe, expect, it } from "vitest";
import type { UserManifest } from "wxt";
import { ReportSchema } from "../../utils/reports/schema";
import { CaseReportSchema } from "../../utils/sweep/schema";
import config from "../../wxt.config";

/**
 * Each field a report or a case carries, and the category of Firefox's data-collection declaration it falls
 * under. A new field fails this test until it is placed here, and the manifest then declares its category.
 */
const CATEGORY: Record<string, string> = {
  "report.id": "technicalAndInteraction",
  "report.createdAt": "technicalAndInteraction",
  "report.listing": "websiteContent",
  "report.category": "websiteContent",
  "report.note": "websiteContent",
  "report.contact": "personallyIdentifyingInfo",
  "report.province": "personallyIdentifyingInfo",
  "report.evidence": "websiteActivity",
  "report.client": "technicalAndInteraction",
  "case.kind": "technicalAndInteraction",
  "case.id": "technicalAndInteraction",
  "case.createdAt": "technicalAndInteraction",
  "case.title": "websiteContent",
  "case.note": "websiteContent",
  "case.sweep": "personallyIdentifyingInfo",
  "case.items": "websiteContent",
  "case.client": "technicalAndInteraction",
};

async function firefoxManifest(): Promise<UserManifest> {
  const manifest = config.manifest;
  if (typeof manifest !== "function") throw new Error("wxt.config's manifest is a function of the browser");
  return manifest({ browser: "firefox", manifestVersion: 3, mode: "production", command: "build" });
}

describe("Firefox's data-collection declaration says what a report and a case carry", () => {
  it("every field of a report and a case has a category, and the manifest declares exactly those, as optional", async () => {
    const fields = [
      ...Object.keys(ReportSchema.shape).map((k) => `report.${k}`),
      ...Object.keys(CaseReportSchema.shape).map((k) => `case.${k}`),
    ];
    expect(fields.filter((f) => !(f in CATEGORY))).toEqual([]);
    const gecko = (await firefoxManifest()).browser_specific_settings?.gecko as {
      data_collection_permissions?: { required: string[]; optional: string[] };
    };
    // Nothing is sent until a person sends a report: nothing is required.
    expect(gecko.data_collection_permissions?.required).toEqual(["none"]);
    expect([...(gecko.data_collection_permissions?.optional ?? [])].sort()).toEqual(
      [...new Set(Object.values(CATEGORY))].sort(),
    );
  });
});
