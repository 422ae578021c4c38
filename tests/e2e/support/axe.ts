import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** axe's serious and critical findings on a page, as "rule: where" lines (nothing accepted silently). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  const minor = result.violations.filter((v) => v.impact !== "serious" && v.impact !== "critical");
  console.log(
    `axe on ${new URL(page.url()).pathname}: ${result.passes.length} rules passed; ` +
      `moderate or minor: ${minor.map((v) => `${v.id} (${v.nodes.length})`).join(", ") || "none"}`,
  );
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
}
