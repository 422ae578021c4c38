import type { Report } from "./schema";

/**
 * The report as the form shows it: the exact JSON that is sent, except that the screenshot's base64 (shown as
 * the image above it) is replaced by `elided(length)`.
 */
export function previewJson(report: Report, elided: (base64Length: number) => string): string {
  const screenshot = report.evidence.screenshot;
  if (!screenshot) return JSON.stringify(report, null, 2);
  const shown = {
    ...report,
    evidence: { ...report.evidence, screenshot: { ...screenshot, data: elided(screenshot.data.length) } },
  };
  return JSON.stringify(shown, null, 2);
}
